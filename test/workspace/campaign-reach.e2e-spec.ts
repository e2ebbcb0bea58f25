import { SpaceKind } from '@palabre/contracts';
import { Platform, startPlatform, type TypedDocument } from '../support/harness';
import { addToCommunity, createMember, createSpace, TestMember } from '../support/factories';
import { IDEAS_CONFIG, ideasWorld, IdeasWorld } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';

const LAUNCH = graphql(`mutation CampaignReachLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }`);
const DAY = 86_400_000;

/** A launched campaign reaches the members who follow its ideas space, through their follow and cadence; nobody else. */
describe('workspace: a campaign reaches the followers of its ideas space', () => {
  let platform: Platform;
  let world: IdeasWorld;
  let digestReader: TestMember;

  const as = <TData, TVariables>(member: TestMember, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, { token: member.token });

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
    digestReader = await createMember(platform);
    await addToCommunity(platform, world.community, digestReader);
    for (const member of [world.alice, digestReader]) expect((await as(member, graphql(`mutation CampaignReachFollow($id: ID!) { follow(targetId: $id) }`), { id: world.space.globalId })).errors).toBeUndefined();
    expect((await as(digestReader, graphql(`mutation CampaignReachUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY }) { cadence } }`))).errors).toBeUndefined();
  });
  afterAll(() => platform?.close());

  it('tells the followers of the space (at once, or in the digest of a DAILY reader), and nobody else', async () => {
    const launched = await as(world.staff, LAUNCH, {
      input: {
        spaceId: world.space.globalId,
        title: 'Lights for winter commuting',
        brief: 'What would make your winter commute safer?',
        submissionsCloseAt: new Date(platform.clock.now().getTime() + 14 * DAY).toISOString(),
        supportClosesAt: new Date(platform.clock.now().getTime() + 21 * DAY).toISOString(),
      },
    });
    expect(launched.errors).toBeUndefined();
    const { rows } = await platform.db.query<{ member_id: string; reason: string; subject_id: string; deferred: boolean; summary: string }>(
      `SELECT member_id, reason, subject_id, deferred_until IS NOT NULL AS deferred, summary FROM notifications WHERE kind = 'campaign.launched' ORDER BY member_id`,
    );
    expect(rows).toEqual(
      [
        { member_id: world.alice.id, reason: 'FOLLOWING', subject_id: launched.data.launchCampaign.id, deferred: false, summary: 'New campaign: “Lights for winter commuting”' },
        { member_id: digestReader.id, reason: 'FOLLOWING', subject_id: launched.data.launchCampaign.id, deferred: true, summary: 'New campaign: “Lights for winter commuting”' },
      ].sort((a, b) => a.member_id.localeCompare(b.member_id)),
    );
    const inbox = await as(world.alice, graphql(`query CampaignReachNotifications { notifications(first: 5) { edges { node { kind summary } } } }`));
    expect(inbox.data.notifications.edges.map((edge) => edge.node.kind)).toContain('campaign.launched');
  });

  it('says nothing to the followers of another space, nor to members who follow nothing', async () => {
    const elsewhere = await createSpace(platform, world.community, SpaceKind.IDEAS);
    expect((await as(world.bob, graphql(`mutation CampaignReachFollow($id: ID!) { follow(targetId: $id) }`), { id: elsewhere.globalId })).errors).toBeUndefined();
    const launched = await as(world.owner, LAUNCH, {
      input: { spaceId: world.space.globalId, title: 'Second campaign here', brief: 'Another question', submissionsCloseAt: new Date(platform.clock.now().getTime() + 7 * DAY).toISOString(), supportClosesAt: new Date(platform.clock.now().getTime() + 7 * DAY).toISOString() },
    });
    expect(launched.errors).toBeUndefined();
    const { rows } = await platform.db.query(`SELECT member_id FROM notifications WHERE kind = 'campaign.launched' AND subject_id = $1`, [launched.data.launchCampaign.id]);
    expect(rows.map((row) => row.member_id).sort()).toEqual([world.alice.id, digestReader.id].sort());
  });
});
