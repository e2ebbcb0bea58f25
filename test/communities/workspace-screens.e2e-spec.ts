import { SpaceKind } from '@palabre/contracts';
import { startPlatform, type Platform } from '../support/harness';
import { castWorld, type CastWorld } from '../support/factories';
import { graphql } from '../graphql';

const SCREENS = graphql(`query WorkspaceScreensScreens($slug: String!) { community(slug: $slug) { viewerWorkspaceScreens } }`);
// What each screen's first read is; the field must say exactly which of them the API answers.
const READS = {
  INSIGHTS: graphql(`query WorkspaceScreensInsights($id: ID!) { insights(communityId: $id, period: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }) { __typename } }`),
  MODERATION: graphql(`query WorkspaceScreensModeration($id: ID!) { moderationQueue(communityId: $id, first: 1) { totalCount } }`),
};

describe('the workspace screens a viewer may open are decided by the API (Community.viewerWorkspaceScreens)', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
    world = await castWorld(platform, SpaceKind.IDEAS);
  });
  afterAll(() => platform.close());

  const screensOf = async (token?: string) => {
    const result = await platform.gql(SCREENS, { slug: world.community.slug }, token ? { token } : {});
    expect(result.errors).toBeUndefined();
    return result.data.community.viewerWorkspaceScreens as string[];
  };

  it('opens triage, insights and follow-up to brand staff, settings to the owner, moderation to moderators, nothing to members or anonymous', async () => {
    expect(await screensOf(world.owner.token)).toEqual(['TRIAGE', 'INSIGHTS', 'FOLLOW_UP', 'SETTINGS', 'MODERATION']);
    expect(await screensOf(world.staff.token)).toEqual(['TRIAGE', 'INSIGHTS', 'FOLLOW_UP']);
    expect(await screensOf(world.moderator.token)).toEqual(['MODERATION']);
    expect(await screensOf(world.alice.token)).toEqual([]);
    expect(await screensOf(world.outsider.token)).toEqual([]);
    expect(await screensOf()).toEqual([]);
  });

  it('matches what the screens’ reads answer', async () => {
    const variables = { id: world.community.globalId };
    const reads = {
      INSIGHTS: (token: string) => platform.gql(READS.INSIGHTS, variables, { token }),
      MODERATION: (token: string) => platform.gql(READS.MODERATION, variables, { token }),
    };
    for (const member of [world.owner, world.staff, world.moderator, world.alice]) {
      const screens = await screensOf(member.token);
      for (const [screen, read] of Object.entries(reads)) {
        const result = await read(member.token);
        expect({ screen, handle: member.handle, answered: result.errors === undefined }).toEqual({ screen, handle: member.handle, answered: screens.includes(screen) });
      }
    }
  });
});
