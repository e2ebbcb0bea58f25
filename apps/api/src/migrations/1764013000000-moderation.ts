import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The moderators' workspace: claims on queue items (so two moderators do not work on one at once),
 * reason templates per community, and notes between moderators about a member.
 */
export class ModerationWorkspace1764013000000 implements MigrationInterface {
  name = 'ModerationWorkspace1764013000000';

  async up(db: QueryRunner): Promise<void> {
    // A claim lapses by itself at claim_expires_at: nothing has to clean it up.
    await db.query(`ALTER TABLE moderation_cases ADD COLUMN claimed_by uuid REFERENCES members(id) ON DELETE SET NULL, ADD COLUMN claim_expires_at timestamptz`);

    await db.query(`
      CREATE TABLE moderation_reason_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        title varchar(80) NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (community_id, title)
      )`);

    await db.query(`
      CREATE TABLE moderator_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        note text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX moderator_notes_member_idx ON moderator_notes (community_id, member_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX moderator_notes_author_idx ON moderator_notes (author_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE moderator_notes`);
    await db.query(`DROP TABLE moderation_reason_templates`);
    await db.query(`ALTER TABLE moderation_cases DROP COLUMN claim_expires_at, DROP COLUMN claimed_by`);
  }
}
