import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '@palabre/contracts';
import { ConnectionType, Node } from '@palabre/core';
import { AuthorType } from '@palabre/communities';
import { IdeaStatus } from './idea-status.machine';
import { IdeaOrder } from './ideas.repository';
import type { CampaignRow, CommentRow, IdeaPolicyRow, IdeaRow, IdeaSummaryRow, ReviewRoundRow } from './ideas.rows';

registerEnumType(IdeaStatus, { name: 'IdeaStatus', description: 'Where an idea stands; every change is public and explained' });
registerEnumType(IdeaOrder, { name: 'IdeaOrder' });

export const DEFAULT_UPDATE_EVERY_DAYS = 30;

export const IDEA_TYPE = 'Idea';
export const IDEA_COMMENT_TYPE = 'IdeaComment';
export const CAMPAIGN_TYPE = 'Campaign';

@ObjectType('Idea', { implements: () => [Node] })
export class IdeaType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  spaceId!: string;
  communityId!: string;
  campaignId!: string | null;
  authorId!: string | null;
  mergedIntoId!: string | null;
  resubmittedFromId!: string | null;
  reviewRoundId!: string | null;
  @Field() title!: string;
  /** Undefined for an idea read by a board (without its bodies): IdeaFieldsResolver.body loads them if asked. */
  body!: string | undefined;
  bodyHtml!: string | undefined;
  @Field(() => [String]) tags!: string[];
  @Field(() => IdeaStatus) status!: IdeaStatus;
  @Field(() => Int, { description: 'Number of supports; each counts exactly 1, whoever gives it' }) supportCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field(() => Int) kudosCount!: number;
  @Field(() => Date, { nullable: true, description: 'When it reached the support threshold within its window' }) qualifiedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the brand owes a public update; null once closed' }) nextUpdateDueAt!: Date | null;
  @Field(() => Date, { nullable: true }) lockedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;

  static from(row: IdeaRow | IdeaSummaryRow): IdeaType {
    return Object.assign(new IdeaType(), {
      id: toGlobalId(IDEA_TYPE, row.id),
      localId: row.id,
      spaceId: row.space_id,
      communityId: row.community_id,
      campaignId: row.campaign_id,
      authorId: row.author_id,
      mergedIntoId: row.merged_into_id,
      resubmittedFromId: row.resubmitted_from_id,
      reviewRoundId: row.review_round_id,
      title: row.title,
      body: 'body' in row ? row.body : undefined,
      bodyHtml: 'body_html' in row ? row.body_html : undefined,
      tags: row.tags,
      status: row.status,
      supportCount: row.support_count,
      commentCount: row.comment_count,
      kudosCount: row.kudos_count,
      qualifiedAt: row.qualified_at,
      nextUpdateDueAt: row.next_update_due_at,
      lockedAt: row.locked_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }
}

export const IdeaConnection = ConnectionType(IdeaType, 'Idea');

@ObjectType('IdeaComment', { implements: () => [Node] })
export class IdeaCommentType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  ideaId!: string;
  communityId!: string;
  authorId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the comment this one answers' }) inReplyToId!: string | null;
  @Field() body!: string;
  @Field() bodyHtml!: string;
  @Field(() => Int) kudosCount!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When its author last edited it; null when never edited' }) editedAt!: Date | null;

  static from(row: CommentRow): IdeaCommentType {
    return Object.assign(new IdeaCommentType(), {
      id: toGlobalId(IDEA_COMMENT_TYPE, row.id),
      localId: row.id,
      ideaId: row.idea_id,
      communityId: row.community_id,
      authorId: row.author_id,
      inReplyToId: row.in_reply_to_id ? toGlobalId(IDEA_COMMENT_TYPE, row.in_reply_to_id) : null,
      body: row.body,
      bodyHtml: row.body_html,
      kudosCount: row.kudos_count,
      createdAt: row.created_at,
      // Only an edit moves updated_at (moderation and kudos keep their own columns).
      editedAt: row.updated_at > row.created_at ? row.updated_at : null,
    });
  }
}

export const IdeaCommentConnection = ConnectionType(IdeaCommentType, 'IdeaComment');

