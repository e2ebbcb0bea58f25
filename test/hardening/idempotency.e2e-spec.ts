import { SpaceKind } from '@palabre/contracts';
import { Platform, startPlatform } from '../support/harness';
import { castWorld, CastWorld } from '../support/factories';
import { createThread, TestThread } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

const REPLY = graphql(`mutation IdempotencyReply($input: ReplyInput!) { reply(input: $input) { id body } }`);

describe('Idempotency-Key on mutations', () => {
  let platform: Platform;
  let world: CastWorld;
  let thread: TestThread;

  beforeAll(async () => {
    platform = await startPlatform({ config: { POST_FLOOD_INTERVAL_SECONDS: '0' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    thread = await createThread(platform, world.alice, world.space);
  });
  afterAll(() => platform.close());

  const replies = async (body: string) =>
    Number((await platform.db.query(`SELECT count(*)::int AS n FROM replies WHERE thread_id = $1 AND body = $2`, [thread.id, body])).rows[0].n);
  const reply = (body: string, key?: string, token = world.bob.token) =>
    platform.gql(REPLY, { input: { threadId: thread.globalId, body } }, { token, headers: key ? { 'idempotency-key': key } : {} });

  it('answers a replay with the first result and posts once', async () => {
    const first = await reply('Check the derailleur hanger first.', 'retry-1');
    const second = await reply('Check the derailleur hanger first.', 'retry-1');
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await replies('Check the derailleur hanger first.')).toBe(1);
  });

  it('posts once when the same request races with itself', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => reply('Tyre pressure matters more than width.', 'race-1')));
    expect(await replies('Tyre pressure matters more than width.')).toBe(1);
    const ids = new Set(results.filter((result) => !result.errors).map((result) => result.data.reply.id));
    expect(ids.size).toBe(1);
    for (const result of results.filter((result) => result.errors)) expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses the same key with another request as CONFLICT, changing nothing', async () => {
    await reply('A first answer.', 'retry-2');
    const other = await reply('A different answer.', 'retry-2');
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await replies('A different answer.')).toBe(0);
  });

  it('keeps keys per member, runs twice without a key, and forgets keys after a day', async () => {
    await reply('Same words, other member.', 'shared-key');
    await reply('Same words, other member.', 'shared-key', world.alice.token);
    expect(await replies('Same words, other member.')).toBe(2);

    // Without a key nothing is replayed (the duplicate-content limit would refuse the very same text).
    const plain = await reply('No key at all.');
    const again = await reply('No key at all, twice.');
    expect([plain.errors, again.errors]).toEqual([undefined, undefined]);
    expect(again.headers.get('idempotent-replayed')).toBeNull();

    await reply('Yesterday and today.', 'daily');
    // A day later (aging the key, not the clock: the member's access token would expire with it).
    await platform.db.query(`UPDATE idempotency_keys SET created_at = created_at - interval '25 hours' WHERE key = 'daily'`);
    platform.clock.advance(6 * 60_000); // past the duplicate-content window, within the token's lifetime
    const tomorrow = await reply('Yesterday and today.', 'daily');
    expect(tomorrow.headers.get('idempotent-replayed')).toBeNull();
    expect(await replies('Yesterday and today.')).toBe(2);
  });

  it('refuses a malformed key with BAD_USER_INPUT', async () => {
    const result = await reply('Key with spaces.', 'not a valid key');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await replies('Key with spaces.')).toBe(0);
  });
});
