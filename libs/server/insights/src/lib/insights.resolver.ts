import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, localIdOf, RequestContext, raises } from '@palabre/core';
import { COMMUNITY_TYPE, CommunityType, SPACE_TYPE } from '@palabre/communities';
import { CAMPAIGN_TYPE } from '@palabre/ideas';
import { InsightsService, PUBLIC_PROMISES_DEFAULT_DAYS } from './insights.service';
import { IdeasExportService } from './ideas-export.service';
import { ExportIdeasInput, InsightsPeriodInput } from './insights.inputs';
import { CommunityInsightsType, IdeasExportLinkType, PromiseFiguresType } from './insights.types';

@Resolver()
export class InsightsResolver {
  constructor(
    private readonly service: InsightsService,
    private readonly exports: IdeasExportService,
  ) {}

  @Query(() => CommunityInsightsType, { description: 'Co-creation, promises and health figures of a community over a period (owners and brand staff only)' })
  insights(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('period', { type: () => InsightsPeriodInput }) period: InsightsPeriodInput,
  ): Promise<CommunityInsightsType> {
    return this.service.insights(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), { from: period.from, to: period.to });
  }

  @Mutation(() => IdeasExportLinkType, { description: raises('A single-use download link to the ideas of a community (owners and brand staff only)') })
  exportIdeas(@Ctx() ctx: RequestContext, @Args('input') input: ExportIdeasInput): Promise<IdeasExportLinkType> {
    return this.exports.request(ctx, {
      communityId: localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'),
      spaceId: input.spaceId ? localIdOf(input.spaceId, SPACE_TYPE, 'spaceId') : null,
      campaignId: input.campaignId ? localIdOf(input.campaignId, CAMPAIGN_TYPE, 'campaignId') : null,
      format: input.format,
    });
  }
}

@Resolver(() => CommunityType)
export class CommunityPromisesResolver {
  constructor(private readonly insights: InsightsService) {}

  @ResolveField(() => PromiseFiguresType, {
    nullable: true,
    description: 'How the brand team keeps its promises (answer times, overdue status updates), readable by every member',
  })
  promises(
    @Ctx() ctx: RequestContext,
    @Parent() community: CommunityType,
    @Args('days', { type: () => Int, defaultValue: PUBLIC_PROMISES_DEFAULT_DAYS, description: 'The period: the last this many days' }) days: number,
  ): Promise<PromiseFiguresType> {
    return this.insights.publicPromises(ctx, community.localId, days);
  }
}
