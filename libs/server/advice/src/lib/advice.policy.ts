import { Injectable } from '@nestjs/common';
import { Role } from '@palabre/contracts';
import { canSee, forbidden, notFound, RequestContext, unauthenticated, WriteGate } from '@palabre/core';
import { CommunitiesPolicy, CommunityRow } from '@palabre/communities';
import { AdviceLoaders } from './advice.loaders';
import type { ReplyRow, ThreadRow } from './advice.rows';
import { ThreadKind } from './advice.types';

export interface ThreadAccess {
  thread: ThreadRow;
  community: CommunityRow;
  role: Role | null;
  moderator: boolean;
}

/** A thread takes replies while neither locked nor deleted by its author (reply() answers THREAD_LOCKED or CONFLICT otherwise). */
export function takesReplies(thread: { locked_at: Date | null; deleted_at: Date | null }): boolean {
  return !thread.locked_at && !thread.deleted_at;
}

/**
 * Who may see and act on threads and replies. Content the viewer may not see (private
 * community, removed, hidden from them) answers NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class AdvicePolicy {
  constructor(
    private readonly communities: CommunitiesPolicy,
    private readonly loaders: AdviceLoaders,
    private readonly writeGate: WriteGate,
  ) {}

  /** The viewer may see these threads: visible community, not removed, not hidden from them. */
  async visibleThreads(ctx: RequestContext, threads: ReadonlyArray<ThreadRow | null>): Promise<Array<ThreadRow | null>> {
    const present = threads.filter((thread): thread is ThreadRow => thread !== null);
    const communityIds = [...new Set(present.map((thread) => thread.community_id))];
    const [visible, moderated] = await Promise.all([this.communities.visibleCommunityIds(ctx, communityIds), this.communities.moderatedCommunityIds(ctx, communityIds)]);
    return threads.map((thread) => (thread && visible.has(thread.community_id) && canSee(thread, ctx.memberId, moderated.has(thread.community_id)) ? thread : null));
  }

  async visibleThreadIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.loaders.threadById(ctx).loadMany(ids);
    const visible = await this.visibleThreads(ctx, rows.map((row) => (row instanceof Error ? null : row)));
    return new Set(visible.flatMap((row) => (row ? [row.id] : [])));
  }

  async requireVisibleThread(ctx: RequestContext, threadId: string): Promise<ThreadAccess> {
    const thread = await this.loaders.threadById(ctx).load(threadId);
    if (!thread) throw notFound('This thread');
    const { community, role } = await this.communities.requireVisibleCommunity(ctx, thread.community_id).catch(() => {
      throw notFound('This thread');
    });
    const moderator = this.communities.isModeratorRole(role);
    if (!canSee(thread, ctx.memberId, moderator)) throw notFound('This thread');
    return { thread, community, role, moderator };
  }

  async requireVisibleReply(ctx: RequestContext, replyId: string): Promise<ThreadAccess & { reply: ReplyRow }> {
    const reply = await this.loaders.replyById(ctx).load(replyId);
    if (!reply) throw notFound('This reply');
    const access = await this.requireVisibleThread(ctx, reply.thread_id).catch(() => {
      throw notFound('This reply');
    });
    if (!canSee(reply, ctx.memberId, access.moderator)) throw notFound('This reply');
    return { ...access, reply };
  }

  /** Members of the community may write in it; others get FORBIDDEN. */
  requireMember(ctx: RequestContext, access: ThreadAccess): asserts access is ThreadAccess & { role: Role } {
    if (!ctx.actor) throw unauthenticated();
    if (access.role === null) throw forbidden('Join this community first');
  }

  /** Only the author edits or deletes a post, and only while still a member. */
  requireAuthor(ctx: RequestContext, access: ThreadAccess, authorId: string | null, what: string): void {
    this.requireMember(ctx, access);
    if (authorId !== ctx.memberId) throw forbidden(`Only its author may ${what}`);
  }

  /**
   * What requireAuthor and the edit/delete rules allow the viewer on their own reply, without raising: the author,
   * still a member, on a reply not deleted; editing also needs the thread unlocked and the write gate open (editPost
   * answers SUSPENDED). The web shows the actions from it.
   */
  async mayChangeReply(ctx: RequestContext, reply: { authorId: string | null; threadId: string; communityId: string; deleted: boolean }, action: 'edit' | 'delete'): Promise<boolean> {
    if (!ctx.memberId || reply.authorId !== ctx.memberId || reply.deleted) return false;
    if (!(await this.communities.isMember(ctx, reply.communityId))) return false;
    if (action === 'delete') return true;
    const [thread, writable] = await Promise.all([this.loaders.threadById(ctx).load(reply.threadId), this.writeGate.viewerCanWrite(ctx, reply.communityId)]);
    return Boolean(thread && !thread.locked_at && writable);
  }

  /**
   * What requireAuthor and editPost/deletePost allow the viewer on a thread, without raising: its author, still a
   * member, while not deleted; editing also needs it unlocked and the write gate open (editPost answers SUSPENDED).
   * The web shows the thread's Edit and Delete from it.
   */
  async mayChangeThread(ctx: RequestContext, thread: { localId: string; authorId: string | null; communityId: string; deleted: boolean }, action: 'edit' | 'delete'): Promise<boolean> {
    if (!ctx.memberId || thread.authorId !== ctx.memberId || thread.deleted) return false;
    if (!(await this.communities.isMember(ctx, thread.communityId))) return false;
    if (action === 'delete') return true;
    const [row, writable] = await Promise.all([this.loaders.threadById(ctx).load(thread.localId), this.writeGate.viewerCanWrite(ctx, thread.communityId)]);
    return Boolean(row && !row.locked_at && writable);
  }

  /**
   * What reply() allows the viewer in this thread, without raising: a member of its community, a thread that takes
   * replies (takesReplies), and the write gate open there (SUSPENDED). The posting limits (NEW_MEMBER_LIMIT,
   * DUPLICATE_CONTENT, TOO_MANY_REQUESTS) depend on the text and the moment: reply() still answers them.
   */
  async mayReply(ctx: RequestContext, thread: { localId: string; communityId: string }): Promise<boolean> {
    if (!ctx.memberId || !(await this.communities.isMember(ctx, thread.communityId))) return false;
    const [row, writable] = await Promise.all([this.loaders.threadById(ctx).load(thread.localId), this.writeGate.viewerCanWrite(ctx, thread.communityId)]);
    return Boolean(row && takesReplies(row) && writable);
  }

  /**
   * What requireCanAccept and acceptAnswer/unacceptAnswer allow, without raising: a reply to a question, neither
   * deleted nor hidden, and a viewer who is a member and the question's author or one of its moderators.
   */
  async mayAccept(ctx: RequestContext, reply: { threadId: string; communityId: string; deleted: boolean; hidden: boolean }): Promise<boolean> {
    if (!ctx.memberId || reply.deleted || reply.hidden) return false;
    const [thread, member, moderator] = await Promise.all([this.loaders.threadById(ctx).load(reply.threadId), this.communities.isMember(ctx, reply.communityId), this.communities.moderates(ctx, reply.communityId)]);
    if (!thread || thread.kind !== ThreadKind.QUESTION || thread.deleted_at || !member) return false;
    return thread.author_id === ctx.memberId || moderator;
  }

  /** The question's author, a moderator or an owner decides which answer is accepted. */
  requireCanAccept(ctx: RequestContext, access: ThreadAccess): void {
    this.requireMember(ctx, access);
    if (access.thread.author_id !== ctx.memberId && !access.moderator) throw forbidden('Only the question’s author or a moderator may accept an answer');
  }
}
