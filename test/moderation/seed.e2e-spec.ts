import { buildDemoWorld } from '../../apps/api/src/seed/demo-world';
import { seedAdvice } from '../../apps/api/src/seed/seed-advice';
import { seedModeration } from '../../apps/api/src/seed/seed-moderation';
import { startPlatform, type Platform } from '../support/harness';

describe('moderation: demo data', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10' } });
  });
  afterAll(() => platform?.close());

  it('pins and features one thread per demo community, once, with audit entries', async () => {
    const world = await buildDemoWorld(platform.app);
    await seedAdvice(world);
    await seedModeration(world);
    const count = async () =>
      (
        await platform.db.query(
          `SELECT (SELECT count(*) FROM featured_content)::int AS featured, (SELECT count(*) FROM thread_pins)::int AS pins, (SELECT count(*) FROM moderation_actions)::int AS actions`,
        )
      ).rows[0];
    const first = await count();
    expect(first).toEqual({ featured: 2, pins: 2, actions: 4 });
    await seedModeration(world);
    expect(await count()).toEqual(first);
  }, 60_000);

  it('gives the demo members a membership old enough that the new-member limits do not block someone trying the demo', async () => {
    const world = await buildDemoWorld(platform.app);
    const { rows } = await platform.db.query<{ young: number }>(
      `SELECT count(*)::int AS young FROM memberships WHERE community_id = ANY($1::uuid[]) AND joined_at > $2::timestamptz - interval '59 days'`,
      [[world.fr.community.id, world.en.community.id], platform.clock.now()],
    );
    expect(rows[0].young).toBe(0);
    const { rows: joined } = await platform.db.query<{ count: number }>(`SELECT count(*)::int FROM memberships WHERE community_id = $1`, [world.fr.community.id]);
    expect(joined[0].count).toBeGreaterThan(10);
  }, 60_000);
});
