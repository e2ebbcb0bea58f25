import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, communities, spaces, memberships, invitations and the event outbox. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle varchar(30) NOT NULL,
        email varchar(320) NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX members_handle_lower_key ON members (lower(handle))`);
    await db.query(`CREATE UNIQUE INDEX members_email_lower_key ON members (lower(email))`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason varchar(40),
        ip_address varchar(64),
        user_agent varchar(300)
      )`);
    await db.query(`CREATE INDEX sessions_member_idx ON sessions (member_id)`);
    await db.query(`
      CREATE TABLE refresh_tokens (
        token_hash char(64) PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);

    await db.query(`
      CREATE TABLE communities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(60) NOT NULL,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        locale varchar(2) NOT NULL CHECK (locale IN ('FR', 'EN')),
        visibility varchar(10) NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        member_count integer NOT NULL DEFAULT 0 CHECK (member_count >= 0)
      )`);
    await db.query(`CREATE UNIQUE INDEX communities_slug_lower_key ON communities (lower(slug))`);
    await db.query(`CREATE INDEX communities_created_idx ON communities (created_at, id)`);

    await db.query(`
      CREATE TABLE spaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        slug varchar(60) NOT NULL,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        kind varchar(12) NOT NULL CHECK (kind IN ('DISCUSSION', 'IDEAS')),
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX spaces_community_slug_key ON spaces (community_id, lower(slug))`);

    await db.query(`
      CREATE TABLE memberships (
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        role varchar(12) NOT NULL CHECK (role IN ('MEMBER', 'MODERATOR', 'BRAND_STAFF', 'OWNER')),
        joined_at timestamptz NOT NULL,
        PRIMARY KEY (community_id, member_id)
      )`);
    await db.query(`CREATE INDEX memberships_member_idx ON memberships (member_id)`);
    await db.query(`CREATE INDEX memberships_community_joined_idx ON memberships (community_id, joined_at, member_id)`);

    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        invited_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        accepted_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX invitations_pending_key ON invitations (community_id, member_id) WHERE accepted_at IS NULL`);

    await db.query(`CREATE SEQUENCE outbox_event_seq`);
    await db.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        seq bigint UNIQUE,
        type varchar(80) NOT NULL,
        rooms text[] NOT NULL,
        payload jsonb NOT NULL,
        audience varchar(20) NOT NULL DEFAULT 'everyone',
        occurred_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX outbox_events_pending_idx ON outbox_events (id) WHERE seq IS NULL`);
    await db.query(`CREATE INDEX outbox_events_rooms_idx ON outbox_events USING gin (rooms)`);
    // NOTIFY inside the inserting transaction is delivered only if it commits.
    await db.query(`
      CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('palabre_outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox_events, invitations, memberships, spaces, communities, refresh_tokens, sessions, members`);
    await db.query(`DROP SEQUENCE outbox_event_seq`);
    await db.query(`DROP FUNCTION notify_outbox`);
  }
}
