import { SpaceKind } from '@palabre/contracts';
import { startPlatform, type Platform } from '../support/harness';
import { createSpace } from '../support/factories';
import { createIdea, IDEAS_CONFIG, ideasWorld, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

// The triage board's section counts, as the web asks them beside the first page.
const COUNTS = graphql(`query TriageCountsCounts($spaceId: ID!) {
  qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) { totalCount }
  waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) { totalCount }
}`);
const PAGE = graphql(`query TriageCountsPage($spaceId: ID!, $qualified: Boolean, $first: Int) {
  ideas(spaceId: $spaceId, first: $first, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: $qualified }) { totalCount edges { node { title status } } }
}`);

describe('the triage board’s section counts come from the API, exact beyond the ideas loaded', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });
  afterAll(() => platform.close());

  it('counts the qualified (threshold reached or past OPEN) and the waiting ideas of the whole space', async () => {
    const space = await createSpace(platform, world.community, SpaceKind.IDEAS);
    const ideas = [];
    for (let index = 0; index < 7; index += 1) ideas.push(await createIdea(platform, world.alice, space, { title: `Triage idea number ${index}` }));
    // Two reached the threshold while OPEN, one is under review, one was shipped (closed: in neither section).
    await platform.db.query(`UPDATE ideas SET qualified_at = now() WHERE id = ANY($1::uuid[])`, [[ideas[0].id, ideas[1].id]]);
    await platform.db.query(`UPDATE ideas SET status = 'UNDER_REVIEW' WHERE id = $1`, [ideas[2].id]);
    await platform.db.query(`UPDATE ideas SET status = 'SHIPPED' WHERE id = $1`, [ideas[3].id]);

    const counts = await platform.gql(COUNTS, { spaceId: space.globalId }, { token: world.staff.token });
    expect(counts.errors).toBeUndefined();
    expect(counts.data).toEqual({ qualified: { totalCount: 3 }, waiting: { totalCount: 3 } });

    // A page of two does not change them (the board used to count only what it had loaded).
    const waitingPage = await platform.gql(PAGE, { spaceId: space.globalId, qualified: false, first: 2 }, { token: world.staff.token });
    expect(waitingPage.data.ideas.totalCount).toBe(3);
    expect(waitingPage.data.ideas.edges).toHaveLength(2);
    expect(waitingPage.data.ideas.edges.every(({ node }) => node.status === 'OPEN')).toBe(true);
    const qualifiedPage = await platform.gql(PAGE, { spaceId: space.globalId, qualified: true, first: 10 }, { token: world.staff.token });
    expect(qualifiedPage.data.ideas.edges.map(({ node }) => node.title).sort()).toEqual(['Triage idea number 0', 'Triage idea number 1', 'Triage idea number 2']);
    const all = await platform.gql(PAGE, { spaceId: space.globalId, first: 10 }, { token: world.staff.token });
    expect(all.data.ideas.totalCount).toBe(6);
  });

  it('reads both counts in a constant number of statements, whatever the number of ideas', async () => {
    const space = await createSpace(platform, world.community, SpaceKind.IDEAS);
    await createIdea(platform, world.alice, space);
    const few = await platform.gql(COUNTS, { spaceId: space.globalId }, { token: world.staff.token });
    for (let index = 0; index < 4; index += 1) await createIdea(platform, world.bob, space);
    const more = await platform.gql(COUNTS, { spaceId: space.globalId }, { token: world.staff.token });
    expect(more.data).toEqual({ qualified: { totalCount: 0 }, waiting: { totalCount: 5 } });
    expect(more.sqlStatements).toBe(few.sqlStatements);
  });
});
