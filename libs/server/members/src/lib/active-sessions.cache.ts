import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CommitInvalidation, databaseUrlOf, SESSIONS_CHANGED_CHANNEL, TransactionRunner } from '@palabre/core';
import { LRUCache } from 'lru-cache';
import { SessionsRepository } from './sessions.repository';

/**
 * Sessions known to be active, so that a signed-in request does not read its session row every time.
 *
 * Correctness as for the response cache: a session stops being active only through a write that raises
 * `palabre_sessions_changed` (revocation, expiry or owner change, deletion; migration 1764001200000), and
 * this process's own such commits forget everything before their caller resumes. A read that overlapped a
 * change is not kept, expiry is checked against the clock on every use, and while the LISTEN connection
 * is down every check reads the row. Another process's revocation takes effect here when its notification
 * arrives, typically well under a millisecond after its commit.
 */
@Injectable()
export class ActiveSessionsCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries: LRUCache<string, { memberId: string; expiresAt: number }> | null;
  private readonly invalidation: CommitInvalidation;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
    transactions: TransactionRunner,
  ) {
    this.entries = config.SESSION_CACHE_MAX_ENTRIES > 0 ? new LRUCache({ max: config.SESSION_CACHE_MAX_ENTRIES }) : null;
    this.invalidation = new CommitInvalidation(SESSIONS_CHANGED_CHANNEL, transactions, () => this.entries?.clear(), 'ActiveSessionsCache');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.entries) await this.invalidation.start(databaseUrlOf(this.config));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.invalidation.close();
  }

  async isActive(sessionId: string, memberId: string, now: Date): Promise<boolean> {
    if (this.entries && this.invalidation.listening) {
      const known = this.entries.get(sessionId);
      if (known && known.memberId === memberId && known.expiresAt > now.getTime()) return true;
    }
    const generation = this.invalidation.generation;
    const expiresAt = await this.sessions.activeUntil(sessionId, memberId, now);
    if (expiresAt && this.entries && this.invalidation.listening && generation === this.invalidation.generation) {
      this.entries.set(sessionId, { memberId, expiresAt: expiresAt.getTime() });
    }
    return expiresAt !== null;
  }
}
