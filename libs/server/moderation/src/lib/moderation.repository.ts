import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import { DEFAULT_AUTO_HIDE_THRESHOLD } from './moderation.rules';

export interface CaseRow {
  id: string;
  community_id: string;
  content_type: string;
  content_id: string;
  author_id: string | null;
  status: 'OPEN' | 'RESOLVED';
  open_weight: number;
  open_reports: number;
  opened_at: Date;
  resolved_at: Date | null;
  auto_hidden_at: Date | null;
  claimed_by: string | null;
  claim_expires_at: Date | null;
}

export interface ReportRow {
  id: string;
  case_id: string;
  content_type: string;
  content_id: string;
  reporter_id: string;
  reason: string;
  note: string;
  weight: number;
  by_moderator: boolean;
  created_at: Date;
  resolved_at: Date | null;
}

export interface ActionRow {
  id: string;
  community_id: string;
  actor_id: string | null;
  actor_kind: string;
  action: string;
  target_type: string;
  target_id: string;
  subject_member_id: string | null;
  reason: string;
  reverses_action_id: string | null;
  created_at: Date;
}

export interface NewAction {
  communityId: string;
  actorId: string | null;
  actorKind: 'HUMAN' | 'AUTOMATION';
  action: string;
  targetType: string;
  targetId: string;
  subjectMemberId: string | null;
  reason: string;
  reversesActionId?: string | null;
  now: Date;
}

export type TimeCursor = { at: string; id: string } | null;

/** What the audit log can be narrowed to; `subjectMemberId` is the member an entry concerns. */
export interface ActionFilter {
  communityId: string;
  subjectMemberId?: string;
  actorKind?: string;
  actions?: readonly string[];
  from?: Date;
  to?: Date;
}

const ACTION_WHERE = `community_id = $1 AND ($2::uuid IS NULL OR subject_member_id = $2) AND ($3::text IS NULL OR actor_kind = $3)
  AND ($4::text[] IS NULL OR action = ANY($4::text[])) AND ($5::timestamptz IS NULL OR created_at >= $5) AND ($6::timestamptz IS NULL OR created_at < $6)`;
const actionParams = (filter: ActionFilter) => [
  filter.communityId,
  filter.subjectMemberId ?? null,
  filter.actorKind ?? null,
  filter.actions && filter.actions.length > 0 ? filter.actions : null,
  filter.from ?? null,
  filter.to ?? null,
];

