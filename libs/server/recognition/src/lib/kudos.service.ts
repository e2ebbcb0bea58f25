import { Inject, Injectable } from '@nestjs/common';
import { decodeGlobalId, roomName } from '@palabre/contracts';
import {
  APP_CONFIG,
  AppConfig,
  badInput,
  Clock,
  ContentRef,
  ContentRegistry,
  decodeCursor,
  TIME_ID_CURSOR,
  EventsService,
  notFound,
  RequestContext,
  tooManyRequests,
  toGlobalId,
  TransactionRunner,
  unauthenticated,
  WriteGate,
} from '@palabre/core';
import { CommunitiesPolicy } from '@palabre/communities';
import { ContentKey, KudosRepository, KudosRow } from './kudos.repository';
import { ReputationService } from './reputation.service';
import { selfKudos } from './recognition.errors';
import { budgetDay, countsForReputation, pairWindowStart, POINTS } from './recognition.rules';
import { RecognitionLoaders } from './recognition.loaders';

const CONTENT_NOT_FOUND = 'This content';

@Injectable()
export class KudosService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly content: ContentRegistry,
    private readonly kudos: KudosRepository,
    private readonly reputation: ReputationService,
    private readonly policy: CommunitiesPolicy,
    private readonly loaders: RecognitionLoaders,
    private readonly events: EventsService,
    private readonly writeGate: WriteGate,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Thanks the author of a piece of content. Once per giver and content: a repeat returns the
   * existing kudos and changes nothing. Kudos count 1 whoever gives them; beyond the pair cap
   * they still show but stop adding reputation.
   */
  async give(ctx: RequestContext, contentId: string, message: string | null): Promise<KudosRow> {
    const giverId = this.requireActor(ctx);
    const ref = await this.requireVisibleContent(ctx, contentId);
    if (ref.authorId === giverId) throw selfKudos();
    if (!ref.authorId) throw badInput('This content has no author to thank any more');
    const receiverId = ref.authorId;
    const key: ContentKey = { contentType: ref.typeName, contentId: ref.id };
    const row = await this.db.run(async (tx) => {
      // A suspended member may not thank anyone meanwhile (moderation's rule, through core's gate).
      await this.writeGate.assertCanWrite(tx, ref.communityId, giverId);
      await this.kudos.lockPair(tx, ref.communityId, giverId, receiverId);
      const existing = await this.kudos.find(tx, giverId, key);
      if (existing) return existing;
      const now = this.clock.now();
      const inWindow = await this.kudos.countBetweenSince(tx, ref.communityId, giverId, receiverId, pairWindowStart(now));
      const inserted = await this.kudos.insert(tx, {
        communityId: ref.communityId,
        giverId,
        receiverId,
        content: key,
        message,
        countsForReputation: countsForReputation(inWindow),
        now,
      });
      if (!inserted) return (await this.kudos.find(tx, giverId, key))!;
      const budget = budgetDay(now);
      const used = await this.kudos.spendBudget(tx, ref.communityId, giverId, budget.day);
      if (used > this.config.KUDOS_DAILY_BUDGET) {
        // Throwing rolls back the kudos, its counter and the spent budget together.
        throw tooManyRequests(`You have given your ${this.config.KUDOS_DAILY_BUDGET} kudos for today in this community; give more tomorrow`, budget.secondsLeft);
      }
      const provider = this.content.providerFor(ref.typeName)!;
      await provider.adjustKudosCount(tx, ref.id, 1);
      if (inserted.counts_for_reputation) {
        await this.reputation.addPoints(tx, { communityId: ref.communityId, memberId: receiverId, source: 'KUDOS', sourceId: inserted.id, points: POINTS.KUDOS, now });
      }
      await this.events.record(tx, {
        type: 'kudos.given',
        rooms: [roomName('member', receiverId)],
        payload: { communityId: ref.communityId, kudosId: toGlobalId('Kudos', inserted.id), contentId: toGlobalId(ref.typeName, ref.id), giverId, receiverId, message: inserted.message },
      });
      return inserted;
    });
    ctx.loaders.clearAll();
    return row;
  }

  /** Takes back one's kudos; its counter and any reputation it earned are reversed exactly. */
  async withdraw(ctx: RequestContext, contentId: string): Promise<boolean> {
    const giverId = this.requireActor(ctx);
    const ref = await this.requireVisibleContent(ctx, contentId);
    const key: ContentKey = { contentType: ref.typeName, contentId: ref.id };
    const removed = await this.db.run(async (tx) => {
      const row = await this.kudos.delete(tx, giverId, key);
      if (!row) return false;
      await this.content.providerFor(ref.typeName)!.adjustKudosCount(tx, ref.id, -1);
      if (row.counts_for_reputation) {
        await this.reputation.addPoints(tx, { communityId: row.community_id, memberId: row.receiver_id, source: 'KUDOS', sourceId: row.id, points: -POINTS.KUDOS, now: this.clock.now() });
      }
      return true;
    });
    ctx.loaders.clearAll();
    return removed;
  }

  /** A page of kudos on a content the viewer may see, newest first. */
  async page(ctx: RequestContext, content: ContentKey, limit: number, after: string | undefined | null): Promise<{ rows: KudosRow[]; hadCursor: boolean }> {
    const cursor = decodeCursor(after, TIME_ID_CURSOR);
    const rows = await this.loaders.kudosPage(ctx).load({ ...content, limit, after: cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null });
    return { rows, hadCursor: cursor !== null };
  }

  /** The kudos the viewer gave or received in a community, newest first: theirs to see, whatever the content became. */
  async mine(ctx: RequestContext, communityId: string, given: boolean, limit: number, after: string | undefined | null): Promise<{ rows: KudosRow[]; hadCursor: boolean; total: () => Promise<number> }> {
    const memberId = this.requireActor(ctx);
    const cursor = decodeCursor(after, TIME_ID_CURSOR);
    const rows = await this.kudos.ofMember({ communityId, memberId, given, limit, after: cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null });
    return { rows, hadCursor: cursor !== null, total: () => this.kudos.countOfMember(communityId, memberId, given) };
  }

  /** A kudos by id, when the viewer may see the content it thanks (node(id:)). */
  async findVisible(ctx: RequestContext, id: string): Promise<KudosRow | null> {
    const row = await this.loaders.kudosById(ctx).load(id);
    if (!row) return null;
    const visible = await this.requireVisibleContent(ctx, toGlobalId(row.content_type, row.content_id), { mustBeMember: false }).then(
      () => true,
      () => false,
    );
    return visible ? row : null;
  }

  count(ctx: RequestContext, content: ContentKey): Promise<number> {
    return this.loaders.kudosCount(ctx).load(content);
  }

  /**
   * What give() allows the viewer on a content, without raising: a member of its community, never its author
   * (SELF_KUDOS), on content still shown (not hidden, not a deleted placeholder), and not while the write gate
   * refuses them there (SUSPENDED: the same rule give() applies). Each is one batched statement per request.
   */
  async viewerMayGive(ctx: RequestContext, content: { authorId?: string | null; communityId?: string; hidden?: boolean; deleted?: boolean }): Promise<boolean> {
    if (!ctx.memberId || !content.authorId || content.authorId === ctx.memberId || content.hidden || content.deleted || !content.communityId) return false;
    return (await this.policy.isMember(ctx, content.communityId)) && this.writeGate.viewerCanWrite(ctx, content.communityId);
  }

  viewerGave(ctx: RequestContext, content: ContentKey): Promise<boolean> {
    return this.loaders.viewerGaveKudos(ctx).load(content);
  }

  /** Resolves a content id the viewer may see and act on (member of its community, content not hidden). */
  async requireVisibleContent(ctx: RequestContext, contentId: string, options: { mustBeMember?: boolean } = { mustBeMember: true }): Promise<ContentRef> {
    const decoded = decodeGlobalId(contentId);
    if (!decoded || !this.content.providerFor(decoded.typeName)) {
      throw badInput('contentId must be the id of a thread, reply, idea or idea comment', { argument: 'contentId' });
    }
    const found = await this.content.find(this.db.reader, contentId);
    if (!found || found.ref.hiddenAt || found.ref.removedAt) throw notFound(CONTENT_NOT_FOUND);
    if (options.mustBeMember) await this.policy.requireSpaceRole(ctx, found.ref.spaceId, 'any', undefined, 'give kudos');
    else await this.policy.requireVisibleSpace(ctx, found.ref.spaceId);
    return found.ref;
  }

  private requireActor(ctx: RequestContext): string {
    if (!ctx.memberId) throw unauthenticated();
    return ctx.memberId;
  }
}
