import { Injectable } from '@nestjs/common';
import { DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';

import { IdeaExportsRepository } from './idea-exports.repository';

/** Insights keep who asked for a co-creation export (the file itself is never stored). */
@Injectable()
export class InsightsPersonalData implements PersonalDataProvider {
  readonly feature = 'insights';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Co-creation exports',
      fields: ['export requests', 'download times'],
      purpose: 'Gives the brand team a single-use download link to the ideas of its community, for the one who asked only',
      charterClause: 'export',
      retentionDays: null,
      visibleTo: 'you only',
      columns: ['idea_exports.requested_by'],
    },
  ];

  constructor(private readonly exports: IdeaExportsRepository) {}

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return { ideaExports: await this.exports.exportsRequestedBy(db, memberId) };
  }

  async erase(tx: Db, memberId: string): Promise<void> {
    await this.exports.deleteExportsRequestedBy(tx, memberId);
  }

  purgeExpired(tx: Db, now: Date): Promise<void> {
    return this.exports.forgetExpiredLinks(tx, now);
  }
}
