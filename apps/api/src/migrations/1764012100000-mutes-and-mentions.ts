import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Muting (members' MutesRepository): a member mutes another, privately; nothing from the muted member reaches
 * the muter (notifications read this table to leave them out). Mentions: a notification preference, on by default.
 */
export class MutesAndMentions1764012100000 implements MigrationInterface {
  name = 'MutesAndMentions1764012100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE member_mutes (
        muter_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        muted_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (muter_id, muted_id),
        CHECK (muter_id <> muted_id)
      )`);
    await db.query(`CREATE INDEX member_mutes_muted_idx ON member_mutes (muted_id)`);
    await db.query(`ALTER TABLE notification_preferences ADD COLUMN mentions boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification_preferences DROP COLUMN mentions`);
    await db.query(`DROP TABLE member_mutes`);
  }
}
