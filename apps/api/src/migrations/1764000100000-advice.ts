import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Advice: threads, replies, revisions, the spaces' response commitments, and full-text search
 * (accent-folding text search configurations, trigram index on titles).
 */
export class Advice1764000100000 implements MigrationInterface {
  name = 'Advice1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE (it reads its dictionary by name); fixing the dictionary makes it
    // safe to declare IMMUTABLE, so it can be used in index expressions.
    await db.query(`
      CREATE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    // Accents are folded inside the text search configurations themselves, so documents, queries
    // and ts_headline all agree ("crème" and "creme" are the same lexeme).
    for (const [name, stem] of [
      ['palabre_french', 'french_stem'],
      ['palabre_english', 'english_stem'],
    ]) {
      const base = name.replace('palabre_', '');
      await db.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = pg_catalog.${base})`);
      await db.query(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, ${stem}`);
    }

    await db.query(`
      CREATE TABLE space_response_commitments (
        space_id uuid PRIMARY KEY REFERENCES spaces(id) ON DELETE CASCADE,
        hours integer NOT NULL CHECK (hours BETWEEN 1 AND 8760),
        text text NOT NULL DEFAULT '',
        updated_by uuid REFERENCES members(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL
      )`);

    await db.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        kind varchar(12) NOT NULL CHECK (kind IN ('QUESTION', 'DISCUSSION')),
        title varchar(200) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        reply_count integer NOT NULL DEFAULT 0 CHECK (reply_count >= 0),
        last_activity_at timestamptz NOT NULL,
        accepted_reply_id uuid,
        first_response_at timestamptz,
        staff_responded boolean NOT NULL DEFAULT false,
        expected_first_response_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        hidden_at timestamptz,
        removed_at timestamptz,
        deleted_at timestamptz,
        locked_at timestamptz,
        state varchar(6) GENERATED ALWAYS AS (CASE WHEN locked_at IS NULL THEN 'OPEN' ELSE 'LOCKED' END) STORED,
        kudos_count integer NOT NULL DEFAULT 0 CHECK (kudos_count >= 0),
        search_config regconfig NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector(search_config, title), 'A') || setweight(to_tsvector(search_config, body), 'B')) STORED
      )`);
    await db.query(`CREATE INDEX threads_space_activity_idx ON threads (space_id, last_activity_at DESC, id DESC)`);
    await db.query(`CREATE INDEX threads_space_created_idx ON threads (space_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX threads_space_replies_idx ON threads (space_id, reply_count DESC, last_activity_at DESC, id DESC)`);
    await db.query(`CREATE INDEX threads_overdue_idx ON threads (space_id, expected_first_response_at) WHERE kind = 'QUESTION' AND first_response_at IS NULL`);
    await db.query(`CREATE INDEX threads_author_idx ON threads (author_id)`);
    await db.query(`CREATE INDEX threads_tags_idx ON threads USING gin (tags)`);
    await db.query(`CREATE INDEX threads_search_idx ON threads USING gin (search_vector)`);
    await db.query(`CREATE INDEX threads_title_trgm_idx ON threads USING gin (f_unaccent(lower(title)) gin_trgm_ops)`);
    await db.query(`CREATE INDEX threads_community_idx ON threads (community_id)`);

    await db.query(`
      CREATE TABLE replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        in_reply_to_id uuid REFERENCES replies(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        hidden_at timestamptz,
        removed_at timestamptz,
        deleted_at timestamptz,
        kudos_count integer NOT NULL DEFAULT 0 CHECK (kudos_count >= 0),
        search_config regconfig NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector(search_config, body)) STORED
      )`);
    await db.query(`CREATE INDEX replies_thread_created_idx ON replies (thread_id, created_at, id)`);
    await db.query(`CREATE INDEX replies_in_reply_to_idx ON replies (in_reply_to_id)`);
    await db.query(`CREATE INDEX replies_author_idx ON replies (author_id)`);
    await db.query(`CREATE INDEX replies_search_idx ON replies USING gin (search_vector)`);
    await db.query(`CREATE INDEX replies_community_idx ON replies (community_id)`);
    await db.query(`ALTER TABLE threads ADD CONSTRAINT threads_accepted_reply_fk FOREIGN KEY (accepted_reply_id) REFERENCES replies(id) ON DELETE SET NULL`);

    await db.query(`
      CREATE TABLE post_revisions (
        id bigserial PRIMARY KEY,
        post_kind varchar(6) NOT NULL CHECK (post_kind IN ('THREAD', 'REPLY')),
        post_id uuid NOT NULL,
        title varchar(200),
        body text NOT NULL,
        edited_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX post_revisions_post_idx ON post_revisions (post_id, edited_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE threads DROP CONSTRAINT threads_accepted_reply_fk`);
    await db.query(`DROP TABLE post_revisions, replies, threads, space_response_commitments`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION palabre_french`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION palabre_english`);
    await db.query(`DROP FUNCTION f_unaccent(text)`);
  }
}