/** SQL for moderation settings, cases, reports and the append-only audit log. */
@Injectable()
export class ModerationRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async autoHideThreshold(db: Db, communityId: string): Promise<number> {
    const rows: Array<{ auto_hide_threshold: number }> = await db.query(`SELECT auto_hide_threshold FROM community_moderation_settings WHERE community_id = $1`, [communityId]);
    return rows[0]?.auto_hide_threshold ?? DEFAULT_AUTO_HIDE_THRESHOLD;
  }

  async thresholds(communityIds: readonly string[]): Promise<Array<{ community_id: string; auto_hide_threshold: number }>> {
    return this.reader.query(`SELECT community_id, auto_hide_threshold FROM community_moderation_settings WHERE community_id = ANY($1::uuid[])`, [communityIds]);
  }

  async setAutoHideThreshold(tx: Db, communityId: string, threshold: number, now: Date): Promise<void> {
    await tx.query(
      `INSERT INTO community_moderation_settings (community_id, auto_hide_threshold, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (community_id) DO UPDATE SET auto_hide_threshold = EXCLUDED.auto_hide_threshold, updated_at = EXCLUDED.updated_at`,
      [communityId, threshold, now],
    );
  }

  /** The content's case, created when missing; the row stays locked until the transaction ends. */
  async lockCase(tx: Db, values: { communityId: string; contentType: string; contentId: string; authorId: string | null; now: Date }): Promise<CaseRow> {
    const rows: CaseRow[] = await tx.query(
      `INSERT INTO moderation_cases (community_id, content_type, content_id, author_id, status, opened_at) VALUES ($1, $2, $3, $4, 'RESOLVED', $5)
       ON CONFLICT (content_type, content_id) DO UPDATE SET author_id = EXCLUDED.author_id
       RETURNING *`,
      [values.communityId, values.contentType, values.contentId, values.authorId, values.now],
    );
    return rows[0];
  }

  /** Inserts the report unless this member already reported this content. */
  async insertReport(tx: Db, values: { caseId: string; contentType: string; contentId: string; reporterId: string; reason: string; note: string; weight: number; byModerator: boolean; now: Date }): Promise<ReportRow | null> {
    const rows: ReportRow[] = await tx.query(
      `INSERT INTO content_reports (case_id, content_type, content_id, reporter_id, reason, note, weight, by_moderator, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (content_type, content_id, reporter_id) DO NOTHING RETURNING *`,
      [values.caseId, values.contentType, values.contentId, values.reporterId, values.reason, values.note, values.weight, values.byModerator, values.now],
    );
    return rows[0] ?? null;
  }

  async findReport(db: Db, contentType: string, contentId: string, reporterId: string): Promise<ReportRow | null> {
    const rows: ReportRow[] = await db.query(`SELECT * FROM content_reports WHERE content_type = $1 AND content_id = $2 AND reporter_id = $3`, [contentType, contentId, reporterId]);
    return rows[0] ?? null;
  }

  /** Counts a new report on its case; a resolved case opens again with this report alone. */
  async addReportToCase(tx: Db, caseId: string, weight: number, now: Date): Promise<CaseRow> {
    const rows = await queryRows<CaseRow>(
      tx,
      `UPDATE moderation_cases SET
         open_weight = CASE WHEN status = 'OPEN' THEN open_weight + $2 ELSE $2 END,
         open_reports = CASE WHEN status = 'OPEN' THEN open_reports + 1 ELSE 1 END,
         opened_at = CASE WHEN status = 'OPEN' THEN opened_at ELSE $3 END,
         auto_hidden_at = CASE WHEN status = 'OPEN' THEN auto_hidden_at ELSE NULL END,
         resolved_at = NULL,
         status = 'OPEN'
       WHERE id = $1 RETURNING *`,
      [caseId, weight, now],
    );
    return rows[0];
  }

  async moderatorReportedOpen(tx: Db, caseId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM content_reports WHERE case_id = $1 AND resolved_at IS NULL AND by_moderator LIMIT 1`, [caseId]);
    return rows.length > 0;
  }

  async markAutoHidden(tx: Db, caseId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE moderation_cases SET auto_hidden_at = $2 WHERE id = $1`, [caseId, now]);
  }

  async findCase(db: Db, contentType: string, contentId: string, lock = false): Promise<CaseRow | null> {
    const rows: CaseRow[] = await db.query(`SELECT * FROM moderation_cases WHERE content_type = $1 AND content_id = $2${lock ? ' FOR UPDATE' : ''}`, [contentType, contentId]);
    return rows[0] ?? null;
  }

  /** Closes the content's open reports and its case. */
  async resolveCase(tx: Db, contentType: string, contentId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE content_reports SET resolved_at = $3 WHERE content_type = $1 AND content_id = $2 AND resolved_at IS NULL`, [contentType, contentId, now]);
    await tx.query(
      `UPDATE moderation_cases SET status = 'RESOLVED', open_weight = 0, open_reports = 0, resolved_at = $3, claimed_by = NULL, claim_expires_at = NULL WHERE content_type = $1 AND content_id = $2 AND status = 'OPEN'`,
      [contentType, contentId, now],
    );
  }

  async queuePage(communityId: string, status: string, limit: number, after: TimeCursor): Promise<CaseRow[]> {
    return this.reader.query(
      `SELECT * FROM moderation_cases
        WHERE community_id = $1 AND status = $2 AND ($3::timestamptz IS NULL OR (opened_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY opened_at, id LIMIT $5`,
      [communityId, status, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  async countQueue(communityId: string, status: string): Promise<number> {
    const rows: Array<{ count: string }> = await this.reader.query(`SELECT count(*) FROM moderation_cases WHERE community_id = $1 AND status = $2`, [communityId, status]);
    return Number(rows[0].count);
  }

  async reportsOfCases(caseIds: readonly string[]): Promise<ReportRow[]> {
    return this.reader.query(`SELECT * FROM content_reports WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, id`, [caseIds]);
  }

  async insertAction(tx: Db, values: NewAction): Promise<ActionRow> {
    const rows: ActionRow[] = await tx.query(
      `INSERT INTO moderation_actions (community_id, actor_id, actor_kind, action, target_type, target_id, subject_member_id, reason, reverses_action_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [values.communityId, values.actorId, values.actorKind, values.action, values.targetType, values.targetId, values.subjectMemberId, values.reason, values.reversesActionId ?? null, values.now],
    );
    return rows[0];
  }

  async findActions(db: Db, ids: readonly string[]): Promise<ActionRow[]> {
    return db.query(`SELECT * FROM moderation_actions WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest first, narrowed by `filter`. */
  async actionsPage(filter: ActionFilter, limit: number, before: TimeCursor): Promise<ActionRow[]> {
    return this.reader.query(
      `SELECT * FROM moderation_actions WHERE ${ACTION_WHERE} AND ($7::timestamptz IS NULL OR (created_at, id) < ($7::timestamptz, $8::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $9`,
      [...actionParams(filter), before?.at ?? null, before?.id ?? null, limit],
    );
  }

  async countActions(filter: ActionFilter): Promise<number> {
    const rows: Array<{ count: string }> = await this.reader.query(`SELECT count(*) FROM moderation_actions WHERE ${ACTION_WHERE}`, actionParams(filter));
    return Number(rows[0].count);
  }

  async findCasesByIds(ids: readonly string[]): Promise<CaseRow[]> {
    return this.reader.query(`SELECT * FROM moderation_cases WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Takes (or renews) the claim unless another moderator holds it; null when they do or the case is not open. */
  async claimCase(tx: Db, caseId: string, moderatorId: string, now: Date, expiresAt: Date): Promise<CaseRow | null> {
    const rows = await queryRows<CaseRow>(
      tx,
      `UPDATE moderation_cases SET claimed_by = $2, claim_expires_at = $4
        WHERE id = $1 AND status = 'OPEN' AND (claimed_by IS NULL OR claimed_by = $2 OR claim_expires_at <= $3) RETURNING *`,
      [caseId, moderatorId, now, expiresAt],
    );
    return rows[0] ?? null;
  }

  /** Ends the moderator's own claim; a claim held by someone else stays (null then). */
  async releaseCase(tx: Db, caseId: string, moderatorId: string, now: Date): Promise<CaseRow | null> {
    const rows = await queryRows<CaseRow>(
      tx,
      `UPDATE moderation_cases SET claimed_by = NULL, claim_expires_at = NULL
        WHERE id = $1 AND (claimed_by IS NULL OR claimed_by = $2 OR claim_expires_at <= $3) RETURNING *`,
      [caseId, moderatorId, now],
    );
    return rows[0] ?? null;
  }
}
