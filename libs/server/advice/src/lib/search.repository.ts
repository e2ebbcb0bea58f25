import { Injectable } from '@nestjs/common';
import { Db, TransactionRunner, visibleSql } from '@palabre/core';
import { prefixed, THREAD_COLUMNS, ThreadRow } from './advice.rows';

export interface SearchRow {
  kind: 'THREAD' | 'REPLY';
  /** The hit's thread (a reply's thread for a reply), read with the page. */
  thread: ThreadRow;
  reply_id: string | null;
  rank: number;
  snippet: string;
}

/**
 * Titles match a query with a typo or two when its trigrams mostly appear in them (pg_trgm's
 * word_similarity). The default `<%` threshold (0.6) misses one-letter typos in short words, so
 * every connection sets pg_trgm.word_similarity_threshold to this value (core's DatabaseModule):
 * `<%` then means exactly "word_similarity >= 0.5" and can use threads_title_trgm_idx (a
 * `word_similarity(...) >= 0.5` condition cannot, and scanned every thread of the community).
 */
export const TITLE_TYPO_SIMILARITY = 0.5;

export interface SearchValues {
  communityId: string;
  config: string;
  query: string;
  kinds: string[];
  viewerId: string | null;
  moderator: boolean;
  /** Pairs (query word, synonym) of search-synonyms.ts, applied by palabre_search_query. */
  synonyms: { from: string[]; to: string[] };
}

/** A thread closed as a duplicate (moderation's `thread_duplicates`) leaves search in favour of its original. */
const notDuplicateSql = (alias: string) => `NOT EXISTS (SELECT 1 FROM thread_duplicates d WHERE d.thread_id = ${alias}.id)`;

const searchParams = (values: SearchValues): unknown[] => [values.communityId, values.config, values.query, values.kinds, values.viewerId, values.moderator, values.synonyms.from, values.synonyms.to];

/**
 * The query ($2 configuration, $3 text, typos corrected from $1's words, $7/$8 synonym pairs: see the
 * search-words migration) and the text as typed, folded. `term`: the query's text when it is a
 * single plain lexeme (no prefix, no weight), the key of thread_title_terms; null otherwise.
 * `excluded`: the `-words` of the query, any of them (null without any), which typo matches must not hold either;
 * `phrase`: the query quotes a phrase, which asks for those very words: no typo matches then.
 */
const QUERY_SQL = `q AS (
    SELECT w.query, w.raw, CASE WHEN numnode(w.query) = 1 AND right(w.query::text, 1) = '''' THEN w.query::text END AS term,
           CASE WHEN numnode(w.excluded) > 0 THEN w.excluded END AS excluded, strpos($3, '"') > 0 AS phrase
      FROM (SELECT palabre_search_query($2::regconfig, $3, $1::uuid, $7::text[], $8::text[]) AS query, f_unaccent(lower($3)) AS raw,
                   CASE WHEN $3 ~ '(^|\\s)-[^\\s"]' THEN websearch_to_tsquery($2::regconfig, array_to_string(ARRAY(SELECT m[1] FROM regexp_matches($3, '(?:^|\\s)-([^\\s"]+)', 'g') m), ' or ')) END AS excluded) w)`;
const THREADS_SQL = `'THREAD' = ANY($4::text[]) AND t.community_id = $1 AND t.deleted_at IS NULL
       AND ${visibleSql('t', '$5::uuid', '$6::boolean')} AND ${notDuplicateSql('t')}`;
const REPLIES_SQL = `'REPLY' = ANY($4::text[]) AND r.community_id = $1 AND r.deleted_at IS NULL
       AND ${visibleSql('r', '$5::uuid', '$6::boolean')} AND ${visibleSql('t', '$5::uuid', '$6::boolean')} AND ${notDuplicateSql('t')}`;
/** Served by threads_title_search_idx. */
const TITLE_MATCH_SQL = `to_tsvector(t.search_config, t.title) @@ q.query`;
const TITLE_TYPO_SQL = `q.raw <% f_unaccent(lower(t.title)) AND NOT q.phrase AND (q.excluded IS NULL OR NOT t.search_vector @@ q.excluded)`;
/** Added to a thread's ts_rank: a title close to the query as typed ranks higher (at most 0.2). */
const titleSimilaritySql = (alias: string) => `word_similarity(q.raw, f_unaccent(lower(${alias}.title))) * 0.2`;
/**
 * Whether a candidate (its text rank, creation time and id) can still sort before or as `bar` (rank, created_at,
 * id) in rank order: with a title similarity of 1, its best, computed as its rank would be.
 */
