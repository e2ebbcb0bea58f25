import { Injectable } from '@nestjs/common';
import { advisoryKey, Db, queryRows, TransactionRunner } from '@palabre/core';

export interface KudosRow {
  id: string;
  community_id: string;
  giver_id: string;
  receiver_id: string;
  content_type: string;
  content_id: string;
  message: string | null;
  counts_for_reputation: boolean;
  created_at: Date;
}

export interface ContentKey {
  contentType: string;
  contentId: string;
}

export interface KudosPageKey extends ContentKey {
  limit: number;
  after: { createdAt: string; id: string } | null;
}

const contentKeyOf = (key: ContentKey) => `${key.contentType}:${key.contentId}`;

/** The only place that writes SQL for kudos and the daily giving budget. */
@Injectable()
export class KudosRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** Serialises kudos between two members (either direction), so the pair cap is counted exactly. */
  async lockPair(tx: Db, communityId: string, a: string, b: string): Promise<void> {
    const [first, second] = [a, b].sort();
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey(`kudos-pair:${communityId}:${first}:${second}`)]);
  }

  async findByIds(ids: readonly string[]): Promise<KudosRow[]> {
    if (ids.length === 0) return [];
    return this.db.reader.query(`SELECT * FROM kudos WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async find(db: Db, giverId: string, content: ContentKey): Promise<KudosRow | null> {
    const rows: KudosRow[] = await db.query(`SELECT * FROM kudos WHERE giver_id = $1 AND content_type = $2 AND content_id = $3`, [giverId, content.contentType, content.contentId]);
    return rows[0] ?? null;
  }

  async countBetweenSince(tx: Db, communityId: string, a: string, b: string, since: Date): Promise<number> {
    const rows: Array<{ count: string }> = await tx.query(
      `SELECT count(*) FROM kudos
        WHERE community_id = $1 AND created_at >= $4
          AND ((giver_id = $2 AND receiver_id = $3) OR (giver_id = $3 AND receiver_id = $2))`,
      [communityId, a, b, since],
    );
    return Number(rows[0].count);
  }

  /** Null when this giver already thanked this content (the unique key decides, not a prior read). */
  async insert(
    tx: Db,
    values: { communityId: string; giverId: string; receiverId: string; content: ContentKey; message: string | null; countsForReputation: boolean; now: Date },
  ): Promise<KudosRow | null> {
    const rows: KudosRow[] = await tx.query(
      `INSERT INTO kudos (community_id, giver_id, receiver_id, content_type, content_id, message, counts_for_reputation, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (giver_id, content_type, content_id) DO NOTHING RETURNING *`,
      [values.communityId, values.giverId, values.receiverId, values.content.contentType, values.content.contentId, values.message, values.countsForReputation, values.now],
    );
    return rows[0] ?? null;
  }

  async delete(tx: Db, giverId: string, content: ContentKey): Promise<KudosRow | null> {
    const rows = await queryRows<KudosRow>(tx, `DELETE FROM kudos WHERE giver_id = $1 AND content_type = $2 AND content_id = $3 RETURNING *`, [
      giverId,
      content.contentType,
      content.contentId,
    ]);
    return rows[0] ?? null;
  }

  /** Spends one kudos of the giver's day in this community and returns how many are spent. */
  async spendBudget(tx: Db, communityId: string, giverId: string, day: string): Promise<number> {
    const rows: Array<{ used: number }> = await tx.query(
      `INSERT INTO kudos_daily_budgets (community_id, giver_id, day, used) VALUES ($1, $2, $3::date, 1)
       ON CONFLICT (community_id, giver_id, day) DO UPDATE SET used = kudos_daily_budgets.used + 1
       RETURNING used`,
      [communityId, giverId, day],
    );
    return Number(rows[0].used);
  }

  /** One page of kudos, newest first, for each requested content, in one statement. */
  async pages(keys: readonly KudosPageKey[]): Promise<KudosRow[][]> {
    if (keys.length === 0) return [];
    const rows: Array<KudosRow & { key_index: string }> = await this.db.reader.query(
      `SELECT page.*, k.key_index FROM
         unnest($1::text[], $2::uuid[], $3::int[], $4::timestamptz[], $5::uuid[]) WITH ORDINALITY AS k(content_type, content_id, lim, after_created, after_id, key_index)
         CROSS JOIN LATERAL (
           SELECT kd.* FROM kudos kd
            WHERE kd.content_type = k.content_type AND kd.content_id = k.content_id
              AND (k.after_created IS NULL OR (kd.created_at, kd.id) < (k.after_created, k.after_id))
            ORDER BY kd.created_at DESC, kd.id DESC
            LIMIT k.lim
         ) page`,
      [keys.map((k) => k.contentType), keys.map((k) => k.contentId), keys.map((k) => k.limit), keys.map((k) => k.after?.createdAt ?? null), keys.map((k) => k.after?.id ?? null)],
    );
    const pages: KudosRow[][] = keys.map(() => []);
    for (const { key_index, ...row } of rows) pages[Number(key_index) - 1].push(row);
    return pages;
  }

  /** One page of the kudos a member gave or received in a community, newest first. */
  async ofMember(query: { communityId: string; memberId: string; given: boolean; limit: number; after: { createdAt: string; id: string } | null }): Promise<KudosRow[]> {
    return this.db.reader.query(
      `SELECT * FROM kudos
        WHERE community_id = $1 AND (CASE WHEN $3::boolean THEN giver_id ELSE receiver_id END) = $2
          AND ($5::timestamptz IS NULL OR (created_at, id) < ($5::timestamptz, $6::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $4`,
      [query.communityId, query.memberId, query.given, query.limit, query.after?.createdAt ?? null, query.after?.id ?? null],
    );
  }

  async countOfMember(communityId: string, memberId: string, given: boolean): Promise<number> {
    const rows: Array<{ count: string }> = await this.db.reader.query(
      `SELECT count(*) FROM kudos WHERE community_id = $1 AND (CASE WHEN $3::boolean THEN giver_id ELSE receiver_id END) = $2`,
      [communityId, memberId, given],
    );
    return Number(rows[0].count);
  }

  async counts(keys: readonly ContentKey[]): Promise<number[]> {
    if (keys.length === 0) return [];
    const rows: Array<{ content_type: string; content_id: string; count: string }> = await this.db.reader.query(
      `SELECT content_type, content_id, count(*) FROM kudos
        WHERE (content_type, content_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))
        GROUP BY content_type, content_id`,
      [keys.map((k) => k.contentType), keys.map((k) => k.contentId)],
    );
    const byKey = new Map(rows.map((row) => [`${row.content_type}:${row.content_id}`, Number(row.count)]));
    return keys.map((key) => byKey.get(contentKeyOf(key)) ?? 0);
  }

  async givenBy(giverId: string, keys: readonly ContentKey[]): Promise<boolean[]> {
    if (keys.length === 0) return [];
    const rows: Array<{ content_type: string; content_id: string }> = await this.db.reader.query(
      `SELECT content_type, content_id FROM kudos
        WHERE giver_id = $1 AND (content_type, content_id) IN (SELECT * FROM unnest($2::text[], $3::uuid[]))`,
      [giverId, keys.map((k) => k.contentType), keys.map((k) => k.contentId)],
    );
    const given = new Set(rows.map((row) => `${row.content_type}:${row.content_id}`));
    return keys.map((key) => given.has(contentKeyOf(key)));
  }
}
