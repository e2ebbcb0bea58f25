import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface SessionRow {
  id: string;
  member_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface RefreshTokenRow {
  token_hash: string;
  session_id: string;
  used_at: Date | null;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: TransactionRunner) {}

  async create(tx: Db, values: { memberId: string; now: Date; expiresAt: Date; ipAddress: string; userAgent: string | null }): Promise<SessionRow> {
    const rows: SessionRow[] = await tx.query(
      `INSERT INTO sessions (member_id, created_at, last_used_at, expires_at, ip_address, user_agent)
       VALUES ($1, $2, $2, $3, $4, $5) RETURNING id, member_id, expires_at, revoked_at`,
      [values.memberId, values.now, values.expiresAt, values.ipAddress.slice(0, 64), values.userAgent?.slice(0, 300) ?? null],
    );
    return rows[0];
  }

  async addRefreshToken(tx: Db, sessionId: string, tokenHash: string, now: Date): Promise<void> {
    await tx.query(`INSERT INTO refresh_tokens (token_hash, session_id, created_at) VALUES ($1, $2, $3)`, [tokenHash, sessionId, now]);
  }

  /** Locks the token row so two concurrent refreshes with one token cannot both succeed. */
  async lockRefreshToken(tx: Db, tokenHash: string): Promise<(RefreshTokenRow & { session: SessionRow }) | null> {
    const rows: Array<RefreshTokenRow & SessionRow & { sid: string }> = await tx.query(
      `SELECT t.token_hash, t.session_id, t.used_at, s.id AS sid, s.member_id, s.expires_at, s.revoked_at
         FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1 FOR UPDATE OF t, s`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return { token_hash: row.token_hash, session_id: row.session_id, used_at: row.used_at, session: { id: row.sid, member_id: row.member_id, expires_at: row.expires_at, revoked_at: row.revoked_at } };
  }

  async markUsed(tx: Db, tokenHash: string, now: Date): Promise<void> {
    await tx.query(`UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1`, [tokenHash, now]);
  }

  async touch(tx: Db, sessionId: string, now: Date, ipAddress: string): Promise<void> {
    await tx.query(`UPDATE sessions SET last_used_at = $2, ip_address = $3 WHERE id = $1`, [sessionId, now, ipAddress.slice(0, 64)]);
  }

  async revoke(tx: Db, sessionId: string, now: Date, reason: string): Promise<void> {
    await tx.query(`UPDATE sessions SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, now, reason]);
  }

  /**
   * Revokes every live session of a member but `exceptSessionId` (the caller's own, when it stays), in the
   * caller's transaction when given; the session-revocation trigger then drops them from every cache and socket.
   */
  async revokeAllOf(memberId: string, exceptSessionId: string | null | undefined, reason: string, tx: Db = this.db.reader, now: Date = new Date()): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `UPDATE sessions SET revoked_at = $3, revoked_reason = $4
        WHERE member_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
      [memberId, exceptSessionId ?? null, now, reason],
    );
    return rows.length;
  }

  /** When an active session (not revoked, not expired at `now`) of this member expires; null if it is not active. */
  async activeUntil(sessionId: string, memberId: string, now: Date): Promise<Date | null> {
    const rows: Array<{ expires_at: Date }> = await this.db.reader.query(
      `SELECT expires_at FROM sessions WHERE id = $1 AND member_id = $2 AND revoked_at IS NULL AND expires_at > $3`,
      [sessionId, memberId, now],
    );
    return rows[0]?.expires_at ?? null;
  }
}
