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
});
