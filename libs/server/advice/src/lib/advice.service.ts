import { Injectable } from '@nestjs/common';
import { AdviceErrorCode, Locale, roomName, SpaceKind, toGlobalId } from '@palabre/contracts';
import { AppError, badInput, canSee, Clock, conflict, Db, EventsService, mentionsKnown, notFound, postLockName, RequestContext, TransactionRunner, WriteGate } from '@palabre/core';
import { CommunitiesPolicy, STAFF_ROLES } from '@palabre/communities';
import { PostImages } from '@palabre/media';
// What an edit adds to a post's mentions (editPost tells only those members).
import { addedMentionsKnown } from '@palabre/core';
import { AdviceLoaders } from './advice.loaders';
import { AdvicePolicy, takesReplies, ThreadAccess } from './advice.policy';
import { AdviceRepository } from './advice.repository';
import type { ReplyRow, ThreadRow } from './advice.rows';
import { RepliesRepository } from './replies.repository';
import { REPLY_TYPE, THREAD_TYPE, ThreadKind } from './advice.types';
import { expectedFirstResponseAt, medianWindowStart } from './answer-time';

export function searchConfigFor(locale: string): string {
  return locale === Locale.FR ? 'palabre_french' : 'palabre_english';
}

export interface StartThreadValues {
  kind: ThreadKind;
  title: string;
  body: string;
  tags: string[];
}

export type PostRef = { typeName: typeof THREAD_TYPE | typeof REPLY_TYPE; localId: string };

const locked = () => new AppError(AdviceErrorCode.ThreadLocked, 'This thread is locked: it accepts no new replies or edits; start a new thread instead');

