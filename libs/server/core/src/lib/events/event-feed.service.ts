import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { databaseUrlOf } from '../database/database.module';
import type { StoredEvent } from './domain-event';
import { EVENTS_CHANNEL, PgWakeUpChannel, RedisWakeUpChannel, WakeUpChannel } from './event-bus';

interface EventRow {
  seq: string;
  type: string;
  rooms: string[];
  payload: Record<string, unknown>;
  audience: string;
  occurred_at: Date;
}

const toStored = (row: EventRow): StoredEvent => ({
  id: row.seq,
  type: row.type,
  rooms: row.rooms,
  payload: row.payload,
  audience: row.audience,
  occurredAt: row.occurred_at,
});

/**
 * Reads numbered events in order (for the gateway): the live feed after a wake-up, and
 * replay for a reconnecting client. It only reads.
 */
@Injectable()
export class EventFeedService implements OnApplicationShutdown {
  private readonly logger = new Logger('EventFeed');
  private channel: WakeUpChannel | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastSeq = '0';
  private reading: Promise<void> | null = null;
  private again = false;
  private lock: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts delivering every event numbered from now on, in order, to `deliver`. */
  async start(deliver: (events: StoredEvent[]) => void): Promise<void> {
    const rows: Array<{ seq: string | null }> = await this.dataSource.query('SELECT max(seq)::text AS seq FROM outbox_events');
    this.lastSeq = rows[0]?.seq ?? '0';
    const onError = (error: unknown) => this.logger.warn(`event channel: ${String(error)}`);
    this.channel = this.config.REDIS_URL ? new RedisWakeUpChannel(this.config.REDIS_URL, onError) : new PgWakeUpChannel(databaseUrlOf(this.config), onError);
    const pull = () => this.pull(deliver);
    await this.channel.listen(EVENTS_CHANNEL, pull);
    this.timer = setInterval(pull, 1000);
    this.timer.unref();
  }

  private pull(deliver: (events: StoredEvent[]) => void): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.exclusive(async () => {
      for (;;) {
        const rows: EventRow[] = await this.dataSource.query(
          'SELECT seq::text AS seq, type, rooms, payload, audience, occurred_at FROM outbox_events WHERE seq > $1::bigint ORDER BY seq LIMIT 1000',
          [this.lastSeq],
        );
        if (rows.length === 0) return;
        this.lastSeq = rows[rows.length - 1].seq;
        deliver(rows.map(toStored));
        if (rows.length < 1000) return;
      }
    })
      .catch((error: unknown) => this.logger.warn(`reading events failed, will retry: ${String(error)}`))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.pull(deliver);
        }
      });
  }

  /**
   * Runs `work` while no live delivery happens, with the position of the last event delivered
   * live: a replay done inside it plus the live feed after it give every event exactly once.
   */
  exclusive<T>(work: (position: string) => Promise<T>): Promise<T> {
    const run = this.lock.then(() => work(this.lastSeq));
    this.lock = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** The sequence of the last event delivered live. */
  get position(): string {
    return this.lastSeq;
  }

  /**
   * Events after `afterSeq` in the given rooms, up to `upTo` (default: the live position), in
   * order; or `tooOld` when events after `afterSeq` have already been purged (or are too many).
   */
  async replay(
    afterSeq: string,
    rooms: readonly string[],
    limit = 1000,
    upTo: string = this.lastSeq,
  ): Promise<{ events: StoredEvent[]; tooOld: boolean; oldest: string | null }> {
    const bounds: Array<{ oldest: string | null }> = await this.dataSource.query('SELECT min(seq)::text AS oldest FROM outbox_events WHERE seq IS NOT NULL');
    const oldest = bounds[0]?.oldest ?? null;
    // Everything numbered before the oldest kept event was purged (all of it when none is kept).
    const purgedThrough = oldest === null ? BigInt(upTo) : BigInt(oldest) - 1n;
    if (BigInt(afterSeq) < purgedThrough) return { events: [], tooOld: true, oldest };
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT seq::text AS seq, type, rooms, payload, audience, occurred_at FROM outbox_events
        WHERE seq > $1::bigint AND seq <= $2::bigint AND rooms && $3::text[] ORDER BY seq LIMIT $4`,
      [afterSeq, upTo, rooms, limit + 1],
    );
    if (rows.length > limit) return { events: [], tooOld: true, oldest };
    return { events: rows.map(toStored), tooOld: false, oldest };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.reading;
    await this.lock;
    await this.channel?.close();
  }
}
