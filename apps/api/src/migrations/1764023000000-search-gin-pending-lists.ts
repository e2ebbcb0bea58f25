import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search after replies (issue 18, "keep the search scenario at or under today's p95"): a reply updates its
 * thread's counters, an update that is never HOT (an index covers them), so each reply adds the thread's
 * entries to every GIN index of threads again (its search_vector, title tsvector and title trigrams) and its
 * own to replies_search_idx. GIN keeps such entries in a pending list of up to 4 MB (gin_pending_list_limit)
 * until a vacuum, and every search reads the whole pending list of each GIN index it uses: `npm run bench --
 * --scale small --only reply,support,search` measured search at 10.1 ms of PostgreSQL CPU per request after
 * the reply and support scenarios, 2.1 ms alone. With a 64 kB limit (the smallest) the writer merges its
 * entries into the index every few dozen replies, and a search reads at most 8 pending pages per index.
 */
const INDEXES = ['threads_search_idx', 'threads_title_search_idx', 'threads_title_trgm_idx', 'replies_search_idx'];

export class SearchGinPendingLists1764023000000 implements MigrationInterface {
  name = 'SearchGinPendingLists1764023000000';

  async up(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) await db.query(`ALTER INDEX ${index} SET (gin_pending_list_limit = 64)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) await db.query(`ALTER INDEX ${index} RESET (gin_pending_list_limit)`);
  }
}
