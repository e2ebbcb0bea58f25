import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface SessionRow {
  id: string;
  member_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

/** A session as its owner sees it in me.sessions. */
export interface SessionListRow {
  id: string;
  device_label: string;
  created_at: Date;
  last_used_at: Date;
  expires_at: Date;
}

export interface RefreshTokenRow {
  token_hash: string;
  session_id: string;
  used_at: Date | null;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: TransactionRunner) {}

  async create(tx: Db, values: { memberId: string; now: Date; expiresAt: Date; ipAddress: string; deviceLabel: string }): Promise<SessionRow> {
    const rows: SessionRow[] = await tx.query(
      `INSERT INTO sessions (member_id, created_at, last_used_at, expires_at, ip_address, device_label)
       VALUES ($1, $2, $2, $3, $4, $5) RETURNING id, member_id, expires_at, revoked_at`,
      [values.memberId, values.now, values.expiresAt, values.ipAddress.slice(0, 64), values.deviceLabel.slice(0, 80)],
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

  /** Ends every active session of a member, but `exceptSessionId`; answers how many were ended. */
  async revokeAllOf(tx: Db, memberId: string, exceptSessionId: string | null, now: Date, reason: string): Promise<number> {
    const rows = await queryRows(
      tx,
      `UPDATE sessions SET revoked_at = $3, revoked_reason = $4
        WHERE member_id = $1 AND revoked_at IS NULL AND expires_at > $3 AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
      [memberId, exceptSessionId, now, reason],
    );
    return rows.length;
  }

  /** Ends one active session if it belongs to the member; false otherwise (unknown, someone else's, already ended). */
  async revokeOwn(tx: Db, sessionId: string, memberId: string, now: Date, reason: string): Promise<boolean> {
    const rows = await queryRows(
      tx,
      `UPDATE sessions SET revoked_at = $3, revoked_reason = $4 WHERE id = $1 AND member_id = $2 AND revoked_at IS NULL AND expires_at > $3 RETURNING id`,
      [sessionId, memberId, now, reason],
    );
    return rows.length > 0;
  }

  /** Active sessions of a member, most recently used first. */
  async listActive(memberId: string, now: Date): Promise<SessionListRow[]> {
    return this.db.reader.query(
      `SELECT id, device_label, created_at, last_used_at, expires_at FROM sessions
        WHERE member_id = $1 AND revoked_at IS NULL AND expires_at > $2 ORDER BY last_used_at DESC, created_at DESC, id`,
      [memberId, now],
    );
  }

  /** The session a refresh token belongs to (used or not), for signing out with the cookie alone. */
  async sessionOfRefreshToken(tokenHash: string): Promise<string | null> {
    const rows: Array<{ session_id: string }> = await this.db.reader.query(`SELECT session_id FROM refresh_tokens WHERE token_hash = $1`, [tokenHash]);
    return rows[0]?.session_id ?? null;
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
