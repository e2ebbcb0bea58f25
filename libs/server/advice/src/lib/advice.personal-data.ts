import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { AdvicePersonalDataRepository, ADVICE_MENTION_COLUMNS } from './advice-personal-data.repository';

/** What advice holds about a person, and how it leaves with them. */
@Injectable()
export class AdvicePersonalData implements PersonalDataProvider {
  readonly feature = 'advice';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Threads',
      fields: ['title', 'text', 'tags', 'date'],
      purpose: 'Your questions and discussions, so members and the brand team can help you',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'everyone who can see the community',
      columns: ['threads.author_id', 'threads.body', 'threads.body_html'],
    },
    {
      category: 'Replies',
      fields: ['text', 'date'],
      purpose: 'Your answers and comments in threads',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'everyone who can see the community',
      columns: ['replies.author_id', 'replies.body', 'replies.body_html'],
    },
    {
      category: 'Earlier versions of your posts',
      fields: ['title', 'text', 'date'],
      purpose: 'Shows that a post was edited and what it said before',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'everyone who can see the post',
      columns: ['post_revisions.body'],
    },
    {
      category: 'Announced answer times',
      fields: ['who last set the commitment'],
      purpose: 'Accountability of the brand team for the answer time it announces',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'the community’s owners',
      columns: ['space_response_commitments.updated_by'],
    },
  ];

  constructor(private readonly data: AdvicePersonalDataRepository) {}

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.data.export(db, memberId);
  }

  erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    return this.data.erase(tx, memberId, choice);
  }

  readonly mentionColumns = ADVICE_MENTION_COLUMNS;

  scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    return this.data.scrubMentions(tx, pattern, label);
  }
}
