import { Injectable } from '@nestjs/common';
import { Db } from '@palabre/core';
import type { ConsentScope, ConsentLedgerRow, ConsentRow } from './notifications.rows';

/** The only place that writes SQL for the consent ledger. */
@Injectable()
export class ConsentsRepository {
  async appendConsent(tx: Db, values: { memberId: string; communityId: string; scope: ConsentScope; action: 'GRANT' | 'REVOKE'; textVersion: string; now: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO consent_ledger (member_id, community_id, scope, action, text_version, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [values.memberId, values.communityId, values.scope, values.action, values.textVersion, values.now],
    );
  }

  /** Serialises ledger writes of one member (grant and revoke at once stay ordered). */
  async lockMember(tx: Db, memberId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('consent:' || $1::text))`, [memberId]);
  }

  /**
   * Each member's consents as periods: the latest grant per (community, scope) with the
   * revocation that followed it, if any.
   */
  async consentsOf(db: Db, memberId: string, filter?: { communityId: string; scope: ConsentScope }): Promise<ConsentRow[]> {
    return db.query(
      `SELECT g.member_id, g.community_id, g.scope, g.recorded_at AS granted_at, g.text_version,
              (SELECT min(r.recorded_at) FROM consent_ledger r WHERE r.member_id = g.member_id AND r.community_id = g.community_id
                  AND r.scope = g.scope AND r.action = 'REVOKE' AND r.id > g.id) AS revoked_at
         FROM consent_ledger g
        WHERE g.member_id = $1 AND g.action = 'GRANT'
          AND ($2::uuid IS NULL OR (g.community_id = $2::uuid AND g.scope = $3))
          AND g.id = (SELECT max(x.id) FROM consent_ledger x WHERE x.member_id = g.member_id AND x.community_id = g.community_id AND x.scope = g.scope AND x.action = 'GRANT')
        ORDER BY g.id`,
      [memberId, filter?.communityId ?? null, filter?.scope ?? null],
    );
  }

  /** Every grant and revocation of a member, oldest first, as the append-only ledger holds them. */
  async consentHistoryOf(db: Db, memberId: string): Promise<ConsentLedgerRow[]> {
    return db.query(`SELECT id, community_id, scope, action, text_version, recorded_at FROM consent_ledger WHERE member_id = $1 ORDER BY id`, [memberId]);
  }

  /** Whether the latest ledger entry for (member, community, scope) is a grant. */
  async hasCurrentConsent(db: Db, memberId: string, communityId: string, scope: ConsentScope): Promise<boolean> {
    const rows: Array<{ action: string }> = await db.query(
      `SELECT action FROM consent_ledger WHERE member_id = $1 AND community_id = $2 AND scope = $3 ORDER BY id DESC LIMIT 1`,
      [memberId, communityId, scope],
    );
    return rows[0]?.action === 'GRANT';
  }

  async communitiesWithConsent(db: Db, memberId: string, scope: ConsentScope): Promise<Set<string>> {
    const rows: Array<{ community_id: string; action: string }> = await db.query(
      `SELECT DISTINCT ON (community_id) community_id, action FROM consent_ledger WHERE member_id = $1 AND scope = $2 ORDER BY community_id, id DESC`,
      [memberId, scope],
    );
    return new Set(rows.filter((row) => row.action === 'GRANT').map((row) => row.community_id));
  }
}
