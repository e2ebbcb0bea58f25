import { Injectable } from '@nestjs/common';
import { badInput, Clock, Db, DomainEvent, notFound, RequestContext, TransactionRunner, unauthenticated } from '@palabre/core';
import { MembersLoaders } from './members.loaders';
import type { MemberRow } from './members.repository';
import { MutesRepository } from './mutes.repository';

/** Muting is private: the muted member is never told, and it is undone at any time. */
@Injectable()
export class MutesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: MutesRepository,
    private readonly members: MembersLoaders,
    private readonly clock: Clock,
  ) {}

  async mute(ctx: RequestContext, mutedId: string): Promise<MemberRow> {
    const muterId = this.requireActor(ctx);
    if (mutedId === muterId) throw badInput('You cannot mute yourself', { argument: 'memberId' });
    const muted = await this.members.byId(ctx).load(mutedId);
    if (!muted) throw notFound('This member');
    await this.db.run((tx) => this.repo.mute(tx, muterId, mutedId, this.clock.now()));
    ctx.loaders.clearAll();
    return muted;
  }

  async unmute(ctx: RequestContext, mutedId: string): Promise<boolean> {
    const muterId = this.requireActor(ctx);
    const removed = await this.db.run((tx) => this.repo.unmute(tx, muterId, mutedId));
    ctx.loaders.clearAll();
    return removed;
  }

  async muted(ctx: RequestContext): Promise<Array<MemberRow & { muted_at: Date }>> {
    return this.repo.mutedBy(this.requireActor(ctx));
  }

  /** Whether mute() would accept this author from the viewer: signed in, an author who still exists, not themselves. */
  viewerMayMute(ctx: RequestContext, authorId: string | null): boolean {
    return Boolean(ctx.memberId && authorId && authorId !== ctx.memberId);
  }

  /** Whether the viewer muted this author (false when signed out); one statement per request for a whole page. */
  mutedByViewer(ctx: RequestContext, authorId: string | null): Promise<boolean> {
    const viewerId = ctx.memberId;
    if (!viewerId || !authorId) return Promise.resolve(false);
    return ctx.loaders
      .get<string, boolean>('mutes.mutedByViewer', async (ids) => {
        const muted = await this.repo.mutedAmong(viewerId, ids);
        return ids.map((id) => muted.has(id));
      })
      .load(authorId);
  }

  private requireActor(ctx: RequestContext): string {
    if (!ctx.memberId) throw unauthenticated();
    return ctx.memberId;
  }
}

/** Events one member addresses to another's room, and the payload key naming who acted. */
const PERSONAL_EVENT_ACTORS: Readonly<Record<string, string>> = { 'kudos.given': 'giverId', 'credit.offered': 'offeredBy' };

/** Live events from a muted member never reach the muter's room (core's RoomFilter; notifications are filtered where they are made). */
@Injectable()
export class MutedRoomsFilter {
  constructor(private readonly repo: MutesRepository) {}

  async filter(tx: Db, events: readonly DomainEvent[]): Promise<Map<DomainEvent, Set<string>>> {
    const pairs: Array<{ event: DomainEvent; room: string; muterId: string; actorId: string }> = [];
    for (const event of events) {
      const actorId = (event.payload as Record<string, unknown>)[PERSONAL_EVENT_ACTORS[event.type] ?? ''];
      if (typeof actorId !== 'string') continue;
      for (const room of event.rooms) if (room.startsWith('member:')) pairs.push({ event, room, muterId: room.slice('member:'.length), actorId });
    }
    const dropped = new Map<DomainEvent, Set<string>>();
    if (pairs.length === 0) return dropped;
    const muted = await this.repo.mutedPairs(tx, pairs);
    for (const pair of pairs) if (muted.has(`${pair.muterId}:${pair.actorId}`)) dropped.set(pair.event, new Set([...(dropped.get(pair.event) ?? []), pair.room]));
    return dropped;
  }
}
