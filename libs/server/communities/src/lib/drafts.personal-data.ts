import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { DraftsRepository } from './drafts.repository';
import { DRAFT_RETENTION_DAYS } from './drafts.service';

/** Drafts: unpublished text, the member's only. */
@Injectable()
export class DraftsPersonalData implements PersonalDataProvider {
  readonly feature = 'drafts';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Drafts',
      fields: ['what you were writing (title and text)', 'where', 'when it was saved'],
      purpose: 'Keeps what you write until you post it, on any device',
      charterClause: 'contributions',
      retentionDays: DRAFT_RETENTION_DAYS,
      visibleTo: 'you only',
      columns: ['drafts.member_id', 'drafts.title', 'drafts.body'],
    },
  ];

  constructor(private readonly repo: DraftsRepository) {}

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const rows = await this.repo.ofMember(memberId, 10_000, db);
    return { drafts: rows.map((row) => ({ place: `${row.place_type}:${row.place_id}`, title: row.title, body: row.body, createdAt: row.created_at, updatedAt: row.updated_at })) };
  }

  async erase(tx: Db, memberId: string, _choice: ContentChoice): Promise<void> {
    await this.repo.deleteOf(tx, memberId);
  }

  async purgeExpired(tx: Db, now: Date): Promise<void> {
    await this.repo.purgeOlderThan(tx, new Date(now.getTime() - DRAFT_RETENTION_DAYS * 86_400_000));
  }
}
