import { Role, SpaceKind } from '@palabre/contracts';
import { errorCode, Platform, startPlatform, type TypedDocument } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createCommunity, createMember, TestMember } from '../support/factories';
import { graphql } from '../graphql';

const LIST = graphql(`query SavedRepliesList($id: ID!) { savedReplies(communityId: $id) { id title text } }`);
const CREATE = graphql(`mutation SavedRepliesCreate($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title text } }`);
const UPDATE = graphql(`mutation SavedRepliesUpdate($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title text } }`);
const DELETE = graphql(`mutation SavedRepliesDelete($id: ID!) { deleteSavedReply(savedReplyId: $id) }`);
const REPLY = graphql(`mutation SavedRepliesReply($input: ReplyInput!) { reply(input: $input) { id } }`);
const SAVED_TEXT = 'Thanks for reporting this! Could you send us your order number by private message so we can check the shipment?';

/** Saved replies for the brand team, and the duplicate limit that lets them be used across threads (not twice in one). */
describe('workspace: saved replies', () => {
  let platform: Platform;
  let world: CastWorld;
  let otherStaff: TestMember;

  const as = <TData, TVariables>(member: TestMember, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, { token: member.token });
  const thread = async (title: string) => {
    const result = await as(world.alice, graphql(`mutation SavedRepliesStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }`), { input: { spaceId: world.space.globalId, kind: 'QUESTION', title, body: `My parcel is late (${title}).` } });
    expect(result.errors).toBeUndefined();
    return result.data.startThread.id as string;
  };
  const reply = (member: TestMember, threadId: string, body: string) => as(member, REPLY, { input: { threadId, body } });

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', POST_FLOOD_INTERVAL_SECONDS: '0' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    otherStaff = await createMember(platform);
    const other = await createCommunity(platform, otherStaff);
    await addToCommunity(platform, other, world.bob, Role.BRAND_STAFF);
  });
  afterAll(() => platform?.close());

  it('lets owners and brand staff create, list, edit and delete saved replies, titles unique per community', async () => {
    const communityId = world.community.globalId;
    const created = await as(world.staff, CREATE, { input: { communityId, title: 'Late parcel', text: 'Draft text' } });
    expect(created.errors).toBeUndefined();
    const id = created.data.createSavedReply.id;
    expect(errorCode(await as(world.owner, CREATE, { input: { communityId, title: 'Late parcel', text: 'Another' } }))).toBe('CONFLICT');
    expect((await as(world.owner, UPDATE, { input: { savedReplyId: id, title: 'Late parcel', text: SAVED_TEXT } })).data.updateSavedReply).toEqual({ id, title: 'Late parcel', text: SAVED_TEXT });
    const extra = await as(world.owner, CREATE, { input: { communityId, title: 'Warranty', text: 'Our bikes carry a five-year frame warranty.' } });
    expect((await as(world.staff, LIST, { id: communityId })).data.savedReplies.map((row: { title: string }) => row.title)).toEqual(['Late parcel', 'Warranty']);
    expect(errorCode(await as(world.staff, UPDATE, { input: { savedReplyId: id, title: 'Warranty', text: SAVED_TEXT } }))).toBe('CONFLICT');
    expect((await as(world.staff, DELETE, { id: extra.data.createSavedReply.id })).data.deleteSavedReply).toBe(true);
    expect(errorCode(await as(world.staff, DELETE, { id: extra.data.createSavedReply.id }))).toBe('NOT_FOUND');
  });

  it('keeps saved replies from members, moderators and the staff of another community', async () => {
    const communityId = world.community.globalId;
    const [saved] = (await as(world.staff, LIST, { id: communityId })).data.savedReplies;
    for (const member of [world.alice, world.moderator, world.bob, otherStaff]) {
      expect(errorCode(await as(member, LIST, { id: communityId }))).toBe('FORBIDDEN');
      expect(errorCode(await as(member, CREATE, { input: { communityId, title: 'Mine', text: 'Mine' } }))).toBe('FORBIDDEN');
      expect(errorCode(await as(member, UPDATE, { input: { savedReplyId: saved.id, title: 'Mine', text: 'Mine' } }))).toBe('FORBIDDEN');
      expect(errorCode(await as(member, DELETE, { id: saved.id }))).toBe('FORBIDDEN');
    }
    expect((await as(world.staff, LIST, { id: communityId })).data.savedReplies).toEqual([saved]);
  });

  it('lets the brand team post a saved reply in several threads at once, but not twice in one thread', async () => {
    const [first, second, third] = [await thread('Parcel late since Monday'), await thread('Delivery stuck in transit'), await thread('Order not received yet')];
    for (const threadId of [first, second, third]) expect((await reply(world.staff, threadId, SAVED_TEXT)).errors).toBeUndefined();
    // Spacing and case do not matter, as for any duplicate.
    expect((await reply(world.owner, first, `  ${SAVED_TEXT.toUpperCase()} `)).errors).toBeUndefined();
    expect((await reply(world.owner, second, SAVED_TEXT)).errors).toBeUndefined();
    expect(errorCode(await reply(world.staff, first, SAVED_TEXT))).toBe('DUPLICATE_CONTENT');
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM replies WHERE body = $1`, [SAVED_TEXT]);
    expect(rows[0].n).toBe(4);
  });

  it('still refuses the same text in several threads to members, moderators, and to staff when it is not a saved reply', async () => {
    const [first, second] = [await thread('Tyre pressure for gravel'), await thread('Tyre pressure for the city')];
    for (const member of [world.bob, world.moderator]) {
      expect((await reply(member, first, SAVED_TEXT)).errors).toBeUndefined();
      expect(errorCode(await reply(member, second, SAVED_TEXT))).toBe('DUPLICATE_CONTENT');
    }
    const own = 'We recommend 2.5 bar for most riders; check the sidewall for the range.';
    expect((await reply(world.staff, first, own)).errors).toBeUndefined();
    expect(errorCode(await reply(world.staff, second, own))).toBe('DUPLICATE_CONTENT');
  });
});
