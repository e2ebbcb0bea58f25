import { Injectable } from '@nestjs/common';
import { Role } from '@palabre/contracts';
import { badInput, Clock, conflict, Connection, ContentRegistry, decodeCursor, ModerationStateChange, notFound, PageArgs, pageSize, RequestContext, toConnection, TransactionRunner, TIME_ID_CURSOR } from '@palabre/core';
import { CommunitiesLoaders, CommunitiesPolicy, MODERATION_ROLES } from '@palabre/communities';
import { ActionFilter, ActionRow, ModerationRepository } from './moderation.repository';
import { ContentEvent, ModerationLedger } from './moderation-ledger';
import { canLock, isModerator, toAuditAction } from './moderation.rules';
import { ActorKind, AuditAction, ModerationActionKind } from './moderation.enums';

/** Moderator actions on content, the audit log and each member's own moderation history. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: ModerationRepository,
    private readonly ledger: ModerationLedger,
    private readonly registry: ContentRegistry,
    private readonly policy: CommunitiesPolicy,
    private readonly loaders: CommunitiesLoaders,
    private readonly clock: Clock,
  ) {}

  async moderate(ctx: RequestContext, input: { contentId: string; action: ModerationActionKind; reason: string }): Promise<ActionRow> {
    const found = await this.registry.find(this.db.reader, input.contentId);
    if (!found) throw notFound('This content');
    await this.policy.requireRole(ctx, found.ref.communityId, MODERATION_ROLES, 'moderate content');
    if ((input.action === ModerationActionKind.LOCK || input.action === ModerationActionKind.UNLOCK) && !canLock(found.ref.kind)) {
      throw badInput('LOCK and UNLOCK apply to threads and ideas only; hide or remove a reply or comment instead', { field: 'action' });
    }
    const action = await this.db.run(async (tx) => {
      const now = this.clock.now();
      const [ref] = await found.provider.findByIds(tx, [found.ref.id]);
      if (!ref) throw notFound('This content');
      const openCase = await this.repo.findCase(tx, ref.typeName, ref.id, true);
      if (openCase?.claimed_by && openCase.claimed_by !== ctx.actor!.memberId && openCase.claim_expires_at! > now) {
        throw conflict('Another moderator has claimed this item and is working on it; wait until they act or their claim expires', { claimExpiresAt: openCase.claim_expires_at!.toISOString() });
      }
      const { change, event } = this.effectOf(input.action, now, ref.hiddenAt !== null && openCase?.auto_hidden_at != null);
      if (input.action !== ModerationActionKind.LOCK && input.action !== ModerationActionKind.UNLOCK) await this.repo.resolveCase(tx, ref.typeName, ref.id, now);
      return this.ledger.actOnContent(tx, { ref, provider: found.provider }, {
        actorId: ctx.actor!.memberId,
        actorKind: ActorKind.HUMAN,
        action: toAuditAction(input.action),
        reason: input.reason,
        change,
        event,
        now,
      });
    });
    ctx.loaders.clearAll();
    return action;
  }

  /** What each action does to the content; dismissing the reports lifts an automatic hide. */
  private effectOf(action: ModerationActionKind, now: Date, autoHidden: boolean): { change: ModerationStateChange | null; event: ContentEvent | null } {
    switch (action) {
      case ModerationActionKind.HIDE:
        return { change: { hiddenAt: now }, event: 'content.hidden' };
      case ModerationActionKind.RESTORE:
        return { change: { hiddenAt: null, removedAt: null }, event: 'content.restored' };
      case ModerationActionKind.REMOVE:
        return { change: { removedAt: now }, event: 'content.removed' };
      case ModerationActionKind.LOCK:
        return { change: { lockedAt: now }, event: 'content.locked' };
      case ModerationActionKind.UNLOCK:
        return { change: { lockedAt: null }, event: 'content.unlocked' };
      case ModerationActionKind.DISMISS_REPORTS:
        return autoHidden ? { change: { hiddenAt: null }, event: 'content.restored' } : { change: null, event: null };
    }
  }

  async auditLog(ctx: RequestContext, filter: ActionFilter, page: PageArgs): Promise<Connection<ActionRow>> {
    await this.policy.requireRole(ctx, filter.communityId, MODERATION_ROLES, 'read the audit log');
    return this.actions(filter, page);
  }

  /** Every action concerning one member in the community, newest first (its moderators only). */
  async memberHistory(ctx: RequestContext, communityId: string, memberId: string, page: PageArgs): Promise<Connection<ActionRow>> {
    await this.policy.requireRole(ctx, communityId, MODERATION_ROLES, 'read a member’s moderation history');
    return this.actions({ communityId, subjectMemberId: memberId }, page);
  }

  /** Every action taken on the viewer's content or account in one community, newest first. */
  async myHistory(ctx: RequestContext, communityId: string, page: PageArgs): Promise<Connection<ActionRow>> {
    await this.policy.requireVisibleCommunity(ctx, communityId);
    return this.actions({ communityId, subjectMemberId: ctx.actor!.memberId }, page);
  }

  async setAutoHideThreshold(ctx: RequestContext, communityId: string, threshold: number): Promise<number> {
    await this.policy.requireRole(ctx, communityId, MODERATION_ROLES, 'change the auto-hide threshold');
    await this.db.run(async (tx) => {
      const now = this.clock.now();
      await this.repo.setAutoHideThreshold(tx, communityId, threshold, now);
      await this.ledger.record(tx, {
        communityId,
        actorId: ctx.actor!.memberId,
        actorKind: ActorKind.HUMAN,
        action: AuditAction.SET_AUTO_HIDE_THRESHOLD,
        targetType: 'Community',
        targetId: communityId,
        subjectMemberId: null,
        reason: `Reports now hide content pending review from a weight of ${threshold}`,
        now,
      });
    });
    return threshold;
  }

  /** An audit entry is visible to the community's moderators and to the person it concerns. */
  async entryById(ctx: RequestContext, actionId: string): Promise<ActionRow | null> {
    const [action] = await this.repo.findActions(this.db.reader, [actionId]);
    if (!action || !ctx.memberId) return null;
    if (action.subject_member_id === ctx.memberId) return action;
    const role = await this.loaders.viewerRole(ctx).load(action.community_id);
    return isModerator(role as Role | null) ? action : null;
  }

  private async actions(filter: ActionFilter, page: PageArgs): Promise<Connection<ActionRow>> {
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const rows = await this.repo.actionsPage(filter, first + 1, cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.created_at.toISOString(), row.id], (row) => row, () => this.repo.countActions(filter));
  }
}
