import { Platform, startPlatform } from '../support/harness';
import { IdeaStatus } from '@palabre/ideas';
import { createIdea, DECLINE_RATIONALE, IDEAS_CONFIG, ideasWorld, setStatus, support } from './ideas-fixtures';
import { graphql } from '../graphql';

const IDEA_BOARD = graphql(`query IdeaBoardIdeaBoard($spaceId: ID!, $first: Int!) {
  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: $first) { edges { node { title supportCount viewerSupports author { handle affiliation } } } }
}`);

const FILTERED = graphql(`query IdeaBoardFiltered($spaceId: ID!, $filter: IdeasFilter) {
  ideas(spaceId: $spaceId, first: 50, filter: $filter) { totalCount edges { node { title status } } }
}`);
const BOARD_WITH_BODIES = graphql(`query IdeaBoardWithBodies($spaceId: ID!) {
  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: 20) { edges { node { title body bodyHtml } } }
}`);
const ROADMAP = graphql(`query IdeaBoardRoadmap($spaceId: ID!) { ideaRoadmap(spaceId: $spaceId, perStatus: 2) { status totalCount ideas { title author { handle } } } }`);

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

  it('reads a page without the bodies and, when they are asked for, all of them in one more statement', async () => {
    const world = await ideasWorld(platform);
    for (let index = 0; index < 3; index += 1) await createIdea(platform, world.bob, world.space, { title: `Bodied idea ${index}`, body: `Body **${index}** of the idea` });
    const titlesOnly = await platform.gql(IDEA_BOARD, { spaceId: world.space.globalId, first: 20 }, { token: world.alice.token });
    const bodied = await platform.gql(BOARD_WITH_BODIES, { spaceId: world.space.globalId }, { token: world.alice.token });
    expect(bodied.errors).toBeUndefined();
    const nodes = bodied.data.ideas.edges.map((edge: { node: { title: string; body: string; bodyHtml: string } }) => edge.node).sort((a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title));
    expect(nodes).toEqual([0, 1, 2].map((index) => ({ title: `Bodied idea ${index}`, body: `Body **${index}** of the idea`, bodyHtml: `<p>Body <strong>${index}</strong> of the idea</p>` })));
    expect(bodied.sqlStatements).toBe(titlesOnly.sqlStatements + 1);
  });

  describe('statuses', () => {
    let world: Awaited<ReturnType<typeof ideasWorld>>;
    const titles = (result: { data: { ideas: { edges: Array<{ node: { title: string } }> } } }) => result.data.ideas.edges.map((edge) => edge.node.title).sort();

    beforeAll(async () => {
      world = await ideasWorld(platform);
      await createIdea(platform, world.bob, world.space, { title: 'Status open idea' });
      const planned = await createIdea(platform, world.bob, world.space, { title: 'Status planned idea' });
      await setStatus(platform, world.staff, planned, IdeaStatus.PLANNED);
      const second = await createIdea(platform, world.alice, world.space, { title: 'Status planned idea two' });
      await setStatus(platform, world.staff, second, IdeaStatus.PLANNED);
      await support(platform, world.bob, second);
      const third = await createIdea(platform, world.alice, world.space, { title: 'Status planned idea three' });
      await setStatus(platform, world.staff, third, IdeaStatus.PLANNED);
      const declined = await createIdea(platform, world.bob, world.space, { title: 'Status declined idea' });
      await setStatus(platform, world.staff, declined, IdeaStatus.DECLINED, DECLINE_RATIONALE);
    });

    it('leaves closed ideas out by default and lists them when asked', async () => {
      const board = await platform.gql(FILTERED, { spaceId: world.space.globalId });
      expect(board.errors).toBeUndefined();
      expect(titles(board)).toEqual(['Status open idea', 'Status planned idea', 'Status planned idea three', 'Status planned idea two']);
      expect(board.data.ideas.totalCount).toBe(4);

      const withClosed = await platform.gql(FILTERED, { spaceId: world.space.globalId, filter: { includeClosed: true } });
      expect(titles(withClosed)).toContain('Status declined idea');
      expect(withClosed.data.ideas.totalCount).toBe(5);
    });

    it('filters on several statuses at once', async () => {
      const some = await platform.gql(FILTERED, { spaceId: world.space.globalId, filter: { statuses: ['OPEN', 'DECLINED'] } });
      expect(some.errors).toBeUndefined();
      expect(titles(some)).toEqual(['Status declined idea', 'Status open idea']);
      // A status outside the enum: a deliberately invalid variable, hence the untyped call.
      const bad = await platform.gqlRaw(FILTERED.toString(), { spaceId: world.space.globalId, filter: { statuses: ['NOPE'] } });
      expect(bad.errors).toBeDefined();
    });

    it('groups ideas by status on a roadmap, most supported first, with each status total', async () => {
      const roadmap = await platform.gql(ROADMAP, { spaceId: world.space.globalId });
      expect(roadmap.errors).toBeUndefined();
      expect(roadmap.data.ideaRoadmap.map((column: { status: string }) => column.status)).toEqual(['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED']);
      const planned = roadmap.data.ideaRoadmap[1];
      expect(planned.totalCount).toBe(3);
      expect(planned.ideas).toHaveLength(2);
      expect(planned.ideas[0]).toEqual({ title: 'Status planned idea two', author: { handle: world.alice.handle } });
      expect(roadmap.data.ideaRoadmap[0]).toEqual({ status: 'UNDER_REVIEW', totalCount: 0, ideas: [] });
    });
  });
});
