import { decodeGlobalId, Role, SpaceKind } from '@palabre/contracts';
import { errorCode, Platform, startPlatform, type TypedDocument } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createCommunity, createMember, TestMember } from '../support/factories';
import { graphql } from '../graphql';
import type { ConsentInput } from '../graphql/graphql';

const CONTACT = graphql(`mutation ConversationsContact($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId } }`);
const WRITE = graphql(`mutation ConversationsWrite($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { id conversationId } }`);
const CLOSE = graphql(`mutation ConversationsClose($id: ID!) { closeConversation(conversationId: $id) }`);
const COUNT = graphql(`query ConversationsCount($id: ID!) { brandContactConsentCount(communityId: $id) }`);
const GRANT_CONSENT = graphql(`mutation ConversationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }`);
const REVOKE_CONSENT = graphql(`mutation ConversationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active } }`);
const MINUTE = 60_000;

/** Brand conversations steered by the member: staff hear of their messages, answer only while the member keeps it open. */
describe('workspace: conversations with the brand team', () => {
  let platform: Platform;
  let world: CastWorld;
  let colleague: TestMember;

  const as = <TData, TVariables>(member: TestMember, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, { token: member.token });
  const consent = (member: TestMember, action: 'grantConsent' | 'revokeConsent') => {
    const input: ConsentInput = { scope: 'BRAND_CONTACT', communityId: world.community.globalId };
    return action === 'grantConsent' ? as(member, GRANT_CONSENT, { input }) : as(member, REVOKE_CONSENT, { input });
  };
  const write = async (member: TestMember, conversationId?: string) => {
    platform.clock.advance(MINUTE);
    const result = await as(member, WRITE, { input: { communityId: world.community.globalId, subject: 'My order never arrived', body: 'Ordered three weeks ago.', conversationId } });
    expect(result.errors).toBeUndefined();
    return result.data.contactBrandTeam.conversationId as string;
  };
  const answer = (conversationId: string | undefined, member: TestMember = world.alice) => {
    platform.clock.advance(MINUTE);
    return as(world.staff, CONTACT, { input: { communityId: world.community.globalId, memberId: member.globalId, subject: 'About your order', body: 'It left our warehouse today.', conversationId } });
  };

  beforeAll(async () => {
    // The clock moves a minute per message: tokens must outlive the spec.
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', ACCESS_TOKEN_TTL_SECONDS: '31536000' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    colleague = await createMember(platform);
    await addToCommunity(platform, world.community, colleague, Role.BRAND_STAFF);
  });
  afterAll(() => platform?.close());

  it('tells every owner and brand staff member when a member writes to the brand team, and nobody else', async () => {
    const conversationId = await write(world.alice);
    const { rows } = await platform.db.query(`SELECT member_id, reason, payload->>'conversationId' AS conversation FROM notifications WHERE kind = 'brand.message_received'`);
    expect(rows.map((row) => row.member_id).sort()).toEqual([world.owner.id, world.staff.id, colleague.id].sort());
    expect(rows.every((row) => row.reason === 'CONCERNED' && row.conversation === decodeGlobalId(conversationId)!.localId)).toBe(true);
  });

  it('counts the members who consent to brand contact, for staff only', async () => {
    expect((await as(world.staff, COUNT, { id: world.community.globalId })).data.brandContactConsentCount).toBe(0);
    await consent(world.alice, 'grantConsent');
    await consent(world.bob, 'grantConsent');
    await consent(world.bob, 'revokeConsent');
    // Consenting elsewhere does not count here.
    const elsewhere = await createCommunity(platform, await createMember(platform));
    await addToCommunity(platform, elsewhere, world.bob);
    await as(world.bob, graphql(`mutation ConversationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }`), { input: { scope: 'BRAND_CONTACT', communityId: elsewhere.globalId } });
    expect((await as(world.owner, COUNT, { id: world.community.globalId })).data.brandContactConsentCount).toBe(1);
    for (const member of [world.alice, world.moderator]) expect(errorCode(await as(member, COUNT, { id: world.community.globalId }))).toBe('FORBIDDEN');
    await addToCommunity(platform, elsewhere, world.moderator, Role.BRAND_STAFF);
    expect(errorCode(await as(world.moderator, COUNT, { id: world.community.globalId }))).toBe('FORBIDDEN');
    await consent(world.alice, 'revokeConsent');
  });

  it('lets the member close a conversation: staff get CONVERSATION_CLOSED until the member writes again', async () => {
    const conversationId = await write(world.alice);
    expect((await answer(conversationId)).errors).toBeUndefined();
    expect((await as(world.alice, CLOSE, { id: conversationId })).data.closeConversation).toBe(true);
    expect(errorCode(await answer(conversationId))).toBe('CONVERSATION_CLOSED');
    expect(errorCode(await as(world.bob, CLOSE, { id: conversationId }))).toBe('NOT_FOUND');
    await write(world.alice, conversationId);
    expect((await answer(conversationId)).errors).toBeUndefined();
  });

  it('closes every conversation to staff when the member revokes brand contact, until they write again', async () => {
    await consent(world.bob, 'grantConsent');
    platform.clock.advance(MINUTE);
    const started = await answer(undefined, world.bob);
    expect(started.errors).toBeUndefined();
    const fromStaff = started.data.contactMember.conversationId;
    const fromMember = await write(world.bob);
    expect((await answer(fromMember, world.bob)).errors).toBeUndefined();

    platform.clock.advance(MINUTE);
    await consent(world.bob, 'revokeConsent');
    const before = (await platform.db.query(`SELECT count(*)::int AS n FROM contact_messages WHERE member_id = $1`, [world.bob.id])).rows[0].n;
    expect(errorCode(await answer(fromStaff, world.bob))).toBe('CONVERSATION_CLOSED');
    expect(errorCode(await answer(fromMember, world.bob))).toBe('CONVERSATION_CLOSED');
    expect(errorCode(await answer(undefined, world.bob))).toBe('CONTACT_NOT_CONSENTED');
    expect((await platform.db.query(`SELECT count(*)::int AS n FROM contact_messages WHERE member_id = $1`, [world.bob.id])).rows[0].n).toBe(before);

    // The member steers: a support question they ask after revoking can still be answered.
    await write(world.bob, fromMember);
    expect((await answer(fromMember, world.bob)).errors).toBeUndefined();
    expect(errorCode(await answer(fromStaff, world.bob))).toBe('CONVERSATION_CLOSED');
  });
});
