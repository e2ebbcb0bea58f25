import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { roomName } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, Clock, EventsService, TransactionRunner, tryTransactionLock } from '@palabre/core';
import { IdeaStatus } from './idea-status.machine';
import { IdeasRepository } from './ideas.repository';
import { IdeasExtrasRepository } from './ideas-extras.repository';
import type { IdeaRow } from './ideas.rows';

export interface DueTransitionsReport {
  /** false when another process held the lock (it does the work). */
  ran: boolean;
  expired: string[];
  movedToReview: string[];
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Scheduled idea transitions: expiry of ideas that missed their threshold window, and review
 * cut-offs moving qualified ideas to UNDER_REVIEW. Exactly once across api processes: one
 * transaction under an advisory lock, and every step only touches rows still due.
 */
@Injectable()
export class IdeasScheduler {
  private readonly logger = new Logger('IdeasScheduler');

  constructor(
    private readonly db: TransactionRunner,
    private readonly ideas: IdeasRepository,
    private readonly extras: IdeasExtrasRepository,
    private readonly events: EventsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Interval('ideas-due-transitions', 60_000)
  async tick(): Promise<void> {
    if (!this.config.SCHEDULER_ENABLED) return;
    try {
      await this.runDueTransitions();
    } catch (error) {
      this.logger.warn(`due idea transitions failed, will retry next minute: ${String(error)}`);
    }
  }

  async runDueTransitions(now: Date = this.clock.now()): Promise<DueTransitionsReport> {
    return this.db.run(async (tx) => {
      if (!(await tryTransactionLock(tx, 'ideas-review'))) return { ran: false, expired: [], movedToReview: [] };
      const expired = await this.extras.expireMissed(tx, now);
      const reviewed: Array<{ idea: IdeaRow; rationale: string }> = [];
      for (const round of await this.extras.openDueRounds(tx, now)) {
        const rationale = `Reached the support threshold in time: taken into the review round of ${day(round.cutoff_at)}; the brand team owes a decision by ${day(round.decision_due_at)}.`;
        for (const idea of await this.extras.moveQualifiedToReview(tx, round, now)) reviewed.push({ idea, rationale });
      }
      const changes = [
        ...expired.map((idea) => ({
          idea,
          to: IdeaStatus.EXPIRED,
          rationale: `Did not reach ${idea.support_threshold} supports within ${idea.threshold_window_days} days of being proposed; its supports return to members’ budgets and its author may resubmit it.`,
        })),
        ...reviewed.map(({ idea, rationale }) => ({ idea, to: IdeaStatus.UNDER_REVIEW, rationale })),
      ];
      await this.ideas.appendStatusChanges(
        tx,
        changes.map((change) => ({ ideaId: change.idea.id, from: IdeaStatus.OPEN, to: change.to, rationale: change.rationale, changedBy: null, at: now })),
      );
      await this.events.record(
        tx,
        ...changes.map((change) => ({
          type: 'idea.status_changed' as const,
          rooms: [roomName('space', change.idea.space_id), roomName('idea', change.idea.id)],
          payload: { ideaId: change.idea.id, spaceId: change.idea.space_id, communityId: change.idea.community_id, from: IdeaStatus.OPEN, to: change.to, rationale: change.rationale, changedBy: null },
        })),
      );
      return { ran: true, expired: expired.map((idea) => idea.id), movedToReview: reviewed.map(({ idea }) => idea.id) };
    });
  }
}
