import { Injectable } from '@nestjs/common';
import { ModerationErrorCode, roomName, SpaceKind, toGlobalId } from '@palabre/contracts';
import { AppError, badInput, Clock, ContentProvider, ContentRef, ContentRegistry, Db, EventsService, notFound, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesLoaders, CommunitiesPolicy, MODERATION_ROLES, SpaceRow } from '@palabre/communities';
import { ThreadCurationRepository } from '@palabre/advice';
import { ModerationLedger } from './moderation-ledger';
import { ActorKind, AuditAction } from './moderation.enums';

export const MAX_PINS_PER_SPACE = 3;
export const THREAD_TYPE_NAME = 'Thread';

type Thread = { ref: ContentRef; provider: ContentProvider };

/** Curation of discussion threads by moderators and owners: pins, moves, duplicates and tags. */
@Injectable()
export class ThreadCurationService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: ThreadCurationRepository,
    private readonly ledger: ModerationLedger,
    private readonly registry: ContentRegistry,
    private readonly policy: CommunitiesPolicy,
    private readonly loaders: CommunitiesLoaders,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async pin(ctx: RequestContext, threadId: string): Promise<SpaceRow> {
    const thread = await this.requireCuratedThread(ctx, threadId, 'pin threads');
    if (thread.ref.hiddenAt) throw badInput('A hidden thread cannot be pinned; restore it first', { field: 'threadId' });
    await this.db.run(async (tx) => {
      await this.repo.lockSpacePins(tx, thread.ref.spaceId);
      const count = await this.repo.countPins(tx, thread.ref.spaceId);
      const now = this.clock.now();
      // Pinning a pinned thread changes nothing; the limit only stops a new pin.
      if (!(await this.repo.insertPin(tx, { threadId: thread.ref.id, spaceId: thread.ref.spaceId, by: ctx.actor!.memberId, now }))) return;
      if (count >= MAX_PINS_PER_SPACE) throw new AppError(ModerationErrorCode.PinLimit, `A space shows at most ${MAX_PINS_PER_SPACE} pinned threads; unpin one first`);
      await this.audit(tx, ctx, thread, AuditAction.PIN, 'Pinned to the top of its space', now);
      await this.events.record(tx, {
        type: 'thread.pinned',
        rooms: [roomName('space', thread.ref.spaceId), roomName('thread', thread.ref.id)],
        payload: { communityId: thread.ref.communityId, spaceId: thread.ref.spaceId, threadId: thread.ref.id, pinned: true },
      });
    });
    return this.spaceOf(ctx, thread.ref.spaceId);
  }

  async unpin(ctx: RequestContext, threadId: string): Promise<SpaceRow> {
    const thread = await this.requireCuratedThread(ctx, threadId, 'unpin threads');
    await this.db.run(async (tx) => {
      if (!(await this.repo.deletePin(tx, thread.ref.id))) return;
      const now = this.clock.now();
      await this.audit(tx, ctx, thread, AuditAction.UNPIN, 'Unpinned', now);
      await this.events.record(tx, {
        type: 'thread.pinned',
        rooms: [roomName('space', thread.ref.spaceId), roomName('thread', thread.ref.id)],
        payload: { communityId: thread.ref.communityId, spaceId: thread.ref.spaceId, threadId: thread.ref.id, pinned: false },
      });
    });
    return this.spaceOf(ctx, thread.ref.spaceId);
  }

  async move(ctx: RequestContext, input: { threadId: string; toSpaceId: string; reason: string }): Promise<void> {
    const thread = await this.requireCuratedThread(ctx, input.threadId, 'move threads');
    const target = await this.loaders.spaceById(ctx).load(input.toSpaceId);
    if (!target || target.community_id !== thread.ref.communityId || target.kind !== SpaceKind.DISCUSSION) {
      throw badInput('toSpaceId must be another discussion space of the same community', { field: 'toSpaceId' });
    }
    if (target.id === thread.ref.spaceId) throw badInput('The thread is already in this space', { field: 'toSpaceId' });
    await this.db.run(async (tx) => {
      const now = this.clock.now();
      await this.repo.moveThread(tx, thread.ref.id, target.id);
      // A pin belongs to the space it was made in.
      await this.repo.deletePin(tx, thread.ref.id);
      await this.audit(tx, ctx, thread, AuditAction.MOVE, input.reason, now);
      await this.events.record(tx, {
        type: 'thread.moved',
        rooms: [roomName('space', thread.ref.spaceId), roomName('space', target.id), roomName('thread', thread.ref.id)],
        payload: { communityId: thread.ref.communityId, threadId: thread.ref.id, fromSpaceId: thread.ref.spaceId, toSpaceId: target.id, reason: input.reason },
      });
    });
    ctx.loaders.clearAll();
  }

  /** Locks the thread with a pointer to the original; a duplicate of a duplicate points to the first original. */
  async closeAsDuplicate(ctx: RequestContext, input: { threadId: string; ofThreadId: string; reason: string }): Promise<string> {
    const thread = await this.requireCuratedThread(ctx, input.threadId, 'close duplicates');
    const original = await this.findThread(input.ofThreadId);
    if (!original || original.ref.communityId !== thread.ref.communityId || original.ref.removedAt) throw badInput('ofThreadId must be a thread of the same community', { field: 'ofThreadId' });
    const originalId = (await this.repo.originalOf(this.db.reader, original.ref.id)) ?? original.ref.id;
    if (originalId === thread.ref.id) throw badInput('A thread cannot duplicate itself', { field: 'ofThreadId' });
    await this.db.run(async (tx) => {
      const now = this.clock.now();
      await thread.provider.setModerationState(tx, thread.ref.id, { lockedAt: thread.ref.lockedAt ?? now });
      await this.repo.markDuplicate(tx, { threadId: thread.ref.id, originalId, by: ctx.actor!.memberId, reason: input.reason, now });
      await this.repo.deletePin(tx, thread.ref.id);
      await this.audit(tx, ctx, thread, AuditAction.CLOSE_AS_DUPLICATE, input.reason, now);
      // Followers in the thread's room are offered the original.
      await this.events.record(tx, {
        type: 'thread.closed_as_duplicate',
        rooms: [roomName('thread', thread.ref.id), roomName('space', thread.ref.spaceId)],
        payload: { communityId: thread.ref.communityId, threadId: thread.ref.id, originalThreadId: toGlobalId(THREAD_TYPE_NAME, originalId), reason: input.reason },
      });
    });
    ctx.loaders.clearAll();
    return originalId;
  }

  async replaceTags(ctx: RequestContext, input: { spaceId: string; from: string[]; into: string }, action: AuditAction.RENAME_TAG | AuditAction.MERGE_TAGS): Promise<number> {
    const { space } = await this.policy.requireSpaceRole(ctx, input.spaceId, MODERATION_ROLES, SpaceKind.DISCUSSION, 'rename or merge tags');
    const from = [...new Set(input.from)].filter((tag) => tag !== input.into);
    if (from.length === 0) throw badInput('Name at least one tag different from the new one', { field: 'from' });
    return this.db.run(async (tx) => {
      const changed = await this.repo.replaceTags(tx, space.id, from, input.into);
      await this.ledger.record(tx, {
        communityId: space.community_id,
        actorId: ctx.actor!.memberId,
        actorKind: ActorKind.HUMAN,
        action,
        targetType: 'Space',
        targetId: space.id,
        subjectMemberId: null,
        reason: `${from.map((tag) => `"${tag}"`).join(', ')} → "${input.into}" on ${changed} thread(s)`,
        now: this.clock.now(),
      });
      return changed;
    });
  }

  /** The original of a duplicate, for viewers who may see the thread's community. */
  async visibleOriginalOf(ctx: RequestContext, threadId: string): Promise<string | null> {
    const thread = await this.findThread(threadId);
    if (!thread || !(await this.policy.visibleCommunityIds(ctx, [thread.ref.communityId])).has(thread.ref.communityId)) return null;
    return this.repo.originalOf(this.db.reader, thread.ref.id);
  }

  private async findThread(threadId: string): Promise<Thread | null> {
    const provider = this.registry.providerFor(THREAD_TYPE_NAME);
    const [ref] = provider ? await provider.findByIds(this.db.reader, [threadId]) : [];
    return ref && provider ? { ref, provider } : null;
  }

  private async requireCuratedThread(ctx: RequestContext, threadId: string, what: string): Promise<Thread> {
    const thread = await this.findThread(threadId);
    if (!thread || thread.ref.removedAt) throw notFound('This thread');
    await this.policy.requireRole(ctx, thread.ref.communityId, MODERATION_ROLES, what);
    return thread;
  }

  private async spaceOf(ctx: RequestContext, spaceId: string): Promise<SpaceRow> {
    ctx.loaders.clearAll();
    return (await this.loaders.spaceById(ctx).load(spaceId))!;
  }

  private audit(tx: Db, ctx: RequestContext, thread: Thread, action: AuditAction, reason: string, now: Date) {
    return this.ledger.actOnContent(tx, thread, { actorId: ctx.actor!.memberId, actorKind: ActorKind.HUMAN, action, reason, change: null, event: null, now });
  }
}
