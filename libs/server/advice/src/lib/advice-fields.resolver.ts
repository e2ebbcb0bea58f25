import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, Ctx, GraphqlContext, NoArgs, PageArgs, RequestContext } from '@palabre/core';
import { AuthorsLoader, AuthorType, CommunitiesLoaders, MembershipType, SpaceType } from '@palabre/communities';
import { SpaceKind } from '@palabre/contracts';
import { MutesService } from '@palabre/members';
import { AdviceLoaders } from './advice.loaders';
import { AdviceReadsService } from './advice-reads.service';
import { ThreadsFilter } from './advice.inputs';
import { ReplyConnection, ReplyType, ResponseCommitmentType, RevisionType, ThreadConnection, ThreadOrder, ThreadType } from './advice.types';

@Resolver(() => ThreadType)
export class ThreadFieldsResolver {
  constructor(
    private readonly service: AdviceReadsService,
    private readonly loaders: AdviceLoaders,
    private readonly authors: AuthorsLoader,
    private readonly communityLoaders: CommunitiesLoaders,
    private readonly mutes: MutesService,
  ) {}

  @ResolveField(() => String, { description: 'Markdown source' })
  body(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): string | Promise<string> {
    return thread.body ?? this.loaders.threadBody(ctx).load(thread.localId).then((row) => row?.body ?? '');
  }

  @ResolveField(() => String, { description: 'Sanitised HTML rendered from body' })
  bodyHtml(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): string | Promise<string> {
    return thread.bodyHtml ?? this.loaders.threadBody(ctx).load(thread.localId).then((row) => row?.body_html ?? '');
  }

  @ResolveField(() => AuthorType, { nullable: true, description: 'Null when the account no longer exists' })
  author(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): AuthorType | Promise<AuthorType | null> | null {
    return thread.authorId ? this.authors.loadKnown(ctx, thread.communityId, thread.authorId) : null;
  }

  @ResolveField(() => Boolean, { description: 'You muted its author: show it collapsed (false when signed out)' })
  authorMutedByViewer(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.mutes.mutedByViewer(ctx, thread.authorId);
  }

  @ResolveField(() => Boolean, { description: 'You may mute its author (muteMember): false when signed out, for your own posts and when the account no longer exists' })
  viewerCanMuteAuthor(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): boolean {
    return this.mutes.viewerMayMute(ctx, thread.authorId);
  }

  @ResolveField(() => SpaceType)
  async space(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SpaceType> {
    return SpaceType.from((await this.communityLoaders.spaceById(ctx).load(thread.spaceId))!);
  }

  @ResolveField(() => ReplyType, { nullable: true })
  async acceptedAnswer(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ReplyType | null> {
    const reply = await this.service.visibleReply(ctx, thread.acceptedReplyId, thread);
    return reply ? ReplyType.from(reply) : null;
  }

  @ResolveField(() => ReplyConnection, { description: 'Replies, oldest first' })
  async replies(@Ctx() ctx: RequestContext, @Parent() thread: ThreadType, @Args() page: PageArgs): Promise<Connection<ReplyType>> {
    const connection = await this.service.repliesOf(ctx, thread, page);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: ReplyType.from(edge.node) })) };
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and may edit it now (editPost): false when signed out, for others, once deleted, while locked or while you are suspended here' })
  viewerCanEdit(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.service.viewerMayChangeThread(ctx, thread, 'edit');
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and may delete it now (deletePost): false when signed out, for others and once deleted' })
  viewerCanDelete(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.service.viewerMayChangeThread(ctx, thread, 'delete');
  }

  @ResolveField(() => Boolean, {
    description: 'You may reply in it now (reply): a member of its community, while it is neither locked nor deleted and you are not suspended there; the posting limits are still answered by reply',
  })
  viewerCanReply(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.service.viewerMayReply(ctx, thread);
  }

  @ResolveField(() => Boolean, { description: 'You moderate its community (moderator or owner): the moderation actions on it are open to you' })
  viewerCanModerate(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.service.viewerModerates(ctx, thread.communityId);
  }

  @ResolveField(() => [RevisionType], { description: 'Earlier versions, newest first' })
  async revisions(thread: ThreadType, _args: NoArgs, { ctx }: GraphqlContext): Promise<RevisionType[]> {
    return (await this.loaders.revisions(ctx).load(thread.localId)).map(RevisionType.from);
  }
}

@Resolver(() => ReplyType)
export class ReplyFieldsResolver {
  constructor(
    private readonly service: AdviceReadsService,
    private readonly loaders: AdviceLoaders,
    private readonly authors: AuthorsLoader,
    private readonly mutes: MutesService,
  ) {}

  @ResolveField(() => AuthorType, { nullable: true, description: 'Null when the account no longer exists' })
  author(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): AuthorType | Promise<AuthorType | null> | null {
    return reply.authorId ? this.authors.loadKnown(ctx, reply.communityId, reply.authorId) : null;
  }

