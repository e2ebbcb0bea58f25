import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { COMMUNITIES_MENTION_COLUMNS, CommunitiesPersonalDataRepository } from './communities-personal-data.repository';

/** Memberships, roles and invitations: what communities holds about a person and how it leaves. */
@Injectable()
export class CommunitiesPersonalData implements PersonalDataProvider {
  readonly feature = 'communities';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Memberships and roles',
      fields: ['communities you joined', 'role', 'joining date'],
      purpose: 'Gives access to private communities and labels staff and moderators on what they write',
      charterClause: 'memberships',
      retentionDays: null,
      visibleTo: 'members of the community',
      columns: ['memberships.member_id'],
    },
    {
      category: 'Invitations',
      fields: ['invitations received', 'invitations sent', 'acceptance date'],
      purpose: 'Lets moderators invite you into a private community',
      charterClause: 'memberships',
      retentionDays: null,
      visibleTo: 'you and the person who invited you',
      columns: ['invitations.member_id', 'invitations.invited_by'],
    },
    {
      category: 'Communities created',
      fields: ['creator of a community'],
      purpose: 'Records who founded a community',
      charterClause: 'memberships',
      retentionDays: null,
      visibleTo: 'you only',
      columns: ['communities.created_by'],
    },
  ];

  constructor(private readonly data: CommunitiesPersonalDataRepository) {}

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.data.export(db, memberId);
  }

  blockers(db: Db, memberId: string): Promise<string[]> {
    return this.data.blockers(db, memberId);
  }

  erase(tx: Db, memberId: string, _choice: ContentChoice): Promise<void> {
    return this.data.erase(tx, memberId, _choice);
  }

  readonly mentionColumns = COMMUNITIES_MENTION_COLUMNS;

  scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    return this.data.scrubMentions(tx, pattern, label);
  }
}
