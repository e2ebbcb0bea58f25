import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

/** What a digest email needs to know of its recipient. */
export interface MailRecipientRow {
  email: string;
  handle: string;
  verified: boolean;
  locale: 'FR' | 'EN';
}

export interface UnsubscribeLinkRow {
  member_id: string;
  scope: 'EMAIL_DIGEST';
  community_ids: string[];
  used_at: Date | null;
}

/** The only place that writes SQL for one-click unsubscribe links (token hashes only). */
@Injectable()
export class UnsubscribeRepository {
  constructor(private readonly db: TransactionRunner) {}

  async insert(tx: Db, values: { tokenHash: string; memberId: string; communityIds: string[]; now: Date }): Promise<void> {
    await tx.query(`INSERT INTO unsubscribe_links (token_hash, member_id, scope, community_ids, created_at) VALUES ($1, $2, 'EMAIL_DIGEST', $3::uuid[], $4)`, [
      values.tokenHash,
      values.memberId,
      values.communityIds,
      values.now,
    ]);
  }

  /** Locks the link: two one-click posts at once record one revocation. */
  async lock(tx: Db, tokenHash: string): Promise<UnsubscribeLinkRow | null> {
    const rows = await queryRows<UnsubscribeLinkRow>(tx, `SELECT member_id, scope, community_ids, used_at FROM unsubscribe_links WHERE token_hash = $1 FOR UPDATE`, [tokenHash]);
    return rows[0] ?? null;
  }

  async find(tokenHash: string): Promise<UnsubscribeLinkRow | null> {
    const rows = await queryRows<UnsubscribeLinkRow>(this.db.reader, `SELECT member_id, scope, community_ids, used_at FROM unsubscribe_links WHERE token_hash = $1`, [tokenHash]);
    return rows[0] ?? null;
  }

  async markUsed(tx: Db, tokenHash: string, now: Date): Promise<void> {
    await tx.query(`UPDATE unsubscribe_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL`, [tokenHash, now]);
  }

  /** Address, handle, proof and language of a member (the language as members defines it: choice, first community, EN). */
  async recipientOf(memberId: string): Promise<MailRecipientRow | null> {
    const rows = await queryRows<MailRecipientRow>(
      this.db.reader,
      `SELECT m.email, m.handle, m.email_verified_at IS NOT NULL AS verified,
              COALESCE(m.locale, (SELECT c.locale FROM memberships ms JOIN communities c ON c.id = ms.community_id
                                   WHERE ms.member_id = m.id ORDER BY ms.joined_at, ms.community_id LIMIT 1), 'EN') AS locale
         FROM members m WHERE m.id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }

  async communityNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await queryRows<{ id: string; name: string }>(this.db.reader, `SELECT id, name FROM communities WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Links kept a year: long enough for an old email's button to still work. */
  async purgeExpired(tx: Db, now: Date): Promise<void> {
    await tx.query(`DELETE FROM unsubscribe_links WHERE created_at < $1`, [new Date(now.getTime() - 365 * 86_400_000)]);
  }
}
