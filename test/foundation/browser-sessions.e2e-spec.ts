import { createHash } from 'node:crypto';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { createMember } from '../support/factories';
import { browserGql, CookieJar } from '../support/browser';
import { graphql } from '../graphql';

const SITE = 'http://localhost:3000';
const EVIL = 'https://evil.example';
const SIGN_IN = graphql(`mutation BrowserSessionsSignIn($input: SignInInput!) { signIn(input: $input, session: COOKIE) { accessToken refreshToken member { handle } } }`);
const REFRESH = graphql(`mutation BrowserSessionsRefresh { refreshSession { accessToken refreshToken } }`);
const ME = graphql(`query BrowserSessionsMe { me { handle } }`);

jest.setTimeout(30_000);

/** The browser keeps its refresh token in an HttpOnly cookie; pages of other sites can never act with it. */
describe('browser sessions', () => {
  let platform: Platform;

  beforeAll(async () => {
    // Both caches on, as in production: cookie sessions must follow their rules too.
    platform = await startPlatform({ config: { RESPONSE_CACHE_TTL_SECONDS: '10', SESSION_CACHE_MAX_ENTRIES: '1000' } });
  });
  afterAll(() => platform.close());

  async function signedInBrowser() {
    const member = await createMember(platform);
    const jar = new CookieJar();
    const signIn = await browserGql(platform.apiUrl, SIGN_IN, { input: { email: member.email, password: member.password } }, { jar, origin: SITE });
    return { member, jar, signIn };
  }

  /** The stored state of the refresh token in a cookie (only its hash is stored) and of its session. */
  const cookieState = async (cookie: string) =>
    (
      await platform.db.query(`SELECT t.used_at, s.revoked_at FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = $1`, [
        createHash('sha256').update(cookie).digest('hex'),
      ])
    ).rows[0] as { used_at: Date | null; revoked_at: Date | null };

  it('signs in with the refresh token in an HttpOnly, SameSite=Strict cookie limited to /graphql, and the access token in the payload', async () => {
    const { member, jar, signIn } = await signedInBrowser();
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data.signIn.refreshToken).toBeNull();
    const cookie = signIn.setCookies.find((set) => set.name === 'palabre_refresh');
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(cookie?.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/graphql', 'max-age': String(30 * 86_400) });
    // PUBLIC_URL is http here: Secure would make browsers drop the cookie on http://localhost.
    expect(cookie?.attributes['secure']).toBeUndefined();
    expect(jar.cookies.has('palabre_refresh')).toBe(true);
    expect((await platform.gql(ME, undefined, { token: signIn.data.signIn.accessToken })).data.me.handle).toBe(member.handle);
  });

  it('refreshes from the cookie alone and rotates it; replaying the old cookie revokes the session', async () => {
    const { jar } = await signedInBrowser();
    const first = jar.cookies.get('palabre_refresh');
    const refreshed = await browserGql(platform.apiUrl, REFRESH, undefined, { jar, origin: SITE });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data.refreshSession.refreshToken).toBeNull();
    const second = jar.cookies.get('palabre_refresh');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const newAccess = refreshed.data.refreshSession.accessToken as string;
    expect(errorCode(await platform.gql(ME, undefined, { token: newAccess }))).toBeUndefined();

    const stolen = new CookieJar();
    stolen.cookies.set('palabre_refresh', first!);
    const replay = await browserGql(platform.apiUrl, REFRESH, undefined, { jar: stolen, origin: SITE });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(stolen.cookies.has('palabre_refresh')).toBe(false);
    expect(errorCode(await platform.gql(ME, undefined, { token: newAccess }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await browserGql(platform.apiUrl, REFRESH, undefined, { jar, origin: SITE }))).toBe('UNAUTHENTICATED');
  });

  it('opens no session at sign-up (nor sets a cookie), and can move a token session into a cookie', async () => {
    const jar = new CookieJar();
    const signUp = await browserGql(platform.apiUrl, graphql(`mutation BrowserSessionsSignUp { signUp(input: { email: "cookie-up@example.test", password: "a long passphrase", handle: "cookie_up" }) }`), undefined, { jar, origin: SITE });
    expect(signUp.data).toEqual({ signUp: true });
    expect(jar.cookies.has('palabre_refresh')).toBe(false);

    const member = await createMember(platform);
    const moved = new CookieJar();
    const result = await browserGql(platform.apiUrl, graphql(`mutation BrowserSessionsRefreshSession($t: String) { refreshSession(refreshToken: $t, session: COOKIE) { refreshToken } }`), { t: member.refreshToken }, { jar: moved });
    expect(result.data.refreshSession.refreshToken).toBeNull();
    expect(moved.cookies.has('palabre_refresh')).toBe(true);
  });

  it('signs out with the cookie: the session ends and the cookie is cleared', async () => {
    const { jar, signIn } = await signedInBrowser();
    const cookie = jar.cookies.get('palabre_refresh')!;
    const signOut = await browserGql(platform.apiUrl, graphql(`mutation BrowserSessionsSignOut { signOut }`), undefined, { jar, origin: SITE, token: signIn.data.signIn.accessToken });
    expect(signOut.data.signOut).toBe(true);
    const cleared = signOut.setCookies.find((set) => set.name === 'palabre_refresh');
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes['path']).toBe('/graphql');
    expect(jar.cookies.has('palabre_refresh')).toBe(false);
    expect((await cookieState(cookie)).revoked_at).not.toBeNull();
    const again = new CookieJar();
    again.cookies.set('palabre_refresh', cookie);
    expect(errorCode(await browserGql(platform.apiUrl, REFRESH, undefined, { jar: again, origin: SITE }))).toBe('UNAUTHENTICATED');
  });

  it('signs out with the cookie alone once the access token is gone', async () => {
    const { jar } = await signedInBrowser();
    const cookie = jar.cookies.get('palabre_refresh')!;
    const signOut = await browserGql(platform.apiUrl, graphql(`mutation BrowserSessionsSignOut { signOut }`), undefined, { jar, origin: SITE });
    expect(signOut.data.signOut).toBe(true);
    expect((await cookieState(cookie)).revoked_at).not.toBeNull();
  });

  it('lets the cookie identify no one in queries: anonymous answers stay shared and cached, personal ones need the access token', async () => {
    const { jar, signIn } = await signedInBrowser();
    const anonymous = graphql(`query BrowserSessionsCommunities { communities(first: 3) { edges { node { id } } } }`);
    await browserGql(platform.apiUrl, anonymous, undefined, { origin: SITE });
    const withCookie = await browserGql(platform.apiUrl, anonymous, undefined, { jar, origin: SITE });
    expect(withCookie.errors).toBeUndefined();
    expect(withCookie.sqlStatements).toBe(0);
    expect(errorCode(await browserGql(platform.apiUrl, ME, undefined, { jar, origin: SITE }))).toBe('UNAUTHENTICATED');
    const personal = await browserGql(platform.apiUrl, ME, undefined, { jar, origin: SITE, token: signIn.data.signIn.accessToken });
    expect(personal.data.me).toBeDefined();
    expect(personal.sqlStatements).toBeGreaterThan(0);
  });

  it('refuses refreshSession with neither a token nor a cookie', async () => {
    expect(errorCode(await browserGql(platform.apiUrl, REFRESH, undefined, {}))).toBe('UNAUTHENTICATED');
  });

  describe('cross-site requests', () => {
    it('refuses a forged form post carrying the cookie, and changes nothing', async () => {
      const { jar } = await signedInBrowser();
      const cookie = jar.cookies.get('palabre_refresh')!;
      // Forged bodies (a form post, a text/plain post): sent raw, the document argument is unused.
      const form = await browserGql(platform.apiUrl, '', undefined, {
        jar,
        origin: EVIL,
        contentType: 'application/x-www-form-urlencoded',
        body: `query=${encodeURIComponent('mutation { signOut }')}`,
      });
      const plain = await browserGql(platform.apiUrl, '', undefined, { jar, origin: EVIL, contentType: 'text/plain', body: JSON.stringify({ query: REFRESH.toString() }) });
      // A form from a page that sent no Origin (old browsers) still meets Apollo's CSRF prevention.
      const noOrigin = await browserGql(platform.apiUrl, '', undefined, { jar, contentType: 'text/plain', body: JSON.stringify({ query: REFRESH.toString() }) });
      expect(form.status).toBe(403);
      expect(form.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(plain.status).toBe(403);
      expect(noOrigin.status).toBe(400);
      expect(await cookieState(cookie)).toEqual({ used_at: null, revoked_at: null });
      expect(form.setCookies).toEqual([]);
    });

    it('refuses a cross-origin fetch carrying the cookie, and changes nothing', async () => {
      const { jar } = await signedInBrowser();
      const before = jar.cookies.get('palabre_refresh')!;
      const forged = await browserGql(platform.apiUrl, REFRESH, undefined, { jar, origin: EVIL });
      const nullOrigin = await browserGql(platform.apiUrl, graphql(`mutation BrowserSessionsSignOut { signOut }`), undefined, { jar, origin: 'null' });
      expect(forged.status).toBe(403);
      expect(forged.data).toBeUndefined();
      expect(nullOrigin.status).toBe(403);
      expect(jar.cookies.get('palabre_refresh')).toBe(before);
      expect(await cookieState(before)).toEqual({ used_at: null, revoked_at: null });
      // The same request from the site itself (or a configured CORS origin) works.
      expect((await browserGql(platform.apiUrl, REFRESH, undefined, { jar, origin: 'http://localhost:5173' })).errors).toBeUndefined();
    });

    it('lets a configured origin (a development server) send the cookie through CORS, and no other', async () => {
      const preflight = (origin: string) =>
        fetch(`${platform.apiUrl}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      const allowed = await preflight('http://localhost:5173');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      expect((await preflight(EVIL)).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets scripts without cookies call from anywhere with bearer tokens, as before', async () => {
      const member = await createMember(platform);
      const result = await browserGql(platform.apiUrl, ME, undefined, { token: member.token, origin: EVIL });
      expect(result.data.me.handle).toBe(member.handle);
    });
  });
});

describe('browser sessions behind https', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { PUBLIC_URL: 'https://community.example.org/forum' } });
  });
  afterAll(() => platform.close());

  it('marks the cookie Secure and limits it to the GraphQL path under the public URL', async () => {
    const member = await createMember(platform);
    const signIn = await browserGql(platform.apiUrl, SIGN_IN, { input: { email: member.email, password: member.password } }, { origin: 'https://community.example.org' });
    const cookie = signIn.setCookies.find((set) => set.name === 'palabre_refresh');
    expect(cookie?.attributes).toMatchObject({ secure: true, httponly: true, samesite: 'Strict', path: '/forum/graphql' });
    expect(signIn.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