@ObjectType('Campaign', { implements: () => [Node], description: 'A question the brand team asks the community' })
export class CampaignType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  spaceId!: string;
  @Field() title!: string;
  @Field() brief!: string;
  @Field() briefHtml!: string;
  @Field() submissionsCloseAt!: Date;
  @Field() supportClosesAt!: Date;
  @Field() createdAt!: Date;

  static from(row: CampaignRow): CampaignType {
    return Object.assign(new CampaignType(), {
      id: toGlobalId(CAMPAIGN_TYPE, row.id),
      localId: row.id,
      spaceId: row.space_id,
      title: row.title,
      brief: row.brief,
      briefHtml: row.brief_html,
      submissionsCloseAt: row.submissions_close_at,
      supportClosesAt: row.support_closes_at,
      createdAt: row.created_at,
    });
  }
}

@ObjectType('IdeaPolicy', { description: 'How an ideas space works; public so members know the rules' })
export class IdeaPolicyType {
  @Field(() => Int, { nullable: true, description: 'Most open supports per member; null when unlimited' }) supportBudget!: number | null;
  @Field(() => Int, { description: 'Days between the public updates the brand owes on an idea it is handling' }) updateEveryDays!: number;
  @Field(() => Int, { nullable: true }) supportThreshold!: number | null;
  @Field(() => Int, { nullable: true }) thresholdWindowDays!: number | null;
  @Field(() => Int, { nullable: true }) reviewCadenceDays!: number | null;

  static from(row: IdeaPolicyRow | null): IdeaPolicyType {
    return Object.assign(new IdeaPolicyType(), {
      supportBudget: row?.support_budget ?? null,
      updateEveryDays: row?.update_every_days ?? DEFAULT_UPDATE_EVERY_DAYS,
      supportThreshold: row?.support_threshold ?? null,
      thresholdWindowDays: row?.threshold_window_days ?? null,
      reviewCadenceDays: row?.review_cadence_days ?? null,
    });
  }
}

@ObjectType('SupportBudget')
export class SupportBudgetType {
  @Field(() => Int, { nullable: true, description: 'null when the space sets no budget' }) limit!: number | null;
  @Field(() => Int) used!: number;
  @Field(() => Int, { nullable: true }) remaining!: number | null;
}

@ObjectType('SupportersByAffiliation', { description: 'Who supports, by role: shown for transparency, never weighted' })
export class SupportersByAffiliationType {
  @Field(() => Int) members!: number;
  @Field(() => Int) staff!: number;
  @Field(() => Int) moderators!: number;
}

@ObjectType('IdeaStatusChange')
export class IdeaStatusChangeType {
  @Field(() => IdeaStatus, { nullable: true }) from!: IdeaStatus | null;
  @Field(() => IdeaStatus) to!: IdeaStatus;
  @Field() rationale!: string;
  @Field(() => AuthorType, { nullable: true, description: 'null for scheduled changes (review cut-off, expiry)' }) changedBy!: AuthorType | null;
  @Field() at!: Date;
}

@ObjectType('IdeaDecision')
export class IdeaDecisionType {
  ideaId!: string;
  communityId!: string;
  decidedById!: string | null;
  @Field(() => IdeaStatus) status!: IdeaStatus;
  @Field() summary!: string;
  @Field() decidedAt!: Date;
}

@ObjectType('ReviewRound', { description: 'A published review cut-off: qualified ideas move to UNDER_REVIEW then' })
export class ReviewRoundType {
  roundId!: string | null;
  spaceId!: string;
  @Field() cutoffAt!: Date;
  @Field() decisionDueAt!: Date;
  @Field({ description: 'false for the next, upcoming round' }) processed!: boolean;

  static from(row: ReviewRoundRow): ReviewRoundType {
    return Object.assign(new ReviewRoundType(), { roundId: row.id, spaceId: row.space_id, cutoffAt: row.cutoff_at, decisionDueAt: row.decision_due_at, processed: true });
  }
}

export enum CreditOfferState {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(CreditOfferState, { name: 'CreditOfferState' });

@ObjectType('IdeaRoadmapColumn', { description: 'One status of a roadmap: its most supported ideas and how many there are' })
export class IdeaRoadmapColumnType {
  @Field(() => IdeaStatus) status!: IdeaStatus;
  @Field(() => Int) totalCount!: number;
  @Field(() => [IdeaType]) ideas!: IdeaType[];
}
