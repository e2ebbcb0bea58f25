import { Injectable } from '@nestjs/common';
import { Role, roomName, toGlobalId } from '@palabre/contracts';
import { badInput, Clock, ContentRegistry, EventsService, notFound, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesPolicy } from '@palabre/communities';
import { FeaturedRow, AppealsRepository } from './appeals.repository';
import { ModerationLedger } from './moderation-ledger';
import { ActorKind, AuditAction } from './moderation.enums';

/** Curators bring the best forward: moderators, owners and brand staff alike. */
const CURATORS: readonly Role[] = [Role.OWNER, Role.MODERATOR, Role.BRAND_STAFF];

@Injectable()
export class CurationService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: AppealsRepository,
    private readonly ledger: ModerationLedger,
    private readonly registry: ContentRegistry,
    private readonly policy: CommunitiesPolicy,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async feature(ctx: RequestContext, input: { contentId: string; note: string }): Promise<FeaturedRow> {
    const found = await this.registry.find(this.db.reader, input.contentId);
    if (!found || found.ref.removedAt) throw notFound('This content');
    const { ref, provider } = found;
    await this.policy.requireRole(ctx, ref.communityId, CURATORS, 'feature content');
    if (ref.hiddenAt) throw badInput('Hidden content cannot be featured; restore it first', { field: 'contentId' });
    const featured = await this.db.run(async (tx) => {
      const now = this.clock.now();
      const row = await this.repo.upsertFeatured(tx, { contentType: ref.typeName, contentId: ref.id, communityId: ref.communityId, note: input.note, curatorId: ctx.actor!.memberId, now });
      await this.ledger.actOnContent(tx, { ref, provider }, { actorId: ctx.actor!.memberId, actorKind: ActorKind.HUMAN, action: AuditAction.FEATURE, reason: input.note, change: null, event: null, now });
      await this.events.record(tx, {
        type: 'content.featured',
        rooms: [roomName('community', ref.communityId)],
        payload: { communityId: ref.communityId, contentId: toGlobalId(ref.typeName, ref.id), note: input.note },
      });
      return row;
    });
    ctx.loaders.clearAll();
    return featured;
  }

  async unfeature(ctx: RequestContext, contentId: string): Promise<boolean> {
    const found = await this.registry.find(this.db.reader, contentId);
    if (!found) throw notFound('This content');
    const { ref, provider } = found;
    await this.policy.requireRole(ctx, ref.communityId, CURATORS, 'unfeature content');
    const removed = await this.db.run(async (tx) => {
      if (!(await this.repo.deleteFeatured(tx, ref.typeName, ref.id))) return false;
      await this.ledger.actOnContent(tx, { ref, provider }, {
        actorId: ctx.actor!.memberId,
        actorKind: ActorKind.HUMAN,
        action: AuditAction.UNFEATURE,
        reason: 'Removed from the community’s best of',
        change: null,
        event: null,
        now: this.clock.now(),
      });
      return true;
    });
    ctx.loaders.clearAll();
    return removed;
  }
}
