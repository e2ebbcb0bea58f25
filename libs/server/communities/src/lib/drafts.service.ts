import { Injectable } from '@nestjs/common';
import { Clock, ContentRegistry, decodeIdOf, notFound, RequestContext, TransactionRunner, unauthenticated } from '@palabre/core';
import { CommunitiesPolicy } from './communities.policy';
import { DraftPlace, DraftRow, DraftsRepository } from './drafts.repository';

/** How long a draft nobody touched is kept. */
export const DRAFT_RETENTION_DAYS = 90;
export const DRAFT_PLACE_TYPES: ReadonlyArray<DraftPlace['type']> = ['Space', 'Thread', 'Idea'];
const MY_DRAFTS_LIMIT = 100;

/** Drafts of threads and ideas (place: a space), replies (a thread) and idea comments (an idea): one per member and place. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly repo: DraftsRepository,
    private readonly policy: CommunitiesPolicy,
    private readonly content: ContentRegistry,
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async save(ctx: RequestContext, placeId: string, title: string | null, body: string): Promise<DraftRow> {
    const memberId = this.requireActor(ctx);
    const { place, communityId } = await this.requirePlace(ctx, placeId);
    return this.repo.save({ memberId, communityId, place, title, body, now: this.clock.now() });
  }

  async find(ctx: RequestContext, placeId: string): Promise<DraftRow | null> {
    const memberId = this.requireActor(ctx);
    return this.repo.find(memberId, this.placeOf(placeId));
  }

  async mine(ctx: RequestContext): Promise<DraftRow[]> {
    return this.repo.ofMember(this.requireActor(ctx), MY_DRAFTS_LIMIT);
  }

  async delete(ctx: RequestContext, placeId: string): Promise<boolean> {
    return this.repo.delete(this.requireActor(ctx), this.placeOf(placeId));
  }

  /** Where one may write: a space, thread or idea of a community the member belongs to (outsiders: NOT_FOUND or FORBIDDEN). */
  private async requirePlace(ctx: RequestContext, placeId: string): Promise<{ place: DraftPlace; communityId: string }> {
    const place = this.placeOf(placeId);
    let communityId: string;
    if (place.type === 'Space') {
      communityId = (await this.policy.requireVisibleSpace(ctx, place.id)).community.id;
    } else {
      const found = await this.content.find(this.db.reader, placeId);
      if (!found || found.ref.removedAt) throw notFound('This place');
      communityId = found.ref.communityId;
    }
    await this.policy.requireMember(ctx, communityId);
    return { place, communityId };
  }

  private placeOf(placeId: string): DraftPlace {
    const { typeName, localId } = decodeIdOf(placeId, DRAFT_PLACE_TYPES, 'placeId');
    return { type: typeName as DraftPlace['type'], id: localId };
  }

  private requireActor(ctx: RequestContext): string {
    if (!ctx.memberId) throw unauthenticated();
    return ctx.memberId;
  }
}
