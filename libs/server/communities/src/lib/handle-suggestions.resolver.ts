import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, localIdOf, raises, RequestContext } from '@palabre/core';
import { MemberType } from '@palabre/members';
import { CommunitiesPolicy } from './communities.policy';
import { HandleSuggestionsRepository } from './handle-suggestions.repository';

const SUGGESTIONS = 8;
const HANDLE_PREFIX = /^[A-Za-z0-9_-]{1,30}$/;

@Resolver()
export class HandleSuggestionsResolver {
  constructor(
    private readonly policy: CommunitiesPolicy,
    private readonly repo: HandleSuggestionsRepository,
  ) {}

  /** Members only: the handles of a private community never reach outsiders (NOT_FOUND), nor those of a public one non-members (FORBIDDEN). */
  @Query(() => [MemberType], { description: raises('A few members of a community whose handle starts with `prefix`, for @mentions (members of the community only)', 'UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN') })
  async handleSuggestions(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string, @Args('prefix') prefix: string): Promise<MemberType[]> {
    const { community } = await this.policy.requireMember(ctx, localIdOf(communityId, 'Community', 'communityId'));
    const cleaned = prefix.trim().replace(/^@/, '');
    if (!HANDLE_PREFIX.test(cleaned)) return [];
    return (await this.repo.byPrefix(community.id, cleaned.toLowerCase(), ctx.memberId!, SUGGESTIONS)).map(MemberType.from);
  }
}
