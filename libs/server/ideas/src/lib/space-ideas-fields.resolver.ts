import { ResolveField, Resolver } from '@nestjs/graphql';
import { SpaceKind } from '@palabre/contracts';
import { SpaceType } from '@palabre/communities';
import { Clock, GraphqlContext, NoArgs } from '@palabre/core';
import { IdeasLoaders } from './ideas.loaders';
import { upcomingReviewRound } from './review-calendar';
import { CampaignType, IdeaPolicyType, ReviewRoundType } from './ideas.types';

@Resolver(() => SpaceType)
export class SpaceIdeasFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => IdeaPolicyType, { nullable: true, description: 'How this ideas space works; null for other spaces' })
  async ideaPolicy(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaPolicyType | null> {
    if (space.kind !== SpaceKind.IDEAS) return null;
    return IdeaPolicyType.from(await this.loaders.policyOfSpace(ctx).load(space.localId));
  }

  @ResolveField(() => [CampaignType], { description: 'Campaigns of this ideas space, newest first' })
  async campaigns(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CampaignType[]> {
    return (await this.loaders.campaignsOfSpace(ctx).load(space.localId)).map(CampaignType.from);
  }

  @ResolveField(() => [ReviewRoundType], { description: 'The published review calendar: the next cut-off first, then past rounds, newest first' })
  async reviewRounds(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ReviewRoundType[]> {
    if (space.kind !== SpaceKind.IDEAS) return [];
    const [policy, past] = await Promise.all([this.loaders.policyOfSpace(ctx).load(space.localId), this.loaders.roundsOfSpace(ctx).load(space.localId)]);
    const rounds = past.map(ReviewRoundType.from);
    const next = upcomingReviewRound(policy, this.clock.now());
    if (!next) return rounds;
    return [Object.assign(new ReviewRoundType(), { roundId: null, spaceId: space.localId, ...next, processed: false }), ...rounds];
  }
}
