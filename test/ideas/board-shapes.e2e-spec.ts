import { SpaceKind } from '@palabre/contracts';
import { IdeaOrder, IdeasRepository, IdeaStatus, type IdeaListQuery } from '@palabre/ideas';
import { startPlatform, type Platform } from '../support/harness';
import { createSpace, type TestSpace } from '../support/factories';
import { createIdea, IDEAS_CONFIG, ideasWorld, type IdeasWorld, type TestIdea } from './ideas-fixtures';

/**
 * The board statement is written per query shape (only the filters it uses, so each shape runs on its generic plan).
 * Every shape must answer what one statement with every filter optional answers: the reference below is that
 * statement, as the board ran it before.
 */
const REFERENCE = `
  SELECT page.id, page.sort_key FROM (
    SELECT i.id, CASE $12::text
             WHEN 'NEWEST' THEN (extract(epoch FROM i.created_at) * 1000)::bigint
             WHEN 'MOST_SUPPORTED' THEN i.support_count::bigint
             ELSE (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id AND s.created_at > $5::timestamptz - interval '7 days') END AS sort_key
      FROM ideas i
     WHERE i.space_id = $1 AND (i.removed_at IS NULL AND (i.hidden_at IS NULL OR i.author_id = $6::uuid OR $7::boolean))
       AND i.status = ANY($2::text[])
       AND ($3::uuid IS NULL OR i.campaign_id = $3)
       AND (NOT $4::boolean OR (i.next_update_due_at < $5::timestamptz AND i.status = ANY('{OPEN,UNDER_REVIEW,PLANNED,IN_PROGRESS}'::text[])))
       AND ($11::boolean IS NULL OR (i.qualified_at IS NOT NULL OR i.status <> 'OPEN') = $11::boolean)
  ) page
  WHERE $8::bigint IS NULL OR (page.sort_key, page.id) < ($8::bigint, $9::uuid)
  ORDER BY page.sort_key DESC, page.id DESC
  LIMIT $10`;

describe('the idea board answers the same ideas and count whatever the shape of its statement', () => {
  let platform: Platform;
  let world: IdeasWorld;
  let space: TestSpace;
  let campaignId: string;
  const ideas: TestIdea[] = [];

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
    space = await createSpace(platform, world.community, SpaceKind.IDEAS);
    const { rows } = await platform.db.query<{ id: string }>(
      `INSERT INTO campaigns (space_id, community_id, title, brief, brief_html, submissions_close_at, support_closes_at, created_by, created_at)
       VALUES ($1, $2, 'Winter lights', '', '', now() + interval '30 days', now() + interval '40 days', $3, now()) RETURNING id`,
      [space.id, world.community.id, world.staff.id],
    );
    campaignId = rows[0].id;
    for (let index = 0; index < 14; index += 1) {
      const author = index % 3 === 0 ? world.alice : world.bob;
      ideas.push(await createIdea(platform, author, space, { title: `Board shape idea ${index}`, ...(index % 4 === 1 ? { campaignId } : {}) }));
    }
    // Varied rows: statuses, counters with ties, creation times, late promised updates, qualification, hidden and
    // removed ideas, supports inside and outside the trending week.
    for (const [index, idea] of ideas.entries()) {
      const status = [IdeaStatus.OPEN, IdeaStatus.OPEN, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.SHIPPED][index % 5];
      await platform.db.query(
        `UPDATE ideas SET status = $2, support_count = $3, created_at = now() - ($4 || ' hours')::interval,
                next_update_due_at = CASE WHEN $5 THEN now() - interval '2 days' ELSE now() + interval '20 days' END,
                qualified_at = CASE WHEN $6 THEN now() END,
                hidden_at = CASE WHEN $7 THEN now() END, removed_at = CASE WHEN $8 THEN now() END
          WHERE id = $1`,
        [idea.id, status, index % 4, String(index * 7), index % 3 !== 2, index % 5 === 0, index === 3 || index === 6, index === 9],
      );
    }
    for (const [index, member] of [world.alice, world.bob, world.staff].entries()) {
      for (const idea of ideas.slice(index, index + 6)) {
        await platform.db.query(`INSERT INTO idea_supports (idea_id, member_id, created_at) VALUES ($1, $2, now() - ($3 || ' days')::interval)`, [idea.id, member.id, String(index * 4)]);
      }
    }
  });
  afterAll(() => platform.close());

  const reference = async (query: IdeaListQuery) => {
    const { rows } = await platform.db.query<{ id: string; sort_key: string }>(REFERENCE, [
      query.spaceId,
      query.statuses,
      query.campaignId,
      query.overdue,
      query.now,
      query.viewerId,
      query.moderator,
      query.after?.key ?? null,
      query.after?.id ?? null,
      query.limit,
      query.qualified,
      query.orderBy,
    ]);
    return rows.map((row) => `${row.id}:${row.sort_key}`);
  };

  it('matches the all-optional statement for every order, filter, viewer and cursor, and counts what it lists', async () => {
    const repository = platform.app.get(IdeasRepository);
    let compared = 0;
    let nonEmpty = 0;
    for (const orderBy of [IdeaOrder.NEWEST, IdeaOrder.MOST_SUPPORTED, IdeaOrder.TRENDING]) {
      for (const viewer of [null, world.alice.id]) {
        for (const moderator of [false, true]) {
          for (const overdue of [false, true]) {
            for (const campaign of [null, campaignId]) {
              for (const qualified of [null, true, false]) {
                for (const statuses of [[IdeaStatus.OPEN, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS], [IdeaStatus.SHIPPED, IdeaStatus.OPEN]]) {
                  const query: IdeaListQuery = { spaceId: space.id, statuses, overdue, campaignId: campaign, qualified, orderBy, now: new Date(), viewerId: viewer, moderator, limit: 3, after: null };
                  // The count (totalCount) applies the same conditions as the pages.
                  expect(await repository.count(query)).toBe((await reference({ ...query, limit: 100 })).length);
                  // Page by page through the whole list, both ways, with the cursor of the page before.
                  for (let page = 0; page < 8; page += 1) {
                    const rows = await repository.list(query);
                    const got = rows.map((row) => `${row.id}:${row.sort_key}`);
                    expect(got).toEqual(await reference(query));
                    compared += 1;
                    if (got.length > 0) nonEmpty += 1;
                    if (rows.length < query.limit) break;
                    const last = rows[rows.length - 1];
                    query.after = { key: Number(last.sort_key), id: last.id };
                  }
                }
              }
            }
          }
        }
      }
    }
    // The data gives most shapes something to list, and several pages to some.
    expect(nonEmpty).toBeGreaterThan(compared / 2);
    expect(compared).toBeGreaterThan(3 * 2 * 2 * 2 * 2 * 3 * 2);
  });
});
