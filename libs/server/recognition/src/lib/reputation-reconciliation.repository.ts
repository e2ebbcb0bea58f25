import type { Db } from '@palabre/core';
import { POINTS } from './recognition.rules';

/** One disagreement between what the raw rows imply and what is stored. */
export interface ReputationDifference {
  /**
   * `balance`: reputations vs the ledger. `KUDOS` / `ACCEPTED_ANSWER` / `IDEA_CREDIT`: the ledger vs
   * the rows that earn points. `kudos_count:<Type>`: a content's counter vs its kudos rows.
   * `answers` / `credits`: what recognition heard vs the accepted answers and credits their owners hold.
   */
  check: string;
  communityId: string | null;
  /** The member (reputation checks), the content (counters), the thread or the idea:member pair. */
  subjectId: string;
  expected: number;
  actual: number;
}

type Row = { check_name: string; community_id: string | null; subject_id: string; expected: string; actual: string };

/** Content tables that keep a kudos counter, by the content's GraphQL type name (what kudos rows store). */
const KUDOS_COUNTERS: ReadonlyArray<{ typeName: string; table: string }> = [
  { typeName: 'Thread', table: 'threads' },
  { typeName: 'Reply', table: 'replies' },
  { typeName: 'Idea', table: 'ideas' },
  { typeName: 'IdeaComment', table: 'idea_comments' },
];

/**
 * Recomputes reputation from the raw rows (kudos that count, accepted answers, accepted
 * credits) and compares it with the ledger and the balances; also checks every kudos counter
 * against the kudos rows, and recognition's record of accepted answers and credits against
 * advice's and ideas' own rows. Needs only a database handle, so `reputation:check` runs it
 * without Nest. Empty when everything agrees.
 */
export async function findReputationDifferences(db: Db): Promise<ReputationDifference[]> {
  const rows: Row[] = await db.query(
    `WITH expected AS (
       SELECT community_id, receiver_id AS member_id, 'KUDOS' AS source, count(*) * $1::int AS points FROM kudos WHERE counts_for_reputation GROUP BY 1, 2
       UNION ALL SELECT community_id, reply_author_id, 'ACCEPTED_ANSWER', count(*) * $2::int FROM recognition_answers GROUP BY 1, 2
       UNION ALL SELECT community_id, member_id, 'IDEA_CREDIT', count(*) * $3::int FROM recognition_credits GROUP BY 1, 2
     ),
     ledger AS (
       SELECT community_id, member_id, source, sum(points) AS points FROM reputation_events GROUP BY 1, 2, 3
     ),
     by_source AS (
       SELECT coalesce(e.source, l.source) AS check_name, coalesce(e.community_id, l.community_id) AS community_id,
              coalesce(e.member_id, l.member_id)::text AS subject_id, coalesce(e.points, 0) AS expected, coalesce(l.points, 0) AS actual
         FROM expected e FULL OUTER JOIN ledger l ON l.community_id = e.community_id AND l.member_id = e.member_id AND l.source = e.source
     ),
     ledger_totals AS (
       SELECT community_id, member_id, sum(points) AS points FROM reputation_events GROUP BY 1, 2
     ),
     balances AS (
       SELECT 'balance' AS check_name, coalesce(t.community_id, r.community_id) AS community_id,
              coalesce(t.member_id, r.member_id)::text AS subject_id, coalesce(t.points, 0) AS expected, coalesce(r.points, 0) AS actual
         FROM ledger_totals t FULL OUTER JOIN reputations r ON r.community_id = t.community_id AND r.member_id = t.member_id
     )
     SELECT * FROM by_source WHERE expected <> actual
     UNION ALL SELECT * FROM balances WHERE expected <> actual`,
    [POINTS.KUDOS, POINTS.ACCEPTED_ANSWER, POINTS.IDEA_CREDIT],
  );
  rows.push(...(await counterDifferences(db)), ...(await sourceDifferences(db)));
  return rows
    .map((row) => ({ check: row.check_name, communityId: row.community_id, subjectId: row.subject_id, expected: Number(row.expected), actual: Number(row.actual) }))
    .sort((a, b) => `${a.check}:${a.subjectId}`.localeCompare(`${b.check}:${b.subjectId}`));
}

