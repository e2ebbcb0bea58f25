import { errorCode, Platform, startPlatform } from '../support/harness';
import { MembersService } from '@palabre/members';
import { createMember, verificationLinkToken } from '../support/factories';
import { graphql } from '../graphql';

const SIGN_UP = graphql(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) }`);
const SIGN_IN = graphql(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken member { handle } } }`);
const REFRESH = graphql(`mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`);
const ME = graphql(`query AccountsMe { me { handle email } }`);

describe('accounts', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { AUTH_FAILURES_PER_ACCOUNT: '3' } });
  });
  afterAll(() => platform.close());

  const countMembers = async () => Number((await platform.db.query('SELECT count(*) FROM members')).rows[0].count);

  it('signs up with a pseudonym and a login only (no session), signs in by the mailed link, and shows the email to its owner', async () => {
    const result = await platform.gql(SIGN_UP, { input: { email: 'Zoe@Example.test', password: 'a long passphrase', handle: 'zoe_1' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ signUp: true });
    // The password opens the account only once the email is verified.
    expect(errorCode(await platform.gql(SIGN_IN, { input: { email: 'zoe@example.test', password: 'a long passphrase' } }))).toBe('UNAUTHENTICATED');
    const verify = await platform.gql(graphql(`mutation AccountsVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken member { handle } } }`), { t: await verificationLinkToken(platform, 'zoe@example.test') });
    expect(verify.data.verifyEmail.member).toEqual({ handle: 'zoe_1' });
    const me = await platform.gql(ME, undefined, { token: verify.data.verifyEmail.accessToken });
    expect(me.data.me).toEqual({ handle: 'zoe_1', email: 'Zoe@Example.test' });
    const signIn = await platform.gql(SIGN_IN, { input: { email: 'zoe@example.test', password: 'a long passphrase' } });
    expect(signIn.data.signIn.member).toEqual({ handle: 'zoe_1' });
  });

  it('refuses a taken handle (ignoring case, public anyway) with CONFLICT and stores nothing, even with a registered email', async () => {
    const existing = await createMember(platform, 'Taken_Handle');
    const before = await countMembers();
    const sameHandle = await platform.gql(SIGN_UP, { input: { email: 'other@example.test', password: 'a long passphrase', handle: 'taken_HANDLE' } });
    const both = await platform.gql(SIGN_UP, { input: { email: existing.email, password: 'a long passphrase', handle: 'TAKEN_handle' } });
    expect(errorCode(sameHandle)).toBe('CONFLICT');
    expect(sameHandle.errors?.[0].extensions?.['field']).toBe('handle');
    expect(both.errors?.[0]).toMatchObject({ message: sameHandle.errors?.[0].message, extensions: { code: 'CONFLICT', field: 'handle' } });
    expect(await countMembers()).toBe(before);
  });

  it('answers a registered email exactly like a new one, creates nothing, and hashes the password either way', async () => {
    const existing = await createMember(platform);
    const hash = jest.spyOn(platform.app.get(MembersService).hasher, 'hash');
    try {
      const before = await countMembers();
      const taken = await platform.gql(SIGN_UP, { input: { email: existing.email.toUpperCase(), password: 'a long passphrase', handle: 'fresh_one' } });
      expect(await countMembers()).toBe(before);
      const fresh = await platform.gql(SIGN_UP, { input: { email: 'fresh-two@example.test', password: 'a long passphrase', handle: 'fresh_two' } });
      expect(await countMembers()).toBe(before + 1);
      expect(`${taken.status} ${taken.text}`).toBe(`${fresh.status} ${fresh.text}`);
      // The costly step runs on both paths (no shortcut a stopwatch could see).
      expect(hash).toHaveBeenCalledTimes(2);
      // The holder's password still opens their account; the attempt's does not.
      expect((await platform.gql(SIGN_IN, { input: { email: existing.email, password: existing.password } })).errors).toBeUndefined();
      expect(errorCode(await platform.gql(SIGN_IN, { input: { email: existing.email, password: 'a long passphrase' } }))).toBe('UNAUTHENTICATED');
    } finally {
      hash.mockRestore();
    }
  });

  it.each([
    ['a weak password', { email: 'w@example.test', password: 'short', handle: 'weakling' }],
    ['a handle with spaces', { email: 'h@example.test', password: 'a long passphrase', handle: 'no spaces' }],
    ['a too short handle', { email: 'h2@example.test', password: 'a long passphrase', handle: 'ab' }],
    ['an invalid email', { email: 'not-an-email', password: 'a long passphrase', handle: 'valid_handle' }],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_case, input) => {
    const before = await countMembers();
    const result = await platform.gql(SIGN_UP, { input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await countMembers()).toBe(before);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const member = await createMember(platform);
    const wrongPassword = await platform.gql(SIGN_IN, { input: { email: member.email, password: 'not the password' } });
    const unknownEmail = await platform.gql(SIGN_IN, { input: { email: 'nobody@example.test', password: 'not the password' } });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
  });

  it('signs in with the right password', async () => {
    const member = await createMember(platform);
    const result = await platform.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(result.data.signIn.member.handle).toBe(member.handle);
  });

  it('throttles repeated failures on one account with TOO_MANY_REQUESTS, even with the right password', async () => {
    const member = await createMember(platform);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(errorCode(await platform.gql(SIGN_IN, { input: { email: member.email, password: 'wrong password!' } }))).toBe('UNAUTHENTICATED');
    }
    const blocked = await platform.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
  });

  it('rotates refresh tokens, and a reused one revokes the session', async () => {
    const member = await createMember(platform);
    const first = await platform.gql(REFRESH, { token: member.refreshToken });
    expect(first.errors).toBeUndefined();
    const rotated = first.data.refreshSession;
    expect(rotated.refreshToken).not.toBe(member.refreshToken);

    const reuse = await platform.gql(REFRESH, { token: member.refreshToken });
    expect(errorCode(reuse)).toBe('UNAUTHENTICATED');
    // The whole session is revoked: the rotated tokens stop working too.
    expect(errorCode(await platform.gql(REFRESH, { token: rotated.refreshToken! }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await platform.gql(ME, undefined, { token: rotated.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('signs out: the access and refresh tokens stop working at once', async () => {
    const member = await createMember(platform);
    const signOut = await platform.gql(graphql(`mutation AccountsSignOut { signOut }`), undefined, { token: member.token });
    expect(signOut.data.signOut).toBe(true);
    expect(errorCode(await platform.gql(ME, undefined, { token: member.token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await platform.gql(REFRESH, { token: member.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('requires a session for private operations and rejects a forged token', async () => {
    expect(errorCode(await platform.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await platform.gql(ME, undefined, { token: 'not.a.token' }))).toBe('UNAUTHENTICATED');
  });

  it('expires access tokens with the clock', async () => {
    const member = await createMember(platform);
    platform.clock.advance((platform.config.ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
    expect(errorCode(await platform.gql(ME, undefined, { token: member.token }))).toBe('UNAUTHENTICATED');
  });
});
