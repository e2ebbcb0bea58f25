import { Injectable } from '@nestjs/common';
import { Clock, Db, TransactionRunner } from '@palabre/core';
import { answerBadges, BadgeKind } from './badge-catalogue';
import { BadgesService } from './badges.service';
import { POINTS, ReputationSource } from './recognition.rules';
import { ReputationRepository } from './reputation.repository';
import { findReputationDifferences, ReputationDifference } from './reputation-reconciliation.repository';

/** `answer.accepted` / `answer.unaccepted` as advice records them. */
export interface AnswerEventPayload {
  communityId: string;
  threadId: string;
  replyId: string;
  replyAuthorId: string | null;
  questionAuthorId: string | null;
}

/** `credit.accepted` as ideas records it. */
export interface CreditEventPayload {
  communityId: string;
  ideaId: string;
  memberId: string;
}

/**
 * Reputation per member and community, kept as a ledger plus a balance moved in the same
 * transaction as the act that earned it. Reactions to other features' events run inside
 * their transaction (EventsService.on), so each act counts exactly once.
 */
@Injectable()
export class ReputationService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: ReputationRepository,
    private readonly badges: BadgesService,
    private readonly clock: Clock,
  ) {}

  addPoints(tx: Db, entry: { communityId: string; memberId: string; source: ReputationSource; sourceId: string; points: number; now: Date }): Promise<void> {
    return this.repo.addPoints(tx, entry);
  }

  async onAnswerAccepted(tx: Db, event: AnswerEventPayload): Promise<void> {
    const current = await this.repo.lockAnswer(tx, event.threadId);
    if (current?.reply_id === event.replyId) return;
    // One accepted answer per thread: a newly accepted reply replaces the previous one.
    if (current) await this.reverseAnswer(tx, event.threadId);
    // Accepting one's own reply earns nothing.
    if (!event.replyAuthorId || event.replyAuthorId === event.questionAuthorId) return;
    const now = this.clock.now();
    const inserted = await this.repo.insertAnswer(tx, {
      thread_id: event.threadId,
      reply_id: event.replyId,
      community_id: event.communityId,
      reply_author_id: event.replyAuthorId,
      question_author_id: event.questionAuthorId,
      accepted_at: now,
    });
    if (!inserted) return;
    await this.repo.addPoints(tx, { communityId: event.communityId, memberId: event.replyAuthorId, source: 'ACCEPTED_ANSWER', sourceId: event.replyId, points: POINTS.ACCEPTED_ANSWER, now });
    const stats = await this.repo.answerStats(tx, event.communityId, event.replyAuthorId);
    await this.badges.award(tx, event.communityId, event.replyAuthorId, answerBadges(stats.answers, stats.weeks), now);
  }

  async onAnswerUnaccepted(tx: Db, event: AnswerEventPayload): Promise<void> {
    await this.reverseAnswer(tx, event.threadId);
  }

  async onCreditAccepted(tx: Db, event: CreditEventPayload): Promise<void> {
    const now = this.clock.now();
    const inserted = await this.repo.insertCredit(tx, { idea_id: event.ideaId, member_id: event.memberId, community_id: event.communityId, accepted_at: now });
    if (!inserted) return;
    await this.repo.addPoints(tx, { communityId: event.communityId, memberId: event.memberId, source: 'IDEA_CREDIT', sourceId: event.ideaId, points: POINTS.IDEA_CREDIT, now });
    await this.badges.award(tx, event.communityId, event.memberId, [BadgeKind.CO_CREATOR], now);
  }

  /** Differences between stored reputation and what the raw rows imply; empty when all agree. */
  reconcile(): Promise<ReputationDifference[]> {
    return findReputationDifferences(this.db.reader);
  }

  /** Removes what a thread's accepted answer earned, exactly (badges already awarded stay). */
  private async reverseAnswer(tx: Db, threadId: string): Promise<void> {
    const removed = await this.repo.deleteAnswer(tx, threadId);
    if (!removed) return;
    await this.repo.addPoints(tx, {
      communityId: removed.community_id,
      memberId: removed.reply_author_id,
      source: 'ACCEPTED_ANSWER',
      sourceId: removed.reply_id,
      points: -POINTS.ACCEPTED_ANSWER,
      now: this.clock.now(),
    });
  }
}
