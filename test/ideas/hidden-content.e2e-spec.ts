import { toGlobalId } from '@palabre/contracts';
import { IdeasService } from '@palabre/ideas';
import type { TestMember } from '../support/factories';
import { startPlatform, type Platform } from '../support/harness';
import { as, createIdea, IDEAS_CONFIG, ideasWorld, type IdeasWorld, type TestIdea } from './ideas-fixtures';
import { graphql } from '../graphql';

const LIST = graphql(`query HiddenContentList($spaceId: ID!, $first: Int, $after: String) {
  ideas(spaceId: $spaceId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
}`);
const COMMENTS = graphql(`query HiddenContentComments($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on Idea { comments(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }
}`);
const NODE = graphql(`query HiddenContentNode($id: ID!) { node(id: $id) { id } }`);

/**
 * Hidden ideas and comments (moderation sets hidden_at) leave lists for everyone else, but stay
 * visible to their author and to the community's moderators and owners, as advice's threads do.
 */
describe('ideas: hidden content', () => {
  let platform: Platform;
  let world: IdeasWorld;
  let shown: TestIdea;
  let hiddenIdea: TestIdea;
  let shownComment: string;
  let hiddenComment: string;
  let hiddenCommentId: string;

  const hide = (table: 'ideas' | 'idea_comments', id: string) => platform.db.query(`UPDATE ${table} SET hidden_at = $2 WHERE id = $1`, [id, platform.clock.now()]);
  const comment = async (member: TestMember, idea: TestIdea, body: string) => (await platform.app.get(IdeasService).commentOnIdea(as(member), { ideaId: idea.id, body, inReplyToId: null })).id;
  const listed = async (member: TestMember, first = 20): Promise<{ ids: string[]; totalCount: number }> => {
    const res = await platform.gql(LIST, { spaceId: world.space.globalId, first }, { token: member.token });
    expect(res.errors).toBeUndefined();
    return { ids: res.data.ideas.edges.map((edge: { node: { id: string } }) => edge.node.id), totalCount: res.data.ideas.totalCount };
  };
  const commentIds = async (member: TestMember, idea: TestIdea): Promise<string[]> => {
    const res = await platform.gql(COMMENTS, { id: idea.globalId, first: 20 }, { token: member.token });
    expect(res.errors).toBeUndefined();
    return res.data.node!.comments.edges.map((edge) => edge.node.id);
  };
  const node = async (member: TestMember, id: string) => (await platform.gql(NODE, { id }, { token: member.token })).data.node?.id ?? null;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
    shown = await createIdea(platform, world.alice, world.space, { title: 'Mudguards that fit wide tyres' });
    hiddenIdea = await createIdea(platform, world.bob, world.space, { title: 'A hidden idea about saddles' });
    shownComment = toGlobalId('IdeaComment', await comment(world.alice, shown, 'Yes, for the 50 mm tyres too.'));
    platform.clock.advance(1_000); // comments list oldest first
    hiddenCommentId = await comment(world.bob, shown, 'A comment a moderator will hide.');
    hiddenComment = toGlobalId('IdeaComment', hiddenCommentId);
    await hide('ideas', hiddenIdea.id);
    await hide('idea_comments', hiddenCommentId);
  });
  afterAll(() => platform?.close());

  it('keeps a hidden idea out of other members’ and brand staff’s lists, counts and node lookups', async () => {
    for (const member of [world.alice, world.staff, world.outsider]) {
      const { ids, totalCount } = await listed(member);
      expect(ids).toEqual([shown.globalId]);
      expect(totalCount).toBe(1);
      expect(await node(member, hiddenIdea.globalId)).toBeNull();
    }
  });

  it('keeps a hidden idea listed for its author and for moderators and owners, with paging intact', async () => {
    for (const member of [world.bob, world.moderator, world.owner]) {
      const { ids, totalCount } = await listed(member);
      expect(ids.sort()).toEqual([shown.globalId, hiddenIdea.globalId].sort());
      expect(totalCount).toBe(2);
      expect(await node(member, hiddenIdea.globalId)).toBe(hiddenIdea.globalId);
      const first = await platform.gql(LIST, { spaceId: world.space.globalId, first: 1 }, { token: member.token });
      const second = await platform.gql(LIST, { spaceId: world.space.globalId, first: 1, after: first.data.ideas.pageInfo.endCursor }, { token: member.token });
      expect([first.data.ideas.edges[0].node.id, second.data.ideas.edges[0].node.id].sort()).toEqual(ids);
      expect(second.data.ideas.pageInfo.hasNextPage).toBe(false);
    }
  });

  it('shows a hidden comment only to its author and to moderators and owners', async () => {
    for (const member of [world.alice, world.staff]) {
      expect(await commentIds(member, shown)).toEqual([shownComment]);
      expect(await node(member, hiddenComment)).toBeNull();
    }
    for (const member of [world.bob, world.moderator, world.owner]) {
      expect(await commentIds(member, shown)).toEqual([shownComment, hiddenComment]);
      expect(await node(member, hiddenComment)).toBe(hiddenComment);
    }
  });

  it('still hides removed ideas and comments from everyone, their author and moderators included', async () => {
    await platform.db.query(`UPDATE ideas SET removed_at = $2 WHERE id = $1`, [hiddenIdea.id, platform.clock.now()]);
    await platform.db.query(`UPDATE idea_comments SET removed_at = $2 WHERE id = $1`, [hiddenCommentId, platform.clock.now()]);
    for (const member of [world.bob, world.moderator]) {
      expect((await listed(member)).ids).toEqual([shown.globalId]);
      expect(await commentIds(member, shown)).toEqual([shownComment]);
      expect(await node(member, hiddenIdea.globalId)).toBeNull();
    }
  });
});
