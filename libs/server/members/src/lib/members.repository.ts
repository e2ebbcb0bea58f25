import { Injectable } from '@nestjs/common';
import { Db, TransactionRunner } from '@palabre/core';

export interface MemberRow {
  id: string;
  handle: string;
  email: string;
  password_hash: string;
  created_at: Date;
  email_verified_at?: Date | null;
  /** The member's own choice; null means the default (see EFFECTIVE_LOCALE_SQL). */
  locale?: 'FR' | 'EN' | null;
  /** Made through signUp: no sign-in until email_verified_at is set. */
  sign_in_needs_verified_email?: boolean;
}

export type InsertMemberResult = { member: MemberRow } | { duplicate: 'handle' | 'email' };

/** The only place that writes SQL for accounts. */
@Injectable()
export class MembersRepository {
  constructor(private readonly db: TransactionRunner) {}

  /**
   * Inserts the account, or tells which unique column is taken (the handle first: handles are public,
   * emails are not). No statement fails, so the caller's transaction can go on either way.
   */
  async insert(tx: Db, values: { handle: string; email: string; passwordHash: string; createdAt: Date; signInNeedsVerifiedEmail: boolean }): Promise<InsertMemberResult> {
    const rows: MemberRow[] = await tx.query(
      `INSERT INTO members (handle, email, password_hash, created_at, sign_in_needs_verified_email) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING *`,
      [values.handle, values.email, values.passwordHash, values.createdAt, values.signInNeedsVerifiedEmail],
    );
    if (rows[0]) return { member: rows[0] };
    const [taken] = (await tx.query(`SELECT EXISTS (SELECT 1 FROM members WHERE lower(handle) = lower($1)) AS handle`, [values.handle])) as { handle: boolean }[];
    return { duplicate: taken.handle ? 'handle' : 'email' };
  }

  async findByEmail(email: string): Promise<MemberRow | null> {
    const rows: MemberRow[] = await this.db.reader.query(`SELECT * FROM members WHERE lower(email) = lower($1)`, [email]);
    return rows[0] ?? null;
  }

  async findByHandle(handle: string, db: Db = this.db.reader): Promise<MemberRow | null> {
    const rows: MemberRow[] = await db.query(`SELECT * FROM members WHERE lower(handle) = lower($1)`, [handle]);
    return rows[0] ?? null;
  }

  /** Which of these lower-cased handles have an account that is not an erased one's tombstone (`tombstonePrefix`). */
  async existingHandles(db: Db, handles: readonly string[], tombstonePrefix: string): Promise<string[]> {
    if (handles.length === 0) return [];
    const rows: Array<{ handle: string }> = await db.query(`SELECT handle FROM members WHERE lower(handle) = ANY($1::text[]) AND lower(handle) NOT LIKE $2`, [handles, `${tombstonePrefix}%`]);
    return rows.map((row) => row.handle);
  }

  async findById(db: Db, id: string): Promise<MemberRow | null> {
    const rows: MemberRow[] = await db.query(`SELECT * FROM members WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Rows in the order of `ids`; null where a member does not exist. */
  async findByIds(ids: readonly string[]): Promise<MemberRow[]> {
    if (ids.length === 0) return [];
    return this.db.reader.query(`SELECT * FROM members WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
