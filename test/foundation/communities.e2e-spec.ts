import { Role, Visibility } from '@palabre/contracts';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, TestMember } from '../support/factories';
import { graphql } from '../graphql';
import type { CreateSpaceInput } from '../graphql/graphql';

const CREATE_SPACE = graphql(`mutation CommunitiesCreateSpace($input: CreateSpaceInput!) { createSpace(input: $input) { id kind community { slug } } }`);
const SET_ROLE = graphql(`mutation CommunitiesSetRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }`);

describe('communities and roles', () => {
  let platform: Platform;
  let owner: TestMember;

  beforeAll(async () => {
    platform = await startPlatform();
    owner = await createMember(platform);
  });
  afterAll(() => platform.close());

  it('makes the creator OWNER of a new community', async () => {
    const result = await platform.gql(
      graphql(`mutation CommunitiesCreateCommunity { createCommunity(input: { slug: "velo-club", name: "Vélo club", description: "", locale: FR, visibility: PUBLIC }) { slug locale viewerRole memberCount } }`),
      undefined,
      { token: owner.token },
    );
    expect(result.data.createCommunity).toEqual({ slug: 'velo-club', locale: 'FR', viewerRole: 'OWNER', memberCount: 1 });
  });

  it('refuses a duplicate slug with CONFLICT and a bad slug with BAD_USER_INPUT', async () => {
    const existing = await createCommunity(platform, owner);
    const duplicate = await platform.gql(graphql(`mutation CommunitiesCreateCommunity2($slug: String!) { createCommunity(input: { slug: $slug, name: "Again", locale: EN, visibility: PUBLIC }) { id } }`), { slug: existing.slug }, { token: owner.token });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    const bad = await platform.gql(graphql(`mutation CommunitiesCreateCommunity3 { createCommunity(input: { slug: "Bad Slug!", name: "Bad", locale: EN, visibility: PUBLIC }) { id } }`), undefined, { token: owner.token });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('lets a member join a public community once, and leave it', async () => {
    const community = await createCommunity(platform, owner);
    const member = await createMember(platform);
    const join = graphql(`mutation CommunitiesJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`);
    expect((await platform.gql(join, { id: community.globalId }, { token: member.token })).data.joinCommunity.role).toBe('MEMBER');
    expect((await platform.gql(join, { id: community.globalId }, { token: member.token })).data.joinCommunity.role).toBe('MEMBER');
    const count = await platform.db.query('SELECT member_count FROM communities WHERE id = $1', [community.id]);
    expect(count.rows[0].member_count).toBe(2);
    const leave = await platform.gql(graphql(`mutation CommunitiesLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }`), { id: community.globalId }, { token: member.token });
    expect(leave.data.leaveCommunity).toBe(true);
    expect((await platform.db.query('SELECT member_count FROM communities WHERE id = $1', [community.id])).rows[0].member_count).toBe(1);
  });

  it('hides a private community from non-members exactly as if it did not exist', async () => {
    const privateCommunity = await createCommunity(platform, owner, { visibility: Visibility.PRIVATE });
    const outsider = await createMember(platform);
    const bySlug = await platform.gql(graphql(`query CommunitiesCommunity($slug: String!) { community(slug: $slug) { id } }`), { slug: privateCommunity.slug }, { token: outsider.token });
    const missing = await platform.gql(graphql(`query CommunitiesCommunity2 { community(slug: "does-not-exist") { id } }`), undefined, { token: outsider.token });
    expect(errorCode(bySlug)).toBe('NOT_FOUND');
    expect(bySlug.errors?.[0].message).toBe(missing.errors?.[0].message);
    const list = await platform.gql(graphql(`query CommunitiesCommunities { communities(first: 100) { edges { node { slug } } } }`), undefined, { token: outsider.token });
    expect(list.data.communities.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).not.toContain(privateCommunity.slug);
    const node = await platform.gql(graphql(`query CommunitiesNode($id: ID!) { node(id: $id) { id } }`), { id: privateCommunity.globalId }, { token: outsider.token });
    expect(node.data.node).toBeNull();
    const join = await platform.gql(graphql(`mutation CommunitiesJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`), { id: privateCommunity.globalId }, { token: outsider.token });
    expect(errorCode(join)).toBe('NOT_FOUND');
    const anonymous = await platform.gql(graphql(`query CommunitiesCommunity($slug: String!) { community(slug: $slug) { id } }`), { slug: privateCommunity.slug });
    expect(errorCode(anonymous)).toBe('NOT_FOUND');
  });

  it('admits a private community member by invitation from an owner or moderator only', async () => {
    const privateCommunity = await createCommunity(platform, owner, { visibility: Visibility.PRIVATE });
    const plainMember = await createMember(platform);
    await addToCommunity(platform, privateCommunity, plainMember, Role.MEMBER);
    const invitee = await createMember(platform);
    const invite = graphql(`mutation CommunitiesInviteToCommunity($id: ID!, $handle: String!) { inviteToCommunity(communityId: $id, handle: $handle) { id } }`);

    const byMember = await platform.gql(invite, { id: privateCommunity.globalId, handle: invitee.handle }, { token: plainMember.token });
    expect(errorCode(byMember)).toBe('FORBIDDEN');

    const byOwner = await platform.gql(invite, { id: privateCommunity.globalId, handle: invitee.handle }, { token: owner.token });
    const invitationId = byOwner.data.inviteToCommunity.id;
    const stranger = await createMember(platform);
    const stolen = await platform.gql(graphql(`mutation CommunitiesAcceptInvitation($id: ID!) { acceptInvitation(invitationId: $id) { role } }`), { id: invitationId }, { token: stranger.token });
    expect(errorCode(stolen)).toBe('NOT_FOUND');

    const pending = await platform.gql(graphql(`query CommunitiesMyInvitations { myInvitations { id community { slug } } }`), undefined, { token: invitee.token });
    expect(pending.data.myInvitations).toEqual([{ id: invitationId, community: { slug: privateCommunity.slug } }]);
    const accepted = await platform.gql(graphql(`mutation CommunitiesAcceptInvitation($id: ID!) { acceptInvitation(invitationId: $id) { role } }`), { id: invitationId }, { token: invitee.token });
    expect(accepted.data.acceptInvitation.role).toBe('MEMBER');
    const visible = await platform.gql(graphql(`query CommunitiesCommunity3($slug: String!) { community(slug: $slug) { viewerRole } }`), { slug: privateCommunity.slug }, { token: invitee.token });
    expect(visible.data.community.viewerRole).toBe('MEMBER');
  });

  it('lets OWNER and BRAND_STAFF create spaces, not members or moderators', async () => {
    const community = await createCommunity(platform, owner);
    const [member, moderator, staff] = [await createMember(platform), await createMember(platform), await createMember(platform)];
    await addToCommunity(platform, community, member, Role.MEMBER);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
    const input = (slug: string): { input: CreateSpaceInput } => ({ input: { communityId: community.globalId, slug, name: 'Help desk', kind: 'DISCUSSION' } });

    expect(errorCode(await platform.gql(CREATE_SPACE, input('by-member'), { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(CREATE_SPACE, input('by-moderator'), { token: moderator.token }))).toBe('FORBIDDEN');
    const byStaff = await platform.gql(CREATE_SPACE, input('by-staff'), { token: staff.token });
    expect(byStaff.data.createSpace).toMatchObject({ kind: 'DISCUSSION', community: { slug: community.slug } });
    const byOwner = await platform.gql(CREATE_SPACE, input('by-owner'), { token: owner.token });
    expect(byOwner.errors).toBeUndefined();
    const spaces = await platform.db.query('SELECT slug FROM spaces WHERE community_id = $1 ORDER BY slug', [community.id]);
    expect(spaces.rows.map((row) => row.slug)).toEqual(['by-owner', 'by-staff']);
  });

  it('lets only an owner set roles, and protects the last owner', async () => {
    const community = await createCommunity(platform, owner);
    const [member, staff] = [await createMember(platform), await createMember(platform)];
    await addToCommunity(platform, community, member, Role.MEMBER);
    await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
    const set = (memberId: string, role: Role, token: string) => platform.gql(SET_ROLE, { input: { communityId: community.globalId, memberId, role } }, { token });

    expect(errorCode(await set(member.globalId, Role.MODERATOR, staff.token))).toBe('FORBIDDEN');
    const promoted = await set(member.globalId, Role.MODERATOR, owner.token);
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.setMemberRole.role).toBe('MODERATOR');

    expect(errorCode(await set(owner.globalId, Role.MEMBER, owner.token))).toBe('LAST_OWNER');
    const leave = await platform.gql(graphql(`mutation CommunitiesLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }`), { id: community.globalId }, { token: owner.token });
    expect(errorCode(leave)).toBe('LAST_OWNER');

    await set(staff.globalId, Role.OWNER, owner.token);
    expect((await set(owner.globalId, Role.MEMBER, staff.token)).data.setMemberRole.role).toBe('MEMBER');
  });

  it('never leaves a community without an owner when two owners demote each other at once', async () => {
    const community = await createCommunity(platform, owner);
    const second = await createMember(platform);
    await addToCommunity(platform, community, second, Role.OWNER);
    await Promise.all([
      platform.gql(SET_ROLE, { input: { communityId: community.globalId, memberId: second.globalId, role: 'MEMBER' } }, { token: owner.token }),
      platform.gql(SET_ROLE, { input: { communityId: community.globalId, memberId: owner.globalId, role: 'MEMBER' } }, { token: second.token }),
    ]);
    const owners = await platform.db.query(`SELECT count(*) FROM memberships WHERE community_id = $1 AND role = 'OWNER'`, [community.id]);
    expect(Number(owners.rows[0].count)).toBe(1);
  });

  it('shows emails to their owners only, never to staff or moderators', async () => {
    const community = await createCommunity(platform, owner);
    const [moderator, member] = [await createMember(platform), await createMember(platform)];
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, member, Role.MEMBER);
    const query = graphql(`query CommunitiesCommunity4($slug: String!) { community(slug: $slug) { members(first: 10) { edges { node { role member { handle email } } } } } }`);
    const seenByModerator = await platform.gql(query, { slug: community.slug }, { token: moderator.token });
    const emails = seenByModerator.data.community.members.edges.map((edge: { node: { member: { handle: string; email: string | null } } }) => [edge.node.member.handle, edge.node.member.email]);
    expect(emails).toEqual(
      expect.arrayContaining([
        [owner.handle, null],
        [member.handle, null],
        [moderator.handle, moderator.email],
      ]),
    );
  });
});
