import { Injectable } from '@nestjs/common';
import { Role, roomName, toGlobalId } from '@palabre/contracts';
import { badInput, Clock, Connection, decodeCursor, EventsService, forbidden, notFound, PageArgs, pageSize, RequestContext, toConnection, TransactionRunner, TIME_ID_CURSOR } from '@palabre/core';
import { CommunitiesPolicy, CommunitiesRepository, MODERATION_ROLES } from '@palabre/communities';
import { SuspensionRow, SuspensionsRepository } from './suspensions.repository';
import { ModerationLedger } from './moderation-ledger';
import { ActorKind, AuditAction } from './moderation.enums';
import { AUDIT_ENTRY_TYPE } from './moderation.types';

const MEMBER_TARGET = 'Member';

/** Suspensions: a suspended member keeps reading but cannot write in that community until lifted or expired. */
@Injectable()
export class SuspensionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: SuspensionsRepository,
    private readonly ledger: ModerationLedger,
    private readonly policy: CommunitiesPolicy,
    private readonly communities: CommunitiesRepository,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  /** The suspensions running now in a community (its moderators and owners only), soonest to end first. */
  async running(ctx: RequestContext, communityId: string, page: PageArgs): Promise<Connection<SuspensionRow>> {
    await this.policy.requireRole(ctx, communityId, MODERATION_ROLES, 'see suspensions');
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const now = this.clock.now();
    const rows = await this.repo.running(this.db.reader, communityId, now, first + 1, cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.until.toISOString(), row.id], (row) => row, () => this.repo.countRunning(this.db.reader, communityId, now));
  }

  async suspend(ctx: RequestContext, input: { communityId: string; memberId: string; until: Date; reason: string }): Promise<SuspensionRow> {
    const { role: actorRole } = await this.policy.requireRole(ctx, input.communityId, MODERATION_ROLES, 'suspend members');
    const actorId = ctx.actor!.memberId;
    if (input.memberId === actorId) throw badInput('You cannot suspend yourself', { field: 'memberId' });
    if (input.until.getTime() <= this.clock.now().getTime()) throw badInput('until must be in the future', { field: 'until' });
    const suspension = await this.db.run(async (tx) => {
      const now = this.clock.now();
      const target = await this.communities.findMembership(tx, input.communityId, input.memberId);
      if (!target) throw notFound('This member in this community');
      if (target.role === Role.OWNER) throw forbidden('Owners cannot be suspended');
      if (target.role === Role.MODERATOR && actorRole !== Role.OWNER) throw forbidden('Only an owner may suspend a moderator');
      const created = await this.repo.suspend(tx, { ...input, by: actorId, now });
      const action = await this.ledger.record(tx, {
        communityId: input.communityId,
        actorId,
        actorKind: ActorKind.HUMAN,
        action: AuditAction.SUSPEND,
        targetType: MEMBER_TARGET,
        targetId: input.memberId,
        subjectMemberId: input.memberId,
        reason: input.reason,
        now,
      });
      // The gateway drops the member's sockets from this community's rooms when it sees this event.
      await this.events.record(tx, {
        type: 'member.suspended',
        rooms: [roomName('community', input.communityId), roomName('member', input.memberId)],
        audience: 'moderators',
        payload: { communityId: input.communityId, memberId: input.memberId, until: input.until.toISOString(), reason: input.reason, actionId: toGlobalId(AUDIT_ENTRY_TYPE, action.id) },
      });
      return created;
    });
    ctx.loaders.clearAll();
    return suspension;
  }

  async lift(ctx: RequestContext, input: { communityId: string; memberId: string; reason: string }): Promise<SuspensionRow> {
    await this.policy.requireRole(ctx, input.communityId, MODERATION_ROLES, 'lift suspensions');
    const actorId = ctx.actor!.memberId;
    return this.db.run(async (tx) => {
      const now = this.clock.now();
      const lifted = await this.repo.lift(tx, input.communityId, input.memberId, actorId, now);
      if (!lifted) throw notFound('A running suspension of this member');
      const action = await this.ledger.record(tx, {
        communityId: input.communityId,
        actorId,
        actorKind: ActorKind.HUMAN,
        action: AuditAction.LIFT_SUSPENSION,
        targetType: MEMBER_TARGET,
        targetId: input.memberId,
        subjectMemberId: input.memberId,
        reason: input.reason,
        now,
      });
      await this.events.record(tx, {
        type: 'member.suspension_lifted',
        rooms: [roomName('member', input.memberId)],
        payload: { communityId: input.communityId, memberId: input.memberId, actionId: toGlobalId(AUDIT_ENTRY_TYPE, action.id) },
      });
      return lifted;
    });
  }
}
