import { Injectable } from '@nestjs/common';
import { Db, queryRows } from '@palabre/core';
import type { IdeaRow, MergeRow } from './ideas.rows';

/** SQL for merges of duplicate ideas, and their undoing. */
@Injectable()
export class IdeaMergesRepository {
  async insertMerge(
    tx: Db,
    values: { source: IdeaRow; targetId: string; rationale: string; mergedBy: string; moved: string[]; alreadyOnTarget: string[]; now: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO idea_merges (source_id, target_id, rationale, merged_by, merged_at, source_status_before, source_next_update_due_at_before, moved_member_ids, already_on_target_member_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9::uuid[])`,
      [values.source.id, values.targetId, values.rationale, values.mergedBy, values.now, values.source.status, values.source.next_update_due_at, values.moved, values.alreadyOnTarget],
    );
  }

  async activeMergeOf(tx: Db, sourceId: string): Promise<MergeRow | null> {
    const rows: MergeRow[] = await tx.query(`SELECT * FROM idea_merges WHERE source_id = $1 AND unmerged_at IS NULL FOR UPDATE`, [sourceId]);
    return rows[0] ?? null;
  }

  async closeMerge(tx: Db, mergeId: string, by: string, now: Date): Promise<void> {
    await tx.query(`UPDATE idea_merges SET unmerged_at = $2, unmerged_by = $3 WHERE id = $1`, [mergeId, now, by]);
  }

  /** Puts the source back exactly as it was before the merge. */
  async restoreSource(tx: Db, merge: MergeRow, now: Date): Promise<IdeaRow> {
    const rows = await queryRows<IdeaRow>(
      tx,
      `UPDATE ideas SET status = $2, next_update_due_at = $3, merged_into_id = NULL, updated_at = $4 WHERE id = $1 RETURNING *`,
      [merge.source_id, merge.source_status_before, merge.source_next_update_due_at_before, now],
    );
    return rows[0];
  }
}
