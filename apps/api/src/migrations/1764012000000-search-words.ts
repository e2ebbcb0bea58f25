import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search people trust (advice's SearchRepository):
 * - `search_words`: the words (unaccented, lower case, 4–30 letters) each community's threads and replies use,
 *   a vocabulary with no link to any post or member, like a spell checker's word list. A query word the
 *   community never wrote is replaced by the closest word it did write (pg_trgm similarity), so a typo in a
 *   body matches too ("chiane" finds "chaîne"). Kept in step by triggers on every write of a post's text.
 * - `palabre_search_query(config, text, community, synonyms_from, synonyms_to)`: the tsquery of a search: the
 *   text corrected word by word, parsed by websearch_to_tsquery (`-word`, `"a phrase"`, `or`), then each word
 *   of the synonym pairs (advice's search-synonyms.ts) rewritten into `word | synonym` with ts_rewrite.
 * - `palabre_markdown_plain(text)`: Markdown as plain text, for snippets (links and images keep their text,
 *   markers, fences and HTML tags go), so a snippet never shows `**` or a URL.
 */
export class SearchWords1764012000000 implements MigrationInterface {
  name = 'SearchWords1764012000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_words (
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        word text COLLATE "C" NOT NULL,
        PRIMARY KEY (community_id, word)
      )`);
    await db.query(`CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)`);
    await db.query(String.raw`
      CREATE FUNCTION search_words_of(content text) RETURNS SETOF text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT DISTINCT w FROM regexp_split_to_table(f_unaccent(lower(content)), '[^[:alpha:]]+') w WHERE length(w) BETWEEN 4 AND 30 $$`);
    // Ordered inserts: two posts adding the same new words take their row locks in the same order (no deadlock).
    for (const [table, text] of [
      ['threads', `t.title || ' ' || t.body`],
      ['replies', 't.body'],
    ]) {
      await db.query(`
        CREATE FUNCTION ${table}_search_words_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO search_words (community_id, word)
          SELECT DISTINCT t.community_id, w FROM new_rows t, search_words_of(${text}) w ORDER BY 1, 2
          ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
      await db.query(`
        CREATE FUNCTION ${table}_search_words_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO search_words (community_id, word)
          SELECT DISTINCT t.community_id, w FROM (SELECT NEW.*) t, search_words_of(${text}) w ORDER BY 1, 2
          ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
      await db.query(`CREATE TRIGGER ${table}_search_words_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_search_words_insert()`);
      await db.query(`
        CREATE TRIGGER ${table}_search_words_update AFTER UPDATE ON ${table} FOR EACH ROW
          WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector OR OLD.community_id IS DISTINCT FROM NEW.community_id)
          EXECUTE FUNCTION ${table}_search_words_update()`);
      await db.query(`INSERT INTO search_words (community_id, word) SELECT DISTINCT t.community_id, w FROM ${table} t, search_words_of(${text}) w ON CONFLICT DO NOTHING`);
    }
    // The threshold is the function's own: a typed word and its correction share about a quarter of their trigrams.
    await db.query(String.raw`
      CREATE FUNCTION palabre_search_query(config regconfig, query_text text, community uuid, synonyms_from text[], synonyms_to text[])
        RETURNS tsquery LANGUAGE plpgsql STABLE PARALLEL SAFE
        SET pg_trgm.similarity_threshold = 0.25
        AS $$
        DECLARE
          folded text := f_unaccent(lower(query_text));
          typed text;
          best text;
          target tsquery;
          result tsquery;
        BEGIN
          FOR typed IN SELECT DISTINCT m[1] FROM regexp_matches(folded, '([[:alpha:]]{4,30})', 'g') AS m LOOP
            CONTINUE WHEN typed = ANY(synonyms_from)
              OR numnode(plainto_tsquery(config, typed)) = 0
              OR EXISTS (SELECT 1 FROM search_words s WHERE s.community_id = community AND s.word = typed);
            SELECT s.word INTO best FROM search_words s
             WHERE s.community_id = community AND s.word % typed
             ORDER BY similarity(s.word, typed) DESC, s.word
             LIMIT 1;
            IF best IS NOT NULL THEN
              folded := regexp_replace(folded, '\m' || typed || '\M', best, 'g');
            END IF;
          END LOOP;
          result := websearch_to_tsquery(config, folded);
          FOR i IN 1 .. coalesce(array_length(synonyms_from, 1), 0) LOOP
            target := plainto_tsquery(config, synonyms_from[i]);
            CONTINUE WHEN numnode(target) <> 1 OR numnode(plainto_tsquery(config, synonyms_to[i])) <> 1;
            result := ts_rewrite(result, target, target || plainto_tsquery(config, synonyms_to[i]));
          END LOOP;
          RETURN result;
        END $$`);
    // \x60 is the backtick (code spans and fences).
    await db.query(String.raw`
      CREATE FUNCTION palabre_markdown_plain(content text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$
          SELECT btrim(regexp_replace(
            regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(content,
              '^ {0,3}(\x60{3,}|~{3,}).*$', '', 'gn'),
              '!?\[([^]\n]*)\]\([^)\n]*\)', '\1', 'g'),
              '<[^>\n]*>', ' ', 'g'),
              '^ {0,3}((#{1,6}|>|[-+*]|\d{1,9}[.)])[ \t]+)+', '', 'gn'),
              '\*+|(^|[^[:alnum:]])_+|_+([^[:alnum:]]|$)|~~|\x60+', '\1\2', 'g'),
              '\\([][\\\x60*_{}()#+.!>-])', '\1', 'g'),
            '\s+', ' ', 'g'))
        $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['threads', 'replies']) {
      await db.query(`DROP TRIGGER ${table}_search_words_insert ON ${table}`);
      await db.query(`DROP TRIGGER ${table}_search_words_update ON ${table}`);
      await db.query(`DROP FUNCTION ${table}_search_words_insert(), ${table}_search_words_update()`);
    }
    await db.query(`DROP FUNCTION palabre_markdown_plain(text), palabre_search_query(regconfig, text, uuid, text[], text[]), search_words_of(text)`);
    await db.query(`DROP TABLE search_words`);
  }
}
