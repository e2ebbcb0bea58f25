import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search tuning after 1764012000000-search-words: palabre_search_query probes the vocabulary before anything else
 * (a known word costs one index probe) and tells stop words apart with to_tsvector (plainto_tsquery raised a NOTICE
 * for each); palabre_markdown_plain returns text without any Markdown character as it is (one regex test instead of
 * seven rewrites: snippets of plain posts cost what they cost before).
 */
export class SearchQueryTuning1764012300000 implements MigrationInterface {
  name = 'SearchQueryTuning1764012300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(String.raw`
      CREATE OR REPLACE FUNCTION palabre_search_query(config regconfig, query_text text, community uuid, synonyms_from text[], synonyms_to text[])
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
            -- In this order: a known word costs one index probe; to_tsvector tells stop words apart without a NOTICE.
            CONTINUE WHEN typed = ANY(synonyms_from);
            CONTINUE WHEN EXISTS (SELECT 1 FROM search_words s WHERE s.community_id = community AND s.word = typed);
            CONTINUE WHEN length(to_tsvector(config, typed)) = 0;
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
      CREATE OR REPLACE FUNCTION palabre_markdown_plain(content text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$
          SELECT CASE WHEN content !~ '(?n)[][*_\x60#>!<~\\]|^ {0,3}([-+]|\d{1,9}[.)])[ \t]' THEN content ELSE
            btrim(regexp_replace(
              regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(content,
                '^ {0,3}(\x60{3,}|~{3,}).*$', '', 'gn'),
                '!?\[([^]\n]*)\]\([^)\n]*\)', '\1', 'g'),
                '<[^>\n]*>', ' ', 'g'),
                '^ {0,3}((#{1,6}|>|[-+*]|\d{1,9}[.)])[ \t]+)+', '', 'gn'),
                '\*+|(^|[^[:alnum:]])_+|_+([^[:alnum:]]|$)|~~|\x60+', '\1\2', 'g'),
                '\\([][\\\x60*_{}()#+.!>-])', '\1', 'g'),
              '\s+', ' ', 'g'))
          END
        $$`);
  }

  async down(): Promise<void> {
    // The functions of 1764012000000 behave the same on every input; nothing to restore.
  }
}
