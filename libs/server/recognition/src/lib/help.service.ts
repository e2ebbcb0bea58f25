import { Injectable } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { Clock, ContentRegistry, Db, NodeRegistry, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesPolicy } from '@palabre/communities';
import { BadgeKind } from './badge-catalogue';
import { BadgesService } from './badges.service';
import { QuestionsRepository } from './questions.repository';

export const THREAD_TYPE_NAME = 'Thread';

/** `thread.created` as advice records it. */
export interface ThreadCreatedEvent {
  communityId: string;
  threadId: string;
  authorId: string;
  kind: string;
}

/** `reply.created` as advice records it. */
export interface ReplyCreatedEvent {
  communityId: string;
  threadId: string;
  replyId: string;
  authorId: string;
}

/** `post.deleted` as advice records it. */
export interface PostDeletedEvent {
  threadId: string;
  kind: 'THREAD' | 'REPLY';
}

/**
 * Giving back made easy: follows questions through advice's events, welcomes newcomers'
 * first questions (badge) and suggests open questions to answer.
 */
@Injectable()
export class HelpService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly questions: QuestionsRepository,
    private readonly badges: BadgesService,
    private readonly content: ContentRegistry,
    private readonly nodes: NodeRegistry,
    private readonly policy: CommunitiesPolicy,
    private readonly clock: Clock,
  ) {}

  async onThreadCreated(tx: Db, event: ThreadCreatedEvent): Promise<void> {
    if (event.kind !== 'QUESTION') return;
    await this.questions.insert(tx, { threadId: event.threadId, communityId: event.communityId, askerId: event.authorId, now: this.clock.now() });
  }

  /** `threadKind`, when advice says it, spares reading the question for other threads (only questions are recorded). */
  async onReplyCreated(tx: Db, event: ReplyCreatedEvent, threadKind?: string | null): Promise<void> {
    if (threadKind !== undefined && threadKind !== 'QUESTION') return;
    const asker = await this.questions.askerOf(tx, event.threadId);
    if (asker === undefined || asker === event.authorId) return;
    const now = this.clock.now();
    const welcomed = await this.questions.welcome(tx, event.threadId, event.authorId);
    await this.questions.markAnswered(tx, event.threadId, now);
    if (welcomed) await this.badges.award(tx, event.communityId, event.authorId, [BadgeKind.WELCOMER], now);
  }

  async onAnswerAccepted(tx: Db, threadId: string): Promise<void> {
    await this.questions.markAnswered(tx, threadId, this.clock.now());
  }

  async onPostDeleted(tx: Db, event: PostDeletedEvent): Promise<void> {
    if (event.kind === 'THREAD') await this.questions.remove(tx, event.threadId);
  }

  /**
   * Open, unanswered questions the viewer can see and answer: askers who helped the viewer
   * before come first, then those who have waited longest. Returns the owner's Thread objects.
   */
  async suggestions(ctx: RequestContext, communityId: string, first: number): Promise<object[]> {
    const { community } = await this.policy.requireMember(ctx, communityId);
    if (first === 0) return [];
    // Some candidates may be hidden, locked or out of sight: read a few more than asked.
    const candidates = await this.questions.suggestions(community.id, ctx.memberId!, first * 2 + 10);
    const provider = this.content.providerFor(THREAD_TYPE_NAME);
    if (!provider || candidates.length === 0) return [];
    const refs = new Map((await provider.findByIds(this.db.reader, candidates.map((row) => row.thread_id))).map((ref) => [ref.id, ref]));
    const open = candidates.filter((row) => {
      const ref = refs.get(row.thread_id);
      return ref && !ref.hiddenAt && !ref.removedAt && !ref.lockedAt;
    });
    const threads = await Promise.all(open.map((row) => this.nodes.load(ctx, toGlobalId(THREAD_TYPE_NAME, row.thread_id))));
    return threads.filter((thread): thread is object => thread !== null).slice(0, first);
  }
}
