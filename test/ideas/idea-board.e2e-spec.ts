import { Platform, startPlatform } from '../support/harness';
import { createIdea, IDEAS_CONFIG, ideasWorld, support } from './ideas-fixtures';

const IDEA_BOARD = `query ($spaceId: ID!, $first: Int!) {
  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: $first) { edges { node { title supportCount viewerSupports author { handle affiliation } } } }
}`;

describe('idea board', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
  });
  afterAll(() => platform.close());

  it('serves 20 ideas with their authors and whether the viewer supports each in at most 4 SQL statements, however many ideas', async () => {
    const world = await ideasWorld(platform);
    const authors = [world.bob, world.staff, world.moderator, world.owner];
    const ideas = [];
    for (let index = 0; index < 20; index += 1) ideas.push(await createIdea(platform, authors[index % authors.length], world.space, { title: `Board idea number ${index}` }));
    await support(platform, world.alice, ideas[1]);
    await support(platform, world.bob, ideas[1]);
    await support(platform, world.bob, ideas[2]);

    const small = await platform.gql(IDEA_BOARD, { spaceId: world.space.globalId, first: 2 }, { token: world.alice.token });
    const full = await platform.gql(IDEA_BOARD, { spaceId: world.space.globalId, first: 20 }, { token: world.alice.token });
    expect(full.errors).toBeUndefined();
    const nodes = full.data.ideas.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toHaveLength(20);
    expect(nodes[0]).toEqual({ title: 'Board idea number 1', supportCount: 2, viewerSupports: true, author: { handle: world.staff.handle, affiliation: 'BRAND_STAFF' } });
    expect(nodes[1]).toEqual({ title: 'Board idea number 2', supportCount: 1, viewerSupports: false, author: { handle: world.moderator.handle, affiliation: 'MODERATOR' } });
    expect(full.sqlStatements).toBe(small.sqlStatements);
    expect(full.sqlStatements).toBeLessThanOrEqual(4);
  });
});
