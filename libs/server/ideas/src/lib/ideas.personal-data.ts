import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { IdeasPersonalDataRepository, IDEAS_MENTION_COLUMNS } from './ideas-personal-data.repository';

/** What ideas holds about a person, and how it leaves with them. */
@Injectable()
export class IdeasPersonalData implements PersonalDataProvider {
  readonly feature = 'ideas';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Ideas',
      fields: ['title', 'text', 'tags', 'date'],
      purpose: 'Lets the community and the brand team discuss and decide on what you propose',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'everyone who can see the community',
      columns: ['ideas.author_id', 'ideas.body', 'ideas.body_html'],
    },
    {
      category: 'Comments on ideas',
      fields: ['text', 'date'],
      purpose: 'The discussion of an idea',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'everyone who can see the community',
      columns: ['idea_comments.author_id', 'idea_comments.body', 'idea_comments.body_html'],
    },
    {
      category: 'Supports of ideas',
      fields: ['idea supported', 'date'],
      purpose: 'One member, one voice: counts each support exactly once and keeps your support budget',
      charterClause: 'reactions',
      retentionDays: null,
      visibleTo: 'you only (others see counts)',
      columns: ['idea_supports.member_id', 'idea_merges.moved_member_ids', 'idea_merges.already_on_target_member_ids'],
    },
    {
      category: 'Credit for shipped ideas',
      fields: ['idea', 'offered', 'accepted'],
      purpose: 'Names you on a shipped idea, only once you accept',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'everyone once accepted; you only before',
      columns: ['idea_credits.member_id'],
    },
    {
      category: 'Brand team decisions',
      fields: ['status changes with rationale', 'progress updates', 'decisions', 'merges', 'campaigns'],
      purpose: 'Public accountability of the brand team for what happens to ideas',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'everyone who can see the community',
      columns: ['idea_status_changes.changed_by', 'idea_decisions.decided_by', 'idea_merges.merged_by', 'idea_merges.unmerged_by', 'campaigns.created_by', 'idea_updates.posted_by'],
    },
  ];

  constructor(private readonly data: IdeasPersonalDataRepository) {}

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.data.export(db, memberId);
  }

  erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    return this.data.erase(tx, memberId, choice);
  }

  readonly mentionColumns = IDEAS_MENTION_COLUMNS;

  scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    return this.data.scrubMentions(tx, pattern, label);
  }
}
