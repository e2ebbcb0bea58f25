import { Injectable } from '@nestjs/common';
import { roomName, toGlobalId } from '@palabre/contracts';
import { badInput, Clock, conflict, Connection, ContentRegistry, Db, decodeCursor, EventsService, forbidden, ModerationStateChange, notFound, PageArgs, pageSize, RequestContext, toConnection, TransactionRunner, TIME_ID_CURSOR } from '@palabre/core';
import { CommunitiesPolicy, MODERATION_ROLES } from '@palabre/communities';
import { ActionRow, ModerationRepository } from './moderation.repository';
import { AppealRow, AppealsRepository } from './appeals.repository';
import { SuspensionsRepository } from './suspensions.repository';
import { ModerationLedger } from './moderation-ledger';
import { APPEAL_WINDOW_HOURS, APPEALABLE } from './moderation.rules';
import { ActorKind, AppealOutcome, AuditAction } from './moderation.enums';
import { APPEAL_TYPE, AUDIT_ENTRY_TYPE } from './moderation.types';

/** What reversing each appealable action puts back. */
const UNDO: Partial<Record<string, ModerationStateChange>> = {
  [AuditAction.AUTO_HIDE]: { hiddenAt: null },
  [AuditAction.HIDE]: { hiddenAt: null },
  [AuditAction.REMOVE]: { removedAt: null },
  [AuditAction.LOCK]: { lockedAt: null },
};

/** Appeals: the person concerned asks a moderator other than the one who acted to review an action. */
@Injectable()
export class AppealsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: AppealsRepository,
    private readonly actions: ModerationRepository,
    private readonly suspensions: SuspensionsRepository,
    private readonly ledger: ModerationLedger,
    private readonly registry: ContentRegistry,
    private readonly policy: CommunitiesPolicy,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async appeal(ctx: RequestContext, input: { actionId: string; note: string }): Promise<AppealRow> {
    const appellantId = ctx.actor!.memberId;
    const [action] = await this.actions.findActions(this.db.reader, [input.actionId]);
    // Someone else's action is indistinguishable from a missing one.
    if (!action || action.subject_member_id !== appellantId) throw notFound('This moderation action');
    if (!APPEALABLE.has(action.action)) throw badInput('Only hides, removals, locks and suspensions can be appealed', { field: 'actionId' });
    return this.db.run(async (tx) => {
      const now = this.clock.now();
      const appeal = await this.repo.insertAppeal(tx, {
        actionId: action.id,
        communityId: action.community_id,
        appellantId,
        note: input.note,
        excludedModeratorId: action.actor_id,
        dueAt: new Date(now.getTime() + APPEAL_WINDOW_HOURS * 3_600_000),
        now,
      });
      if (!appeal) throw conflict('You already appealed this action; a moderator will answer it');
      await this.events.record(tx, {
        type: 'appeal.filed',
        rooms: [roomName('community', action.community_id)],
        audience: 'moderators',
        payload: { communityId: action.community_id, appealId: toGlobalId(APPEAL_TYPE, appeal.id), actionId: toGlobalId(AUDIT_ENTRY_TYPE, action.id), status: appeal.status },
      });
      return appeal;
    });
  }

  /** Open appeals this moderator may decide: never those against their own actions. */
  async queue(ctx: RequestContext, communityId: string, page: PageArgs): Promise<Connection<AppealRow>> {
    await this.policy.requireRole(ctx, communityId, MODERATION_ROLES, 'review appeals');
    const moderatorId = ctx.actor!.memberId;
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const rows = await this.repo.openAppealsFor(communityId, moderatorId, first + 1, cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.due_at.toISOString(), row.id], (row) => row, () => this.repo.countOpenAppealsFor(communityId, moderatorId));
  }

  async resolve(ctx: RequestContext, input: { appealId: string; outcome: AppealOutcome; reason: string }): Promise<AppealRow> {
    const moderatorId = ctx.actor!.memberId;
    const existing = await this.repo.findAppeal(this.db.reader, input.appealId);
    if (!existing) throw notFound('This appeal');
    await this.policy.requireRole(ctx, existing.community_id, MODERATION_ROLES, 'review appeals');
    const resolved = await this.db.run(async (tx) => {
      const appeal = (await this.repo.lockAppeal(tx, input.appealId))!;
      if (appeal.status !== 'OPEN') throw conflict('This appeal was already decided');
      if (appeal.excluded_moderator_id === moderatorId) throw forbidden('Another moderator must review an appeal against your own action');
      const now = this.clock.now();
      const [action] = await this.actions.findActions(tx, [appeal.action_id]);
      if (input.outcome === AppealOutcome.REVERSED) await this.undo(tx, action, moderatorId, now);
      await this.ledger.record(tx, {
        communityId: action.community_id,
        actorId: moderatorId,
        actorKind: ActorKind.HUMAN,
        action: input.outcome === AppealOutcome.REVERSED ? AuditAction.APPEAL_REVERSED : AuditAction.APPEAL_UPHELD,
        targetType: action.target_type,
        targetId: action.target_id,
        subjectMemberId: action.subject_member_id,
        reason: input.reason,
        reversesActionId: input.outcome === AppealOutcome.REVERSED ? action.id : null,
        now,
      });
      const decided = await this.repo.resolveAppeal(tx, { appealId: appeal.id, status: input.outcome, by: moderatorId, reason: input.reason, now });
      await this.events.record(tx, {
        type: 'appeal.resolved',
        rooms: [roomName('member', appeal.appellant_id)],
        payload: { communityId: appeal.community_id, appealId: toGlobalId(APPEAL_TYPE, appeal.id), actionId: toGlobalId(AUDIT_ENTRY_TYPE, action.id), status: decided.status },
      });
      return decided;
    });
    ctx.loaders.clearAll();
    return resolved;
  }

  private async undo(tx: Db, action: ActionRow, moderatorId: string, now: Date): Promise<void> {
    if (action.action === AuditAction.SUSPEND) {
      await this.suspensions.lift(tx, action.community_id, action.target_id, moderatorId, now);
      return;
    }
    const change = UNDO[action.action];
    const provider = this.registry.providerFor(action.target_type);
    if (change && provider) await provider.setModerationState(tx, action.target_id, change);
  }
}
