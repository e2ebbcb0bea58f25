import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface ReasonTemplateRow {
  id: string;
  community_id: string;
  title: string;
  reason: string;
  created_at: Date;
  updated_at: Date;
}

export interface ModeratorNoteRow {
  id: string;
  community_id: string;
  member_id: string;
  author_id: string | null;
  note: string;
  created_at: Date;
}

/** SQL for the moderators' own tools: reason templates per community and notes about members. */
@Injectable()
export class ModeratorToolsRepository {
  constructor(private readonly db: TransactionRunner) {}

  templatesOf(communityIds: readonly string[]): Promise<ReasonTemplateRow[]> {
    return this.db.reader.query(`SELECT * FROM moderation_reason_templates WHERE community_id = ANY($1::uuid[]) ORDER BY title, id`, [communityIds]);
  }

  async findTemplate(db: Db, id: string): Promise<ReasonTemplateRow | null> {
    const rows = await queryRows<ReasonTemplateRow>(db, `SELECT * FROM moderation_reason_templates WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Null when the community already has a template with this title. */
  async insertTemplate(tx: Db, values: { communityId: string; title: string; reason: string; now: Date }): Promise<ReasonTemplateRow | null> {
    const rows = await queryRows<ReasonTemplateRow>(
      tx,
      `INSERT INTO moderation_reason_templates (community_id, title, reason, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (community_id, title) DO NOTHING RETURNING *`,
      [values.communityId, values.title, values.reason, values.now],
    );
    return rows[0] ?? null;
  }

  /** Null when another template of the community already has this title. */
  async updateTemplate(tx: Db, values: { id: string; title: string; reason: string; now: Date }): Promise<ReasonTemplateRow | null> {
    const rows = await queryRows<ReasonTemplateRow>(
      tx,
      `UPDATE moderation_reason_templates t SET title = $2, reason = $3, updated_at = $4
        WHERE t.id = $1 AND NOT EXISTS (SELECT 1 FROM moderation_reason_templates o WHERE o.community_id = t.community_id AND o.title = $2 AND o.id <> t.id)
        RETURNING *`,
      [values.id, values.title, values.reason, values.now],
    );
    return rows[0] ?? null;
  }

  async deleteTemplate(tx: Db, id: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM moderation_reason_templates WHERE id = $1 RETURNING id`, [id]);
    return rows.length > 0;
  }

  async insertNote(tx: Db, values: { communityId: string; memberId: string; authorId: string; note: string; now: Date }): Promise<ModeratorNoteRow> {
    const rows = await queryRows<ModeratorNoteRow>(
      tx,
      `INSERT INTO moderator_notes (community_id, member_id, author_id, note, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [values.communityId, values.memberId, values.authorId, values.note, values.now],
    );
    return rows[0];
  }

  /** Newest first; a moderator's view of one member stays short enough to read at once. */
  notesAbout(communityId: string, memberId: string, limit: number): Promise<ModeratorNoteRow[]> {
    return this.db.reader.query(
      `SELECT * FROM moderator_notes WHERE community_id = $1 AND member_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3`,
      [communityId, memberId, limit],
    );
  }
}
