import { errorCode, Platform, startPlatform, readUntil } from '../support/harness';
import { createMember } from '../support/factories';
import { graphql } from '../graphql';

const ME = graphql(`query ActiveSessionsMe { me { handle } }`);

/** Members keeps the sessions it knows are active in memory; these are the ways one stops being active. */
describe('active sessions cache', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SESSION_CACHE_MAX_ENTRIES: '1000' } });
  });
  afterAll(() => platform.close());

  const me = (token: string) => platform.gql(ME, undefined, { token });
  const isRefused = (result: Awaited<ReturnType<typeof me>>) => errorCode(result) === 'UNAUTHENTICATED';

  it('reads a session row once, then answers signed-in requests without it', async () => {
    const member = await createMember(platform);
    const first = await me(member.token);
    const second = await me(member.token);
    expect(first.data.me.handle).toBe(member.handle);
    expect(second.data.me.handle).toBe(member.handle);
    expect(second.sqlStatements).toBe(first.sqlStatements - 1);
  });

  it('refuses a known session at once after it is signed out through the api', async () => {
    const member = await createMember(platform);
    await me(member.token);
    expect((await platform.gql(graphql(`mutation ActiveSessionsSignOut { signOut }`), undefined, { token: member.token })).data.signOut).toBe(true);
    expect(isRefused(await me(member.token))).toBe(true);
  });

  it('refuses a known session revoked or deleted by another process (psql, an erasure job)', async () => {
    const revoked = await createMember(platform);
    const deleted = await createMember(platform);
    await me(revoked.token);
    await me(deleted.token);
    await platform.db.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'test' WHERE member_id = $1`, [revoked.id]);
    await platform.db.query(`DELETE FROM refresh_tokens WHERE session_id IN (SELECT id FROM sessions WHERE member_id = $1)`, [deleted.id]);
    await platform.db.query(`DELETE FROM sessions WHERE member_id = $1`, [deleted.id]);
    expect(isRefused(await readUntil(() => me(revoked.token), isRefused))).toBe(true);
    expect(isRefused(await readUntil(() => me(deleted.token), isRefused))).toBe(true);
  });

  it('refuses a known session once it has expired, without being told', async () => {
    const member = await createMember(platform);
    await platform.db.query(`UPDATE sessions SET expires_at = $2 WHERE member_id = $1`, [member.id, new Date(platform.clock.now().getTime() + 60_000)]);
    const known = await readUntil(() => me(member.token), (result) => result.data?.me != null);
    expect(known.data.me.handle).toBe(member.handle);
    // The expiry change above notifies the cache; on a busy machine that notification may land after the first read
    // (which is then not kept), so wait until a request is answered from the cache.
    const cached = await readUntil(() => me(member.token), (result) => result.sqlStatements < known.sqlStatements);
    expect(cached.sqlStatements).toBe(known.sqlStatements - 1);
    platform.clock.advance(61_000);
    expect(isRefused(await me(member.token))).toBe(true);
  });

  it('keeps a known session when only its last use is recorded (a refresh)', async () => {
    const member = await createMember(platform);
    await me(member.token);
    const refreshed = await platform.gql(graphql(`mutation ActiveSessionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken } }`), { token: member.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    const before = await me(member.token);
    const after = await me(refreshed.data.refreshSession.accessToken);
    expect(after.data.me.handle).toBe(member.handle);
    expect(after.sqlStatements).toBe(before.sqlStatements);
  });

  it('reads every session while its revocation channel is down, and honours revocations made meanwhile', async () => {
    const member = await createMember(platform);
    const cached = await me(member.token);
    await me(member.token);
    await platform.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'palabre-listener' AND datname = current_database()`);
    const whileDown = await readUntil(() => me(member.token), (result) => result.sqlStatements === cached.sqlStatements);
    expect(whileDown.sqlStatements).toBe(cached.sqlStatements);
    await platform.db.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'test' WHERE member_id = $1`, [member.id]);
    expect(isRefused(await me(member.token))).toBe(true);
    // Back: caching resumes.
    const other = await createMember(platform);
    const firstRead = await me(other.token);
    const resumed = await readUntil(() => me(other.token), (result) => result.sqlStatements === firstRead.sqlStatements - 1);
    expect(resumed.sqlStatements).toBe(firstRead.sqlStatements - 1);
  });

  it('reads every session when turned off (SESSION_CACHE_MAX_ENTRIES=0)', async () => {
    const uncached = await startPlatform({ config: { SESSION_CACHE_MAX_ENTRIES: '0' } });
    try {
      const member = await createMember(uncached);
      const first = await uncached.gql(ME, undefined, { token: member.token });
      const second = await uncached.gql(ME, undefined, { token: member.token });
      expect(second.data.me.handle).toBe(member.handle);
      expect(second.sqlStatements).toBe(first.sqlStatements);
    } finally {
      await uncached.close();
    }
  });
});
