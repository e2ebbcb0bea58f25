import { Injectable } from '@nestjs/common';
import { DataInventoryEntry, Db, PersonalDataProvider, queryRows } from '@palabre/core';

/** What the brand team's work holds about a person: questions and ideas assigned to or by them, conversations they closed. */
@Injectable()
export class StaffWorkPersonalData implements PersonalDataProvider {
  readonly feature = 'staffWork';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Assignments (brand team)',
      fields: ['questions and ideas assigned to you or by you', 'when', 'the announced time last reminded'],
      purpose: 'Routes the brand team’s work and reminds the assignee before the time the brand announced',
      charterClause: 'notifications',
      retentionDays: null,
      visibleTo: 'the community’s owners and brand staff',
      columns: ['staff_assignments.assignee_id', 'staff_assignments.assigned_by'],
    },
    {
      category: 'Conversations you closed',
      fields: ['conversation with the brand team', 'when you closed it'],
      purpose: 'Keeps the brand team from writing in a conversation you closed, until you write again',
      charterClause: 'notifications',
      retentionDays: null,
      visibleTo: 'you only (staff see only that they cannot answer)',
      columns: ['conversation_closures.member_id'],
    },
  ];

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const assignments = await queryRows(
      db,
      `SELECT c.slug AS "community", a.content_type AS "contentType", a.content_id AS "contentId", a.assignee_id = $1 AS "assignedToMe",
              a.assigned_at AS "assignedAt", a.reminded_for AS "remindedFor"
         FROM staff_assignments a JOIN communities c ON c.id = a.community_id
        WHERE a.assignee_id = $1 OR a.assigned_by = $1 ORDER BY a.assigned_at, a.id`,
      [memberId],
    );
    const closedConversations = await queryRows(
      db,
      `SELECT c.slug AS "community", x.conversation_id AS "conversationId", x.closed_at AS "closedAt"
         FROM conversation_closures x JOIN communities c ON c.id = x.community_id WHERE x.member_id = $1 ORDER BY x.closed_at`,
      [memberId],
    );
    return { assignments, closedConversations };
  }

  async erase(tx: Db, memberId: string): Promise<void> {
    await tx.query(`DELETE FROM staff_assignments WHERE assignee_id = $1`, [memberId]);
    await tx.query(`UPDATE staff_assignments SET assigned_by = NULL WHERE assigned_by = $1`, [memberId]);
    await tx.query(`DELETE FROM conversation_closures WHERE member_id = $1`, [memberId]);
  }
}
