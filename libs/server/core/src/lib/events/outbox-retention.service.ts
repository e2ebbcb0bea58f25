import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../clock/clock';
import { tryTransactionLock } from '../database/advisory-lock';
import { Db, queryRows } from '../database/transaction-runner';

const EVERY_MS = 10 * 60_000;

/**
 * Purges delivered outbox events older than EVENT_RETENTION_HOURS (replay keeps working for
 * that long; older positions get an explicit `resync`). The newest delivered event is always
 * kept so the purge point stays known. Safe with several api processes (advisory lock).
 */
@Injectable()
export class OutboxRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRetention');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SCHEDULER_ENABLED) return;
    this.timer = setInterval(() => void this.purge().catch((error: unknown) => this.logger.warn(`purge failed, will retry: ${String(error)}`)), EVERY_MS);
    this.timer.unref();
  }

  /** Deletes expired events now; returns how many (0 when another process is purging). */
  purge(): Promise<number> {
    this.running ??= this.dataSource
      .transaction(async (tx) => {
        if (!(await tryTransactionLock(tx, 'outbox-retention'))) return 0;
        const cutoff = new Date(this.clock.now().getTime() - this.config.EVENT_RETENTION_HOURS * 3_600_000);
        const rows = await queryRows<{ seq: string }>(
          tx,
          `DELETE FROM outbox_events
            WHERE seq IS NOT NULL AND occurred_at < $1
              AND seq < (SELECT max(seq) FROM outbox_events)
        RETURNING seq`,
          [cutoff],
        );
        return rows.length;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Text fields an event may carry from what its actor wrote. */
  static readonly WRITTEN_TEXT_KEYS = ['title', 'message', 'body', 'excerpt', 'rationale', 'note', 'summary'] as const;

  /**
   * Erasure of a member: every event naming them loses their id (null), and, when they chose DELETE,
   * the text it carried (a title, a kudos message…), so nothing they wrote outlives them in replays.
   */
  async scrubMember(tx: Db, memberId: string, deleteText: boolean): Promise<void> {
    const quoted = JSON.stringify(memberId);
    await tx.query(
      `UPDATE outbox_events SET payload = replace((CASE WHEN $2 THEN payload - $3::text[] ELSE payload END)::text, $1, 'null')::jsonb
         WHERE strpos(payload::text, $1) > 0`,
      [quoted, deleteText, OutboxRetentionService.WRITTEN_TEXT_KEYS],
    );
  }

  /** Erasure: events already written keep no trace of an identity; string values equal to it become `replacement`. */
  async scrubIdentities(tx: Db, identities: readonly string[], replacement: string): Promise<void> {
    for (const identity of identities) {
      const quoted = JSON.stringify(identity);
      await tx.query(`UPDATE outbox_events SET payload = replace(payload::text, $1, $2)::jsonb WHERE strpos(payload::text, $1) > 0`, [quoted, JSON.stringify(replacement)]);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }
}
