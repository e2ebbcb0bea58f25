import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports, moderation cases, the append-only audit log, suspensions, appeals, featured content, thread pins and duplicates, and the posting log. */
export class Moderation1764000400000 implements MigrationInterface {
  name = 'Moderation1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE community_moderation_settings (
        community_id uuid PRIMARY KEY REFERENCES communities(id) ON DELETE CASCADE,
        auto_hide_threshold integer NOT NULL DEFAULT 5 CHECK (auto_hide_threshold BETWEEN 1 AND 1000),
        updated_at timestamptz NOT NULL
      )`);

    // One case per reported content: its open weight is kept in the same transaction as the reports.
    await db.query(`
      CREATE TABLE moderation_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        content_type varchar(40) NOT NULL,
        content_id uuid NOT NULL,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        status varchar(10) NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
        open_weight integer NOT NULL DEFAULT 0 CHECK (open_weight >= 0),
        open_reports integer NOT NULL DEFAULT 0 CHECK (open_reports >= 0),
        opened_at timestamptz NOT NULL,
        resolved_at timestamptz,
        auto_hidden_at timestamptz,
        UNIQUE (content_type, content_id)
      )`);
    await db.query(`CREATE INDEX moderation_cases_queue_idx ON moderation_cases (community_id, status, opened_at, id)`);

    await db.query(`
      CREATE TABLE content_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES moderation_cases(id) ON DELETE CASCADE,
        content_type varchar(40) NOT NULL,
        content_id uuid NOT NULL,
        reporter_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        reason varchar(20) NOT NULL CHECK (reason IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER')),
        note text NOT NULL DEFAULT '',
        weight smallint NOT NULL CHECK (weight IN (1, 2, 3)),
        by_moderator boolean NOT NULL,
        created_at timestamptz NOT NULL,
        resolved_at timestamptz,
        UNIQUE (content_type, content_id, reporter_id)
      )`);
    await db.query(`CREATE INDEX content_reports_case_idx ON content_reports (case_id, created_at)`);
    await db.query(`CREATE INDEX content_reports_reporter_idx ON content_reports (reporter_id)`);

    await db.query(`
      CREATE TABLE moderation_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id),
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        actor_kind varchar(12) NOT NULL CHECK (actor_kind IN ('HUMAN', 'AUTOMATION')),
        action varchar(30) NOT NULL,
        target_type varchar(40) NOT NULL,
        target_id uuid NOT NULL,
        subject_member_id uuid REFERENCES members(id) ON DELETE SET NULL,
        reason text NOT NULL,
        reverses_action_id uuid REFERENCES moderation_actions(id),
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX moderation_actions_community_idx ON moderation_actions (community_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX moderation_actions_subject_idx ON moderation_actions (subject_member_id, community_id, created_at DESC, id DESC)`);
    // Append-only: the only change allowed is forgetting a person (erasure sets their ids to NULL).
    await db.query(`
      CREATE FUNCTION moderation_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE'
           OR (to_jsonb(NEW) - 'actor_id' - 'subject_member_id') <> (to_jsonb(OLD) - 'actor_id' - 'subject_member_id')
           OR (NEW.actor_id IS NOT NULL AND NEW.actor_id IS DISTINCT FROM OLD.actor_id)
           OR (NEW.subject_member_id IS NOT NULL AND NEW.subject_member_id IS DISTINCT FROM OLD.subject_member_id) THEN
          RAISE EXCEPTION 'moderation_actions is append-only';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER moderation_actions_append_only BEFORE UPDATE OR DELETE ON moderation_actions FOR EACH ROW EXECUTE FUNCTION moderation_actions_append_only()`);

    await db.query(`
      CREATE TABLE suspensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        reason text NOT NULL,
        until timestamptz NOT NULL,
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        lifted_at timestamptz,
        lifted_by uuid REFERENCES members(id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX suspensions_current_key ON suspensions (community_id, member_id) WHERE lifted_at IS NULL`);

    await db.query(`
      CREATE TABLE appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL UNIQUE REFERENCES moderation_actions(id),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        appellant_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        note text NOT NULL,
        excluded_moderator_id uuid REFERENCES members(id) ON DELETE SET NULL,
        status varchar(10) NOT NULL CHECK (status IN ('OPEN', 'UPHELD', 'REVERSED')),
        due_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        resolved_by uuid REFERENCES members(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        resolution_reason text
      )`);
    await db.query(`CREATE INDEX appeals_queue_idx ON appeals (community_id, status, due_at, id)`);

    await db.query(`
      CREATE TABLE featured_content (
        content_type varchar(40) NOT NULL,
        content_id uuid NOT NULL,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        note text NOT NULL,
        curator_id uuid REFERENCES members(id) ON DELETE SET NULL,
        featured_at timestamptz NOT NULL,
        PRIMARY KEY (content_type, content_id)
      )`);
    await db.query(`CREATE INDEX featured_content_community_idx ON featured_content (community_id, featured_at DESC, content_id DESC)`);

    // Thread curation sits beside advice's threads: pins (at most 3 per space) and duplicate pointers.
    await db.query(`
      CREATE TABLE thread_pins (
        thread_id uuid PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        pinned_by uuid REFERENCES members(id) ON DELETE SET NULL,
        pinned_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX thread_pins_space_idx ON thread_pins (space_id, pinned_at, thread_id)`);
    await db.query(`
      CREATE TABLE thread_duplicates (
        thread_id uuid PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
        original_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        closed_by uuid REFERENCES members(id) ON DELETE SET NULL,
        closed_at timestamptz NOT NULL,
        reason text NOT NULL,
        CHECK (thread_id <> original_id)
      )`);
    await db.query(`CREATE INDEX thread_duplicates_original_idx ON thread_duplicates (original_id)`);

    // What the anti-abuse limits count: one row per accepted post, written in the post's transaction.
    await db.query(`
      CREATE TABLE post_log (
        id bigserial PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL,
        body_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX post_log_member_idx ON post_log (member_id, community_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE post_log, thread_duplicates, thread_pins, featured_content, appeals, suspensions, content_reports, moderation_cases, community_moderation_settings`);
    await db.query(`DROP TRIGGER moderation_actions_append_only ON moderation_actions`);
    await db.query(`DROP TABLE moderation_actions`);
    await db.query(`DROP FUNCTION moderation_actions_append_only`);
  }
}