const reachesBarSql = (textRank: string, createdAt: string, id: string, bar: string) => {
  const best = `(${textRank} + 1::real * 0.2)::float8`;
  return `(${best} > ${bar}.rank OR (${best} = ${bar}.rank AND (${createdAt} > ${bar}.created_at OR (${createdAt} = ${bar}.created_at AND ${id} < ${bar}.id))))`;
};

/** Every hit of a search ($1 community, $2 configuration, $3 query, $4 kinds, $5 viewer, $6 moderator, $7/$8 synonyms), unranked. */
const COUNT_HITS_SQL = `WITH ${QUERY_SQL}
  SELECT (SELECT count(*) FROM threads t, q WHERE ${THREADS_SQL} AND (t.search_vector @@ q.query OR ${TITLE_TYPO_SQL}))
       + (SELECT count(*) FROM replies r JOIN threads t ON t.id = r.thread_id, q WHERE ${REPLIES_SQL} AND r.search_vector @@ q.query) AS count`;

/** Hits wanted by a page: its offset ($9) and its size ($10). */
const WANTED_SQL = `($9::int + $10::int)`;
/**
 * Threads of a group (title, body) are first taken by text rank, then ranked with title similarity too.
 * Similarity (trigrams of every title) is the costly part and adds at most 0.2, so it is only computed
 * for this many of them: beyond, hits keep their text-rank order (pages within the first 100 hits of a
 * group always see the same order).
 */
const SIMILARITY_CANDIDATES = 100;
const CANDIDATES_SQL = `greatest(${SIMILARITY_CANDIDATES}, ${WANTED_SQL})`;

/** A one-word query's title matches from thread_title_terms, in text-rank order (the rank precomputed). */
const termMatchesSql = (conditions: string, limit: string, from = '') => `SELECT t.id, t.created_at, t.title, p.rank AS text_rank
       FROM thread_title_terms p JOIN threads t ON t.id = p.thread_id${from}
      WHERE p.community_id = $1 AND p.term = (SELECT term FROM q)${conditions}
        AND ${THREADS_SQL}
      ORDER BY p.rank DESC, p.created_at DESC, p.thread_id
      LIMIT ${limit}`;

/**
 * `<group>_hits`: the candidates of a group that can reach the page, with their rank (text rank + title
 * similarity). `<group>_candidates` (id, created_at, title, text_rank) holds at least the first `wanted`
 * candidates by text rank; they get their similarity, and the last of them in rank order sets a bar. A later
 * candidate (the rest of `<group>_candidates`, or `followers`) whose best possible rank (similarity 1) still
 * sorts after the bar has `wanted` hits of its group before it: it cannot be on the page, and its similarity
 * is never computed. Best possible ranks follow text ranks, so only a prefix of the later candidates is kept.
 */
const rankedGroupSql = (group: string, followers?: string) => `
  ${group}_ordered AS (
    SELECT c.*, row_number() OVER (ORDER BY c.text_rank DESC, c.created_at DESC, c.id) AS position FROM ${group}_candidates c
  ),
  ${group}_first AS (
    SELECT h.id, h.created_at, (h.text_rank + ${titleSimilaritySql('h')})::float8 AS rank
      FROM ${group}_ordered h, q
     WHERE h.position <= ${WANTED_SQL}
  ),
  ${group}_bar AS (
    SELECT f.rank, f.created_at, f.id FROM ${group}_first f ORDER BY f.rank, f.created_at, f.id DESC LIMIT 1
  ),
  ${group}_later AS (
    SELECT h.id, h.created_at, h.title, h.text_rank FROM ${group}_ordered h WHERE h.position > ${WANTED_SQL}${followers ? `
    UNION ALL
    (${followers})` : ''}
  ),
  ${group}_hits AS (
    SELECT * FROM ${group}_first
    UNION ALL
    SELECT h.id, h.created_at, (h.text_rank + ${titleSimilaritySql('h')})::float8
      FROM ${group}_later h, ${group}_bar b, q
     WHERE ${reachesBarSql('h.text_rank', 'h.created_at', 'h.id', 'b')}
  )`;

