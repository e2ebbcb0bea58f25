import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { roomName } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, Clock, EventsService, TransactionRunner, tryTransactionLock } from '@palabre/core';
import { IdeaStatus, transition, TransitionResult } from './idea-status.machine';
import { IdeasRepository } from './ideas.repository';
import { ReviewRoundsRepository } from './review-rounds.repository';
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
    private readonly rounds: ReviewRoundsRepository,
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

  /** The scheduler is the SYSTEM actor of the status machine: it asks for each transition as staff do theirs. */
  async runDueTransitions(now: Date = this.clock.now()): Promise<DueTransitionsReport> {
    return this.db.run(async (tx) => {
      if (!(await tryTransactionLock(tx, 'ideas-review'))) return { ran: false, expired: [], movedToReview: [] };
      const planned: Array<{ idea: IdeaRow; result: TransitionResult; nextUpdateDueAt: Date | null; reviewRoundId: string | null }> = [];
      for (const idea of await this.rounds.dueToExpire(tx, now)) {
        const rationale = `Did not reach ${idea.support_threshold} supports within ${idea.threshold_window_days} days of being proposed; its supports return to members’ budgets and its author may resubmit it.`;
        planned.push({ idea, result: transition(idea.status, IdeaStatus.EXPIRED, 'SYSTEM', rationale), nextUpdateDueAt: null, reviewRoundId: null });
      }
      for (const round of await this.rounds.openDueRounds(tx, now)) {
        const rationale = `Reached the support threshold in time: taken into the review round of ${day(round.cutoff_at)}; the brand team owes a decision by ${day(round.decision_due_at)}.`;
        for (const idea of await this.rounds.qualifiedAtCutoff(tx, round)) {
          const result = transition(idea.status, IdeaStatus.UNDER_REVIEW, 'SYSTEM', rationale);
          // The round's decision date is the update the brand owes.
          planned.push({ idea, result, nextUpdateDueAt: result.owesUpdate ? round.decision_due_at : null, reviewRoundId: round.id });
        }
      }
      const moved = new Map(
        (
          await this.ideas.applyTransitions(
            tx,
            planned.map(({ idea, result, nextUpdateDueAt, reviewRoundId }) => ({ ideaId: idea.id, from: result.from, to: result.to, nextUpdateDueAt, reviewRoundId })),
            now,
          )
        ).map((row) => [row.id, row]),
      );
      const changes = planned.filter(({ idea }) => moved.has(idea.id)).map(({ idea, result }) => ({ idea: moved.get(idea.id)!, ...result }));
      await this.ideas.appendStatusChanges(
        tx,
        changes.map((change) => ({ ideaId: change.idea.id, from: change.from, to: change.to, rationale: change.rationale, changedBy: null, at: now })),
      );
      await this.events.record(
        tx,
        ...changes.map((change) => ({
          type: 'idea.status_changed' as const,
          rooms: [roomName('space', change.idea.space_id), roomName('idea', change.idea.id)],
          payload: { ideaId: change.idea.id, spaceId: change.idea.space_id, communityId: change.idea.community_id, from: change.from, to: change.to, rationale: change.rationale, changedBy: null },
        })),
      );
      return {
        ran: true,
        expired: changes.filter((change) => change.to === IdeaStatus.EXPIRED).map((change) => change.idea.id),
        movedToReview: changes.filter((change) => change.to === IdeaStatus.UNDER_REVIEW).map((change) => change.idea.id),
      };
    });
  }
}
