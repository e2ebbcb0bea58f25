import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toGlobalId, ModerationErrorCode } from '@palabre/contracts';
import { Ctx, GraphqlContext, groupByKeys, localIdOf, NoArgs, Public, RequestContext, raises } from '@palabre/core';
import { SPACE_TYPE, SpaceType } from '@palabre/communities';
import { THREAD_TYPE_NAME, ThreadCurationService } from './thread-curation.service';
import { PinRow, ThreadCurationRepository } from '@palabre/advice';
import { CloseAsDuplicateInput, MergeTagsInput, MoveThreadInput, RenameTagInput } from './moderation.inputs';
import { AuditAction } from './moderation.enums';

const threadIdOf = (id: string, argument: string) => localIdOf(id, THREAD_TYPE_NAME, argument);

@Resolver()
export class ThreadCurationResolver {
  constructor(private readonly curation: ThreadCurationService) {}

  @Mutation(() => SpaceType, { description: raises('Pin a thread at the top of its space (MODERATOR or OWNER; at most 3 per space, else PIN_LIMIT)', ModerationErrorCode.PinLimit) })
  async pinThread(@Ctx() ctx: RequestContext, @Args('threadId', { type: () => ID }) threadId: string): Promise<SpaceType> {
    return SpaceType.from(await this.curation.pin(ctx, threadIdOf(threadId, 'threadId')));
  }

  @Mutation(() => SpaceType, { description: raises('Unpin a thread (MODERATOR or OWNER)') })
  async unpinThread(@Ctx() ctx: RequestContext, @Args('threadId', { type: () => ID }) threadId: string): Promise<SpaceType> {
    return SpaceType.from(await this.curation.unpin(ctx, threadIdOf(threadId, 'threadId')));
  }

  @Mutation(() => Boolean, { description: raises('Move a thread to another discussion space of its community; its id, links and followers stay') })
  async moveThread(@Ctx() ctx: RequestContext, @Args('input') input: MoveThreadInput): Promise<boolean> {
    await this.curation.move(ctx, { threadId: threadIdOf(input.threadId, 'threadId'), toSpaceId: localIdOf(input.toSpaceId, SPACE_TYPE, 'toSpaceId'), reason: input.reason });
    return true;
  }

  @Mutation(() => ID, { description: raises('Lock a thread as a duplicate of another; returns the id of the original it now points to') })
  async closeAsDuplicate(@Ctx() ctx: RequestContext, @Args('input') input: CloseAsDuplicateInput): Promise<string> {
    const originalId = await this.curation.closeAsDuplicate(ctx, { threadId: threadIdOf(input.threadId, 'threadId'), ofThreadId: threadIdOf(input.ofThreadId, 'ofThreadId'), reason: input.reason });
    return toGlobalId(THREAD_TYPE_NAME, originalId);
  }

  @Mutation(() => Int, { description: raises('Rename a tag on every thread of a space (MODERATOR or OWNER); returns the number of threads changed') })
  renameTag(@Ctx() ctx: RequestContext, @Args('input') input: RenameTagInput): Promise<number> {
    return this.curation.replaceTags(ctx, { spaceId: localIdOf(input.spaceId, SPACE_TYPE, 'spaceId'), from: [input.from], into: input.to }, AuditAction.RENAME_TAG);
  }

  @Mutation(() => Int, { description: raises('Merge tags into one on every thread of a space (MODERATOR or OWNER); returns the number of threads changed') })
  mergeTags(@Ctx() ctx: RequestContext, @Args('input') input: MergeTagsInput): Promise<number> {
    return this.curation.replaceTags(ctx, { spaceId: localIdOf(input.spaceId, SPACE_TYPE, 'spaceId'), from: input.from, into: input.into }, AuditAction.MERGE_TAGS);
  }

  @Public()
  @Query(() => ID, { nullable: true, description: 'The original a thread was closed as a duplicate of; null when it was not' })
  async duplicateOf(@Ctx() ctx: RequestContext, @Args('threadId', { type: () => ID }) threadId: string): Promise<string | null> {
    const originalId = await this.curation.visibleOriginalOf(ctx, threadIdOf(threadId, 'threadId'));
    return originalId ? toGlobalId(THREAD_TYPE_NAME, originalId) : null;
  }
}

@Resolver(() => SpaceType)
export class SpacePinsFieldsResolver {
  constructor(private readonly repo: ThreadCurationRepository) {}

  @ResolveField(() => [ID], { description: 'Pinned threads of this space, in the order they come first in its lists' })
  async pinnedThreadIds(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<string[]> {
    const pins = await ctx.loaders
      .get<string, PinRow[]>('moderation.pinsOfSpace', async (ids) => groupByKeys(ids, await this.repo.pinsOfSpaces(ids), (row) => row.space_id))
      .load(space.localId);
    return pins.map((pin) => toGlobalId(THREAD_TYPE_NAME, pin.thread_id));
  }
}
