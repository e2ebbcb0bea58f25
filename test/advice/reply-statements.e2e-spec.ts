import { ThreadKind } from '@palabre/advice';
import { startPlatform, type Platform } from '../support/harness';
import { adviceWorld, createThread, outboxEvents, type AdviceWorld } from './advice-fixtures';
import { graphql } from '../graphql';

const REPLY = graphql(`mutation ReplyStatementsReply($input: ReplyInput!) { reply(input: $input) { id createdAt } }`);

/** The reply's statements as production sends them: sessions, communities and roles kept in memory (issue 21). */
describe('advice: statements of a reply, caches on', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SESSION_CACHE_MAX_ENTRIES: '1000', COMMUNITY_CACHE_MAX_ENTRIES: '1000' } });
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  it('sends 6 statements for a reply of a known member that notifies the thread author, counting exactly', async () => {
    // The thread read (access); BEGIN with the poster's lock; the suspension, history and post log with the reply, its
    // thread counters and its notification audience (prefetched for reply.created's handler); notifications with the
    // outbox (both events); COMMIT; the notifications after it.
    const thread = await createThread(platform, world.alice, world.space, { kind: ThreadKind.DISCUSSION });
    const first = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'First, which fills the caches' } }, { token: world.bob.token });
    expect(first.errors).toBeUndefined();
    const res = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Second, counted' } }, { token: world.bob.token });
    expect(res.errors).toBeUndefined();
    expect(res.sqlStatements).toBe(6);
    const { rows } = await platform.db.query(`SELECT reply_count, (SELECT count(*)::int FROM replies WHERE thread_id = t.id) AS rows FROM threads t WHERE id = $1`, [thread.id]);
    expect(rows[0]).toEqual({ reply_count: 2, rows: 2 });
    const notified = (await outboxEvents(platform, 'notification.created')).filter((event) => event.rooms.includes(`member:${world.alice.id}`));
    expect(notified).toHaveLength(2);
    const { rows: inbox } = await platform.db.query(`SELECT count(*)::int AS count FROM notifications WHERE member_id = $1 AND kind = 'reply.created'`, [world.alice.id]);
    expect(inbox[0].count).toBe(2);
    const { rows: logged } = await platform.db.query(`SELECT count(*)::int AS count FROM post_log WHERE member_id = $1 AND kind = 'REPLY'`, [world.bob.id]);
    expect(logged[0].count).toBe(2);
  });

  it('tells followers as their preferences say when the audience comes with the reply: daily waits, off stores nothing', async () => {
    const thread = await createThread(platform, world.alice, world.space, { kind: ThreadKind.DISCUSSION });
    for (const [member, cadence] of [[world.staff, 'DAILY'], [world.moderator, 'OFF']] as const) {
      await platform.db.query(`INSERT INTO follows (member_id, target_type, target_id, community_id, created_at) VALUES ($1, 'Thread', $2, $3, $4) ON CONFLICT DO NOTHING`, [member.id, thread.id, world.community.id, platform.clock.now()]);
      await platform.db.query(
        `INSERT INTO notification_preferences (member_id, cadence, digest_day, digest_hour, timezone, quiet_from, quiet_to, weekly_contact_budget, email, auto_follow_own, updated_at)
         VALUES ($1, $2, 1, 18, 'Europe/Paris', 60, 120, 5, false, true, now())
         ON CONFLICT (member_id) DO UPDATE SET cadence = EXCLUDED.cadence, digest_hour = 18, timezone = 'Europe/Paris', quiet_from = 60, quiet_to = 120, weekly_contact_budget = 5`,
        [member.id, cadence],
      );
    }
    const res = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Told by their preferences' } }, { token: world.bob.token });
    expect(res.errors).toBeUndefined();
    const { rows } = await platform.db.query(
      `SELECT member_id, reason, deferred_until IS NOT NULL AS deferred FROM notifications WHERE kind = 'reply.created' AND payload->>'threadId' = $1`,
      [thread.id],
    );
    const byMember = Object.fromEntries(rows.map((row: { member_id: string; reason: string; deferred: boolean }) => [row.member_id, { reason: row.reason, deferred: row.deferred }]));
    expect(byMember).toEqual({ [world.alice.id]: { reason: 'CONCERNED', deferred: false }, [world.staff.id]: { reason: 'FOLLOWING', deferred: true } });
  });
});
