import { PUBLISH_TO_ALL } from '../events/event-bus';

/** What the notifier sends through: a PgWakeUpChannel. */
export interface NotificationSender {
  publishToAll(channels: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sends the notifications of committed transactions (see migration 1764001100000: a NOTIFY inside a
 * transaction serialises commits) on its own connection, so they never wait for the pool. Channels asked
 * for while a send is under way go together in the next one: every commit is followed by a notification
 * sent after it, however many commits share it. A failed send is retried until it goes or the app stops;
 * listeners also have their own safety nets (the outbox relay's tick, the response cache's TTL).
 */
export class CommitNotifier {
  private readonly pending = new Set<string>();
  private sending: Promise<void> | null = null;
  private stopping = false;
  private closed = false;

  constructor(
    private readonly channel: NotificationSender,
    private readonly logStatement: (sql: string) => void,
    private readonly onError: (error: unknown) => void,
    private readonly retryAfterMs = 1000,
  ) {}

  notify(channels: Iterable<string>): void {
    for (const channel of channels) this.pending.add(channel);
    if (!this.sending && this.pending.size > 0 && !this.closed) this.sending = this.sendPending();
  }

  private async sendPending(): Promise<void> {
    while (this.pending.size > 0) {
      const channels = [...this.pending];
      this.pending.clear();
      try {
        this.logStatement(PUBLISH_TO_ALL);
        await this.channel.publishToAll(channels);
      } catch (error) {
        this.onError(error);
        if (this.stopping) break;
        for (const channel of channels) this.pending.add(channel);
        await new Promise((resolve) => setTimeout(resolve, this.retryAfterMs).unref());
      }
    }
    // In the same tick as the last check: a channel added from now on starts a new send.
    this.sending = null;
  }

  /** Sends what is pending (no more retries), then closes the connection. */
  async close(): Promise<void> {
    this.stopping = true;
    await this.sending;
    this.closed = true;
    await this.channel.close();
  }
}