  @ResolveField(() => Boolean, { description: 'You muted its author: show it collapsed (false when signed out)' })
  authorMutedByViewer(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.mutes.mutedByViewer(ctx, reply.authorId);
  }

  @ResolveField(() => Boolean, { description: 'You may mute its author (muteMember): false when signed out, for your own posts and when the account no longer exists' })
  viewerCanMuteAuthor(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): boolean {
    return this.mutes.viewerMayMute(ctx, reply.authorId);
  }

  @ResolveField(() => ThreadType, { nullable: true, description: 'Null when the thread is no longer visible to you' })
  async thread(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ThreadType | null> {
    const thread = await this.service.visibleThread(ctx, reply.threadId);
    return thread ? ThreadType.from(thread) : null;
  }

  @ResolveField(() => ReplyType, { nullable: true, description: 'The reply this one answers' })
  async inReplyTo(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ReplyType | null> {
    const target = await this.service.visibleReply(ctx, reply.inReplyToId, reply);
    return target ? ReplyType.from(target) : null;
  }

  @ResolveField(() => Boolean, { description: 'Accepted as the answer to its question' })
  async accepted(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    const thread = await this.loaders.threadById(ctx).load(reply.threadId);
    return thread?.accepted_reply_id === reply.localId;
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and may edit it now (editPost): false when signed out, for others, once deleted, in a locked thread or while you are suspended here' })
  viewerCanEdit(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.service.viewerMayChangeReply(ctx, reply, 'edit');
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and may delete it now (deletePost): false when signed out, for others and once deleted' })
  viewerCanDelete(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.service.viewerMayChangeReply(ctx, reply, 'delete');
  }

  @ResolveField(() => Boolean, { description: 'You may accept it as the answer (acceptAnswer), or take that back once accepted (unacceptAnswer): the question’s author or a moderator, on a reply neither deleted nor hidden' })
  viewerCanAccept(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.service.viewerMayAccept(ctx, reply);
  }

  @ResolveField(() => [RevisionType], { description: 'Earlier versions, newest first' })
  async revisions(reply: ReplyType, _args: NoArgs, { ctx }: GraphqlContext): Promise<RevisionType[]> {
    return (await this.loaders.revisions(ctx).load(reply.localId)).map(RevisionType.from);
  }
}

@Resolver(() => SpaceType)
export class SpaceAdviceFieldsResolver {
  constructor(
    private readonly service: AdviceReadsService,
    private readonly loaders: AdviceLoaders,
  ) {}

  @ResolveField(() => ThreadConnection, { description: 'Threads of a discussion space (empty for ideas spaces)' })
  async threads(
    @Ctx() ctx: RequestContext,
    @Parent() space: SpaceType,
    @Args() page: PageArgs,
    @Args('orderBy', { type: () => ThreadOrder, defaultValue: ThreadOrder.LATEST_ACTIVITY }) orderBy: ThreadOrder,
    @Args('filter', { type: () => ThreadsFilter, nullable: true }) filter?: ThreadsFilter,
  ): Promise<Connection<ThreadType>> {
    const values = { kind: filter?.kind ?? null, tag: filter?.tag?.toLowerCase() ?? null, unanswered: filter?.unanswered ?? false, overdue: filter?.overdue ?? false };
    const connection = await this.service.threadsOf(ctx, space, page, orderBy, values);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: ThreadType.from(edge.node) })) };
  }

  @ResolveField(() => ResponseCommitmentType, { nullable: true, description: 'Answer time announced by the brand team (discussion spaces)' })
  async responseCommitment(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ResponseCommitmentType | null> {
    if (space.kind !== SpaceKind.DISCUSSION) return null;
    const row = await this.loaders.commitment(ctx).load(space.localId);
    return row ? Object.assign(new ResponseCommitmentType(), { hours: row.hours, text: row.text }) : null;
  }
}

/** What a public profile shows of a member's questions in a community. */
@Resolver(() => MembershipType)
export class MembershipAdviceFieldsResolver {
  constructor(
    private readonly loaders: AdviceLoaders,
    private readonly communities: CommunitiesLoaders,
  ) {}

  @ResolveField(() => [ThreadType], { description: 'The latest threads they started here that everyone may read, newest first (none in a private community)' })
  async recentThreads(
    @Ctx() ctx: RequestContext,
    @Parent() membership: MembershipType,
    @Args('first', { type: () => Int, defaultValue: 5, description: 'At most 20' }) first: number,
  ): Promise<ThreadType[]> {
    const community = await this.communities.communityById(ctx).load(membership.communityId);
    if (community?.visibility !== 'PUBLIC') return [];
    const limit = Math.min(Math.max(first, 1), 20);
    return (await this.loaders.recentPublicThreads(ctx).load({ communityId: membership.communityId, memberId: membership.memberId, limit })).map(ThreadType.from);
  }
}
