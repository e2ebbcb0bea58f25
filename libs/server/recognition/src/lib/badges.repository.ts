import { Injectable } from '@nestjs/common';
import { Db, groupByKeys, TransactionRunner } from '@palabre/core';
import type { BadgeKind } from './badge-catalogue';
import type { MemberInCommunity } from './reputation.repository';

export interface BadgeRow {
  community_id: string;
  member_id: string;
  badge: BadgeKind;
  awarded_at: Date;
}

@Injectable()
export class BadgesRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** Null when the member already holds this badge here: the primary key makes it at most once. */
  async award(tx: Db, values: { communityId: string; memberId: string; badge: BadgeKind; now: Date }): Promise<BadgeRow | null> {
    const rows: BadgeRow[] = await tx.query(
      `INSERT INTO badges (community_id, member_id, badge, awarded_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (community_id, member_id, badge) DO NOTHING RETURNING *`,
      [values.communityId, values.memberId, values.badge, values.now],
    );
    return rows[0] ?? null;
  }

  async badgesOf(keys: readonly MemberInCommunity[]): Promise<BadgeRow[][]> {
    if (keys.length === 0) return [];
    const rows: BadgeRow[] = await this.db.reader.query(
      `SELECT b.* FROM badges b JOIN unnest($1::uuid[], $2::uuid[]) AS k(community_id, member_id)
          ON b.community_id = k.community_id AND b.member_id = k.member_id
        ORDER BY b.awarded_at, b.badge`,
      [keys.map((k) => k.communityId), keys.map((k) => k.memberId)],
    );
    return groupByKeys(
      keys.map((k) => `${k.communityId}:${k.memberId}`),
      rows,
      (row) => `${row.community_id}:${row.member_id}`,
    );
  }
}
