import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { databaseUrlOf } from '../database/database.module';
import { tryTransactionLock } from '../database/advisory-lock';
import { queryRows } from '../database/transaction-runner';
import { CoalescedRun } from '../process/coalesced-run';
import { EVENTS_CHANNEL, OUTBOX_CHANNEL, PgWakeUpChannel, RedisWakeUpChannel, WakeUpChannel } from './event-bus';

const BATCH = 500;

/**
 * Gives committed outbox events their delivery sequence and wakes the gateways.
 * Uncommitted rows are invisible here, so sequence order is commit-discovery order and a
 * reader that has seen sequence N has seen every event numbered below N.
 * Several api processes may run it: an advisory lock lets one relay at a time number events.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private outboxChannel: PgWakeUpChannel | null = null;
  private eventsChannel: WakeUpChannel | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly numbering = new CoalescedRun(async () => {
    // A run queued before shutdown does nothing once stopped.
    if (this.stopped) return;
    await this.drain().catch((error: unknown) => this.logger.warn(`relay failed, will retry: ${String(error)}`));
  });
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const onError = (error: unknown) => this.logger.warn(`event channel: ${String(error)}`);
    this.outboxChannel = new PgWakeUpChannel(databaseUrlOf(this.config), onError);
    this.eventsChannel = this.config.REDIS_URL ? new RedisWakeUpChannel(this.config.REDIS_URL, onError) : this.outboxChannel;
    await this.outboxChannel.listen(OUTBOX_CHANNEL, () => this.wake());
    // A safety net: a missed notification only delays delivery by one tick.
    this.timer = setInterval(() => this.wake(), 1000);
    this.timer.unref();
    this.wake();
  }

  /** Numbers pending events now; resolves when everything committed so far has a sequence. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return this.numbering.run();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const numbered = await this.dataSource.transaction(async (tx) => {
        if (!(await tryTransactionLock(tx, 'outbox-relay'))) return -1;
        // UPDATE answers [rows, count] through TypeORM: queryRows gives the rows.
        const rows = await queryRows<{ seq: string }>(
          tx,
          `UPDATE outbox_events o SET seq = nextval('outbox_event_seq')
             FROM (SELECT id FROM outbox_events WHERE seq IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) pending
            WHERE o.id = pending.id
        RETURNING o.seq`,
        );
        return rows.length;
      });
      if (numbered < 0) {
        // Another process is numbering; it will wake the gateways. Try again right after this run.
        void this.wake();
        return;
      }
      // The wake-up is a hint (gateways also read the outbox every second): an unreachable Redis must not
      // stop the numbering, which is what delivery depends on.
      if (numbered > 0) await this.eventsChannel?.publish(EVENTS_CHANNEL, 'new').catch((error: unknown) => this.logger.debug(`wake-up not sent: ${String(error)}`));
      if (numbered < BATCH) return;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.numbering.settled();
    if (this.eventsChannel !== this.outboxChannel) await this.eventsChannel?.close();
    await this.outboxChannel?.close();
  }
}
