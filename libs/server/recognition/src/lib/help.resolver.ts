import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ThreadType } from '@palabre/advice';
import { badInput, Ctx, localIdOf, MAX_PAGE_SIZE, RequestContext } from '@palabre/core';
import { HelpService } from './help.service';

@Resolver()
export class HelpResolver {
  constructor(private readonly help: HelpService) {}

  @Query(() => [ThreadType], {
    description: 'Open, unanswered questions you could answer: askers who helped you before first, then those who have waited longest',
  })
  async suggestedToHelp(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<ThreadType[]> {
    const threads = await this.help.suggestions(ctx, localIdOf(communityId, 'Community', 'communityId'), boundedFirst(first));
    return threads as ThreadType[];
  }
}

function boundedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw badFirst();
  return first;
}

const badFirst = () => badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
