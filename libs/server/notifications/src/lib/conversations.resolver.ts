import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ErrorCode } from '@palabre/contracts';
import { Ctx, localIdOf, raises, RequestContext } from '@palabre/core';
import { COMMUNITY_TYPE } from '@palabre/communities';
import { ConversationsService } from './conversations.service';
import { CONVERSATION_TYPE } from './notifications.types';

@Resolver()
export class ConversationsResolver {
  constructor(private readonly conversations: ConversationsService) {}

  @Mutation(() => Boolean, {
    description: raises('Close one of your conversations with the brand team: staff cannot write in it again until you do (returns true)', ErrorCode.NOT_FOUND),
  })
  closeConversation(@Ctx() ctx: RequestContext, @Args('conversationId', { type: () => ID }) conversationId: string): Promise<boolean> {
    return this.conversations.close(ctx, localIdOf(conversationId, CONVERSATION_TYPE, 'conversationId'));
  }

  @Query(() => Int, { description: 'How many members of the community consent to brand contact now: the only ones staff may write to first (OWNER or BRAND_STAFF)' })
  brandContactConsentCount(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string): Promise<number> {
    return this.conversations.consentCount(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'));
  }
}
