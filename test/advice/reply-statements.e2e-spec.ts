import { ThreadKind } from '@palabre/advice';
import { startPlatform, type Platform } from '../support/harness';
import { adviceWorld, createThread, outboxEvents, type AdviceWorld } from './advice-fixtures';

const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id createdAt } }`;

/** The reply's statements as production sends them: sessions, communities and roles kept in memory (issue 21). */
describe('advice: statements of a reply, caches on', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SESSION_CACHE_MAX_ENTRIES: '1000', COMMUNITY_CACHE_MAX_ENTRIES: '1000' } });
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  it('sends 7 statements for a reply of a known member that notifies the thread author, counting exactly', async () => {
    // The thread read (access); BEGIN with the poster's lock; the suspension, history and post log with the reply and its
    // thread counters; the audience; notifications with the outbox (both events); COMMIT; the notifications after it.
    const thread = await createThread(platform, world.alice, world.space, { kind: ThreadKind.DISCUSSION });
    const first = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'First, which fills the caches' } }, { token: world.bob.token });
    expect(first.errors).toBeUndefined();
    const res = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Second, counted' } }, { token: world.bob.token });
    expect(res.errors).toBeUndefined();
    expect(res.sqlStatements).toBe(7);
    const { rows } = await platform.db.query(`SELECT reply_count, (SELECT count(*)::int FROM replies WHERE thread_id = t.id) AS rows FROM threads t WHERE id = $1`, [thread.id]);
    expect(rows[0]).toEqual({ reply_count: 2, rows: 2 });
    const notified = (await outboxEvents(platform, 'notification.created')).filter((event) => event.rooms.includes(`member:${world.alice.id}`));
    expect(notified).toHaveLength(2);
    const { rows: inbox } = await platform.db.query(`SELECT count(*)::int AS count FROM notifications WHERE member_id = $1 AND kind = 'reply.created'`, [world.alice.id]);
    expect(inbox[0].count).toBe(2);
    const { rows: logged } = await platform.db.query(`SELECT count(*)::int AS count FROM post_log WHERE member_id = $1 AND kind = 'REPLY'`, [world.bob.id]);
    expect(logged[0].count).toBe(2);
  });
});
