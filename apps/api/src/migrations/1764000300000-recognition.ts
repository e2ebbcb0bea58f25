import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recognition: kudos, the reputation ledger and balances, the accepted answers and credits
 * recognition has heard of, badges, member profile choices and community board settings.
 */
export class Recognition1764000300000 implements MigrationInterface {
  name = 'Recognition1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE kudos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        giver_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        receiver_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        content_type varchar(40) NOT NULL,
        content_id uuid NOT NULL,
        message varchar(280),
        counts_for_reputation boolean NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT kudos_giver_content_key UNIQUE (giver_id, content_type, content_id)
      )`);
    await db.query(`CREATE INDEX kudos_content_idx ON kudos (content_type, content_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX kudos_community_giver_idx ON kudos (community_id, giver_id, created_at)`);
    await db.query(`CREATE INDEX kudos_community_receiver_idx ON kudos (community_id, receiver_id, created_at)`);

    // Gives per giver, community and UTC day; a withdrawal does not return the spent kudos.
    await db.query(`
      CREATE TABLE kudos_daily_budgets (
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        giver_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        day date NOT NULL,
        used integer NOT NULL CHECK (used >= 0),
        PRIMARY KEY (community_id, giver_id, day)
      )`);

    await db.query(`
      CREATE TABLE reputation_events (
        id bigserial PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        source varchar(30) NOT NULL CHECK (source IN ('KUDOS', 'ACCEPTED_ANSWER', 'IDEA_CREDIT')),
        source_id text NOT NULL,
        points integer NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX reputation_events_member_idx ON reputation_events (community_id, member_id, created_at)`);
    await db.query(`
      CREATE TABLE reputations (
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        points integer NOT NULL,
        PRIMARY KEY (community_id, member_id)
      )`);

    // What recognition heard from advice and ideas (answer.accepted / credit.accepted).
    await db.query(`
      CREATE TABLE recognition_answers (
        thread_id uuid PRIMARY KEY,
        reply_id uuid NOT NULL,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        reply_author_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        question_author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        accepted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX recognition_answers_helper_idx ON recognition_answers (community_id, reply_author_id, accepted_at)`);
    await db.query(`CREATE INDEX recognition_answers_asker_idx ON recognition_answers (community_id, question_author_id)`);
    await db.query(`
      CREATE TABLE recognition_credits (
        idea_id uuid NOT NULL,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        accepted_at timestamptz NOT NULL,
        PRIMARY KEY (idea_id, member_id)
      )`);

    // Questions as advice announced them (thread.created, reply.created, answer.accepted, post.deleted):
    // enough to welcome newcomers and to suggest open questions without reading advice's tables.
    await db.query(`
      CREATE TABLE recognition_questions (
        thread_id uuid PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        asker_id uuid REFERENCES members(id) ON DELETE SET NULL,
        asked_at timestamptz NOT NULL,
        is_first_question boolean NOT NULL,
        welcomed_by uuid REFERENCES members(id) ON DELETE SET NULL,
        answered_at timestamptz
      )`);
    await db.query(`CREATE INDEX recognition_questions_open_idx ON recognition_questions (community_id, asked_at) WHERE answered_at IS NULL`);
    await db.query(`CREATE INDEX recognition_questions_asker_idx ON recognition_questions (community_id, asker_id)`);

    await db.query(`
      CREATE TABLE badges (
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        badge varchar(40) NOT NULL,
        awarded_at timestamptz NOT NULL,
        PRIMARY KEY (community_id, member_id, badge)
      )`);
    await db.query(`CREATE INDEX badges_member_idx ON badges (member_id, community_id)`);

    await db.query(`
      CREATE TABLE member_profiles (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        show_reciprocity boolean NOT NULL DEFAULT false,
        appear_on_recognition_board boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE recognition_settings (
        community_id uuid PRIMARY KEY REFERENCES communities(id) ON DELETE CASCADE,
        board_enabled boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE recognition_settings, member_profiles, badges, recognition_questions, recognition_credits, recognition_answers, reputations, reputation_events, kudos_daily_budgets, kudos`,
    );
  }
}
