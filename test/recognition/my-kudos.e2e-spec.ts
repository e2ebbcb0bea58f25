import { errorCode, Platform, startPlatform } from '../support/harness';
import { joined, question, recognitionWorld, RecognitionWorld, reply } from './recognition-fixtures';
import { graphql } from '../graphql';

const GIVE = graphql(`mutation MyKudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`);
const MINE = graphql(`query MyKudosMine($communityId: ID!, $direction: KudosDirection!, $first: Int, $after: String) {
  myKudos(communityId: $communityId, direction: $direction, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { contentId message createdAt giver { handle } receiver { handle } } }
  }
}`);

describe('my kudos', () => {
  let platform: Platform;
  let world: RecognitionWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { KUDOS_DAILY_BUDGET: '50' } });
    world = await recognitionWorld(platform);
  });
  afterAll(() => platform?.close());

  it('lists the kudos a member gave and received (who, for what, when), newest first and paged, in a fixed number of statements', async () => {
    const me = await joined(platform, world.community);
    const others = [await joined(platform, world.community), await joined(platform, world.community), await joined(platform, world.community)];
    const mine = await question(platform, world.discussion, me, 'My question about brake pads wearing fast');
    for (const [index, other] of others.entries()) {
      platform.clock.advance(60_000);
      expect((await platform.gql(GIVE, { input: { contentId: mine.globalId, message: `Thanks ${index}` } }, { token: other.token })).errors).toBeUndefined();
    }
    const theirs = await question(platform, world.discussion, others[0], 'Their question about chain wear checks');
    const answer = await reply(platform, others[1], theirs);
    await platform.gql(GIVE, { input: { contentId: answer.globalId } }, { token: me.token });

    const small = await platform.gql(MINE, { communityId: world.community.globalId, direction: 'RECEIVED', first: 1 }, { token: me.token });
    const received = await platform.gql(MINE, { communityId: world.community.globalId, direction: 'RECEIVED', first: 2 }, { token: me.token });
    expect(received.errors).toBeUndefined();
    expect(received.data.myKudos.totalCount).toBe(3);
    expect(received.data.myKudos.pageInfo.hasNextPage).toBe(true);
    const nodes = received.data.myKudos.edges.map((edge) => edge.node);
    expect(nodes[0]).toMatchObject({ contentId: mine.globalId, receiver: { handle: me.handle } });
    expect(new Set(nodes.map((node) => node.giver?.handle)).size).toBe(2);
    expect(received.sqlStatements).toBe(small.sqlStatements);

    const rest = await platform.gql(MINE, { communityId: world.community.globalId, direction: 'RECEIVED', first: 2, after: received.data.myKudos.pageInfo.endCursor }, { token: me.token });
    expect(rest.data.myKudos.edges).toHaveLength(1);
    expect(rest.data.myKudos.pageInfo.hasNextPage).toBe(false);
    const givers = [...nodes, rest.data.myKudos.edges[0].node].map((node) => node.giver?.handle).sort();
    expect(givers).toEqual(others.map((other) => other.handle).sort());

    const given = await platform.gql(MINE, { communityId: world.community.globalId, direction: 'GIVEN' }, { token: me.token });
    expect(given.data.myKudos.totalCount).toBe(1);
    expect(given.data.myKudos.edges[0].node).toMatchObject({ contentId: answer.globalId, giver: { handle: me.handle }, receiver: { handle: others[1].handle } });
  });

  it('is for signed-in members only', async () => {
    expect(errorCode(await platform.gql(MINE, { communityId: world.community.globalId, direction: 'GIVEN' }))).toBe('UNAUTHENTICATED');
  });
});