async function existingTables(db: Db, tables: readonly string[]): Promise<Set<string>> {
  const rows: Array<{ name: string }> = await db.query(`SELECT t AS name FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NOT NULL`, [tables]);
  return new Set(rows.map((row) => row.name));
}

/** Counter = rows for every content type that keeps one (tables of features not installed are skipped). */
async function counterDifferences(db: Db): Promise<Row[]> {
  const present = await existingTables(db, KUDOS_COUNTERS.map((counter) => counter.table));
  const differences: Row[] = [];
  for (const { typeName, table } of KUDOS_COUNTERS.filter((counter) => present.has(counter.table))) {
    // The table name comes from the constant list above, never from input.
    const found: Row[] = await db.query(
      `SELECT 'kudos_count:' || $1::text AS check_name, c.community_id, c.id::text AS subject_id, coalesce(k.n, 0) AS expected, c.kudos_count AS actual
         FROM ${table} c
         LEFT JOIN (SELECT content_id, count(*) AS n FROM kudos WHERE content_type = $1 GROUP BY content_id) k ON k.content_id = c.id
        WHERE c.kudos_count <> coalesce(k.n, 0)
       UNION ALL
       SELECT 'kudos_count:' || $1::text, k.community_id, k.content_id::text, count(*), 0
         FROM kudos k WHERE k.content_type = $1 AND NOT EXISTS (SELECT 1 FROM ${table} c WHERE c.id = k.content_id)
        GROUP BY k.community_id, k.content_id`,
      [typeName],
    );
    differences.push(...found);
  }
  return differences;
}

/** What recognition heard vs the accepted answers and credits advice and ideas hold (when installed). */
async function sourceDifferences(db: Db): Promise<Row[]> {
  const present = await existingTables(db, ['threads', 'replies', 'idea_credits', 'ideas']);
  const differences: Row[] = [];
  if (present.has('threads') && present.has('replies')) {
    differences.push(
      ...(await db.query(
        // An answer whose author has left the community (or Palabre) may no longer be recognised.
        `WITH accepted AS (
           SELECT t.id AS thread_id, t.community_id, r.id AS reply_id,
                  EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = t.community_id AND m.member_id = r.author_id) AS author_is_member
             FROM threads t JOIN replies r ON r.id = t.accepted_reply_id
            WHERE r.author_id IS NOT NULL AND r.author_id IS DISTINCT FROM t.author_id
         )
         SELECT 'answers' AS check_name, coalesce(a.community_id, ra.community_id) AS community_id, coalesce(a.thread_id, ra.thread_id)::text AS subject_id,
                (a.reply_id IS NOT NULL)::int AS expected, (ra.reply_id IS NOT NULL)::int AS actual
           FROM accepted a FULL OUTER JOIN recognition_answers ra ON ra.thread_id = a.thread_id
          WHERE (ra.reply_id IS NULL AND a.author_is_member) OR a.reply_id IS NULL OR (ra.reply_id IS NOT NULL AND a.reply_id <> ra.reply_id)`,
      )),
    );
  }
  if (present.has('idea_credits') && present.has('ideas')) {
    differences.push(
      ...(await db.query(
        `WITH accepted AS (
           SELECT ic.idea_id, ic.member_id, i.community_id FROM idea_credits ic JOIN ideas i ON i.id = ic.idea_id WHERE ic.accepted_at IS NOT NULL
         )
         SELECT 'credits' AS check_name, coalesce(a.community_id, rc.community_id) AS community_id,
                coalesce(a.idea_id, rc.idea_id)::text || ':' || coalesce(a.member_id, rc.member_id)::text AS subject_id,
                (a.idea_id IS NOT NULL)::int AS expected, (rc.idea_id IS NOT NULL)::int AS actual
           FROM accepted a FULL OUTER JOIN recognition_credits rc ON rc.idea_id = a.idea_id AND rc.member_id = a.member_id
          WHERE a.idea_id IS NULL OR rc.idea_id IS NULL`,
      )),
    );
  }
  return differences;
}
