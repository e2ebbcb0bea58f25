import { MigrationInterface, QueryRunner } from 'typeorm';

/** Conversations a member closed to the brand team: staff may not write in one again until the member does. */
export class ConversationClosures1764013300000 implements MigrationInterface {
  name = 'ConversationClosures1764013300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE conversation_closures (
        conversation_id uuid PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        closed_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX conversation_closures_member_idx ON conversation_closures (member_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE conversation_closures`);
  }
}
