import type { IdeaStatus } from './idea-status.machine';

export interface IdeaRow {
  id: string;
  space_id: string;
  community_id: string;
  campaign_id: string | null;
  author_id: string | null;
  title: string;
  body: string;
  body_html: string;
  tags: string[];
  status: IdeaStatus;
  support_count: number;
  comment_count: number;
  kudos_count: number;
  qualified_at: Date | null;
  next_update_due_at: Date | null;
  review_round_id: string | null;
  merged_into_id: string | null;
  resubmitted_from_id: string | null;
  created_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
  removed_at: Date | null;
  locked_at: Date | null;
}

/** An idea as boards read it: every column but the bodies (a board shows titles; Idea.body loads them if asked). */
export type IdeaSummaryRow = Omit<IdeaRow, 'body' | 'body_html'>;

/** The columns of IdeaSummaryRow, for a SELECT over ideas aliased `i`. */
export const IDEA_SUMMARY_COLUMNS_SQL = [
  'id', 'space_id', 'community_id', 'campaign_id', 'author_id', 'title', 'tags', 'status', 'support_count', 'comment_count', 'kudos_count',
  'qualified_at', 'next_update_due_at', 'review_round_id', 'merged_into_id', 'resubmitted_from_id', 'created_at', 'updated_at', 'hidden_at', 'removed_at', 'locked_at',
].map((column) => `i.${column}`).join(', ');

export interface IdeaPolicyRow {
  space_id: string;
  support_budget: number | null;
  update_every_days: number;
  support_threshold: number | null;
  threshold_window_days: number | null;
  review_cadence_days: number | null;
  review_anchor_at: Date;
  updated_at: Date;
}

export interface CampaignRow {
  id: string;
  space_id: string;
  community_id: string;
  title: string;
  brief: string;
  brief_html: string;
  submissions_close_at: Date;
  support_closes_at: Date;
  created_by: string | null;
  created_at: Date;
}

export interface StatusChangeRow {
  id: string;
  idea_id: string;
  from_status: IdeaStatus | null;
  to_status: IdeaStatus;
  rationale: string;
  changed_by: string | null;
  changed_at: Date;
}

export interface CommentRow {
  id: string;
  idea_id: string;
  space_id: string;
  community_id: string;
  author_id: string | null;
  in_reply_to_id: string | null;
  body: string;
  body_html: string;
  kudos_count: number;
  created_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
  removed_at: Date | null;
}

export interface ReviewRoundRow {
  id: string;
  space_id: string;
  cutoff_at: Date;
  decision_due_at: Date;
  processed_at: Date;
}

export interface DecisionRow {
  idea_id: string;
  status: IdeaStatus;
  summary: string;
  decided_by: string | null;
  decided_at: Date;
}

export interface CreditRow {
  idea_id: string;
  member_id: string;
  offered_at: Date;
  accepted_at: Date | null;
}

export interface MergeRow {
  id: string;
  source_id: string;
  target_id: string;
  rationale: string;
  merged_by: string | null;
  merged_at: Date;
  source_status_before: IdeaStatus;
  source_next_update_due_at_before: Date | null;
  moved_member_ids: string[];
  already_on_target_member_ids: string[];
  unmerged_at: Date | null;
}

export interface SupportersByAffiliationRow {
  idea_id: string;
  members: number;
  staff: number;
  moderators: number;
}
