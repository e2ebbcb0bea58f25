import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public progress updates on ideas, without a status change: each one keeps the date that was promised
 * when it was posted and the next one it promises, so anyone can see whether promises were kept.
 */
export class IdeaUpdates1764013100000 implements MigrationInterface {
  name = 'IdeaUpdates1764013100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        message text NOT NULL,
        posted_by uuid REFERENCES members(id) ON DELETE SET NULL,
        promised_at timestamptz,
        next_update_due_at timestamptz NOT NULL,
        posted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX idea_updates_idea_idx ON idea_updates (idea_id, posted_at, id)`);
    await db.query(`CREATE INDEX idea_updates_posted_by_idx ON idea_updates (posted_by)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idea_updates`);
  }
}
