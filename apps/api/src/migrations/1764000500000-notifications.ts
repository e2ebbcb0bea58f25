import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follows, notification inbox and preferences, digests, the consent ledger and brand contact messages. */
export class Notifications1764000500000 implements MigrationInterface {
  name = 'Notifications1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE follows (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        target_type varchar(10) NOT NULL CHECK (target_type IN ('Thread', 'Idea', 'Space', 'Member')),
        target_id uuid NOT NULL,
        community_id uuid REFERENCES communities(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (member_id, target_type, target_id)
      )`);
    await db.query(`CREATE INDEX follows_target_idx ON follows (target_type, target_id)`);
    await db.query(`CREATE INDEX follows_member_created_idx ON follows (member_id, created_at, target_id)`);

    await db.query(`
      CREATE TABLE notification_preferences (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        cadence varchar(10) NOT NULL CHECK (cadence IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
        digest_day smallint NOT NULL CHECK (digest_day BETWEEN 1 AND 7),
        digest_hour smallint NOT NULL CHECK (digest_hour BETWEEN 0 AND 23),
        timezone varchar(64) NOT NULL,
        quiet_from smallint CHECK (quiet_from BETWEEN 0 AND 1439),
        quiet_to smallint CHECK (quiet_to BETWEEN 0 AND 1439),
        weekly_contact_budget integer CHECK (weekly_contact_budget >= 0),
        email boolean NOT NULL,
        auto_follow_own boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    await db.query(`
      CREATE TABLE digests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        cadence varchar(10) NOT NULL,
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        item_count integer NOT NULL CHECK (item_count >= 0),
        created_at timestamptz NOT NULL,
        emailed_at timestamptz,
        CONSTRAINT digests_member_period_key UNIQUE (member_id, period_start)
      )`);
    await db.query(`CREATE INDEX digests_member_idx ON digests (member_id, period_start DESC, id DESC)`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind varchar(80) NOT NULL,
        reason varchar(12) NOT NULL CHECK (reason IN ('FOLLOWING', 'CONCERNED')),
        community_id uuid REFERENCES communities(id) ON DELETE CASCADE,
        subject_id varchar(200),
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        summary varchar(300) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        deferred_until timestamptz,
        digest_id uuid REFERENCES digests(id) ON DELETE SET NULL,
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notifications_member_idx ON notifications (member_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX notifications_member_unread_idx ON notifications (member_id) WHERE read_at IS NULL`);
    await db.query(`CREATE INDEX notifications_pending_digest_idx ON notifications (deferred_until) WHERE digest_id IS NULL AND deferred_until IS NOT NULL`);

    // Append-only: a revocation is a new row; rows are never updated (erasure may delete them).
    await db.query(`
      CREATE TABLE consent_ledger (
        id bigserial PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        scope varchar(20) NOT NULL CHECK (scope IN ('BRAND_CONTACT', 'EMAIL_DIGEST')),
        action varchar(6) NOT NULL CHECK (action IN ('GRANT', 'REVOKE')),
        text_version varchar(20) NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX consent_ledger_member_idx ON consent_ledger (member_id, community_id, scope, id DESC)`);
    await db.query(`
      CREATE FUNCTION consent_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'consent_ledger is append-only';
      END $$`);
    await db.query(`CREATE TRIGGER consent_ledger_no_update BEFORE UPDATE ON consent_ledger FOR EACH ROW EXECUTE FUNCTION consent_ledger_append_only()`);

    await db.query(`
      CREATE TABLE contact_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        direction varchar(10) NOT NULL CHECK (direction IN ('TO_MEMBER', 'TO_BRAND')),
        sender_id uuid REFERENCES members(id) ON DELETE SET NULL,
        subject varchar(200) NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX contact_messages_member_idx ON contact_messages (member_id, community_id, created_at)`);
    await db.query(`CREATE INDEX contact_messages_community_idx ON contact_messages (community_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE contact_messages, consent_ledger, notifications, digests, notification_preferences, follows`);
    await db.query(`DROP FUNCTION consent_ledger_append_only`);
  }
}
