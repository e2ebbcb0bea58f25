import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdviceErrorCode, ModerationErrorCode } from '@palabre/contracts';
import { Connection, Ctx, decodeIdOf, localIdOf, Public, raises, RequestContext } from '@palabre/core';
import { COMMUNITY_TYPE, SPACE_TYPE, SpaceType } from '@palabre/communities';
import { CommunitiesLoaders } from '@palabre/communities';
import { AdviceService, PostRef } from './advice.service';
import { SearchService } from './search.service';
import { EditPostInput, ReplyInput, SearchInput, SetResponseCommitmentInput, StartThreadInput } from './advice.inputs';
import { PostUnion, REPLY_TYPE, ReplyType, SearchHitConnection, SearchHitType, THREAD_TYPE, ThreadType } from './advice.types';

const postRef = (id: string): PostRef => {
  const decoded = decodeIdOf(id, [THREAD_TYPE, REPLY_TYPE], 'id');
  return { typeName: decoded.typeName as PostRef['typeName'], localId: decoded.localId };
};

@Resolver()
export class AdviceResolver {
  constructor(
    private readonly service: AdviceService,
    private readonly searchService: SearchService,
    private readonly communityLoaders: CommunitiesLoaders,
  ) {}

  @Mutation(() => ThreadType, { description: raises('Ask a question or start a discussion in a discussion space (members only)', ModerationErrorCode.Suspended, ModerationErrorCode.NewMemberLimit, ModerationErrorCode.DuplicateContent) })
  async startThread(@Ctx() ctx: RequestContext, @Args('input') input: StartThreadInput): Promise<ThreadType> {
    const { spaceId, ...values } = input;
    return ThreadType.from(await this.service.startThread(ctx, localIdOf(spaceId, SPACE_TYPE, 'spaceId'), values));
  }

  @Mutation(() => ReplyType, { description: raises('Reply in a thread (members only); THREAD_LOCKED when the thread is locked', AdviceErrorCode.ThreadLocked, ModerationErrorCode.Suspended, ModerationErrorCode.NewMemberLimit, ModerationErrorCode.DuplicateContent) })
  async reply(@Ctx() ctx: RequestContext, @Args('input') input: ReplyInput): Promise<ReplyType> {
    const inReplyToId = input.inReplyToId ? localIdOf(input.inReplyToId, REPLY_TYPE, 'inReplyToId') : null;
    return ReplyType.from(await this.service.reply(ctx, localIdOf(input.threadId, THREAD_TYPE, 'threadId'), input.body, inReplyToId));
  }

  @Mutation(() => PostUnion, { description: raises('Edit your thread or reply; the previous version is kept in revisions', AdviceErrorCode.ThreadLocked, ModerationErrorCode.Suspended) })
  async editPost(@Ctx() ctx: RequestContext, @Args('input') input: EditPostInput): Promise<ThreadType | ReplyType> {
    const ref = postRef(input.id);
    const row = await this.service.editPost(ctx, ref, input.title, input.body);
    return 'title' in row ? ThreadType.from(row) : ReplyType.from(row);
  }

  @Mutation(() => Boolean, { description: raises('Delete your thread or reply: with replies it stays as a placeholder, without it disappears') })
  deletePost(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.deletePost(ctx, postRef(id));
  }

  @Mutation(() => ThreadType, { description: raises('Accept a reply as the answer to a question (its author, a moderator or an owner); replaces any previous one') })
  async acceptAnswer(@Ctx() ctx: RequestContext, @Args('replyId', { type: () => ID }) replyId: string): Promise<ThreadType> {
    return ThreadType.from(await this.service.acceptAnswer(ctx, localIdOf(replyId, REPLY_TYPE, 'replyId')));
  }

  @Mutation(() => ThreadType, { description: raises('Withdraw the accepted answer of a question') })
  async unacceptAnswer(@Ctx() ctx: RequestContext, @Args('threadId', { type: () => ID }) threadId: string): Promise<ThreadType> {
    return ThreadType.from(await this.service.unacceptAnswer(ctx, localIdOf(threadId, THREAD_TYPE, 'threadId')));
  }

  @Mutation(() => SpaceType, { description: raises('Announce (or, with hours null, withdraw) the answer time of a discussion space (OWNER or BRAND_STAFF)') })
  async setResponseCommitment(@Ctx() ctx: RequestContext, @Args('input') input: SetResponseCommitmentInput): Promise<SpaceType> {
    const spaceId = localIdOf(input.spaceId, SPACE_TYPE, 'spaceId');
    await this.service.setResponseCommitment(ctx, spaceId, input.hours ?? null, input.text);
    return SpaceType.from((await this.communityLoaders.spaceById(ctx).load(spaceId))!);
  }

  @Public()
  @Query(() => SearchHitConnection, { description: 'Ranked full-text search of a community’s threads and replies (public communities are searchable without signing in)' })
  async search(@Ctx() ctx: RequestContext, @Args('input') input: SearchInput): Promise<Connection<SearchHitType>> {
    return this.searchService.search(ctx, { ...input, communityId: localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId') });
  }

  @Query(() => [ThreadType], { description: 'Threads of a space that look like the question being written (likely duplicates)' })
  async similarThreads(@Ctx() ctx: RequestContext, @Args('spaceId', { type: () => ID }) spaceId: string, @Args('text') text: string): Promise<ThreadType[]> {
    const trimmed = text.trim().slice(0, 500);
    if (trimmed.length === 0) return [];
    return (await this.searchService.similarThreads(ctx, localIdOf(spaceId, SPACE_TYPE, 'spaceId'), trimmed)).map(ThreadType.from);
  }
}
