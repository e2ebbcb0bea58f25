import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Insights: the co-creation export links (single use, only their hash stored; the file is built
 * when downloaded, so no copy of the data is kept), and indexes for the period aggregations
 * (community + time) over the tables of advice, ideas, recognition and moderation.
 */
export class Insights1764000700000 implements MigrationInterface {
  name = 'Insights1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        space_id uuid REFERENCES spaces(id) ON DELETE CASCADE,
        campaign_id uuid REFERENCES campaigns(id) ON DELETE CASCADE,
        format varchar(4) NOT NULL CHECK (format IN ('CSV', 'JSON')),
        requested_by uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL,
        link_hash char(64),
        link_expires_at timestamptz NOT NULL,
        downloaded_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX idea_exports_link_key ON idea_exports (link_hash) WHERE link_hash IS NOT NULL`);
    await db.query(`CREATE INDEX idea_exports_requester_idx ON idea_exports (requested_by)`);
    await db.query(`CREATE INDEX idea_exports_expiry_idx ON idea_exports (link_expires_at)`);

    // Period aggregations: every figure is "this community, between from and to".
    await db.query(`CREATE INDEX insights_threads_community_created_idx ON threads (community_id, created_at) WHERE kind = 'QUESTION'`);
    await db.query(`CREATE INDEX insights_threads_community_all_created_idx ON threads (community_id, created_at, author_id)`);
    await db.query(`CREATE INDEX insights_replies_community_created_idx ON replies (community_id, created_at, author_id)`);
    await db.query(`CREATE INDEX insights_ideas_community_created_idx ON ideas (community_id, created_at)`);
    await db.query(`CREATE INDEX insights_ideas_community_due_idx ON ideas (community_id, next_update_due_at) WHERE next_update_due_at IS NOT NULL`);
    await db.query(`CREATE INDEX insights_idea_comments_community_created_idx ON idea_comments (community_id, created_at, author_id)`);
    await db.query(`CREATE INDEX insights_idea_supports_created_idx ON idea_supports (created_at, idea_id)`);
    await db.query(`CREATE INDEX insights_kudos_community_created_idx ON kudos (community_id, created_at)`);
    await db.query(`CREATE INDEX insights_recognition_answers_community_idx ON recognition_answers (community_id, accepted_at)`);
    await db.query(`CREATE INDEX insights_moderation_actions_target_idx ON moderation_actions (target_type, target_id, created_at)`);
    await db.query(`CREATE INDEX insights_content_reports_created_idx ON content_reports (created_at, case_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'insights_threads_community_created_idx',
      'insights_threads_community_all_created_idx',
      'insights_replies_community_created_idx',
      'insights_ideas_community_created_idx',
      'insights_ideas_community_due_idx',
      'insights_idea_comments_community_created_idx',
      'insights_idea_supports_created_idx',
      'insights_kudos_community_created_idx',
      'insights_recognition_answers_community_idx',
      'insights_moderation_actions_target_idx',
      'insights_content_reports_created_idx',
    ]) {
      await db.query(`DROP INDEX IF EXISTS ${index}`);
    }
    await db.query(`DROP TABLE idea_exports`);
  }
}
