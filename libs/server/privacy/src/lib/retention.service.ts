import { Injectable } from '@nestjs/common';
import { Clock, PersonalDataRegistry, TransactionRunner, tryTransactionLock } from '@palabre/core';

/** Retention: every provider drops what it keeps longer than the charter says, in one locked run. */
@Injectable()
export class RetentionService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly personalData: PersonalDataRegistry,
    private readonly clock: Clock,
  ) {}

  /** Returns false when another process is already purging. */
  purge(): Promise<boolean> {
    return this.db.run(async (tx) => {
      if (!(await tryTransactionLock(tx, 'privacy-retention'))) return false;
      const now = this.clock.now();
      for (const provider of this.personalData.providers()) await provider.purgeExpired?.(tx, now);
      return true;
    });
  }
}
