import { ReputationService } from '@palabre/recognition';
import { buildDemoWorld } from '../../apps/api/src/seed/demo-world';
import { seedAdvice } from '../../apps/api/src/seed/seed-advice';
import { seedRecognition } from '../../apps/api/src/seed/seed-recognition';
import { startPlatform, type Platform } from '../support/harness';

describe('recognition: demo data', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it('seeds kudos, balances, badges and profile choices once, consistent with the raw rows', async () => {
    const world = await buildDemoWorld(platform.app);
    await seedAdvice(world);
    await seedRecognition(world);
    const count = async () =>
      (
        await platform.db.query(
          `SELECT (SELECT count(*) FROM kudos)::int AS kudos, (SELECT count(*) FROM badges)::int AS badges,
                  (SELECT count(*) FROM reputations WHERE points > 0)::int AS reputed, (SELECT count(*) FROM member_profiles WHERE show_reciprocity)::int AS shown,
                  (SELECT count(*) FROM recognition_settings WHERE board_enabled)::int AS boards`,
        )
      ).rows[0];
    const first = await count();
    await seedRecognition(world);
    expect(await count()).toEqual(first);
    expect(first.kudos).toBeGreaterThan(10);
    expect(first.badges).toBeGreaterThan(0);
    expect(first.reputed).toBeGreaterThan(3);
    expect(first.shown).toBe(5);
    expect(first.boards).toBe(1);
    expect(await platform.app.get(ReputationService).reconcile()).toEqual([]);
  }, 60_000);
});
