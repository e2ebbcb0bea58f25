import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and email (issue 15, email half):
 * - members.email_verified_at (null until the address is proved) and members.locale (FR/EN chosen by the
 *   member; unset means the language of the community they joined first, else EN);
 * - account_links: single-use links of accounts (email verification, email change, password reset), only
 *   the SHA-256 of each token is stored;
 * - mail_deliveries: the delivery ledger of the mail worker (one row per idempotency key, no address);
 * - unsubscribe_links: one-click unsubscribe tokens (hashed), each revoking exactly what caused its email.
 * The job queue itself (schema pgboss) is installed and migrated by pg-boss when the api starts.
 */
export class AccountEmail1764002100000 implements MigrationInterface {
  name = 'AccountEmail1764002100000';

  async up(db: QueryRunner): Promise<void> {
    // locale NULL: never chosen; the effective language is then the one of the community joined first, else EN.
    await db.query(`ALTER TABLE members ADD COLUMN email_verified_at timestamptz, ADD COLUMN locale varchar(2) CHECK (locale IN ('FR', 'EN'))`);
    await db.query(`
      CREATE TABLE account_links (
        token_hash char(64) PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        purpose varchar(20) NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'CHANGE_EMAIL', 'RESET_PASSWORD')),
        email varchar(320) NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX account_links_member_idx ON account_links (member_id, purpose)`);
    await db.query(`CREATE INDEX account_links_expires_idx ON account_links (expires_at)`);
    await db.query(`
      CREATE TABLE mail_deliveries (
        idempotency_key varchar(200) PRIMARY KEY,
        message_id varchar(200) NOT NULL,
        category varchar(20) NOT NULL CHECK (category IN ('transactional', 'notification')),
        state varchar(10) NOT NULL CHECK (state IN ('sending', 'sent')),
        claimed_at timestamptz NOT NULL,
        sent_at timestamptz
      )`);
    await db.query(`CREATE INDEX mail_deliveries_sent_idx ON mail_deliveries (sent_at)`);
    await db.query(`
      CREATE TABLE unsubscribe_links (
        token_hash char(64) PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        scope varchar(20) NOT NULL CHECK (scope IN ('EMAIL_DIGEST')),
        community_ids uuid[] NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX unsubscribe_links_member_idx ON unsubscribe_links (member_id)`);
    await db.query(`CREATE INDEX unsubscribe_links_created_idx ON unsubscribe_links (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE unsubscribe_links, mail_deliveries, account_links`);
    await db.query(`ALTER TABLE members DROP COLUMN locale, DROP COLUMN email_verified_at`);
  }
}
