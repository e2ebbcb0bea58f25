import { buildDemoWorld } from '../../apps/api/src/seed/demo-world';
import { seedNotifications } from '../../apps/api/src/seed/seed-notifications';
import { startPlatform, type Platform } from '../support/harness';

// The machine is shared: boots and template creation can be slow (the project-level testTimeout does not apply).
jest.setTimeout(30_000);

describe('notifications: demo data', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
  });
  afterAll(() => platform.close());

  it('seeds follows, preferences and consents once', async () => {
    const world = await buildDemoWorld(platform.app);
    await seedNotifications(world);
    await seedNotifications(world);
    const counts = await platform.db.query(
      `SELECT (SELECT count(*)::int FROM follows) AS follows, (SELECT count(*)::int FROM notification_preferences) AS prefs, (SELECT count(*)::int FROM consent_ledger) AS consents`,
    );
    expect(counts.rows[0]).toEqual({ follows: 4, prefs: 4, consents: 2 });
  });
});
