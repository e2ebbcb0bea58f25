import { Injectable } from '@nestjs/common';
import { Role, SpaceKind } from '@palabre/contracts';
import { canSee, notFound, RequestContext, WriteGate } from '@palabre/core';
import { CommunitiesPolicy, SpaceAccess, STAFF_ROLES } from '@palabre/communities';
import { IdeasLoaders } from './ideas.loaders';
import type { CommentRow, IdeaRow } from './ideas.rows';
import { IdeaStatus, isClosed } from './idea-status.machine';

/** Who may merge duplicates: moderators as well as the brand team. */
export const MERGE_ROLES: readonly Role[] = [Role.OWNER, Role.BRAND_STAFF, Role.MODERATOR];

/**
 * Who may see and do what with ideas. An idea in a community the viewer may not see, or one
 * removed by moderation, answers NOT_FOUND exactly as if it did not exist.
 */
@Injectable()
export class IdeasPolicy {
  constructor(
    private readonly communities: CommunitiesPolicy,
    private readonly loaders: IdeasLoaders,
    private readonly writeGate: WriteGate,
  ) {}

  /**
   * The subset of `ideas` the viewer may see, checked for the whole set at once: a visible
   * community, not removed, and not hidden unless the viewer is its author or moderates there.
   */
  async visible(ctx: RequestContext, ideas: ReadonlyArray<IdeaRow | null>): Promise<IdeaRow[]> {
    const present = ideas.filter((idea): idea is IdeaRow => idea !== null && idea.removed_at === null);
    const communityIds = [...new Set(present.map((idea) => idea.community_id))];
    const [visible, moderated] = await Promise.all([this.communities.visibleCommunityIds(ctx, communityIds), this.communities.moderatedCommunityIds(ctx, communityIds)]);
    return present.filter((idea) => visible.has(idea.community_id) && canSee(idea, ctx.memberId, moderated.has(idea.community_id)));
  }

  /** A comment as this viewer may see it on an idea they may see (same rule as ideas). */
  async canSeeComment(ctx: RequestContext, comment: CommentRow): Promise<boolean> {
    if (!canSee(comment, ctx.memberId, await this.communities.moderates(ctx, comment.community_id))) return false;
    return (await this.visibleIds(ctx, [comment.idea_id])).has(comment.idea_id);
  }

  /**
   * What editIdeaComment and deleteIdeaComment allow the viewer on a comment, without raising: its author, still a
   * member of the community; editing also needs the idea unlocked and the write gate open (editIdeaComment answers
   * SUSPENDED). The web shows the actions from it.
   */
  async mayChangeComment(ctx: RequestContext, comment: { authorId: string | null; ideaId: string; communityId: string }, action: 'edit' | 'delete'): Promise<boolean> {
    if (!ctx.memberId || comment.authorId !== ctx.memberId) return false;
    if (!(await this.communities.isMember(ctx, comment.communityId))) return false;
    if (action === 'delete') return true;
    const [idea, writable] = await Promise.all([this.loaders.byId(ctx).load(comment.ideaId), this.writeGate.viewerCanWrite(ctx, comment.communityId)]);
    return Boolean(idea && !idea.locked_at && writable);
  }

  /**
   * What supportIdea and withdrawSupport allow the viewer, without raising: never on a closed idea; withdrawing a
   * support they gave (withdrawSupport passes no write gate); supporting as a member of the community while the
   * idea's campaign (if any) takes supports and the write gate lets them write there (supportIdea answers SUSPENDED).
   * The support budget is still answered by supportIdea itself.
   */
  async maySupport(ctx: RequestContext, idea: { localId: string; communityId: string; campaignId: string | null; status: IdeaStatus }, now: Date): Promise<boolean> {
    if (!ctx.memberId || isClosed(idea.status)) return false;
    const [supports, member, campaign] = await Promise.all([
      this.loaders.viewerSupports(ctx).load(idea.localId),
      this.communities.isMember(ctx, idea.communityId),
      idea.campaignId ? this.loaders.campaignById(ctx).load(idea.campaignId) : null,
    ]);
    if (supports) return true;
    return member && !(campaign && now >= campaign.support_closes_at) && this.writeGate.viewerCanWrite(ctx, idea.communityId);
  }

  async visibleIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.loaders.byId(ctx).loadMany(ids);
    const visible = await this.visible(ctx, rows.map((row) => (row instanceof Error ? null : row)));
    return new Set(visible.map((idea) => idea.id));
  }

  async requireVisibleIdea(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    const [idea] = await this.visible(ctx, [await this.loaders.byId(ctx).load(ideaId)]);
    if (!idea) throw notFound('This idea');
    return idea;
  }

  requireIdeasSpace(ctx: RequestContext, spaceId: string): Promise<SpaceAccess> {
    return this.communities.requireVisibleSpace(ctx, spaceId, SpaceKind.IDEAS);
  }

  /** Any member of the community may propose, support and comment. */
  requireParticipant(ctx: RequestContext, spaceId: string, what: string) {
    return this.communities.requireSpaceRole(ctx, spaceId, 'any', SpaceKind.IDEAS, what);
  }

  /** Decisions belong to the brand team: OWNER or BRAND_STAFF. */
  requireStaff(ctx: RequestContext, spaceId: string, what: string) {
    return this.communities.requireSpaceRole(ctx, spaceId, STAFF_ROLES, SpaceKind.IDEAS, what);
  }

  requireMerger(ctx: RequestContext, spaceId: string) {
    return this.communities.requireSpaceRole(ctx, spaceId, MERGE_ROLES, SpaceKind.IDEAS, 'merge or unmerge ideas');
  }
}
