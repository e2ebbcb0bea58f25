import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Title postings for search (advice's SearchRepository): one row per word (lexeme) of a thread's title,
 * with the thread's ts_rank for that word precomputed. A one-word query then reads its title matches
 * already in rank order from an index and stops after the page, instead of reading and ranking every
 * thread whose title has the word (~870 at the bench's default scale for a common word).
 *
 * `term` is the text of the one-lexeme tsquery a search for that word is (`'word'`, quoted and escaped as
 * tsquery prints it), so the repository compares it with the query's own text; `rank` is the thread's ts_rank
 * for that tsquery, the very value search would compute. Kept in step by triggers on every write that changes
 * a thread's search_vector, community or creation time (a thread's deletion cascades); visibility (hidden,
 * removed, deleted, duplicates) is still read from the thread, so moderation needs no postings change.
 */
export class ThreadTitleTerms1764001300000 implements MigrationInterface {
  name = 'ThreadTitleTerms1764001300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE thread_title_terms (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        term text COLLATE "C" NOT NULL,
        community_id uuid NOT NULL,
        rank real NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX thread_title_terms_thread_idx ON thread_title_terms (thread_id)`);
    await db.query(`CREATE INDEX thread_title_terms_rank_idx ON thread_title_terms (community_id, term, rank DESC, created_at DESC, thread_id)`);
    // Each lexeme of the title as the tsquery searching for it: quoted, with ' and \ escaped as tsquery input wants.
    await db.query(`
      CREATE FUNCTION thread_title_terms_of(thread uuid, community uuid, config regconfig, title text, vector tsvector, created timestamptz)
        RETURNS TABLE (thread_id uuid, term text, community_id uuid, rank real, created_at timestamptz)
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT thread, w.query::text, community, ts_rank(vector, w.query), created
            FROM (SELECT ('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''')::tsquery AS query
                    FROM unnest(tsvector_to_array(to_tsvector(config, title))) AS lexeme) w
        $$`);
    await db.query(`
      CREATE FUNCTION thread_title_terms_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO thread_title_terms (thread_id, term, community_id, rank, created_at)
        SELECT w.* FROM new_threads t, thread_title_terms_of(t.id, t.community_id, t.search_config, t.title, t.search_vector, t.created_at) w;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION thread_title_terms_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM thread_title_terms WHERE thread_id = OLD.id;
        INSERT INTO thread_title_terms (thread_id, term, community_id, rank, created_at)
        SELECT * FROM thread_title_terms_of(NEW.id, NEW.community_id, NEW.search_config, NEW.title, NEW.search_vector, NEW.created_at);
        RETURN NULL;
      END $$`);
    // Statement-level on insert (bulk imports and seeds stay set-based); row-level on update, only when
    // what the postings hold changed (the frequent counter updates never run the function).
    await db.query(`
      CREATE TRIGGER thread_title_terms_insert AFTER INSERT ON threads
        REFERENCING NEW TABLE AS new_threads FOR EACH STATEMENT EXECUTE FUNCTION thread_title_terms_insert()`);
    await db.query(`
      CREATE TRIGGER thread_title_terms_update AFTER UPDATE ON threads FOR EACH ROW
        WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector OR OLD.community_id IS DISTINCT FROM NEW.community_id
              OR OLD.created_at IS DISTINCT FROM NEW.created_at)
        EXECUTE FUNCTION thread_title_terms_update()`);
    await db.query(`
      INSERT INTO thread_title_terms (thread_id, term, community_id, rank, created_at)
      SELECT w.* FROM threads t, thread_title_terms_of(t.id, t.community_id, t.search_config, t.title, t.search_vector, t.created_at) w`);
    // Search results reach anonymous responses (core's ResponseCache): see 1764001000000-response-cache-invalidation.
    await db.query(`CREATE TRIGGER content_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON thread_title_terms FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER thread_title_terms_update ON threads`);
    await db.query(`DROP TRIGGER thread_title_terms_insert ON threads`);
    await db.query(`DROP TABLE thread_title_terms`);
    await db.query(`DROP FUNCTION thread_title_terms_update(), thread_title_terms_insert(), thread_title_terms_of(uuid, uuid, regconfig, text, tsvector, timestamptz)`);
  }
}
