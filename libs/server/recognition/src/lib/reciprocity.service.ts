import { Injectable } from '@nestjs/common';
import { Role } from '@palabre/contracts';
import { Clock, RequestContext, TransactionRunner, unauthenticated } from '@palabre/core';
import { CommunitiesPolicy } from '@palabre/communities';
import { BoardRow, ProfileRow, ReciprocityRow, ReciprocityRepository } from './reciprocity.repository';
import { RecognitionLoaders } from './recognition.loaders';
import { monthBounds } from './recognition.rules';

/** Reciprocity balances, what members choose to show, and the opt-in monthly board. */
@Injectable()
export class ReciprocityService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: ReciprocityRepository,
    private readonly loaders: RecognitionLoaders,
    private readonly policy: CommunitiesPolicy,
    private readonly clock: Clock,
  ) {}

  /** A member's balance: always visible to themselves, to others only if they opted in; null otherwise. */
  async balance(ctx: RequestContext, memberId: string, communityId: string): Promise<ReciprocityRow | null> {
    // Loaded together, so a page of members costs the same few statements whoever is on it.
    const [visible, profile, row] = await Promise.all([
      this.policy.visibleCommunityIds(ctx, [communityId]),
      this.loaders.profile(ctx).load(memberId),
      this.loaders.reciprocity(ctx).load({ communityId, memberId }),
    ]);
    if (!visible.has(communityId)) return null;
    return ctx.memberId === memberId || profile?.show_reciprocity ? row : null;
  }

  /** What the viewer shows of themselves; others see nothing of these choices. */
  async profileOf(ctx: RequestContext, memberId: string): Promise<ProfileRow | null | undefined> {
    if (ctx.memberId !== memberId) return undefined;
    return this.loaders.profile(ctx).load(memberId);
  }

  async updateProfile(ctx: RequestContext, change: { showReciprocity?: boolean; appearOnRecognitionBoard?: boolean }): Promise<ProfileRow> {
    if (!ctx.memberId) throw unauthenticated();
    const memberId = ctx.memberId;
    const row = await this.db.run((tx) => this.repo.saveProfile(tx, memberId, change, this.clock.now()));
    ctx.loaders.clearAll();
    return row;
  }

  /** The board is off until an owner turns it on. */
  async setBoardEnabled(ctx: RequestContext, communityId: string, enabled: boolean): Promise<boolean> {
    await this.policy.requireRole(ctx, communityId, [Role.OWNER], 'turn the recognition board on or off');
    await this.db.run((tx) => this.repo.setBoardEnabled(tx, communityId, enabled, this.clock.now()));
    ctx.loaders.clearAll();
    return enabled;
  }

  boardEnabled(ctx: RequestContext, communityId: string): Promise<boolean> {
    return this.loaders.boardEnabled(ctx).load(communityId);
  }

  /** The monthly board, or null while the community has not enabled it. */
  async board(ctx: RequestContext, communityId: string, month: string): Promise<BoardRow[] | null> {
    const { start, end } = monthBounds(month);
    if (!(await this.loaders.boardEnabled(ctx).load(communityId))) return null;
    return this.loaders.board(ctx).load({ communityId, start, end });
  }
}
