import { Injectable } from '@nestjs/common';
import { groupByKeys, orderByKeys, RequestContext, TransactionRunner } from '@palabre/core';
import { IdeasRepository, CommentsPageKey } from './ideas.repository';
import { CampaignsRepository } from './campaigns.repository';
import { IdeaDecisionsRepository } from './idea-decisions.repository';
import { IdeaPoliciesRepository } from './idea-policies.repository';
import { ReviewRoundsRepository } from './review-rounds.repository';
import { SupportsRepository } from './supports.repository';
import type { CampaignRow, CommentRow, CreditRow, DecisionRow, IdeaPolicyRow, IdeaRow, ReviewRoundRow, StatusChangeRow, SupportersByAffiliationRow } from './ideas.rows';

/** Past review rounds shown per space. */
export const ROUNDS_SHOWN = 12;

/** Per-request DataLoaders for ideas; every related or list field goes through one of these. */
@Injectable()
export class IdeasLoaders {
  constructor(
    private readonly db: TransactionRunner,
    private readonly ideas: IdeasRepository,
    private readonly supports: SupportsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly decisions: IdeaDecisionsRepository,
    private readonly policies: IdeaPoliciesRepository,
    private readonly rounds: ReviewRoundsRepository,
  ) {}

  byId(ctx: RequestContext) {
    return ctx.loaders.get<string, IdeaRow | null>('ideas.byId', async (ids) => orderByKeys(ids, await this.ideas.findByIds(this.db.reader, ids), (row) => row.id));
  }

  /** Bodies of ideas that came from a board (read without them). */
  ideaBody(ctx: RequestContext) {
    return ctx.loaders.get<string, Pick<IdeaRow, 'id' | 'body' | 'body_html'> | null>('ideas.body', async (ids) => orderByKeys(ids, await this.ideas.findBodies(ids), (row) => row.id));
  }

  commentById(ctx: RequestContext) {
    return ctx.loaders.get<string, CommentRow | null>('ideas.commentById', async (ids) => orderByKeys(ids, await this.ideas.findCommentsByIds(this.db.reader, ids), (row) => row.id));
  }

  campaignById(ctx: RequestContext) {
    return ctx.loaders.get<string, CampaignRow | null>('ideas.campaignById', async (ids) => orderByKeys(ids, await this.campaigns.campaignsByIds(this.db.reader, ids), (row) => row.id));
  }

  campaignsOfSpace(ctx: RequestContext) {
    return ctx.loaders.get<string, CampaignRow[]>('ideas.campaignsOfSpace', async (ids) => groupByKeys(ids, await this.campaigns.campaignsOfSpaces(ids), (row) => row.space_id));
  }

  policyOfSpace(ctx: RequestContext) {
    return ctx.loaders.get<string, IdeaPolicyRow | null>('ideas.policy', async (ids) => orderByKeys(ids, await this.policies.policiesOf(this.db.reader, ids), (row) => row.space_id));
  }

  /** Whether the viewer supports each idea (false for everyone signed out). */
  viewerSupports(ctx: RequestContext) {
    return ctx.loaders.get<string, boolean>('ideas.viewerSupports', async (ids) => {
      if (!ctx.memberId) return ids.map(() => false);
      const supported = await this.supports.supportedBy(ctx.memberId, ids);
      return ids.map((id) => supported.has(id));
    });
  }

  supportersByAffiliation(ctx: RequestContext) {
    return ctx.loaders.get<string, SupportersByAffiliationRow>('ideas.byAffiliation', async (ids) =>
      orderByKeys(ids, await this.supports.byAffiliation(ids), (row) => row.idea_id).map((row, index) => row ?? { idea_id: ids[index], members: 0, staff: 0, moderators: 0 }),
    );
  }

  /** The viewer's open supports per space (their budget use). */
  viewerOpenSupports(ctx: RequestContext) {
    return ctx.loaders.get<string, number>('ideas.viewerOpenSupports', async (spaceIds) => {
      if (!ctx.memberId) return spaceIds.map(() => 0);
      const counts = await this.supports.openSupportsBySpace(ctx.memberId, spaceIds);
      return orderByKeys(spaceIds, counts, (row) => row.space_id).map((row) => row?.count ?? 0);
    });
  }

  statusHistory(ctx: RequestContext) {
    return ctx.loaders.get<string, StatusChangeRow[]>('ideas.statusHistory', async (ids) => groupByKeys(ids, await this.ideas.statusHistories(ids), (row) => row.idea_id));
  }

  decision(ctx: RequestContext) {
    return ctx.loaders.get<string, DecisionRow | null>('ideas.decision', async (ids) => orderByKeys(ids, await this.decisions.decisionsOf(ids), (row) => row.idea_id));
  }

  acceptedCredits(ctx: RequestContext) {
    return ctx.loaders.get<string, CreditRow[]>('ideas.acceptedCredits', async (ids) => groupByKeys(ids, await this.decisions.acceptedCreditsOf(ids), (row) => row.idea_id));
  }

  viewerCredit(ctx: RequestContext) {
    return ctx.loaders.get<string, CreditRow | null>('ideas.viewerCredit', async (ids) => {
      if (!ctx.memberId) return ids.map(() => null);
      return orderByKeys(ids, await this.decisions.creditsOfMember(ctx.memberId, ids), (row) => row.idea_id);
    });
  }

  commentsPage(ctx: RequestContext) {
    return ctx.loaders.get<CommentsPageKey, CommentRow[]>('ideas.commentsPage', (keys) => this.ideas.commentsPages(keys), { cacheKeyFn: (key) => JSON.stringify(key) });
  }

  roundsOfSpace(ctx: RequestContext) {
    return ctx.loaders.get<string, ReviewRoundRow[]>('ideas.rounds', async (ids) => groupByKeys(ids, await this.rounds.roundsOfSpaces(ids, ROUNDS_SHOWN), (row) => row.space_id));
  }

  ideasOfRound(ctx: RequestContext) {
    return ctx.loaders.get<string, IdeaRow[]>('ideas.ofRound', async (ids) => groupByKeys(ids, await this.rounds.ideasOfRounds(ids), (row) => row.review_round_id!));
  }

  qualifiedOfSpace(ctx: RequestContext) {
    return ctx.loaders.get<string, IdeaRow[]>('ideas.qualifiedOfSpace', async (ids) => groupByKeys(ids, await this.rounds.qualifiedOpenIdeas(ids), (row) => row.space_id));
  }
}
