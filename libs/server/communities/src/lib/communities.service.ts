import { Injectable } from '@nestjs/common';
import { CommunitiesErrorCode, Role, roomName, Visibility } from '@palabre/contracts';
import {
  AppError,
  Clock,
  conflict,
  Db,
  decodeCursor,
  TIME_ID_CURSOR,
  EventsService,
  notFound,
  pageSize,
  PageArgs,
  RequestContext,
  toConnection,
  TransactionRunner,
  Connection,
  forbidden,
} from '@palabre/core';
import { MembersService } from '@palabre/members';
import { CommunitiesRepository, CommunityRow, InvitationRow, MembershipRow, SpaceRow } from './communities.repository';
import { CommunitiesLoaders } from './communities.loaders';
import { CommunitiesPolicy, STAFF_ROLES } from './communities.policy';
import type { CreateCommunityInput, CreateSpaceInput } from './communities.inputs';


@Injectable()
export class CommunitiesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: CommunitiesRepository,
    private readonly loaders: CommunitiesLoaders,
    private readonly policy: CommunitiesPolicy,
    private readonly members: MembersService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async createCommunity(ctx: RequestContext, input: CreateCommunityInput): Promise<CommunityRow> {
    const memberId = ctx.actor!.memberId;
    const created = await this.db.run(async (tx) => {
      const now = this.clock.now();
      const community = await this.repo.insertCommunity(tx, { ...input, createdBy: memberId, now });
      if (!community) throw conflict('This slug is already used by another community', { field: 'slug' });
      await this.join(tx, community.id, memberId, Role.OWNER, now);
      return community;
    });
    ctx.loaders.clearAll();
    return (await this.loaders.communityById(ctx).load(created.id))!;
  }

  async communityBySlug(ctx: RequestContext, slug: string): Promise<CommunityRow> {
    const community = await this.repo.findBySlug(slug);
    if (!community) throw notFound('This community');
    this.loaders.communityById(ctx).prime(community.id, community);
    await this.policy.requireVisibleCommunity(ctx, community.id);
    return community;
  }

  async communityById(ctx: RequestContext, communityId: string): Promise<CommunityRow | null> {
    const visible = await this.policy.visibleCommunityIds(ctx, [communityId]);
    return visible.has(communityId) ? this.loaders.communityById(ctx).load(communityId) : null;
  }

  async listCommunities(ctx: RequestContext, args: PageArgs): Promise<Connection<CommunityRow>> {
    const first = pageSize(args);
    const cursor = decodeCursor(args.after, TIME_ID_CURSOR);
    const rows = await this.repo.listVisible(ctx.memberId, first + 1, cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null);
    for (const row of rows) this.loaders.communityById(ctx).prime(row.id, row);
    return toConnection(rows, first, cursor !== null, (row) => [row.created_at.toISOString(), row.id], (row) => row, () => this.repo.countVisible(ctx.memberId));
  }

  async joinCommunity(ctx: RequestContext, communityId: string): Promise<MembershipRow> {
    const memberId = ctx.actor!.memberId;
    const { community } = await this.policy.requireVisibleCommunity(ctx, communityId);
    if (community.visibility === Visibility.PRIVATE) throw notFound('This community');
    const membership = await this.db.run((tx) => this.join(tx, communityId, memberId, Role.MEMBER, this.clock.now()));
    ctx.loaders.clearAll();
    return membership;
  }

  async inviteToCommunity(ctx: RequestContext, communityId: string, handle: string): Promise<InvitationRow> {
    await this.policy.requireRole(ctx, communityId, [Role.OWNER, Role.MODERATOR], 'invite people');
    const invitee = await this.members.findByHandle(handle);
    if (!invitee) throw notFound('A member with this handle');
    return this.db.run(async (tx) => {
      if (await this.repo.findMembership(tx, communityId, invitee.id)) throw conflict('This member already belongs to the community');
      return this.repo.insertInvitation(tx, { communityId, memberId: invitee.id, invitedBy: ctx.actor!.memberId, now: this.clock.now() });
    });
  }

  async myInvitations(ctx: RequestContext): Promise<InvitationRow[]> {
    return this.repo.pendingInvitationsOf(ctx.actor!.memberId);
  }

  async acceptInvitation(ctx: RequestContext, invitationId: string): Promise<MembershipRow> {
    const memberId = ctx.actor!.memberId;
    const membership = await this.db.run(async (tx) => {
      const invitation = await this.repo.lockInvitation(tx, invitationId);
      // Someone else's invitation is indistinguishable from a missing one.
      if (!invitation || invitation.member_id !== memberId) throw notFound('This invitation');
      if (invitation.accepted_at) throw conflict('This invitation was already accepted');
      const now = this.clock.now();
      await this.repo.markInvitationAccepted(tx, invitation.id, now);
      return this.join(tx, invitation.community_id, memberId, Role.MEMBER, now);
    });
    ctx.loaders.clearAll();
    return membership;
  }

  async leaveCommunity(ctx: RequestContext, communityId: string): Promise<boolean> {
    const memberId = ctx.actor!.memberId;
    await this.policy.requireMember(ctx, communityId);
    await this.db.run(async (tx) => {
      await this.repo.lockCommunity(tx, communityId);
      const membership = await this.repo.findMembership(tx, communityId, memberId);
      if (!membership) return;
      if (membership.role === Role.OWNER && (await this.repo.countOwners(tx, communityId)) <= 1) {
        throw new AppError(CommunitiesErrorCode.LastOwner, 'You are the last owner: make another member OWNER before leaving');
      }
      await this.repo.removeMembership(tx, communityId, memberId);
      await this.events.record(tx, { type: 'community.member_left', rooms: [roomName('community', communityId)], payload: { communityId, memberId } });
    });
    ctx.loaders.clearAll();
    return true;
  }

  async setMemberRole(ctx: RequestContext, communityId: string, memberId: string, role: Role): Promise<MembershipRow> {
    await this.policy.requireRole(ctx, communityId, [Role.OWNER], 'change roles');
    const membership = await this.db.run(async (tx) => {
      // Serialised per community so two owners cannot demote each other at once.
      await this.repo.lockCommunity(tx, communityId);
      const current = await this.repo.findMembership(tx, communityId, memberId);
      if (!current) throw notFound('This member in this community');
      const actorMembership = await this.repo.findMembership(tx, communityId, ctx.actor!.memberId);
      if (actorMembership?.role !== Role.OWNER) throw forbidden('Only owners may change roles');
      if (current.role === Role.OWNER && role !== Role.OWNER && (await this.repo.countOwners(tx, communityId)) <= 1) {
        throw new AppError(CommunitiesErrorCode.LastOwner, 'This is the last owner of the community: make another member OWNER first');
      }
      const updated = (await this.repo.setRole(tx, communityId, memberId, role))!;
      await this.events.record(tx, { type: 'community.role_changed', rooms: [roomName('community', communityId), roomName('member', memberId)], payload: { communityId, memberId, role } });
      return updated;
    });
    ctx.loaders.clearAll();
    return membership;
  }

  async createSpace(ctx: RequestContext, communityId: string, input: Omit<CreateSpaceInput, 'communityId'>): Promise<SpaceRow> {
    await this.policy.requireRole(ctx, communityId, STAFF_ROLES, 'create spaces');
    const space = await this.db.run(async (tx) => {
      const created = await this.repo.insertSpace(tx, { communityId, ...input, now: this.clock.now() });
      if (!created) throw conflict('This community already has a space with this slug', { field: 'slug' });
      await this.events.record(tx, { type: 'space.created', rooms: [roomName('community', communityId)], payload: { communityId, spaceId: created.id, name: created.name } });
      return created;
    });
    ctx.loaders.clearAll();
    return space;
  }

  private async join(tx: Db, communityId: string, memberId: string, role: Role, now: Date): Promise<MembershipRow> {
    const { membership, created } = await this.repo.addMembership(tx, { communityId, memberId, role, now });
    if (created) {
      const member = await this.members.findByIds([memberId]);
      await this.events.record(tx, {
        type: 'community.member_joined',
        rooms: [roomName('community', communityId)],
        payload: { communityId, memberId, handle: member[0]?.handle ?? '', role: membership.role },
      });
    }
    return membership;
  }
}
