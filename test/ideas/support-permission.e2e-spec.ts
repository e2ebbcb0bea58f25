import { decodeGlobalId, SpaceKind, toGlobalId } from '@palabre/contracts';
import { IdeaStatus } from '@palabre/ideas';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { createSpace } from '../support/factories';
import { createIdea, IDEAS_CONFIG, ideasWorld, setStatus, support, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

const DAY = 86_400_000;
const CAN = graphql(`query SupportPermissionCan($id: ID!) { node(id: $id) { ... on Idea { viewerCanSupport viewerSupports } } }`);
const SUPPORT = graphql(`mutation SupportPermissionSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { id } }`);
const LAUNCH = graphql(`mutation SupportPermissionLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }`);
const BOARD = graphql(`query SupportPermissionBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first, filter: { includeClosed: true }) { edges { node { id viewerCanSupport } } } }`);

describe('who may support an idea (or withdraw their support) is the API’s answer: Idea.viewerCanSupport', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });
  afterAll(() => platform.close());

  const can = async (ideaId: string, token?: string) => {
    const result = await platform.gql(CAN, { id: ideaId }, token ? { token } : {});
    expect(result.errors).toBeUndefined();
    return result.data.node?.viewerCanSupport;
  };

  it('opens supporting to members (the author too), not to outsiders or anonymous; nobody once the idea is closed', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    expect(await can(idea.globalId, world.alice.token)).toBe(true);
    expect(await can(idea.globalId, world.bob.token)).toBe(true);
    expect(await can(idea.globalId, world.moderator.token)).toBe(true);
    expect(await can(idea.globalId, world.outsider.token)).toBe(false);
    expect(await can(idea.globalId)).toBe(false);
    expect(errorCode(await platform.gql(SUPPORT, { ideaId: idea.globalId }, { token: world.outsider.token }))).toBe('FORBIDDEN');

    await support(platform, world.bob, idea);
    await setStatus(platform, world.staff, idea, IdeaStatus.DECLINED, 'We will not build this: it conflicts with the frame safety certification and would double the price.');
    for (const member of [world.alice, world.bob]) expect(await can(idea.globalId, member.token)).toBe(false);
    expect(errorCode(await platform.gql(SUPPORT, { ideaId: idea.globalId }, { token: world.alice.token }))).toBe('IDEA_CLOSED');
  });

  it('closes new supports with the campaign, while a supporter may still withdraw', async () => {
    const launched = await platform.gql(
      LAUNCH,
      { input: { spaceId: toGlobalId('Space', world.space.id), title: 'Winter riding kit', brief: 'What would help?', submissionsCloseAt: new Date(platform.clock.now().getTime() + 2 * DAY).toISOString(), supportClosesAt: new Date(platform.clock.now().getTime() + 3 * DAY).toISOString() } },
      { token: world.staff.token },
    );
    expect(launched.errors).toBeUndefined();
    const idea = await createIdea(platform, world.alice, world.space, { campaignId: decodeGlobalId(launched.data.launchCampaign.id)!.localId });
    await support(platform, world.bob, idea);
    platform.clock.advance(4 * DAY);
    expect(await can(idea.globalId, world.alice.token)).toBe(false);
    expect(await can(idea.globalId, world.bob.token)).toBe(true);
    expect(errorCode(await platform.gql(SUPPORT, { ideaId: idea.globalId }, { token: world.alice.token }))).toBe('CAMPAIGN_CLOSED');
  });

  it('answers a board’s page in a constant number of statements', async () => {
    const space = await createSpace(platform, world.community, SpaceKind.IDEAS);
    for (let index = 0; index < 4; index += 1) await createIdea(platform, world.bob, space);
    const one = await platform.gql(BOARD, { spaceId: space.globalId, first: 1 }, { token: world.alice.token });
    const many = await platform.gql(BOARD, { spaceId: space.globalId, first: 20 }, { token: world.alice.token });
    expect(many.errors).toBeUndefined();
    expect(many.data.ideas.edges.map((edge) => edge.node.viewerCanSupport)).toEqual([true, true, true, true]);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });
});

