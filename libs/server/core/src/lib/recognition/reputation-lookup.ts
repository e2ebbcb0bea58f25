import { Injectable } from '@nestjs/common';
import type { Db } from '../database/transaction-runner';

/** What the owner of reputation (recognition) answers about one member in one community. */
export interface ReputationSource {
  reputationOf(db: Db, communityId: string, memberId: string): Promise<number>;
}

/**
 * A member's reputation for features that sit beside recognition rather than downstream of it
 * (moderation weighs reports by it): recognition registers its source, the reader never names
 * recognition's tables. With no source registered every member counts 0.
 */
@Injectable()
export class ReputationLookup {
  private source: ReputationSource | null = null;

  register(source: ReputationSource): void {
    this.source = source;
  }

  reputationOf(db: Db, communityId: string, memberId: string): Promise<number> {
    return this.source ? this.source.reputationOf(db, communityId, memberId) : Promise.resolve(0);
  }
}
