import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { Role, toGlobalId } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, badInput, Clock, ContentRegistry, notFound, RequestContext, TransactionRunner, tryTransactionLock } from '@palabre/core';
import { CommunitiesPolicy, CommunitiesRepository, STAFF_ROLES } from '@palabre/communities';
import { AssignmentRow, AssignmentsRepository } from './assignments.repository';
import { NotifierService } from './notifier.service';

/** Content a staff member can be assigned: questions (threads) and ideas. */
const ASSIGNABLE = new Set(['Thread', 'Idea']);
const LISTED = 100;

/** Questions and ideas assigned to staff members, and the reminder as the announced time approaches. */
@Injectable()
export class AssignmentsService {
  private readonly logger = new Logger('AssignmentReminders');

  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: AssignmentsRepository,
    private readonly content: ContentRegistry,
    private readonly policy: CommunitiesPolicy,
    private readonly communities: CommunitiesRepository,
    private readonly notifier: NotifierService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assign(ctx: RequestContext, contentId: string, assigneeId: string): Promise<AssignmentRow> {
    const ref = await this.requireAssignable(ctx, contentId, 'assign questions and ideas');
    const membership = await this.communities.findMembership(this.db.reader, ref.communityId, assigneeId);
    if (!membership || !STAFF_ROLES.includes(membership.role as Role)) throw badInput('Assign to an owner or brand staff member of this community', { field: 'assigneeId' });
    return this.db.run(async (tx) => {
      const assignment = await this.repo.assign(tx, { communityId: ref.communityId, contentType: ref.typeName, contentId: ref.id, assigneeId, assignedBy: ctx.actor!.memberId, now: this.clock.now() });
      await this.notifier.notify(
        tx,
        {
          kind: 'assignment.created',
          communityId: ref.communityId,
          subjectId: contentId,
          actorId: ctx.actor!.memberId,
          summary: ref.typeName === 'Idea' ? 'An idea was assigned to you' : 'A question was assigned to you',
          payload: { contentId, dueAt: assignment.due_at?.toISOString() ?? null },
        },
        [{ memberId: assigneeId, reason: 'CONCERNED' }],
      );
      return assignment;
    });
  }

  async unassign(ctx: RequestContext, contentId: string): Promise<boolean> {
    const ref = await this.requireAssignable(ctx, contentId, 'unassign questions and ideas');
    return this.db.run((tx) => this.repo.unassign(tx, ref.typeName, ref.id));
  }

  async list(ctx: RequestContext, communityId: string, assigneeId: string | null): Promise<AssignmentRow[]> {
    await this.policy.requireRole(ctx, communityId, STAFF_ROLES, 'see assignments');
    return this.repo.list(communityId, assigneeId, LISTED);
  }

  private async requireAssignable(ctx: RequestContext, contentId: string, what: string) {
    const found = await this.content.find(this.db.reader, contentId);
    if (!found || found.ref.removedAt) throw notFound('This question or idea');
    if (!ASSIGNABLE.has(found.ref.typeName)) throw badInput('Only questions (threads) and ideas can be assigned', { field: 'contentId' });
    await this.policy.requireRole(ctx, found.ref.communityId, STAFF_ROLES, what);
    return found.ref;
  }

  @Interval('assignment-reminders', 60_000)
  async tick(): Promise<void> {
    if (!this.config.SCHEDULER_ENABLED) return;
    try {
      await this.sendDueReminders();
    } catch (error) {
      this.logger.warn(`assignment reminders failed, will retry next minute: ${String(error)}`);
    }
  }

  /** Exactly once across api processes: one transaction under an advisory lock; each reminder marks the announced time it was for. */
  async sendDueReminders(now: Date = this.clock.now()): Promise<number> {
    return this.db.run(async (tx) => {
      if (!(await tryTransactionLock(tx, 'assignment-reminders'))) return 0;
      let sent = 0;
      for (const assignment of await this.repo.dueForReminder(tx, now)) {
        if (!(await this.repo.markReminded(tx, assignment.id, assignment.due_at!))) continue;
        const due = assignment.due_at!.toISOString();
        await this.notifier.notify(
          tx,
          {
            kind: 'assignment.reminder',
            communityId: assignment.community_id,
            subjectId: toGlobalId(assignment.content_type, assignment.content_id),
            actorId: null,
            summary: assignment.content_type === 'Idea' ? `The update promised on an idea assigned to you is due ${due}` : `The answer announced for a question assigned to you is due ${due}`,
            payload: { contentId: toGlobalId(assignment.content_type, assignment.content_id), dueAt: due },
          },
          [{ memberId: assignment.assignee_id, reason: 'CONCERNED' }],
        );
        sent += 1;
      }
      return sent;
    });
  }
}
