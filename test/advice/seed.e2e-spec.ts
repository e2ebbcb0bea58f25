import { buildDemoWorld } from '../../apps/api/src/seed/demo-world';
import { seedAdvice } from '../../apps/api/src/seed/seed-advice';
import { startPlatform, type Platform } from '../support/harness';

describe('advice: demo data', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('seeds French and English threads once, with an accepted answer, staff (and owner) answers and an overdue question in each', async () => {
    const world = await buildDemoWorld(platform.app);
    await seedAdvice(world);
    await seedAdvice(world);
    const { rows } = await platform.db.query(
      `SELECT c.locale, count(*)::int AS threads,
              count(*) FILTER (WHERE t.accepted_reply_id IS NOT NULL)::int AS accepted,
              count(*) FILTER (WHERE t.staff_responded)::int AS staff_answered,
              count(*) FILTER (WHERE t.kind = 'QUESTION' AND t.first_response_at IS NULL AND t.expected_first_response_at < $1)::int AS overdue,
              bool_and(t.reply_count = (SELECT count(*) FROM replies r WHERE r.thread_id = t.id)) AS counters_match
         FROM threads t JOIN communities c ON c.id = t.community_id GROUP BY c.locale ORDER BY c.locale`,
      [platform.clock.now()],
    );
    expect(rows).toEqual([
      { locale: 'EN', threads: 4, accepted: 1, staff_answered: 1, overdue: 1, counters_match: true },
      { locale: 'FR', threads: 4, accepted: 1, staff_answered: 3, overdue: 1, counters_match: true },
    ]);
  });
});
