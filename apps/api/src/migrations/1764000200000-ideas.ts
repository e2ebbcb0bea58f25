import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ideas: campaigns, space idea policies, ideas and their supports, the append-only status
 * history, comments, review rounds, reversible merges, decisions and credits.
 */
export class Ideas1764000200000 implements MigrationInterface {
  name = 'Ideas1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE idea_policies (
        space_id uuid PRIMARY KEY REFERENCES spaces(id) ON DELETE CASCADE,
        support_budget integer CHECK (support_budget > 0),
        update_every_days integer NOT NULL DEFAULT 30 CHECK (update_every_days > 0),
        support_threshold integer CHECK (support_threshold > 0),
        threshold_window_days integer CHECK (threshold_window_days > 0),
        review_cadence_days integer CHECK (review_cadence_days > 0),
        review_anchor_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    await db.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        title varchar(140) NOT NULL,
        brief text NOT NULL,
        brief_html text NOT NULL,
        submissions_close_at timestamptz NOT NULL,
        support_closes_at timestamptz NOT NULL,
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        CHECK (support_closes_at >= submissions_close_at)
      )`);
    await db.query(`CREATE INDEX campaigns_space_idx ON campaigns (space_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE review_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        cutoff_at timestamptz NOT NULL,
        decision_due_at timestamptz NOT NULL,
        processed_at timestamptz NOT NULL,
        CONSTRAINT review_rounds_space_cutoff_key UNIQUE (space_id, cutoff_at)
      )`);

    const statuses = `'OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED', 'MERGED', 'EXPIRED'`;
    await db.query(`
      CREATE TABLE ideas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        campaign_id uuid REFERENCES campaigns(id) ON DELETE SET NULL,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        title varchar(140) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        status varchar(14) NOT NULL DEFAULT 'OPEN' CHECK (status IN (${statuses})),
        support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
        comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        kudos_count integer NOT NULL DEFAULT 0 CHECK (kudos_count >= 0),
        qualified_at timestamptz,
        next_update_due_at timestamptz,
        review_round_id uuid REFERENCES review_rounds(id) ON DELETE SET NULL,
        merged_into_id uuid REFERENCES ideas(id) ON DELETE SET NULL,
        resubmitted_from_id uuid REFERENCES ideas(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        hidden_at timestamptz,
        removed_at timestamptz,
        locked_at timestamptz
      )`);
    await db.query(`CREATE INDEX ideas_space_newest_idx ON ideas (space_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX ideas_space_supported_idx ON ideas (space_id, support_count DESC, id DESC)`);
    await db.query(`CREATE INDEX ideas_space_status_idx ON ideas (space_id, status)`);
    await db.query(`CREATE INDEX ideas_due_idx ON ideas (next_update_due_at) WHERE next_update_due_at IS NOT NULL`);
    await db.query(`CREATE INDEX ideas_author_idx ON ideas (author_id)`);
    // An expired idea can be resubmitted once.
    await db.query(`CREATE UNIQUE INDEX ideas_resubmitted_from_key ON ideas (resubmitted_from_id) WHERE resubmitted_from_id IS NOT NULL`);
    await db.query(`CREATE INDEX ideas_round_idx ON ideas (review_round_id) WHERE review_round_id IS NOT NULL`);
    // similarIdeas: trigram similarity on titles while a member is writing.
    await db.query(`CREATE INDEX ideas_title_trgm_idx ON ideas USING gin (title gin_trgm_ops)`);

    // One member, one voice: the primary key, not a read-then-write, prevents double supports.
    await db.query(`
      CREATE TABLE idea_supports (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        via_merge_from uuid REFERENCES ideas(id) ON DELETE SET NULL,
        PRIMARY KEY (idea_id, member_id)
      )`);
    await db.query(`CREATE INDEX idea_supports_member_idx ON idea_supports (member_id)`);
    await db.query(`CREATE INDEX idea_supports_recent_idx ON idea_supports (idea_id, created_at)`);
    await db.query(`CREATE INDEX idea_supports_merge_idx ON idea_supports (via_merge_from) WHERE via_merge_from IS NOT NULL`);

    await db.query(`
      CREATE TABLE idea_status_changes (
        id bigserial PRIMARY KEY,
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        from_status varchar(14) CHECK (from_status IN (${statuses})),
        to_status varchar(14) NOT NULL CHECK (to_status IN (${statuses})),
        rationale text NOT NULL,
        changed_by uuid REFERENCES members(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX idea_status_changes_idea_idx ON idea_status_changes (idea_id, id)`);
    // The history is public and append-only: the database refuses edits and deletions.
    await db.query(`
      CREATE FUNCTION idea_status_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Only erasing who made a change (ON DELETE SET NULL of the member) is allowed.
        IF NEW.changed_by IS NULL AND (NEW.idea_id, NEW.from_status, NEW.to_status, NEW.rationale, NEW.changed_at)
           IS NOT DISTINCT FROM (OLD.idea_id, OLD.from_status, OLD.to_status, OLD.rationale, OLD.changed_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'idea_status_changes is append-only';
      END $$`);
    await db.query(`CREATE TRIGGER idea_status_changes_no_update BEFORE UPDATE ON idea_status_changes FOR EACH ROW EXECUTE FUNCTION idea_status_changes_append_only()`);

    await db.query(`
      CREATE TABLE idea_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        in_reply_to_id uuid REFERENCES idea_comments(id) ON DELETE SET NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        kudos_count integer NOT NULL DEFAULT 0 CHECK (kudos_count >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        hidden_at timestamptz,
        removed_at timestamptz
      )`);
    await db.query(`CREATE INDEX idea_comments_idea_idx ON idea_comments (idea_id, created_at, id)`);
    await db.query(`CREATE INDEX idea_comments_author_idx ON idea_comments (author_id)`);

    // What a merge moved, so that unmerge restores both ideas exactly.
    await db.query(`
      CREATE TABLE idea_merges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        target_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        rationale text NOT NULL,
        merged_by uuid REFERENCES members(id) ON DELETE SET NULL,
        merged_at timestamptz NOT NULL,
        source_status_before varchar(14) NOT NULL,
        source_next_update_due_at_before timestamptz,
        moved_member_ids uuid[] NOT NULL,
        already_on_target_member_ids uuid[] NOT NULL,
        unmerged_at timestamptz,
        unmerged_by uuid REFERENCES members(id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX idea_merges_active_key ON idea_merges (source_id) WHERE unmerged_at IS NULL`);

    await db.query(`
      CREATE TABLE idea_decisions (
        idea_id uuid PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,
        status varchar(14) NOT NULL CHECK (status IN ('SHIPPED', 'DECLINED')),
        summary text NOT NULL,
        decided_by uuid REFERENCES members(id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL
      )`);

    // A declined credit is deleted: it leaves no trace of the member's name.
    await db.query(`
      CREATE TABLE idea_credits (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        offered_at timestamptz NOT NULL,
        accepted_at timestamptz,
        PRIMARY KEY (idea_id, member_id)
      )`);
    await db.query(`CREATE INDEX idea_credits_member_idx ON idea_credits (member_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idea_credits, idea_decisions, idea_merges, idea_comments, idea_status_changes, idea_supports, ideas, review_rounds, campaigns, idea_policies`);
    await db.query(`DROP FUNCTION idea_status_changes_append_only`);
  }
}
