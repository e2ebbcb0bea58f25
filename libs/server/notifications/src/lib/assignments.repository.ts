import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface AssignmentRow {
  id: string;
  community_id: string;
  content_type: 'Thread' | 'Idea';
  content_id: string;
  assignee_id: string;
  assigned_by: string | null;
  assigned_at: Date;
  reminded_for: Date | null;
  /** The time the brand announced, read live: null once answered, closed or without a commitment. */
  due_at: Date | null;
}

/** The announced time of each assignment's content: a question's expected first answer, an open idea's next update. */
const WITH_DUE = `
  SELECT a.*, CASE a.content_type WHEN 'Thread' THEN t.expected_first_response_at ELSE i.next_update_due_at END AS due_at
    FROM staff_assignments a
    LEFT JOIN threads t ON a.content_type = 'Thread' AND t.id = a.content_id AND t.first_response_at IS NULL
    LEFT JOIN ideas i ON a.content_type = 'Idea' AND i.id = a.content_id AND i.status IN ('OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS')`;

/** Reminders come a day ahead, or a quarter of the time given when that is shorter. */
export const REMINDER_LEAD_HOURS = 24;

/** SQL for staff assignments; the announced times are read from advice's threads and ideas' ideas. */
@Injectable()
export class AssignmentsRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** One assignee per content: assigning again hands it over (and a new reminder is due). */
  async assign(tx: Db, values: { communityId: string; contentType: string; contentId: string; assigneeId: string; assignedBy: string; now: Date }): Promise<AssignmentRow> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `INSERT INTO staff_assignments (community_id, content_type, content_id, assignee_id, assigned_by, assigned_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (content_type, content_id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id, assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at, reminded_for = NULL
       RETURNING id`,
      [values.communityId, values.contentType, values.contentId, values.assigneeId, values.assignedBy, values.now],
    );
    return (await queryRows<AssignmentRow>(tx, `${WITH_DUE} WHERE a.id = $1`, [rows[0].id]))[0];
  }

  async unassign(tx: Db, contentType: string, contentId: string): Promise<boolean> {
    return (await queryRows(tx, `DELETE FROM staff_assignments WHERE content_type = $1 AND content_id = $2 RETURNING id`, [contentType, contentId])).length > 0;
  }

  /** Soonest announced time first, those without one last. */
  list(communityId: string, assigneeId: string | null, limit: number): Promise<AssignmentRow[]> {
    return this.db.reader.query(
      `SELECT * FROM (${WITH_DUE} WHERE a.community_id = $1 AND ($2::uuid IS NULL OR a.assignee_id = $2)) x ORDER BY due_at NULLS LAST, assigned_at, id LIMIT $3`,
      [communityId, assigneeId, limit],
    );
  }

  /** Assignments whose announced time is near and not reminded yet, locked for the caller's transaction. */
  dueForReminder(tx: Db, now: Date): Promise<AssignmentRow[]> {
    return queryRows<AssignmentRow>(
      tx,
      `SELECT * FROM (${WITH_DUE}) x
        WHERE due_at IS NOT NULL AND reminded_for IS DISTINCT FROM due_at
          AND $1::timestamptz >= due_at - LEAST(make_interval(hours => $2), GREATEST(interval '0', (due_at - assigned_at) / 4))
        ORDER BY due_at, id LIMIT 500`,
      [now, REMINDER_LEAD_HOURS],
    );
  }

  /** Marks the reminder sent; false when another process did it first. */
  async markReminded(tx: Db, id: string, dueAt: Date): Promise<boolean> {
    return (await queryRows(tx, `UPDATE staff_assignments SET reminded_for = $2 WHERE id = $1 AND reminded_for IS DISTINCT FROM $2 RETURNING id`, [id, dueAt])).length > 0;
  }
}
