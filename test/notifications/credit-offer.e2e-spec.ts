import { IdeaStatus } from '@palabre/ideas';
import { Platform, startPlatform } from '../support/harness';
import { createIdea, IDEAS_CONFIG, ideasWorld, setStatus } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';

const CHANGE = graphql(`mutation CreditOfferChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status } }`);
const INBOX = graphql(`query CreditOfferInbox { notifications(first: 20) { edges { node { kind } } } }`);

describe('credit offered on a shipped idea', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
  });
  afterAll(() => platform.close());

  it('tells each credited member privately, and nobody else learns their name', async () => {
    const world = await ideasWorld(platform);
    const idea = await createIdea(platform, world.alice, world.space);
    for (const status of [IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS]) await setStatus(platform, world.staff, idea, status);
    const shipped = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'SHIPPED', rationale: 'Shipped in the spring range, thanks to everyone who shaped it.', creditMemberIds: [world.bob.globalId] } }, { token: world.staff.token });
    expect(shipped.errors).toBeUndefined();

    const offers = await platform.db.query(`SELECT rooms, payload FROM outbox_events WHERE type = 'credit.offered' ORDER BY id`);
    expect(offers.rows.map((row) => row.rooms)).toEqual(expect.arrayContaining([[`member:${world.alice.id}`], [`member:${world.bob.id}`]]));
    expect(offers.rows).toHaveLength(2);
    const publicEvents = await platform.db.query(`SELECT payload::text AS payload FROM outbox_events WHERE type = 'idea.status_changed' AND payload->>'to' = 'SHIPPED'`);
    expect(publicEvents.rows[0].payload).not.toContain(world.bob.id);

    const bobInbox = await platform.gql(INBOX, undefined, { token: world.bob.token });
    expect(bobInbox.data.notifications.edges.map((edge: { node: { kind: string } }) => edge.node.kind)).toContain('credit.offered');
    const outsiderInbox = await platform.gql(INBOX, undefined, { token: world.moderator.token });
    expect(outsiderInbox.data.notifications.edges.map((edge: { node: { kind: string } }) => edge.node.kind)).not.toContain('credit.offered');
  });
});
