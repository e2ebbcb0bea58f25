import { Args, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import { Role } from '@palabre/contracts';
import { Connection, Ctx, decodeCursor, GraphqlContext, NoArgs, PageArgs, pageSize, RequestContext, toConnection, TIME_ID_CURSOR, WriteGate } from '@palabre/core';
import { MembersLoaders, MemberType } from '@palabre/members';
import { CommunitiesLoaders } from './communities.loaders';
import { CommunitiesPolicy } from './communities.policy';
import { CommunityType, InvitationType, MembershipConnection, MembershipType, SpaceType, WorkspaceScreen } from './communities.types';
import { MembersFilter } from './communities.inputs';

@Resolver(() => CommunityType)
export class CommunityFieldsResolver {
  constructor(
    private readonly loaders: CommunitiesLoaders,
    private readonly policy: CommunitiesPolicy,
    private readonly writeGate: WriteGate,
  ) {}

  @ResolveField(() => Role, { nullable: true, description: 'Your role here; null when you are not a member' })
  viewerRole(community: CommunityType, _args: NoArgs, { ctx }: GraphqlContext): Promise<Role | null> {
    return this.loaders.viewerRole(ctx).load(community.localId);
  }

  @ResolveField(() => [WorkspaceScreen], { description: 'The workspace screens the API opens to you here (empty when signed out or not a member); each act there is still checked' })
  viewerWorkspaceScreens(community: CommunityType, _args: NoArgs, { ctx }: GraphqlContext): Promise<WorkspaceScreen[]> {
    return this.policy.workspaceScreens(ctx, community.localId);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When your suspension here ends: until then you may read but not post, reply, edit, support, give kudos or report here (those mutations answer SUSPENDED); null when you are not suspended here or signed out',
  })
  viewerSuspendedUntil(community: CommunityType, _args: NoArgs, { ctx }: GraphqlContext): Promise<Date | null> {
    return this.writeGate.viewerWriteBlockedUntil(ctx, community.localId);
  }

  @ResolveField(() => [SpaceType])
  async spaces(community: CommunityType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SpaceType[]> {
    return (await this.loaders.spacesOfCommunity(ctx).load(community.localId)).map(SpaceType.from);
  }

  @ResolveField(() => MembershipConnection, { description: 'Members with their role, oldest first' })
  async members(@Ctx() ctx: RequestContext, @Parent() community: CommunityType, @Args() page: PageArgs, @Args('filter', { nullable: true, type: () => MembersFilter }) filter?: MembersFilter): Promise<Connection<MembershipType>> {
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const role = filter?.role ?? null;
    const rows = await this.loaders.membersPage(ctx).load({
      communityId: community.localId,
      limit: first + 1,
      after: cursor ? { joinedAt: String(cursor[0]), memberId: String(cursor[1]) } : null,
      role,
    });
    return toConnection(rows, first, cursor !== null, (row) => [row.joined_at.toISOString(), row.member_id], MembershipType.from, () =>
      this.loaders.membersCount(ctx).load({ communityId: community.localId, role }),
    );
  }
}

@Resolver(() => SpaceType)
export class SpaceFieldsResolver {
  constructor(private readonly loaders: CommunitiesLoaders) {}

  @ResolveField(() => CommunityType)
  async community(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CommunityType> {
    return CommunityType.from((await this.loaders.communityById(ctx).load(space.communityId))!);
  }
}

@Resolver(() => MembershipType)
export class MembershipFieldsResolver {
  constructor(private readonly members: MembersLoaders, private readonly loaders: CommunitiesLoaders) {}

  @ResolveField(() => MemberType)
  async member(membership: MembershipType, _args: NoArgs, { ctx }: GraphqlContext): Promise<MemberType> {
    return MemberType.from((await this.members.byId(ctx).load(membership.memberId))!);
  }

  @ResolveField(() => CommunityType)
  async community(membership: MembershipType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CommunityType> {
    return CommunityType.from((await this.loaders.communityById(ctx).load(membership.communityId))!);
  }
}

@Resolver(() => MemberType)
export class MemberMembershipsResolver {
  constructor(private readonly loaders: CommunitiesLoaders) {}

  @ResolveField(() => [MembershipType], { description: 'Their memberships in public communities, oldest first (their public profile); private communities never appear' })
  async publicMemberships(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<MembershipType[]> {
    return (await this.loaders.publicMemberships(ctx).load(member.localId)).map(MembershipType.from);
  }
}

@Resolver(() => InvitationType)
export class InvitationFieldsResolver {
  constructor(private readonly loaders: CommunitiesLoaders) {}

  @ResolveField(() => CommunityType, { description: 'The community you are invited to (visible to the invitee even when private)' })
  async community(invitation: InvitationType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CommunityType> {
    return CommunityType.from((await this.loaders.communityById(ctx).load(invitation.communityId))!);
  }
}
