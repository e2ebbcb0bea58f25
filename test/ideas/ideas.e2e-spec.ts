import { SpaceKind, toGlobalId, Visibility } from '@palabre/contracts';
import { createCommunity, createMember, createSpace } from '../support/factories';
import { errorCode, startPlatform, type Platform, type TypedGqlResult } from '../support/harness';
import { createIdea, eventsOfType, IDEAS_CONFIG, ideasWorld, RATIONALE, setStatus, support, type IdeasWorld } from './ideas-fixtures';
import { IdeaStatus } from '@palabre/ideas';
import { graphql } from '../graphql';
import type { IdeasIdeasQuery } from '../graphql/graphql';

const PROPOSE = graphql(`mutation IdeasPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id title body bodyHtml tags status supportCount author { handle affiliation } } }`);
const COMMENT = graphql(`mutation IdeasComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id bodyHtml inReplyToId author { handle } } }`);
const LAUNCH = graphql(`mutation IdeasLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id title briefHtml submissionsCloseAt } }`);
const LIST = graphql(`query IdeasList($spaceId: ID!, $first: Int, $filter: IdeasFilter, $orderBy: IdeaOrder) {
  ideas(spaceId: $spaceId, first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title status supportCount viewerSupports overdue nextUpdateDueAt author { handle affiliation } supportersByAffiliation { members staff moderators } } }
  }
}`);

