import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, CommitInvalidation, databaseUrlOf, SESSIONS_CHANGED_CHANNEL, TransactionRunner } from '@palabre/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The gateway checks sessions as the api does: a signed-out or revoked session's access token opens no
 * socket, and the sockets of a session that ends are closed. A session ends only through a write that
 * raises `palabre_sessions_changed` (migration 1764001200000); on each (and after the LISTEN connection
 * comes back, since notifications were lost meanwhile) the sessions of this gateway's sockets are read
 * again, in one query, and the sockets of those no longer active are dropped.
 */
@Injectable()
export class SessionWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SessionWatch');
  private readonly invalidation: CommitInvalidation;
  /** sessionId → ids of this gateway's sockets opened with it. */
  private readonly bySession = new Map<string, Set<string>>();
  private drop: (socketIds: string[]) => void = () => undefined;
  private checking: Promise<void> | null = null;
  private again = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
  ) {
    this.invalidation = new CommitInvalidation(SESSIONS_CHANGED_CHANNEL, db, () => this.recheck(), 'SessionWatch');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.invalidation.start(databaseUrlOf(this.config));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.invalidation.close();
    await this.checking;
  }

  /** Called with the sockets whose session ended. */
  onEnded(drop: (socketIds: string[]) => void): void {
    this.drop = drop;
  }

  /** Moves whenever sessions may have changed: a check made before a move is made again. */
  get generation(): number {
    return this.invalidation.generation;
  }

  async isActive(sessionId: string, memberId: string): Promise<boolean> {
    if (!UUID.test(sessionId) || !UUID.test(memberId)) return false;
    const rows: unknown[] = await this.db.reader.query(`SELECT 1 FROM sessions WHERE id = $1 AND member_id = $2 AND revoked_at IS NULL AND expires_at > $3`, [
      sessionId,
      memberId,
      this.clock.now(),
    ]);
    return rows.length > 0;
  }

  track(socketId: string, sessionId: string): void {
    this.bySession.set(sessionId, (this.bySession.get(sessionId) ?? new Set()).add(socketId));
  }

  untrack(socketId: string, sessionId: string): void {
    const sockets = this.bySession.get(sessionId);
    sockets?.delete(socketId);
    if (sockets?.size === 0) this.bySession.delete(sessionId);
  }

  /** Reads again the sessions of every socket here (coalesced: one check at a time, one more if asked meanwhile). */
  recheck(): void {
    if (this.checking) {
      this.again = true;
      return;
    }
    this.checking = this.checkAll()
      .catch((error: unknown) => this.logger.warn(`session check failed; retried on the next change: ${String(error)}`))
      .finally(() => {
        this.checking = null;
        if (this.again) {
          this.again = false;
          this.recheck();
        }
      });
  }

  private async checkAll(): Promise<void> {
    const sessionIds = [...this.bySession.keys()];
    if (sessionIds.length === 0) return;
    const rows: Array<{ id: string }> = await this.db.reader.query(`SELECT id FROM sessions WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL AND expires_at > $2`, [
      sessionIds,
      this.clock.now(),
    ]);
    const active = new Set(rows.map((row) => row.id));
    const ended = sessionIds.filter((id) => !active.has(id)).flatMap((id) => [...(this.bySession.get(id) ?? [])]);
    if (ended.length > 0) this.drop(ended);
  }
}
