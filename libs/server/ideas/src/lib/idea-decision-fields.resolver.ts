import { ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorsLoader, AuthorType } from '@palabre/communities';
import { GraphqlContext, NoArgs } from '@palabre/core';
import { IdeasLoaders } from './ideas.loaders';
import { IdeaDecisionType } from './ideas.types';

@Resolver(() => IdeaDecisionType)
export class IdeaDecisionFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly authors: AuthorsLoader,
  ) {}

  @ResolveField(() => AuthorType, { nullable: true })
  decidedBy(decision: IdeaDecisionType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return decision.decidedById ? this.authors.load(ctx, decision.communityId, decision.decidedById) : Promise.resolve(null);
  }

  @ResolveField(() => [AuthorType], { description: 'Members credited who accepted; declined or pending offers never appear' })
  async credits(decision: IdeaDecisionType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType[]> {
    const credits = await this.loaders.acceptedCredits(ctx).load(decision.ideaId);
    const authors = await Promise.all(credits.map((credit) => this.authors.load(ctx, decision.communityId, credit.member_id)));
    return authors.filter((author): author is AuthorType => author !== null);
  }
}
