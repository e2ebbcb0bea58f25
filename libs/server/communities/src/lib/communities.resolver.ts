import { CommunitiesErrorCode } from '@palabre/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, localIdOf, PageArgs, Public, RequestContext, Connection, raises } from '@palabre/core';
import { MEMBER_TYPE } from '@palabre/members';
import { CommunitiesService } from './communities.service';
import { CommunityConnection, CommunityType, COMMUNITY_TYPE, INVITATION_TYPE, InvitationType, MembershipType, SpaceType } from './communities.types';
import { CreateCommunityInput, CreateSpaceInput, SetMemberRoleInput } from './communities.inputs';

@Resolver()
export class CommunitiesResolver {
  constructor(private readonly service: CommunitiesService) {}

  @Public()
  @Query(() => CommunityType, { description: 'A community by slug; NOT_FOUND when it does not exist or is private and you are not a member' })
  async community(@Ctx() ctx: RequestContext, @Args('slug') slug: string): Promise<CommunityType> {
    return CommunityType.from(await this.service.communityBySlug(ctx, slug));
  }

  @Public()
  @Query(() => CommunityConnection, { description: 'Public communities and the private ones you belong to' })
  async communities(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<Connection<CommunityType>> {
    const connection = await this.service.listCommunities(ctx, page);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: CommunityType.from(edge.node) })) };
  }

  @Query(() => [InvitationType], { description: 'Invitations waiting for your answer' })
  async myInvitations(@Ctx() ctx: RequestContext): Promise<InvitationType[]> {
    return (await this.service.myInvitations(ctx)).map(InvitationType.from);
  }

  @Mutation(() => CommunityType, { description: raises('Create a community; you become its OWNER') })
  async createCommunity(@Ctx() ctx: RequestContext, @Args('input') input: CreateCommunityInput): Promise<CommunityType> {
    return CommunityType.from(await this.service.createCommunity(ctx, input));
  }

  @Mutation(() => MembershipType, { description: raises('Join a public community (idempotent)') })
  async joinCommunity(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string): Promise<MembershipType> {
    return MembershipType.from(await this.service.joinCommunity(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId')));
  }

  @Mutation(() => InvitationType, { description: raises('Invite a member by handle (OWNER or MODERATOR)') })
  async inviteToCommunity(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('handle') handle: string,
  ): Promise<InvitationType> {
    return InvitationType.from(await this.service.inviteToCommunity(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), handle.trim()));
  }

  @Mutation(() => MembershipType, { description: raises('Accept an invitation to a community: you join it as MEMBER') })
  async acceptInvitation(@Ctx() ctx: RequestContext, @Args('invitationId', { type: () => ID }) invitationId: string): Promise<MembershipType> {
    return MembershipType.from(await this.service.acceptInvitation(ctx, localIdOf(invitationId, INVITATION_TYPE, 'invitationId')));
  }

  @Mutation(() => Boolean, { description: raises('Leave a community; the last OWNER cannot leave (LAST_OWNER)', CommunitiesErrorCode.LastOwner) })
  leaveCommunity(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string): Promise<boolean> {
    return this.service.leaveCommunity(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'));
  }

  @Mutation(() => SpaceType, { description: raises('Create a space (OWNER or BRAND_STAFF)') })
  async createSpace(@Ctx() ctx: RequestContext, @Args('input') input: CreateSpaceInput): Promise<SpaceType> {
    const { communityId, ...space } = input;
    return SpaceType.from(await this.service.createSpace(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), space));
  }

  @Mutation(() => MembershipType, { description: raises('Change a member’s role (OWNER only); the last OWNER cannot be demoted (LAST_OWNER)', CommunitiesErrorCode.LastOwner) })
  async setMemberRole(@Ctx() ctx: RequestContext, @Args('input') input: SetMemberRoleInput): Promise<MembershipType> {
    const membership = await this.service.setMemberRole(ctx, localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'), localIdOf(input.memberId, MEMBER_TYPE, 'memberId'), input.role);
    return MembershipType.from(membership);
  }
}
