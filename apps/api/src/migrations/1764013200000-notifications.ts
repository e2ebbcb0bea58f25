import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A question or an idea assigned to one staff member, who is reminded as the time the brand announced
 * (a question's expected first answer, an idea's next update) approaches. `reminded_for` is the
 * announced time last reminded: a moved promise gets its own reminder.
 */
export class StaffAssignments1764013200000 implements MigrationInterface {
  name = 'StaffAssignments1764013200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        content_type varchar(20) NOT NULL CHECK (content_type IN ('Thread', 'Idea')),
        content_id uuid NOT NULL,
        assignee_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        assigned_by uuid REFERENCES members(id) ON DELETE SET NULL,
        assigned_at timestamptz NOT NULL,
        reminded_for timestamptz,
        UNIQUE (content_type, content_id)
      )`);
    await db.query(`CREATE INDEX staff_assignments_community_idx ON staff_assignments (community_id, assignee_id)`);
    await db.query(`CREATE INDEX staff_assignments_assignee_idx ON staff_assignments (assignee_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE staff_assignments`);
  }
}
