import { toGlobalId } from '@palabre/contracts';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { IDEAS_CONFIG, ideasWorld, IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

const DAY = 86_400_000;
const LAUNCH = graphql(`mutation CloseCampaignLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }`);
const CLOSE = graphql(`mutation CloseCampaignClose($id: ID!) { closeCampaign(campaignId: $id) { id submissionsCloseAt supportClosesAt } }`);
const PROPOSE = graphql(`mutation CloseCampaignPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`);

/** The brand team may end a campaign before its dates: answers stop from then on. */
describe('ideas: closing a campaign early', () => {
  let platform: Platform;
  let world: IdeasWorld;
  let campaignId: string;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
    const inDays = (days: number) => new Date(platform.clock.now().getTime() + days * DAY).toISOString();
    const launched = await platform.gql(
      LAUNCH,
      { input: { spaceId: toGlobalId('Space', world.space.id), title: 'Winter riding kit', brief: 'What would help?', submissionsCloseAt: inDays(14), supportClosesAt: inDays(28) } },
      { token: world.staff.token },
    );
    expect(launched.errors).toBeUndefined();
    campaignId = launched.data.launchCampaign.id;
  });
  afterAll(() => platform?.close());

  it('is refused to members and moderators, and changes nothing', async () => {
    for (const member of [world.alice, world.moderator]) expect(errorCode(await platform.gql(CLOSE, { id: campaignId }, { token: member.token }))).toBe('FORBIDDEN');
    const answer = await platform.gql(PROPOSE, { input: { spaceId: toGlobalId('Space', world.space.id), campaignId, title: 'Heated grips for the city bike', body: 'Cold hands in winter.' } }, { token: world.alice.token });
    expect(answer.errors).toBeUndefined();
  });

  it('closes submissions and support now for the brand team; later answers are refused', async () => {
    const closed = await platform.gql(CLOSE, { id: campaignId }, { token: world.staff.token });
    expect(closed.errors).toBeUndefined();
    const now = platform.clock.now().toISOString();
    expect(closed.data.closeCampaign).toMatchObject({ submissionsCloseAt: now, supportClosesAt: now });
    const late = await platform.gql(PROPOSE, { input: { spaceId: toGlobalId('Space', world.space.id), campaignId, title: 'Mudguards that fit wide tyres', body: 'Wet roads.' } }, { token: world.alice.token });
    expect(errorCode(late)).toBe('CAMPAIGN_CLOSED');
  });
});
