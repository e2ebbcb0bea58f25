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

/** What a shared connection needs from each PgWakeUpChannel using it. */
interface ConnectionUser {
  readonly channels: Iterable<string>;
  deliver(channel: string): void;
  onError(error: unknown): void;
  /** After a reconnection: notifications sent while the connection was down are lost. */
  resume(): void;
}

/**
 * One LISTEN connection per database URL and application name, shared by every PgWakeUpChannel of the
 * process: PostgreSQL signals every listening backend of a database on each commit that notifies, whatever
 * the channel (async.c, SignalBackends), so each extra listening connection is one more backend woken up
 * by every write. Reconnects after a failure; closed once its last user is.
 */
class SharedPgConnection {
  private static readonly open = new Map<string, SharedPgConnection>();
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  /** Channels LISTENed on the current client (LISTEN done). */
  private listened = new Set<string>();
  private readonly users = new Set<ConnectionUser>();
  private closed = false;

  private constructor(
    private readonly key: string,
    private readonly databaseUrl: string,
    private readonly applicationName: string,
  ) {}

  static join(databaseUrl: string, applicationName: string, user: ConnectionUser): SharedPgConnection {
    const key = `${applicationName}\u0000${databaseUrl}`;
    let shared = SharedPgConnection.open.get(key);
    if (!shared) {
      shared = new SharedPgConnection(key, databaseUrl, applicationName);
      SharedPgConnection.open.set(key, shared);
    }
    shared.users.add(user);
    return shared;
  }

  /** True when the connection is up and every one of `channels` is LISTENed on it. */
  isListeningTo(channels: Iterable<string>): boolean {
    if (this.client === null || this.closed) return false;
    for (const channel of channels) if (!this.listened.has(channel)) return false;
    return true;
  }

  async listen(channel: string): Promise<void> {
    const client = await this.connect();
    if (this.listened.has(channel) || this.client !== client) return;
    await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    if (this.client === client) this.listened.add(channel);
  }

  async query(text: string, values: unknown[]): Promise<void> {
    const client = await this.connect();
    await client.query(text, values);
  }

  /** Channels are not UNLISTENed when their last user leaves: the connection is woken by the others anyway. */
  async leave(user: ConnectionUser): Promise<void> {
    if (!this.users.delete(user) || this.users.size > 0) return;
    this.closed = true;
    SharedPgConnection.open.delete(this.key);
    const client = this.client ?? (await this.connecting?.catch(() => null));
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    // Concurrent users (bootstrap hooks run together) wait for the same connection.
    this.connecting ??= this.openClient().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async openClient(): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: this.applicationName });
    client.on('notification', (message) => this.users.forEach((user) => user.deliver(message.channel)));
    // 'error' and 'end' may both fire for one lost connection: reconnect once per client.
    let lost = false;
    const onLost = (error?: unknown) => {
      if (error) this.users.forEach((user) => user.onError(error));
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      if (!this.closed) setTimeout(() => void this.reconnect(), 1000);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    const listened = new Set<string>();
    try {
      await client.connect();
      const channels = new Set([...this.users].flatMap((user) => [...user.channels]));
      for (const channel of channels) {
        await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
        listened.add(channel);
      }
    } catch (error) {
      lost = true; // the caller retries; this client must not schedule its own reconnect
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      lost = true;
      await client.end().catch(() => undefined);
      throw new Error('wake-up channel closed');
    }
    // Set only once listening: `isListening` must never claim a notification cannot be missed when it can.
    this.listened = listened;
    this.client = client;
    return client;
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.connect();
      this.users.forEach((user) => user.resume());
    } catch (error) {
      if (this.closed) return;
      this.users.forEach((user) => user.onError(error));
      setTimeout(() => void this.reconnect(), 1000);
    }
  }
}

/**
 * PostgreSQL LISTEN/NOTIFY, reconnecting after a failure. Every channel of the process with the same
 * database URL and application name goes through one shared connection (SharedPgConnection): on a loss
 * each one's `onError` runs, and after the reconnection each one's listeners are called.
 */
export class PgWakeUpChannel implements WakeUpChannel {
  private readonly listeners = new Map<string, Array<() => void>>();
  private connection: SharedPgConnection | null = null;
  private closed = false;
  private readonly user: ConnectionUser;

  constructor(
    private readonly databaseUrl: string,
    onError: (error: unknown) => void,
    private readonly applicationName = 'palabre-listener',
  ) {
    const listeners = this.listeners;
    this.user = {
      get channels() {
        return listeners.keys();
      },
      deliver: (channel) => listeners.get(channel)?.forEach((listener) => listener()),
      onError,
      resume: () => listeners.forEach((all) => all.forEach((listener) => listener())),
    };
  }

  private shared(): SharedPgConnection {
    if (this.closed) throw new Error('wake-up channel closed');
    this.connection ??= SharedPgConnection.join(this.databaseUrl, this.applicationName, this.user);
    return this.connection;
  }

  /** False while the connection is down (notifications sent meanwhile are lost). */
  get isListening(): boolean {
    return !this.closed && (this.connection?.isListeningTo(this.listeners.keys()) ?? false);
  }

  async listen(channel: string, onMessage: () => void): Promise<void> {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), onMessage]);
    await this.shared().listen(channel);
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.shared().query('SELECT pg_notify($1, $2)', [channel, message]);
  }

  /** A notification on each channel, in one statement. */
  async publishToAll(channels: readonly string[]): Promise<void> {
    await this.shared().query(PUBLISH_TO_ALL, [channels]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connection?.leave(this.user);
    this.connection = null;
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
