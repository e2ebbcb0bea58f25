import { Args, Field, ID, ObjectType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ErrorCode } from '@palabre/contracts';
import { Ctx, localIdOf, raises, RequestContext } from '@palabre/core';
import { MEMBER_TYPE, MemberType } from './member.type';
import { MutesService } from './mutes.service';

@ObjectType('MutedMember', { description: 'A member you muted: nothing from them reaches you; they are not told' })
export class MutedMemberType {
  @Field(() => MemberType) member!: MemberType;
  @Field() mutedAt!: Date;
}

const memberArg = (id: string) => localIdOf(id, MEMBER_TYPE, 'memberId');

@Resolver()
export class MutesResolver {
  constructor(private readonly mutes: MutesService) {}

  @Mutation(() => MemberType, {
    description: raises('Mute a member (idempotent): their notifications, mentions and live events stop reaching you and their posts are collapsed for you; they are not told', ErrorCode.NOT_FOUND, ErrorCode.BAD_USER_INPUT),
  })
  async muteMember(@Ctx() ctx: RequestContext, @Args('memberId', { type: () => ID }) memberId: string): Promise<MemberType> {
    return MemberType.from(await this.mutes.mute(ctx, memberArg(memberId)));
  }

  @Mutation(() => Boolean, { description: raises('Unmute a member; false when they were not muted') })
  unmuteMember(@Ctx() ctx: RequestContext, @Args('memberId', { type: () => ID }) memberId: string): Promise<boolean> {
    return this.mutes.unmute(ctx, memberArg(memberId));
  }

  @Query(() => [MutedMemberType], { description: 'The members you muted, most recent first (only you see this list)' })
  async mutedMembers(@Ctx() ctx: RequestContext): Promise<MutedMemberType[]> {
    return (await this.mutes.muted(ctx)).map((row) => ({ member: MemberType.from(row), mutedAt: row.muted_at }));
  }
}
