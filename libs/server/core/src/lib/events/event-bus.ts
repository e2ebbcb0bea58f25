import { Client } from 'pg';
import { createClient } from 'redis';

export const OUTBOX_CHANNEL = 'palabre_outbox';
export const EVENTS_CHANNEL = 'palabre_events';
export const PUBLISH_TO_ALL = `SELECT pg_notify(channel, '') FROM unnest($1::text[]) AS channel`;

/** Wakes listeners up; the message is only a hint, readers always fetch from the outbox. */
export interface WakeUpChannel {
  listen(channel: string, onMessage: () => void): Promise<void>;
  publish(channel: string, message: string): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL LISTEN/NOTIFY on a dedicated connection, reconnecting after a failure. */
export class PgWakeUpChannel implements WakeUpChannel {
  private client: Client | null = null;
  private readonly listeners = new Map<string, Array<() => void>>();
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly onError: (error: unknown) => void,
    private readonly applicationName = 'palabre-listener',
  ) {}

  private async connect(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.databaseUrl, application_name: this.applicationName });
    client.on('notification', (message) => this.listeners.get(message.channel)?.forEach((listener) => listener()));
    // 'error' and 'end' may both fire for one lost connection: reconnect once per client.
    let lost = false;
    const onLost = (error?: unknown) => {
      if (error) this.onError(error);
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      if (!this.closed) setTimeout(() => void this.reconnect(), 1000);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      lost = true; // the caller retries; this client must not schedule its own reconnect
      await client.end().catch(() => undefined);
      throw error;
    }
    // Set only once listening: `isListening` must never claim a notification cannot be missed when it can.
    this.client = client;
    return client;
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.connect();
      this.listeners.forEach((listeners) => listeners.forEach((listener) => listener()));
    } catch (error) {
      this.onError(error);
      if (!this.closed) setTimeout(() => void this.reconnect(), 1000);
    }
  }

  /** False while the connection is down (notifications sent meanwhile are lost). */
  get isListening(): boolean {
    return this.client !== null && !this.closed;
  }

  async listen(channel: string, onMessage: () => void): Promise<void> {
    const known = this.listeners.get(channel);
    this.listeners.set(channel, [...(known ?? []), onMessage]);
    const client = await this.connect();
    if (!known) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
  }

  async publish(channel: string, message: string): Promise<void> {
    const client = await this.connect();
    await client.query('SELECT pg_notify($1, $2)', [channel, message]);
  }

  /** A notification on each channel, in one statement. */
  async publishToAll(channels: readonly string[]): Promise<void> {
    const client = await this.connect();
    await client.query(PUBLISH_TO_ALL, [channels]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}

/**
 * Redis pub/sub, for multi-node mode (REDIS_URL). Nobody ever waits for Redis: publishing while it is
 * unreachable fails at once (the message is only a wake-up hint; readers also poll the outbox every
 * second), subscriptions are made whenever the connection is up, and the clients keep reconnecting.
 */
export class RedisWakeUpChannel implements WakeUpChannel {
  private readonly publisher;
  private readonly subscriber;

  constructor(redisUrl: string, onError: (error: unknown) => void) {
    this.publisher = createClient({ url: redisUrl, disableOfflineQueue: true });
    this.subscriber = createClient({ url: redisUrl });
    this.publisher.on('error', onError);
    this.subscriber.on('error', onError);
    void this.publisher.connect().catch(onError);
    void this.subscriber.connect().catch(onError);
  }

  get isReady(): boolean {
    return this.publisher.isReady && this.subscriber.isReady;
  }

  async listen(channel: string, onMessage: () => void): Promise<void> {
    // Queued until the subscriber is connected (and made again by the client after a reconnection).
    void this.subscriber.subscribe(channel, () => onMessage()).catch(() => undefined);
  }

  async publish(channel: string, message: string): Promise<void> {
    if (!this.publisher.isReady) throw new Error('Redis is unreachable: wake-up not sent (readers poll)');
    await this.publisher.publish(channel, message);
  }

  async close(): Promise<void> {
    for (const client of [this.publisher, this.subscriber]) {
      if (client.isReady) await client.close().catch(() => undefined);
      else client.destroy();
    }
  }
}
