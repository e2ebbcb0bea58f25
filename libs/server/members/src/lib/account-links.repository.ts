import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export type AccountLinkPurpose = 'VERIFY_EMAIL' | 'CHANGE_EMAIL' | 'RESET_PASSWORD';

export interface AccountLinkRow {
  member_id: string;
  purpose: AccountLinkPurpose;
  email: string;
}

/** Account state the email flows read: the address, whether it is proved, and the language mail is written in. */
export interface AccountMailRow {
  id: string;
  handle: string;
  email: string;
  email_verified_at: Date | null;
  locale: 'FR' | 'EN';
}

/**
 * The member's language: their own choice, else the language of the community they joined first, else EN.
 * Only `members` and `memberships` rows are read (communities own the locale column, read as shown on their page).
 */
export const EFFECTIVE_LOCALE_SQL = `COALESCE(m.locale,
  (SELECT c.locale FROM memberships ms JOIN communities c ON c.id = ms.community_id WHERE ms.member_id = m.id ORDER BY ms.joined_at, ms.community_id LIMIT 1),
  'EN')`;

/** The only place that writes SQL for single-use account links and the account columns they change. */
@Injectable()
export class AccountLinksRepository {
  constructor(private readonly db: TransactionRunner) {}

  get reader(): Db {
    return this.db.reader;
  }

  /** A new link; earlier unused links of the same purpose stop working (only the latest email counts). */
  async create(tx: Db, values: { id: string; tokenHash: string; memberId: string; purpose: AccountLinkPurpose; email: string; now: Date; expiresAt: Date }): Promise<void> {
    await tx.query(`UPDATE account_links SET used_at = $3 WHERE member_id = $1 AND purpose = $2 AND used_at IS NULL`, [values.memberId, values.purpose, values.now]);
    await tx.query(
      `INSERT INTO account_links (token_hash, member_id, purpose, email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [values.tokenHash, values.memberId, values.purpose, values.email, values.now, values.expiresAt],
    );
  }

  /**
   * Uses a link once: the row is marked used in the same statement that finds it, so two concurrent uses
   * cannot both succeed. A link also dies when the account's email changed since it was sent.
   */
  async consume(tx: Db, tokenHash: string, purpose: AccountLinkPurpose, now: Date): Promise<AccountLinkRow | null> {
    const rows = await queryRows<AccountLinkRow>(
      tx,
      `UPDATE account_links l SET used_at = $3
         FROM members m
        WHERE l.token_hash = $1 AND l.purpose = $2 AND l.used_at IS NULL AND l.expires_at > $3 AND m.id = l.member_id
          AND (l.purpose = 'CHANGE_EMAIL' OR lower(m.email) = lower(l.email))
        RETURNING l.member_id, l.purpose, l.email`,
      [tokenHash, purpose, now],
    );
    return rows[0] ?? null;
  }

  async accountOf(db: Db, memberId: string): Promise<AccountMailRow | null> {
    const rows = await queryRows<AccountMailRow>(db, `SELECT m.id, m.handle, m.email, m.email_verified_at, ${EFFECTIVE_LOCALE_SQL} AS locale FROM members m WHERE m.id = $1`, [memberId]);
    return rows[0] ?? null;
  }

  /** The language the member chose themselves; null when they never chose (the effective one is EFFECTIVE_LOCALE_SQL). */
  async chosenLocale(memberId: string): Promise<'FR' | 'EN' | null> {
    const rows = await queryRows<{ locale: 'FR' | 'EN' | null }>(this.db.reader, `SELECT locale FROM members WHERE id = $1`, [memberId]);
    return rows[0]?.locale ?? null;
  }

  async accountByEmail(db: Db, email: string): Promise<AccountMailRow | null> {
    const rows = await queryRows<AccountMailRow>(db, `SELECT m.id, m.handle, m.email, m.email_verified_at, ${EFFECTIVE_LOCALE_SQL} AS locale FROM members m WHERE lower(m.email) = lower($1)`, [email]);
    return rows[0] ?? null;
  }

  async isVerifiedAddress(address: string): Promise<boolean> {
    const rows: unknown[] = await this.db.reader.query(`SELECT 1 FROM members WHERE lower(email) = lower($1) AND email_verified_at IS NOT NULL`, [address]);
    return rows.length > 0;
  }

  async markVerified(tx: Db, memberId: string, email: string, now: Date): Promise<void> {
    await tx.query(`UPDATE members SET email_verified_at = $3 WHERE id = $1 AND lower(email) = lower($2) AND email_verified_at IS NULL`, [memberId, email, now]);
  }

  /** Replaces the address by a proved one; false when another account holds it by now. */
  async replaceEmail(tx: Db, memberId: string, email: string, now: Date): Promise<boolean> {
    try {
      await tx.query(`SAVEPOINT replace_email`);
      await tx.query(`UPDATE members SET email = $2, email_verified_at = $3 WHERE id = $1`, [memberId, email, now]);
      await tx.query(`RELEASE SAVEPOINT replace_email`);
      return true;
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint !== 'members_email_lower_key') throw error;
      await tx.query(`ROLLBACK TO SAVEPOINT replace_email`);
      return false;
    }
  }

  async setPasswordHash(tx: Db, memberId: string, passwordHash: string): Promise<void> {
    await tx.query(`UPDATE members SET password_hash = $2 WHERE id = $1`, [memberId, passwordHash]);
  }

  /** Every unused link of a purpose stops working (after a reset, the other reset links). */
  async invalidate(tx: Db, memberId: string, purpose: AccountLinkPurpose, now: Date): Promise<void> {
    await tx.query(`UPDATE account_links SET used_at = $3 WHERE member_id = $1 AND purpose = $2 AND used_at IS NULL`, [memberId, purpose, now]);
  }

  async setLocale(memberId: string, locale: 'FR' | 'EN' | null): Promise<void> {
    await this.db.reader.query(`UPDATE members SET locale = $2 WHERE id = $1`, [memberId, locale]);
  }

  async purgeExpired(tx: Db, now: Date): Promise<void> {
    await tx.query(`DELETE FROM account_links WHERE expires_at < $1`, [new Date(now.getTime() - 86_400_000)]);
  }
}