describe('ideas: proposing, discussing, campaigns and lists', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('lets a member propose an idea with sanitised HTML, and records idea.proposed', async () => {
    const input = { spaceId: world.space.globalId, title: '  Dark mode for the app  ', body: 'Please **dark mode** <script>alert(1)</script> [docs](javascript:alert(1))', tags: ['App', 'ui', 'ui'] };
    const result = await platform.gql(PROPOSE, { input }, { token: world.alice.token });
    expect(result.errors).toBeUndefined();
    const idea = result.data.proposeIdea;
    expect(idea).toMatchObject({ title: 'Dark mode for the app', status: 'OPEN', supportCount: 0, tags: ['app', 'ui'], author: { handle: world.alice.handle, affiliation: 'MEMBER' } });
    expect(idea.bodyHtml).toContain('<strong>dark mode</strong>');
    expect(idea.bodyHtml).not.toMatch(/script|javascript/);
    const events = await eventsOfType(platform, 'idea.proposed');
    expect(events.at(-1)?.rooms).toEqual([`space:${world.space.id}`]);
  });

  it('refuses bad input and outsiders, and changes nothing', async () => {
    const before = await platform.db.query('SELECT count(*) FROM ideas');
    const short = await platform.gql(PROPOSE, { input: { spaceId: world.space.globalId, title: 'tiny', body: 'x', tags: [] } }, { token: world.alice.token });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const badTag = await platform.gql(PROPOSE, { input: { spaceId: world.space.globalId, title: 'A valid idea title', body: 'x', tags: ['no spaces here'] } }, { token: world.alice.token });
    expect(errorCode(badTag)).toBe('BAD_USER_INPUT');
    const outsider = await platform.gql(PROPOSE, { input: { spaceId: world.space.globalId, title: 'A valid idea title', body: 'x', tags: [] } }, { token: world.outsider.token });
    expect(errorCode(outsider)).toBe('FORBIDDEN');
    const anonymous = await platform.gql(PROPOSE, { input: { spaceId: world.space.globalId, title: 'A valid idea title', body: 'x', tags: [] } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const after = await platform.db.query('SELECT count(*) FROM ideas');
    expect(after.rows[0].count).toBe(before.rows[0].count);
  });

  it('suggests likely duplicates while writing', async () => {
    await createIdea(platform, world.bob, world.space, { title: 'Longer battery life for the e-bike' });
    const result = await platform.gql(graphql(`query IdeasSimilarIdeas($s: ID!, $t: String!) { similarIdeas(spaceId: $s, text: $t) { title } }`), { s: world.space.globalId, t: 'battery life e-bike' });
    expect(result.errors).toBeUndefined();
    expect(result.data.similarIdeas.map((idea: { title: string }) => idea.title)).toContain('Longer battery life for the e-bike');
    const none = await platform.gql(graphql(`query IdeasSimilarIdeas($s: ID!, $t: String!) { similarIdeas(spaceId: $s, text: $t) { title } }`), { s: world.space.globalId, t: 'saddle colour options' });
    expect(none.data.similarIdeas).toEqual([]);
  });

  it('lets members discuss an idea, in threads, listed oldest first', async () => {
    const idea = await createIdea(platform, world.alice, world.space, { title: 'Bottle cage on the frame' });
    const first = await platform.gql(COMMENT, { input: { ideaId: idea.globalId, body: 'Yes, *please*' } }, { token: world.bob.token });
    expect(first.errors).toBeUndefined();
    expect(first.data.commentOnIdea.bodyHtml).toBe('<p>Yes, <em>please</em></p>');
    platform.clock.advance(60_000);
    const reply = await platform.gql(COMMENT, { input: { ideaId: idea.globalId, body: 'Agreed', inReplyToId: first.data.commentOnIdea.id } }, { token: world.staff.token });
    expect(reply.data.commentOnIdea.inReplyToId).toBe(first.data.commentOnIdea.id);
    const other = await createIdea(platform, world.alice, world.space, { title: 'Another idea entirely' });
    const wrongParent = await platform.gql(COMMENT, { input: { ideaId: other.globalId, body: 'Hm', inReplyToId: first.data.commentOnIdea.id } }, { token: world.bob.token });
    expect(errorCode(wrongParent)).toBe('BAD_USER_INPUT');

    const read = await platform.gql(graphql(`query IdeasNode($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { bodyHtml author { handle } } } } } } }`), { id: idea.globalId });
    expect(read.errors).toBeUndefined();
    expect(read.data.node?.commentCount).toBe(2);
    expect(read.data.node?.comments.edges[0].node.author?.handle).toBe(world.bob.handle);
    expect(read.data.node?.comments.pageInfo.hasNextPage).toBe(true);
    const next = await platform.gql(graphql(`query IdeasNode2($id: ID!, $after: String) { node(id: $id) { ... on Idea { comments(first: 5, after: $after) { edges { node { author { handle affiliation } } } } } } }`), {
      id: idea.globalId,
      after: read.data.node?.comments.pageInfo.endCursor,
    });
    expect(next.data.node?.comments.edges.map((edge) => edge.node.author?.handle)).toEqual([world.staff.handle]);
    expect((await eventsOfType(platform, 'idea.comment_added')).length).toBe(2);
  });

  it('lets only the brand team launch a campaign, and closes it to late proposals with CAMPAIGN_CLOSED', async () => {
    const now = platform.clock.now();
    const input = {
      spaceId: world.space.globalId,
      title: 'What should our next commuter bike have?',
      brief: 'Tell us **everything**',
      submissionsCloseAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
      supportClosesAt: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
    };
    expect(errorCode(await platform.gql(LAUNCH, { input }, { token: world.alice.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(LAUNCH, { input: { ...input, supportClosesAt: now.toISOString() } }, { token: world.staff.token }))).toBe('BAD_USER_INPUT');
    const launched = await platform.gql(LAUNCH, { input }, { token: world.staff.token });
    expect(launched.errors).toBeUndefined();
    expect(launched.data.launchCampaign.briefHtml).toBe('<p>Tell us <strong>everything</strong></p>');
    const campaignId = launched.data.launchCampaign.id;

    const inside = await platform.gql(PROPOSE, { input: { spaceId: world.space.globalId, campaignId, title: 'A rack that folds away', body: 'x', tags: [] } }, { token: world.bob.token });
    expect(inside.errors).toBeUndefined();
    const filtered = await platform.gql(LIST, { spaceId: world.space.globalId, filter: { campaignId } });
    expect(filtered.data.ideas.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['A rack that folds away']);

    platform.clock.advanceDays(8);
    const late = await platform.gql(PROPOSE, { input: { spaceId: world.space.globalId, campaignId, title: 'A late idea for the bike', body: 'x', tags: [] } }, { token: world.bob.token });
    expect(errorCode(late)).toBe('CAMPAIGN_CLOSED');
    const space = await platform.gql(graphql(`query IdeasNode3($id: ID!) { node(id: $id) { ... on Space { campaigns { title } ideaPolicy { updateEveryDays supportBudget } } } }`), { id: world.space.globalId });
    expect(space.data.node?.campaigns).toEqual([{ title: 'What should our next commuter bike have?' }]);
    expect(space.data.node?.ideaPolicy).toEqual({ updateEveryDays: 30, supportBudget: null });
  });

  it('lists ideas with a constant number of SQL statements whatever the page size', async () => {
    const ideas = [];
    for (let index = 0; index < 22; index += 1) ideas.push(await createIdea(platform, index % 2 ? world.alice : world.bob, world.space, { title: `Bulk idea number ${index}` }));
    await support(platform, world.staff, ideas[0]);
    await support(platform, world.alice, ideas[0]);
    await support(platform, world.moderator, ideas[1]);
    const small = await platform.gql(LIST, { spaceId: world.space.globalId, first: 5 }, { token: world.alice.token });
    const large = await platform.gql(LIST, { spaceId: world.space.globalId, first: 20 }, { token: world.alice.token });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.ideas.edges).toHaveLength(20);
    expect(large.sqlStatements).toBe(small.sqlStatements);

    const supported = await platform.gql(LIST, { spaceId: world.space.globalId, first: 2, orderBy: 'MOST_SUPPORTED' }, { token: world.alice.token });
    expect(supported.data.ideas.edges[0].node).toMatchObject({ id: ideas[0].globalId, supportCount: 2, viewerSupports: true, supportersByAffiliation: { members: 1, staff: 1, moderators: 0 } });
    expect(supported.data.ideas.edges[1].node).toMatchObject({ id: ideas[1].globalId, supportCount: 1, viewerSupports: false, supportersByAffiliation: { members: 0, staff: 0, moderators: 1 } });
    const page2 = await platform.gql(LIST, { spaceId: world.space.globalId, first: 2, orderBy: 'MOST_SUPPORTED' }, { token: world.alice.token });
    expect(page2.data.ideas.pageInfo.hasNextPage).toBe(true);
  });

  it('pages through every idea exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: TypedGqlResult<IdeasIdeasQuery> = await platform.gql(graphql(`query IdeasIdeas($s: ID!, $after: String) { ideas(spaceId: $s, first: 7, after: $after, orderBy: TRENDING) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`), { s: world.space.globalId, after });
      expect(page.errors).toBeUndefined();
      const ideas = page.data.ideas;
      seen.push(...ideas.edges.map((edge) => edge.node.id));
      if (!ideas.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(ideas.totalCount);
        break;
      }
      after = ideas.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lists overdue ideas, publicly, once the promised update is late', async () => {
    const idea = await createIdea(platform, world.alice, world.space, { title: 'Puncture-proof tyres please' });
    await setStatus(platform, world.staff, idea, IdeaStatus.UNDER_REVIEW);
    const overdue = () => platform.gql(LIST, { spaceId: world.space.globalId, filter: { overdue: true } });
    expect((await overdue()).data.ideas.edges).toEqual([]);
    platform.clock.advanceDays(31);
    const late = await overdue();
    expect(late.errors).toBeUndefined();
    expect(late.data.ideas.edges.map((edge: { node: { id: string; overdue: boolean } }) => [edge.node.id, edge.node.overdue])).toEqual([[idea.globalId, true]]);
    await setStatus(platform, world.staff, idea, IdeaStatus.PLANNED, RATIONALE);
    expect((await overdue()).data.ideas.edges).toEqual([]);
  });

  it('resolves ideas, comments and campaigns by global id, and hides private communities', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const node = await platform.gql(graphql(`query IdeasNode4($id: ID!) { node(id: $id) { __typename ... on Idea { title space { id } } } }`), { id: idea.globalId });
    expect(node.data.node).toMatchObject({ __typename: 'Idea', space: { id: world.space.globalId } });
    const missing = await platform.gql(graphql(`query IdeasNode5($id: ID!) { node(id: $id) { id } }`), { id: toGlobalId('Idea', '00000000-0000-4000-8000-000000000000') });
    expect(missing.data.node).toBeNull();
    const rooms = await platform.gql(graphql(`query IdeasRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }`), { rooms: [`idea:${idea.id}`] }, { token: world.outsider.token });
    expect(rooms.errors).toBeUndefined();
    expect(rooms.data.roomAccess).toEqual([{ room: `idea:${idea.id}`, allowed: true }]);

    const privateOwner = await createMember(platform);
    const privateCommunity = await createCommunity(platform, privateOwner, { visibility: Visibility.PRIVATE });
    const privateSpace = await createSpace(platform, privateCommunity, SpaceKind.IDEAS);
    await platform.db.query(`UPDATE memberships SET joined_at = joined_at - interval '2 days' WHERE community_id = $1`, [privateCommunity.id]);
    const secret = await createIdea(platform, privateOwner, privateSpace, { title: 'A secret idea for insiders' });
    const hidden = await platform.gql(graphql(`query IdeasNode5($id: ID!) { node(id: $id) { id } }`), { id: secret.globalId }, { token: world.outsider.token });
    expect(hidden.data.node).toBeNull();
    const list = await platform.gql(LIST, { spaceId: privateSpace.globalId }, { token: world.outsider.token });
    expect(errorCode(list)).toBe('NOT_FOUND');
    const secretRooms = await platform.gql(graphql(`query IdeasRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }`), { rooms: [`idea:${secret.id}`] }, { token: world.outsider.token });
    expect(secretRooms.data.roomAccess).toEqual([{ room: `idea:${secret.id}`, allowed: false }]);
    const ownView = await platform.gql(graphql(`query IdeasNode5($id: ID!) { node(id: $id) { id } }`), { id: secret.globalId }, { token: privateOwner.token });
    expect(ownView.data.node).toEqual({ id: secret.globalId });
  });
});
