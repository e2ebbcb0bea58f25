import { Logger } from '@nestjs/common';
import { PgWakeUpChannel } from '../events/event-bus';
import type { TransactionRunner } from './transaction-runner';

/**
 * When a per-process cache of database rows must forget what it holds: this process's own commits that
 * notify `channel` (synchronously, before their caller resumes) and every other writer's (LISTEN; delivered
 * on commit). `generation` moves on every invalidation, so a value read while one happened is not kept
 * (read the generation before reading the rows, keep the value only if it has not moved). While the LISTEN
 * connection is down `listening` is false: nothing may be served or kept, since notifications are lost.
 */
export class CommitInvalidation {
  private readonly logger: Logger;
  private channel: PgWakeUpChannel | null = null;
  private invalidations = 0;

  constructor(
    private readonly channelName: string,
    transactions: TransactionRunner,
    private readonly onInvalidate: () => void,
    loggerName: string,
  ) {
    this.logger = new Logger(loggerName);
    transactions.onCommit((notified) => {
      if (notified.has(channelName)) this.invalidate();
    });
  }

  /** Listens on the process's shared listening connection ('palabre-listener' in pg_stat_activity). */
  async start(databaseUrl: string): Promise<void> {
    this.channel = new PgWakeUpChannel(databaseUrl, (error) => {
      this.invalidate();
      this.logger.warn(`invalidation channel lost, nothing is cached until it is back: ${String(error)}`);
    });
    // Also called after a reconnection: whatever changed while the channel was down is forgotten.
    await this.channel.listen(this.channelName, () => this.invalidate());
  }

  get listening(): boolean {
    return this.channel?.isListening ?? false;
  }

  get generation(): number {
    return this.invalidations;
  }

  invalidate(): void {
    this.invalidations += 1;
    this.onInvalidate();
  }

  async close(): Promise<void> {
    await this.channel?.close();
  }
}