/**
 * The title matches of a one-word query after its first `wanted` (title_candidates), up to the 100th, that can
 * reach the bar (title_bar), checked on the postings before their threads are read. The index range runs from
 * the text rank of the last of the first ones down to the text rank whose best rank misses the bar (0.2 less,
 * with a margin over float rounding).
 */
const TITLE_FOLLOWERS_SQL = termMatchesSql(
  `
        AND p.rank <= (SELECT min(c.text_rank) FROM title_candidates c)
        AND p.rank >= b.rank - 0.2 - 0.000001
        AND ${reachesBarSql('p.rank', 'p.created_at', 'p.thread_id', 'b')}
        AND NOT EXISTS (SELECT 1 FROM title_candidates c WHERE c.id = p.thread_id)`,
  `${CANDIDATES_SQL} - ${WANTED_SQL}`,
  ', title_bar b',
);

/**
 * Ranked hits, by group, then rank within the group ($9 offset, $10 page size):
 *   1. threads whose title has the query's words (ts_rank + title similarity),
 *   2. threads whose body has them (same rank),
 *   3. threads whose title only resembles the query (typos: title similarity),
 *   4. replies (ts_rank).
 * For a one-word query this is the order of the rank alone (title words weigh A, body words B, replies
 * carry no weight: D); the groups make it explicit for longer queries, where `rank` orders hits within
 * their group only. A group is only searched when the groups before it cannot fill the page, so a common
 * word costs its title matches, not every post using it; when it is, title_candidates holds every title match.
 * A one-word query reads its title matches from thread_title_terms, already in text-rank order: the first
 * `wanted`, then only those that can still reach the page (TITLE_FOLLOWERS_SQL); longer queries rank every
 * title match found through threads_title_search_idx.
 * Title matches must match as a whole too: "brakes -disc" leaves out a thread with "disc" in its body.
 */
const SEARCH_HITS_SQL = `WITH ${QUERY_SQL},
  title_candidates AS (
    (${termMatchesSql('', WANTED_SQL)})
    UNION ALL
    (SELECT t.id, t.created_at, t.title, ts_rank(t.search_vector, q.query) AS text_rank
       FROM threads t, q
      WHERE (SELECT term FROM q) IS NULL
        AND ${THREADS_SQL}
        AND ${TITLE_MATCH_SQL} AND t.search_vector @@ q.query
      ORDER BY text_rank DESC, t.created_at DESC, t.id
      LIMIT ${CANDIDATES_SQL})
  ),
  body_candidates AS (
    SELECT t.id, t.created_at, t.title, ts_rank(t.search_vector, q.query) AS text_rank
      FROM threads t, q
     WHERE (SELECT count(*) FROM title_candidates) < ${WANTED_SQL}
       AND ${THREADS_SQL}
       AND t.search_vector @@ q.query AND NOT EXISTS (SELECT 1 FROM title_candidates h WHERE h.id = t.id)
     ORDER BY text_rank DESC, t.created_at DESC, t.id
     LIMIT ${CANDIDATES_SQL}
  ),${rankedGroupSql('title', TITLE_FOLLOWERS_SQL)},${rankedGroupSql('body')},
  typo_hits AS (
    SELECT t.id, t.created_at, ts_rank(t.search_vector, q.query) + ${titleSimilaritySql('t')} AS rank
      FROM threads t, q
     WHERE (SELECT count(*) FROM title_candidates) + (SELECT count(*) FROM body_candidates) < ${WANTED_SQL}
       AND ${THREADS_SQL}
       AND ${TITLE_TYPO_SQL} AND NOT t.search_vector @@ q.query
     ORDER BY rank DESC, t.created_at DESC, t.id
     LIMIT ${WANTED_SQL}
  ),
  reply_hits AS (
    SELECT r.thread_id, r.id, r.created_at, ts_rank(r.search_vector, q.query) AS rank
      FROM replies r JOIN threads t ON t.id = r.thread_id, q
     WHERE (SELECT count(*) FROM title_candidates) + (SELECT count(*) FROM body_candidates) + (SELECT count(*) FROM typo_hits) < ${WANTED_SQL}
       AND ${REPLIES_SQL}
       AND r.search_vector @@ q.query
     ORDER BY rank DESC, r.created_at DESC, r.thread_id, r.id
     LIMIT ${WANTED_SQL}
  ),
  hits AS (
    SELECT 1 AS tier, 'THREAD'::text AS kind, h.id AS thread_id, NULL::uuid AS reply_id, h.created_at, h.rank FROM title_hits h
    UNION ALL
    SELECT 2, 'THREAD', h.id, NULL, h.created_at, h.rank FROM body_hits h
    UNION ALL
    SELECT 3, 'THREAD', h.id, NULL, h.created_at, h.rank::float8 FROM typo_hits h
    UNION ALL
    SELECT 4, 'REPLY', h.thread_id, h.id, h.created_at, h.rank::float8 FROM reply_hits h
  )`;

