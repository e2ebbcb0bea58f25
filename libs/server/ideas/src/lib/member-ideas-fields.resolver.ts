import { Args, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SPACE_TYPE } from '@palabre/communities';
import { Ctx, localIdOf, RequestContext } from '@palabre/core';
import { MemberType } from '@palabre/members';
import { IdeasService } from './ideas.service';
import { SupportBudgetType } from './ideas.types';

@Resolver(() => MemberType)
export class MemberIdeasFieldsResolver {
  constructor(private readonly service: IdeasService) {}

  @ResolveField(() => SupportBudgetType, { nullable: true, description: 'Your support budget in an ideas space (null on other members)' })
  async supportBudget(@Ctx() ctx: RequestContext, @Parent() member: MemberType, @Args('spaceId', { type: () => ID }) spaceId: string): Promise<SupportBudgetType | null> {
    if (!ctx.memberId || member.localId !== ctx.memberId) return null;
    return this.service.supportBudget(ctx, localIdOf(spaceId, SPACE_TYPE, 'spaceId'));
  }
}
