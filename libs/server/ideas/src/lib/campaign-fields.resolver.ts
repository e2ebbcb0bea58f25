import { ResolveField, Resolver } from '@nestjs/graphql';
import { CommunitiesLoaders, SpaceType } from '@palabre/communities';
import { GraphqlContext, NoArgs } from '@palabre/core';
import { CampaignType } from './ideas.types';

@Resolver(() => CampaignType)
export class CampaignFieldsResolver {
  constructor(private readonly communityLoaders: CommunitiesLoaders) {}

  @ResolveField(() => SpaceType)
  async space(campaign: CampaignType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SpaceType> {
    return SpaceType.from((await this.communityLoaders.spaceById(ctx).load(campaign.spaceId))!);
  }
}
