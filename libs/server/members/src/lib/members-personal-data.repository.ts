import { Injectable } from '@nestjs/common';
import { Db, queryRows } from '@palabre/core';

/** The SQL of members' personal-data provider: what the member's export reads, what erasure and retention change. */
@Injectable()
export class MembersPersonalDataRepository {
  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const [account] = await queryRows<Record<string, unknown>>(db, `SELECT handle, email, created_at AS "createdAt", email_verified_at AS "emailVerifiedAt", locale FROM members WHERE id = $1`, [memberId]);
    const sessions = await queryRows<Record<string, unknown>>(
      db,
      `SELECT created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt",
              revoked_reason AS "revokedReason", ip_address AS "ipAddress", device_label AS "deviceLabel"
         FROM sessions WHERE member_id = $1 ORDER BY created_at, id`,
      [memberId],
    );
    const accountLinks = await queryRows<Record<string, unknown>>(
      db,
      `SELECT purpose, email, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt" FROM account_links WHERE member_id = $1 ORDER BY created_at`,
      [memberId],
    );
    return { account: account ?? null, sessions, accountLinks };
  }

  /** The row stays as an anonymous tombstone (`tombstone` is its handle); nothing in it identifies anyone. */
  async erase(tx: Db, memberId: string, tombstone: string): Promise<void> {
    await tx.query(`DELETE FROM sessions WHERE member_id = $1`, [memberId]);
    await tx.query(`DELETE FROM account_links WHERE member_id = $1`, [memberId]);
    // '.invalid' can never receive mail (RFC 2606); the id keeps the unique index satisfied.
    // A password hash in no known scheme never verifies.
    await tx.query(`UPDATE members SET handle = $2, email = $3, password_hash = 'erased', email_verified_at = NULL, locale = NULL WHERE id = $1`, [memberId, tombstone, `erased-${memberId}@erased.invalid`]);
  }

  /** Addresses of sessions unused since `cutoff` are blanked; account links go a day after they expire. */
  async purgeExpired(tx: Db, now: Date, cutoff: Date): Promise<void> {
    // The device label is part of the session (shown in me.sessions) and goes with it; the address is a trace.
    await tx.query(`UPDATE sessions SET ip_address = NULL WHERE last_used_at < $1 AND ip_address IS NOT NULL`, [cutoff]);
    // Links live an hour or a day; a day after they expire nothing of them is kept.
    await tx.query(`DELETE FROM account_links WHERE expires_at < $1`, [new Date(now.getTime() - 86_400_000)]);
  }
}
