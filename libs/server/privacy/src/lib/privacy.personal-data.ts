import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { PrivacyRepository } from './privacy.repository';

/** Privacy stores personal data too: the archives it builds and the deletion it schedules. */
@Injectable()
export class PrivacyPersonalData implements PersonalDataProvider {
  readonly feature = 'privacy';
  readonly inventory: DataInventoryEntry[];

  constructor(
    private readonly repo: PrivacyRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.inventory = [
      {
        category: 'Data exports',
        fields: ['export requests', 'the archive', 'download times'],
        purpose: 'Lets you take your data with you',
        charterClause: 'export',
        retentionDays: config.DATA_EXPORT_TTL_DAYS,
        visibleTo: 'you only',
        columns: ['data_exports.member_id', 'data_exports.archive'],
      },
      {
        category: 'Account deletion',
        fields: ['deletion request', 'content choice', 'scheduled date'],
        purpose: 'Carries out your decision to leave, and proves it was done',
        charterClause: 'erasure',
        retentionDays: null,
        visibleTo: 'you only',
        columns: ['account_deletions.member_id'],
      },
      {
        // Core owns the outbox; privacy's erasure scrubs it (OutboxRetentionService), so privacy declares it.
        category: 'Live events',
        fields: ['what happened, as sent live to the pages open at the time (ids, and words of new posts)', 'who it was sent to (rooms)'],
        purpose: 'Updates open pages live and lets a reconnecting page catch up',
        charterClause: 'notifications',
        retentionDays: Math.ceil(config.EVENT_RETENTION_HOURS / 24),
        visibleTo: 'the members the event was sent to',
        columns: ['outbox_events.payload', 'outbox_events.rooms'],
      },
    ];
  }

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.repo.exportOf(db, memberId);
  }

  /** Archives go with the person; the deletion record stays, tied to the tombstone, as proof. */
  erase(tx: Db, memberId: string): Promise<void> {
    return this.repo.deleteExportsOf(tx, memberId);
  }

  purgeExpired(tx: Db, now: Date): Promise<void> {
    return this.repo.expireArchives(tx, now);
  }
}
