import { buildDemoWorld } from '../../apps/api/src/seed/demo-world';
import { seedIdeas } from '../../apps/api/src/seed/seed-ideas';
import { startPlatform, type Platform } from '../support/harness';
import { IDEAS_CONFIG } from './ideas-fixtures';

describe('ideas: demo data', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
  });
  afterAll(() => platform.close());

  it('seeds a campaign, ideas in every status, a merge and an accepted credit in each language, once', async () => {
    const world = await buildDemoWorld(platform.app);
    await seedIdeas(world);
    await seedIdeas(world);
    const { rows } = await platform.db.query(
      `SELECT c.locale, array_agg(DISTINCT i.status ORDER BY i.status) AS statuses, count(*)::int AS ideas,
              (SELECT count(*)::int FROM campaigns k WHERE k.community_id = c.id) AS campaigns,
              (SELECT count(*)::int FROM idea_merges m JOIN ideas s ON s.id = m.source_id WHERE s.community_id = c.id) AS merges,
              (SELECT count(*)::int FROM idea_credits k JOIN ideas s ON s.id = k.idea_id WHERE s.community_id = c.id AND k.accepted_at IS NOT NULL) AS credits,
              bool_and(i.support_count = (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id)) AS counters_match
         FROM ideas i JOIN communities c ON c.id = i.community_id GROUP BY c.id, c.locale ORDER BY c.locale`,
    );
    const every = ['DECLINED', 'EXPIRED', 'IN_PROGRESS', 'MERGED', 'OPEN', 'PLANNED', 'SHIPPED', 'UNDER_REVIEW'];
    expect(rows).toEqual([
      { locale: 'EN', statuses: every, ideas: 8, campaigns: 1, merges: 1, credits: 1, counters_match: true },
      { locale: 'FR', statuses: every, ideas: 8, campaigns: 1, merges: 1, credits: 1, counters_match: true },
    ]);
  });
});
