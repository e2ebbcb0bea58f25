import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { MutesRepository } from './mutes.repository';

/** The members someone muted: theirs only, in their export, gone with their account. */
@Injectable()
export class MutesPersonalData implements PersonalDataProvider {
  readonly feature = 'mutes';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Muted members',
      fields: ['the members you muted', 'when'],
      purpose: 'Keeps what those members post and do from reaching you',
      charterClause: 'account',
      retentionDays: null,
      visibleTo: 'you only (the muted member is not told)',
      columns: ['member_mutes.muter_id', 'member_mutes.muted_id'],
    },
  ];

  constructor(private readonly repo: MutesRepository) {}

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const muted = await this.repo.mutedBy(memberId, db);
    return { mutedMembers: muted.map((row) => ({ handle: row.handle, mutedAt: row.muted_at })) };
  }

  /** Their mutes go, and so do others' mutes of them: no list keeps an erased account's id. */
  async erase(tx: Db, memberId: string, _choice: ContentChoice): Promise<void> {
    await this.repo.eraseOf(tx, memberId);
  }
}
