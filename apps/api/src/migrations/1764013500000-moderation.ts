import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The posting log remembers what a post answered (its thread or idea), so the duplicate limit can tell a
 * saved reply used by the brand team in another thread from the same text posted twice in one.
 */
export class PostLogParent1764013500000 implements MigrationInterface {
  name = 'PostLogParent1764013500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE post_log ADD COLUMN parent_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE post_log DROP COLUMN parent_id`);
  }
}
