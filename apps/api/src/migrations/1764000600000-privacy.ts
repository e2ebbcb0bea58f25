import { MigrationInterface, QueryRunner } from 'typeorm';

/** Data exports (archives and their single-use links), account deletions and the former-member numbering. */
export class Privacy1764000600000 implements MigrationInterface {
  name = 'Privacy1764000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE data_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        status varchar(10) NOT NULL CHECK (status IN ('PENDING', 'READY', 'FAILED', 'EXPIRED')),
        requested_at timestamptz NOT NULL,
        ready_at timestamptz,
        expires_at timestamptz,
        archive jsonb,
        link_hash char(64),
        link_expires_at timestamptz,
        downloaded_at timestamptz
      )`);
    await db.query(`CREATE INDEX data_exports_member_idx ON data_exports (member_id, requested_at DESC, id DESC)`);
    // One pending export per member: asking again while it is being built returns the same job.
    await db.query(`CREATE UNIQUE INDEX data_exports_one_pending_key ON data_exports (member_id) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX data_exports_pending_idx ON data_exports (requested_at) WHERE status = 'PENDING'`);
    await db.query(`CREATE UNIQUE INDEX data_exports_link_key ON data_exports (link_hash) WHERE link_hash IS NOT NULL`);
    await db.query(`CREATE INDEX data_exports_expiry_idx ON data_exports (expires_at) WHERE status = 'READY'`);

    await db.query(`CREATE SEQUENCE former_member_seq`);
    await db.query(`
      CREATE TABLE account_deletions (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        content_choice varchar(10) NOT NULL CHECK (content_choice IN ('ANONYMISE', 'DELETE')),
        requested_at timestamptz NOT NULL,
        execute_after timestamptz NOT NULL,
        executed_at timestamptz,
        former_number bigint UNIQUE
      )`);
    await db.query(`CREATE INDEX account_deletions_due_idx ON account_deletions (execute_after) WHERE executed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_deletions, data_exports`);
    await db.query(`DROP SEQUENCE former_member_seq`);
  }
}
