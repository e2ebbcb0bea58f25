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
}

export type InsertMemberResult = { member: MemberRow } | { duplicate: 'handle' | 'email' };

/** The only place that writes SQL for accounts. */
@Injectable()
export class MembersRepository {
  constructor(private readonly db: TransactionRunner) {}

  async insert(tx: Db, values: { handle: string; email: string; passwordHash: string; createdAt: Date }): Promise<InsertMemberResult> {
    try {
      const rows: MemberRow[] = await tx.query(
        `INSERT INTO members (handle, email, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING *`,
        [values.handle, values.email, values.passwordHash, values.createdAt],
      );
      return { member: rows[0] };
    } catch (error) {
      const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      if (constraint === 'members_handle_lower_key') return { duplicate: 'handle' };
      if (constraint === 'members_email_lower_key') return { duplicate: 'email' };
      throw error;
    }
  }

  async findByEmail(email: string): Promise<MemberRow | null> {
    const rows: MemberRow[] = await this.db.reader.query(`SELECT * FROM members WHERE lower(email) = lower($1)`, [email]);
    return rows[0] ?? null;
  }

  async findByHandle(handle: string, db: Db = this.db.reader): Promise<MemberRow | null> {
    const rows: MemberRow[] = await db.query(`SELECT * FROM members WHERE lower(handle) = lower($1)`, [handle]);
    return rows[0] ?? null;
  }

  /** Rows in the order of `ids`; null where a member does not exist. */
  async findByIds(ids: readonly string[]): Promise<MemberRow[]> {
    if (ids.length === 0) return [];
    return this.db.reader.query(`SELECT * FROM members WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