// Private-use characters mark matches in ts_headline output; they are stripped from the source first.
export const MATCH_START = '\uE000';
export const MATCH_STOP = '\uE001';

/** The SQL of full-text search and duplicate detection over threads and replies. */
@Injectable()
export class SearchRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  /**
   * Search and its count run with their generic plan (TransactionRunner.genericPlanReader): the statement is
   * ~6 KB and PostgreSQL made a custom plan for each of a connection's first five executions (3.8 ms of
   * planning for 2.4 ms of execution), while the generic plan is the same index scans whatever the query
   * (0.04 ms of planning, 1.3 ms of execution: EXPLAIN in tools/bench/README.md).
   */
  private get searchReader(): Db {
    return this.db.genericPlanReader;
  }

  /**
   * Ranked full-text hits in one community (see SEARCH_HITS_SQL): threads (title matches first, typo-tolerant
   * on titles through trigrams) and replies. Deleted content, content the viewer may not see and threads
   * closed as duplicates (with their replies) never match. Snippets are only made for the page, whose threads
   * come with it.
   */
  async search(values: SearchValues & { offset: number; limit: number }): Promise<SearchRow[]> {
    const rows: Array<ThreadRow & Pick<SearchRow, 'reply_id' | 'rank' | 'snippet'> & { hit_kind: SearchRow['kind'] }> = await this.searchReader.query(
      `${SEARCH_HITS_SQL},
       page AS (SELECT * FROM hits ORDER BY tier, rank DESC, created_at DESC, thread_id, reply_id NULLS FIRST OFFSET $9 LIMIT $10)
       SELECT page.kind AS hit_kind, page.reply_id, page.rank,
              ts_headline($2::regconfig, palabre_markdown_plain(translate(COALESCE(r.body, t.body), $11, '')), q.query,
                          'StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet,
              ${prefixed(THREAD_COLUMNS, 't')}
         FROM page JOIN threads t ON t.id = page.thread_id LEFT JOIN replies r ON r.id = page.reply_id, q
        ORDER BY page.tier, page.rank DESC, page.created_at DESC, page.thread_id, page.reply_id NULLS FIRST`,
      [...searchParams(values), values.offset, values.limit, MATCH_START + MATCH_STOP],
    );
    return rows.map(({ hit_kind, reply_id, rank, snippet, ...thread }) => ({ kind: hit_kind, thread, reply_id, rank, snippet }));
  }

  async countSearch(values: SearchValues): Promise<number> {
    const rows: Array<{ count: string }> = await this.searchReader.query(COUNT_HITS_SQL, searchParams(values));
    return Number(rows[0].count);
  }

  /** Threads of a space whose title resembles `text` or that share its words: likely duplicates. */
  async similarThreads(values: { spaceId: string; config: string; text: string; viewerId: string | null; moderator: boolean; limit: number }): Promise<ThreadRow[]> {
    return this.reader.query(
      `WITH q AS (
         SELECT NULLIF(replace(plainto_tsquery($2::regconfig, $3)::text, ' & ', ' | '), '') AS terms, f_unaccent(lower($3)) AS raw
       ), query AS (SELECT CASE WHEN terms IS NULL THEN NULL ELSE terms::tsquery END AS any_word, raw FROM q)
       SELECT ${prefixed(THREAD_COLUMNS, 't')} FROM threads t, query
        WHERE t.space_id = $1 AND t.deleted_at IS NULL AND ${visibleSql('t', '$4::uuid', '$5::boolean')} AND ${notDuplicateSql('t')}
          AND (t.search_vector @@ query.any_word OR similarity(query.raw, f_unaccent(lower(t.title))) > 0.3)
        ORDER BY (COALESCE(ts_rank(t.search_vector, query.any_word), 0) + similarity(query.raw, f_unaccent(lower(t.title)))) DESC, t.id
        LIMIT $6`,
      [values.spaceId, values.config, values.text, values.viewerId, values.moderator, values.limit],
    );
  }
}
