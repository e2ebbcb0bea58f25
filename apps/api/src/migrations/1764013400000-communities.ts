import { MigrationInterface, QueryRunner } from 'typeorm';

/** Replies the brand team of a community saved to reuse, shared by its owners and brand staff. */
export class SavedReplies1764013400000 implements MigrationInterface {
  name = 'SavedReplies1764013400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE saved_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        title varchar(80) NOT NULL,
        reply_text text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (community_id, title)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_replies`);
  }
}
