import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext, NoArgs } from '@palabre/core';
import { IdeasLoaders } from './ideas.loaders';
import { IdeaType, ReviewRoundType } from './ideas.types';

@Resolver(() => ReviewRoundType)
export class ReviewRoundFieldsResolver {
  constructor(private readonly loaders: IdeasLoaders) {}

  @ResolveField(() => [IdeaType], { description: 'Ideas taken into this round (for the upcoming round: those qualified so far)' })
  async ideas(round: ReviewRoundType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaType[]> {
    const rows = round.roundId ? await this.loaders.ideasOfRound(ctx).load(round.roundId) : await this.loaders.qualifiedOfSpace(ctx).load(round.spaceId);
    return rows.map(IdeaType.from);
  }
}