/** Threads, replies, accepted answers and answer-time expectations. */
@Injectable()
export class AdviceService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: AdviceRepository,
    private readonly replies: RepliesRepository,
    private readonly loaders: AdviceLoaders,
    private readonly policy: AdvicePolicy,
    private readonly communities: CommunitiesPolicy,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly writeGate: WriteGate,
    private readonly images: PostImages,
  ) {}

  async startThread(ctx: RequestContext, spaceId: string, values: StartThreadValues): Promise<ThreadRow> {
    const { space, community } = await this.communities.requireSpaceRole(ctx, spaceId, 'any', SpaceKind.DISCUSSION, 'start threads');
    const authorId = ctx.actor!.memberId;
    const created = await this.db.run(async (tx) => {
      // Suspension, new-member, duplicate and flood limits; records the post when it passes.
      await this.writeGate.assertCanPost(tx, { communityId: community.id, memberId: authorId, kind: 'THREAD', body: `${values.title}\n${values.body}` });
      const now = this.clock.now();
      const expected = values.kind === ThreadKind.QUESTION ? await this.expectedFirstResponse(tx, space.id, now) : null;
      const rendered = await this.images.render(tx, authorId, values.body, null);
      const thread = await this.repo.insertThread(tx, {
        spaceId: space.id,
        communityId: community.id,
        authorId,
        kind: values.kind,
        title: values.title,
        body: values.body,
        bodyHtml: rendered.html,
        tags: values.tags,
        searchConfig: searchConfigFor(community.locale),
        expectedFirstResponseAt: expected,
        now,
      });
      await this.images.attach(tx, { kind: 'THREAD', id: thread.id, communityId: community.id }, rendered.imageIds);
      await this.events.record(tx, {
        type: 'thread.created',
        rooms: [roomName('community', community.id), roomName('space', space.id)],
        payload: { communityId: community.id, spaceId: space.id, threadId: thread.id, authorId, kind: thread.kind, title: thread.title },
        known: mentionsKnown(values.body),
      });
      return thread;
    });
    ctx.loaders.clearAll();
    return created;
  }

  async reply(ctx: RequestContext, threadId: string, body: string, inReplyToId: string | null): Promise<ReplyRow> {
    const access = await this.policy.requireVisibleThread(ctx, threadId);
    this.policy.requireMember(ctx, access);
    const authorId = ctx.actor!.memberId;
    const byStaff = STAFF_ROLES.includes(access.role);
    const thread = access.thread;
    const refuseClosed = (current: { locked_at: Date | null; deleted_at: Date | null }) => {
      if (takesReplies(current)) return;
      if (current.locked_at) throw locked();
      if (current.deleted_at) throw conflict('This thread was deleted by its author; start a new thread instead');
    };
    refuseClosed(thread);
    const created = await this.db.run(async (tx) => {
      // The thread is locked by insertReply's counting UPDATE (not by a read first: one statement fewer),
      // which also refuses a thread locked or deleted since it was read above.
      let inReplyToAuthorId: string | null = null;
      if (inReplyToId) {
        const [target] = await this.replies.findRepliesByIds([inReplyToId], tx);
        if (!target || target.thread_id !== thread.id || !canSee(target, ctx.memberId, access.moderator)) throw badInput('inReplyToId must be a reply of the same thread', { field: 'inReplyToId' });
        inReplyToAuthorId = target.author_id;
      }
      // Suspension, new-member, duplicate and flood limits, once the request itself is valid; logs the post. With the
      // poster's lock taken by BEGIN they go with the reply's INSERT (one statement), checked before anything else of
      // its answer: a reply refused by them rolls back with the transaction.
      const attempt = { communityId: thread.community_id, memberId: authorId, kind: 'REPLY' as const, body, parentId: thread.id };
      const checks = this.writeGate.postCheckInStatement(tx, attempt);
      if (!checks) await this.writeGate.assertCanPost(tx, attempt);
      const now = this.clock.now();
      const rendered = await this.images.render(tx, authorId, body, null);
      const values = { thread, authorId, body, bodyHtml: rendered.html, inReplyToId, searchConfig: searchConfigFor(access.community.locale), byStaff, now };
      // Recognition and notifications would read these again; the thread is locked, so they are current.
      const known = { threadKind: thread.kind, threadAuthorId: thread.author_id, inReplyToAuthorId, ...mentionsKnown(body) };
      const payloadBefore = { communityId: thread.community_id, spaceId: thread.space_id, threadId: thread.id, authorId, inReplyToId };
      let reply: ReplyRow | null;
      let prefetched: Record<string, unknown> | undefined;
      if (checks) {
        // What handlers of reply.created would read (its notification audience) comes with the INSERT.
        const prefetch = this.events.prefetchFor('reply.created', payloadBefore, known);
        const checked = await this.replies.insertReplyChecked(tx, values, checks.ctes, prefetch.columns);
        await checks.verify(checked.gate);
        reply = checked.reply;
        prefetched = prefetch.read(checked.extra);
      } else {
        reply = await this.replies.insertReply(tx, values);
      }
      if (!reply) {
        const current = await this.repo.lockThread(tx, thread.id);
        if (!current) throw notFound('This thread');
        refuseClosed(current);
        throw conflict('This thread changed while you replied; try again');
      }
      await this.images.attach(tx, { kind: 'REPLY', id: reply.id, communityId: thread.community_id }, rendered.imageIds);
      await this.events.record(tx, {
        type: 'reply.created',
        rooms: [roomName('space', thread.space_id), roomName('thread', thread.id)],
        payload: { ...payloadBefore, replyId: reply.id },
        known,
        prefetched,
      });
      return reply;
      // The poster's lock comes with BEGIN (the posting limits' first statement would take it).
    }, { textLocks: [postLockName(thread.community_id, authorId)] });
    ctx.loaders.clearAll();
    return created;
  }

  /** An edit that changes nothing keeps no revision and announces nothing. */
  async editPost(ctx: RequestContext, post: PostRef, title: string | undefined, body: string): Promise<ThreadRow | ReplyRow> {
    if (post.typeName === REPLY_TYPE && title !== undefined) throw badInput('Replies have no title; send only body', { field: 'title' });
    const { access, current } = await this.requireVisiblePost(ctx, post);
    this.policy.requireAuthor(ctx, access, current.author_id, 'edit this post');
    await this.db.run(async (tx) => {
      // An edit publishes new text: refused while suspended, as a new post is (deleting one's post stays open).
      await this.writeGate.assertCanWrite(tx, access.thread.community_id, ctx.actor!.memberId);
      const thread = await this.repo.lockThread(tx, access.thread.id);
      if (!thread) throw notFound('This post');
      if (thread.locked_at) throw locked();
      let previousBody: string;
      const now = this.clock.now();
      if (post.typeName === THREAD_TYPE) {
        if (thread.deleted_at) throw notFound('This post');
        if ((title ?? thread.title) === thread.title && body === thread.body) return;
        previousBody = thread.body;
        await this.repo.insertRevision(tx, { postKind: 'THREAD', postId: thread.id, title: thread.title, body: thread.body, editedAt: thread.updated_at });
        const rendered = await this.images.render(tx, current.author_id!, body, { kind: 'THREAD', id: thread.id });
        await this.repo.updateThreadContent(tx, thread.id, { title: title ?? thread.title, body, bodyHtml: rendered.html, now });
        await this.images.reattach(tx, { kind: 'THREAD', id: thread.id, communityId: thread.community_id }, rendered.imageIds, thread.body);
      } else {
        const reply = await this.replies.lockReply(tx, post.localId);
        if (!reply || reply.deleted_at) throw notFound('This post');
        if (body === reply.body) return;
        previousBody = reply.body;
        await this.repo.insertRevision(tx, { postKind: 'REPLY', postId: reply.id, title: null, body: reply.body, editedAt: reply.updated_at });
        const rendered = await this.images.render(tx, current.author_id!, body, { kind: 'REPLY', id: reply.id });
        await this.replies.updateReplyContent(tx, reply.id, { body, bodyHtml: rendered.html, now });
        await this.images.reattach(tx, { kind: 'REPLY', id: reply.id, communityId: thread.community_id }, rendered.imageIds, reply.body);
      }
      // Members the edit mentions for the first time are told, as for a new post; those mentioned before are not told again.
      await this.recordPostEvent(tx, 'post.edited', thread, post, ctx.actor!.memberId, undefined, addedMentionsKnown(previousBody, body));
    });
    ctx.loaders.clearAll();
    const loaded = post.typeName === THREAD_TYPE ? await this.loaders.threadById(ctx).load(post.localId) : await this.loaders.replyById(ctx).load(post.localId);
    return loaded!;
  }

  /** With replies a post stays as a "deleted by its author" placeholder; without, it disappears. */
  async deletePost(ctx: RequestContext, post: PostRef): Promise<boolean> {
    const { access, current } = await this.requireVisiblePost(ctx, post);
    this.policy.requireAuthor(ctx, access, current.author_id, 'delete this post');
    await this.db.run(async (tx) => {
      const thread = await this.repo.lockThread(tx, access.thread.id);
      if (!thread) throw notFound('This post');
      const now = this.clock.now();
      let placeholder: boolean;
      if (post.typeName === THREAD_TYPE) {
        if (thread.deleted_at) throw notFound('This post');
        placeholder = thread.reply_count > 0;
        if (placeholder) await this.repo.markThreadDeleted(tx, thread.id, now);
        else await this.repo.deleteThread(tx, thread.id);
      } else {
        const reply = await this.replies.lockReply(tx, post.localId);
        if (!reply || reply.deleted_at) throw notFound('This post');
        if (thread.accepted_reply_id === reply.id) {
          await this.repo.setAcceptedReply(tx, thread.id, null);
          await this.recordAnswerEvent(tx, 'answer.unaccepted', thread, reply, ctx.actor!.memberId);
        }
        placeholder = await this.replies.hasAnswers(tx, reply.id);
        if (placeholder) await this.replies.markReplyDeleted(tx, reply.id, now);
        else await this.replies.deleteReply(tx, reply);
      }
      await this.images.deleteWithPost(tx, { kind: post.typeName === THREAD_TYPE ? 'THREAD' : 'REPLY', id: post.localId }, current.body);
      await this.recordPostEvent(tx, 'post.deleted', thread, post, ctx.actor!.memberId, placeholder);
    });
    ctx.loaders.clearAll();
    return true;
  }

  async acceptAnswer(ctx: RequestContext, replyId: string): Promise<ThreadRow> {
    const access = await this.policy.requireVisibleReply(ctx, replyId);
    this.policy.requireCanAccept(ctx, access);
    if (access.thread.kind !== ThreadKind.QUESTION) throw badInput('Only answers to questions can be accepted', { field: 'replyId' });
    const actorId = ctx.actor!.memberId;
    await this.db.run(async (tx) => {
      // Locked so two acceptances at once leave exactly one accepted answer and matching events.
      const thread = await this.repo.lockThread(tx, access.thread.id);
      if (!thread) throw notFound('This thread');
      if (thread.accepted_reply_id === replyId) return;
      const reply = await this.replies.lockReply(tx, replyId);
      if (!reply || reply.deleted_at || reply.hidden_at || reply.removed_at) throw badInput('This reply can no longer be accepted', { field: 'replyId' });
      if (thread.accepted_reply_id) {
        const [previous] = await this.replies.findRepliesByIds([thread.accepted_reply_id], tx);
        if (previous) await this.recordAnswerEvent(tx, 'answer.unaccepted', thread, previous, actorId);
      }
      await this.repo.setAcceptedReply(tx, thread.id, reply.id);
      await this.recordAnswerEvent(tx, 'answer.accepted', thread, reply, actorId);
    });
    ctx.loaders.clearAll();
    return (await this.loaders.threadById(ctx).load(access.thread.id))!;
  }

  async unacceptAnswer(ctx: RequestContext, threadId: string): Promise<ThreadRow> {
    const access = await this.policy.requireVisibleThread(ctx, threadId);
    this.policy.requireCanAccept(ctx, access);
    await this.db.run(async (tx) => {
      const thread = await this.repo.lockThread(tx, threadId);
      if (!thread?.accepted_reply_id) return;
      const [previous] = await this.replies.findRepliesByIds([thread.accepted_reply_id], tx);
      await this.repo.setAcceptedReply(tx, thread.id, null);
      if (previous) await this.recordAnswerEvent(tx, 'answer.unaccepted', thread, previous, ctx.actor!.memberId);
    });
    ctx.loaders.clearAll();
    return (await this.loaders.threadById(ctx).load(threadId))!;
  }

  async setResponseCommitment(ctx: RequestContext, spaceId: string, hours: number | null, text: string): Promise<void> {
    await this.communities.requireSpaceRole(ctx, spaceId, STAFF_ROLES, SpaceKind.DISCUSSION, 'announce answer times');
    await this.db.run((tx) => this.repo.saveCommitment(tx, { spaceId, hours, text, memberId: ctx.actor!.memberId, now: this.clock.now() }));
    ctx.loaders.clearAll();
  }

  private async requireVisiblePost(ctx: RequestContext, post: PostRef): Promise<{ access: ThreadAccess; current: ThreadRow | ReplyRow }> {
    if (post.typeName === THREAD_TYPE) {
      const access = await this.policy.requireVisibleThread(ctx, post.localId);
      return { access, current: access.thread };
    }
    const access = await this.policy.requireVisibleReply(ctx, post.localId);
    return { access, current: access.reply };
  }

  private async expectedFirstResponse(tx: Db, spaceId: string, now: Date): Promise<Date | null> {
    const [commitment, stats] = await Promise.all([this.repo.findCommitment(tx, spaceId), this.repo.firstResponseStats(tx, spaceId, medianWindowStart(now))]);
    return expectedFirstResponseAt(now, commitment?.hours ?? null, stats);
  }

  private recordAnswerEvent(tx: Db, type: 'answer.accepted' | 'answer.unaccepted', thread: ThreadRow, reply: ReplyRow, actorId: string): Promise<void> {
    return this.events.record(tx, {
      type,
      rooms: [roomName('space', thread.space_id), roomName('thread', thread.id)],
      payload: {
        communityId: thread.community_id,
        spaceId: thread.space_id,
        threadId: thread.id,
        replyId: reply.id,
        replyAuthorId: reply.author_id,
        questionAuthorId: thread.author_id,
        actorId,
      },
    });
  }

  private recordPostEvent(tx: Db, type: 'post.edited' | 'post.deleted', thread: ThreadRow, post: PostRef, authorId: string, placeholder?: boolean, known?: Record<string, string>): Promise<void> {
    return this.events.record(tx, {
      type,
      ...(known && Object.keys(known).length > 0 ? { known } : {}),
      rooms: [roomName('space', thread.space_id), roomName('thread', thread.id)],
      payload: {
        communityId: thread.community_id,
        spaceId: thread.space_id,
        threadId: thread.id,
        postId: toGlobalId(post.typeName, post.localId),
        kind: post.typeName === THREAD_TYPE ? 'THREAD' : 'REPLY',
        authorId,
        ...(placeholder === undefined ? {} : { placeholder }),
      },
    });
  }
}
