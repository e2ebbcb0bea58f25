import type { Socket } from 'socket.io-client';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { createMember, TestMember } from '../support/factories';
import { browserGql, CookieJar } from '../support/browser';
import { graphql } from '../graphql';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const SIGN_IN = graphql(`mutation SessionListSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`);
const SESSIONS = graphql(`query SessionListSessions { me { sessions { id deviceLabel createdAt lastUsedAt expiresAt current } } }`);
const ME = graphql(`query SessionListMe { me { handle } }`);

jest.setTimeout(30_000);

interface SessionView {
  id: string;
  deviceLabel: string;
  current: boolean;
}

/** A member sees their signed-in devices and ends any of them; the gateway closes the sockets of ended sessions. */
describe('session list and revocation', () => {
  let platform: Platform;

  beforeAll(async () => {
    // The active-sessions cache on, as in production: a revocation must reach it at once.
    platform = await startPlatform({ gateway: true, config: { SESSION_CACHE_MAX_ENTRIES: '1000' } });
  });
  afterAll(() => platform.close());

  /** Signs in from a given browser; answers the access token. */
  async function signInFrom(member: TestMember, userAgent: string): Promise<string> {
    const result = await browserGql(platform.apiUrl, SIGN_IN, { input: { email: member.email, password: member.password } }, { userAgent, jar: new CookieJar() });
    return result.data.signIn.accessToken as string;
  }

  const sessionsOf = async (token: string): Promise<SessionView[]> => (await platform.gql(SESSIONS, undefined, { token })).data.me.sessions!;
  const closedSocket = (socket: Socket) => new Promise<string>((resolve) => socket.once('disconnect', resolve));

  it('lists each active session with a device label, its dates and which one is current; the user agent itself is not kept', async () => {
    const member = await createMember(platform);
    const laptop = await signInFrom(member, FIREFOX);
    await signInFrom(member, IPHONE);
    const sessions = await sessionsOf(laptop);
    expect(sessions.map((session) => [session.deviceLabel, session.current]).sort()).toEqual([
      ['Firefox on Linux', true],
      ['Safari on iOS (mobile)', false],
      ['Unknown device', false],
    ]);
    const columns = await platform.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'sessions'`);
    expect(columns.rows.map((row: { column_name: string }) => row.column_name)).not.toContain('user_agent');
    const stored = await platform.db.query(`SELECT string_agg(s::text, ' ') AS everything FROM sessions s WHERE member_id = $1`, [member.id]);
    expect(stored.rows[0].everything).not.toMatch(/Gecko|AppleWebKit|Mozilla/);
  });

  it("shows sessions to their owner only, and ends only one's own (another member's looks unknown)", async () => {
    const owner = await createMember(platform);
    const stranger = await createMember(platform);
    const [ownerSession] = await sessionsOf(owner.token);
    const viewed = await platform.gql(graphql(`query SessionListNode($id: ID!) { node(id: $id) { ... on Member { sessions { id } } } }`), { id: owner.globalId }, { token: stranger.token });
    expect(viewed.data.node?.sessions).toBeNull();
    const attempt = await platform.gql(graphql(`mutation SessionListRevokeSession($id: ID!) { revokeSession(id: $id) }`), { id: ownerSession.id }, { token: stranger.token });
    expect(errorCode(attempt)).toBe('NOT_FOUND');
    expect(errorCode(await platform.gql(graphql(`mutation SessionListRevokeSession2 { revokeSession(id: "bm90LWEtc2Vzc2lvbg") }`), undefined, { token: stranger.token }))).toBe('NOT_FOUND');
    expect((await platform.gql(ME, undefined, { token: owner.token })).data.me.handle).toBe(owner.handle);
  });

  it('revokes one session: its token stops working at once and its live socket is disconnected', async () => {
    const member = await createMember(platform);
    const phone = await signInFrom(member, IPHONE);
    const socket = await platform.connectSocket(phone);
    const closed = closedSocket(socket);
    // Known to the cache before it is revoked.
    expect(errorCode(await platform.gql(ME, undefined, { token: phone }))).toBeUndefined();
    const phoneSession = (await sessionsOf(member.token)).find((session) => session.deviceLabel.startsWith('Safari'))!;
    const revoked = await platform.gql(graphql(`mutation SessionListRevokeSession($id: ID!) { revokeSession(id: $id) }`), { id: phoneSession.id }, { token: member.token });
    expect(revoked.data.revokeSession).toBe(true);
    expect(await closed).toBe('io server disconnect');
    expect(errorCode(await platform.gql(ME, undefined, { token: phone }))).toBe('UNAUTHENTICATED');
    expect((await sessionsOf(member.token)).map((session) => session.id)).not.toContain(phoneSession.id);
    // Revoked already: the same answer as an unknown session.
    expect(errorCode(await platform.gql(graphql(`mutation SessionListRevokeSession($id: ID!) { revokeSession(id: $id) }`), { id: phoneSession.id }, { token: member.token }))).toBe('NOT_FOUND');
  });

  it('revokes every other session and keeps the current one', async () => {
    const member = await createMember(platform);
    const laptop = await signInFrom(member, FIREFOX);
    const phone = await signInFrom(member, IPHONE);
    const phoneSocket = await platform.connectSocket(phone);
    const laptopSocket = await platform.connectSocket(laptop);
    const closed = closedSocket(phoneSocket);
    const result = await platform.gql(graphql(`mutation SessionListRevokeOtherSessions { revokeOtherSessions }`), undefined, { token: laptop });
    expect(result.data.revokeOtherSessions).toBe(2);
    expect(await closed).toBe('io server disconnect');
    expect((await sessionsOf(laptop)).map((session) => [session.deviceLabel, session.current])).toEqual([['Firefox on Linux', true]]);
    expect(errorCode(await platform.gql(ME, undefined, { token: member.token }))).toBe('UNAUTHENTICATED');
    expect(laptopSocket.connected).toBe(true);
  });

  describe('the gateway checks sessions as the api does', () => {
    it('refuses at the handshake a signed-out access token that has not expired yet', async () => {
      const member = await createMember(platform);
      expect((await platform.gql(graphql(`mutation SessionListSignOut { signOut }`), undefined, { token: member.token })).data.signOut).toBe(true);
      const error = (await platform.connectSocket(member.token).catch((caught: unknown) => caught)) as Error & { data?: { code?: string } };
      expect(error.data?.code).toBe('UNAUTHENTICATED');
    });

    it('disconnects the live socket of a session that signs out, so no personal event reaches it', async () => {
      const member = await createMember(platform);
      const socket = await platform.connectSocket(member.token);
      const closed = closedSocket(socket);
      await platform.gql(graphql(`mutation SessionListSignOut { signOut }`), undefined, { token: member.token });
      expect(await closed).toBe('io server disconnect');
    });

    it('closes the sockets of a session revoked while its notification channel was down, once the channel is back', async () => {
      const member = await createMember(platform);
      const socket = await platform.connectSocket(member.token);
      const closed = closedSocket(socket);
      await platform.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'palabre-listener' AND datname = current_database()`);
      await platform.db.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'test' WHERE member_id = $1`, [member.id]);
      expect(await closed).toBe('io server disconnect');
    });

    it('refuses to move a socket to a session that has ended (auth.refresh)', async () => {
      const member = await createMember(platform);
      const other = await signInFrom(member, FIREFOX);
      const socket = await platform.connectSocket(member.token);
      await platform.gql(graphql(`mutation SessionListSignOut { signOut }`), undefined, { token: other });
      const answer = await socket.timeout(5000).emitWithAck('auth.refresh', { token: other });
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(socket.connected).toBe(true);
    });
  });
});
