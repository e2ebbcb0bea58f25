import { Injectable } from '@nestjs/common';
import { Db, TransactionRunner } from '@palabre/core';
import { prefixed, THREAD_COLUMNS, ThreadRow, visibleSql } from './advice.repository';

export interface SearchRow {
  kind: 'THREAD' | 'REPLY';
  thread_id: string;
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
}

/** A thread closed as a duplicate (moderation's `thread_duplicates`) leaves search in favour of its original. */
const notDuplicateSql = (alias: string) => `NOT EXISTS (SELECT 1 FROM thread_duplicates d WHERE d.thread_id = ${alias}.id)`;

const searchParams = (values: SearchValues): unknown[] => [values.communityId, values.config, values.query, values.kinds, values.viewerId, values.moderator];

/** Hits of a search ($1 community, $2 configuration, $3 query, $4 kinds, $5 viewer, $6 moderator). */
const SEARCH_HITS_SQL = `WITH q AS (SELECT websearch_to_tsquery($2::regconfig, $3) AS query, f_unaccent(lower($3)) AS raw),
  hits AS (
    SELECT 'THREAD'::text AS kind, t.id AS thread_id, NULL::uuid AS reply_id, t.created_at,
           (ts_rank(t.search_vector, q.query) + word_similarity(q.raw, f_unaccent(lower(t.title))) * 0.2)::float8 AS rank
      FROM threads t, q
     WHERE 'THREAD' = ANY($4::text[]) AND t.community_id = $1 AND t.deleted_at IS NULL
       AND ${visibleSql('t', '$5::uuid', '$6::boolean')} AND ${notDuplicateSql('t')}
       AND (t.search_vector @@ q.query OR q.raw <% f_unaccent(lower(t.title)))
    UNION ALL
    SELECT 'REPLY'::text, r.thread_id, r.id, r.created_at, ts_rank(r.search_vector, q.query)::float8
      FROM replies r JOIN threads t ON t.id = r.thread_id, q
     WHERE 'REPLY' = ANY($4::text[]) AND r.community_id = $1 AND r.deleted_at IS NULL
       AND ${visibleSql('r', '$5::uuid', '$6::boolean')} AND ${visibleSql('t', '$5::uuid', '$6::boolean')} AND ${notDuplicateSql('t')}
       AND r.search_vector @@ q.query
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
   * Ranked full-text hits in one community: threads (title weighted above body, typo-tolerant on
   * titles through trigrams) and replies. Deleted content, content the viewer may not see and threads closed as duplicates (with their replies) never match.
   */
  async search(values: SearchValues & { offset: number; limit: number }): Promise<SearchRow[]> {
    return this.reader.query(
      `${SEARCH_HITS_SQL},
       page AS (SELECT * FROM hits ORDER BY rank DESC, created_at DESC, thread_id, reply_id NULLS FIRST OFFSET $7 LIMIT $8)
       SELECT page.kind, page.thread_id, page.reply_id, page.rank,
              ts_headline($2::regconfig, translate(COALESCE(r.body, t.body), $9, ''), q.query,
                          'StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
         FROM page JOIN threads t ON t.id = page.thread_id LEFT JOIN replies r ON r.id = page.reply_id, q
        ORDER BY page.rank DESC, page.created_at DESC, page.thread_id, page.reply_id NULLS FIRST`,
      [...searchParams(values), values.offset, values.limit, MATCH_START + MATCH_STOP],
    );
  }

  async countSearch(values: SearchValues): Promise<number> {
    const rows: Array<{ count: string }> = await this.reader.query(`${SEARCH_HITS_SQL} SELECT count(*) FROM hits`, searchParams(values));
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
