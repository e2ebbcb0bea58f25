import { Injectable } from '@nestjs/common';
import { DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { ModerationPersonalDataRepository, MODERATION_MENTION_COLUMNS } from './moderation-personal-data.repository';

/**
 * What moderation holds about a person: reports they filed, decisions about them or their content,
 * suspensions, appeals, what they did as a moderator, and the posting log the anti-abuse limits count.
 */
@Injectable()
export class ModerationPersonalData implements PersonalDataProvider {
  readonly feature = 'moderation';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Reports you filed',
      fields: ['reported content', 'reason', 'note', 'date'],
      purpose: 'Lets moderators review content members flagged; each member counts once per content',
      charterClause: 'moderation',
      retentionDays: null,
      visibleTo: 'the community’s moderators (never the person reported)',
      columns: ['content_reports.reporter_id', 'content_reports.note'],
    },
    {
      category: 'Moderation decisions about you or your content',
      fields: ['action', 'reason', 'date', 'content concerned', 'reports pending on your content'],
      purpose: 'Tells you why a decision was taken, and keeps an append-only record so you can contest it',
      charterClause: 'moderation',
      retentionDays: null,
      visibleTo: 'you and the community’s moderators',
      columns: ['moderation_actions.subject_member_id', 'moderation_actions.target_id', 'moderation_cases.author_id'],
    },
    {
      category: 'Suspensions',
      fields: ['community', 'reason', 'until', 'when it was lifted'],
      purpose: 'Stops writing in a community for a while after repeated abuse',
      charterClause: 'moderation',
      retentionDays: null,
      visibleTo: 'you and the community’s moderators',
      columns: ['suspensions.member_id'],
    },
    {
      category: 'Appeals',
      fields: ['decision contested', 'note', 'status', 'outcome'],
      purpose: 'Lets you contest a decision before another moderator',
      charterClause: 'moderation',
      retentionDays: null,
      visibleTo: 'you and the community’s moderators',
      columns: ['appeals.appellant_id', 'appeals.note'],
    },
    {
      category: 'Moderation and curation you carried out',
      fields: ['actions taken and their reasons', 'suspensions given or lifted', 'appeals decided', 'content featured', 'threads pinned or closed as duplicates'],
      purpose: 'Accountability of moderators: every decision is recorded with who took it',
      charterClause: 'moderation',
      retentionDays: null,
      visibleTo: 'the community’s moderators (and the member concerned, for decisions about them)',
      columns: [
        'moderation_actions.actor_id',
        'suspensions.created_by',
        'suspensions.lifted_by',
        'appeals.resolved_by',
        'appeals.excluded_moderator_id',
        'featured_content.curator_id',
        'thread_pins.pinned_by',
        'thread_duplicates.closed_by',
      ],
    },
    {
      category: 'Notes between moderators about you',
      fields: ['community', 'note', 'moderator who wrote it', 'date'],
      purpose: 'Lets a community’s moderators share context about a member; you can read every note about you here',
      charterClause: 'moderation',
      retentionDays: null,
      visibleTo: 'you and the community’s moderators',
      columns: ['moderator_notes.member_id', 'moderator_notes.note'],
    },
    {
      category: 'Moderation work in progress',
      fields: ['notes you wrote about members', 'queue items you claimed (for 15 minutes)'],
      purpose: 'Lets moderators share context and avoid working on the same report at once',
      charterClause: 'moderation',
      retentionDays: null,
      visibleTo: 'the community’s moderators',
      columns: ['moderator_notes.author_id', 'moderation_cases.claimed_by'],
    },
    {
      category: 'Posting log',
      fields: ['when you posted', 'kind of post', 'fingerprint of the text'],
      purpose: 'Anti-abuse limits: flood, duplicate posts, and limits for new members (they look back 24 hours at most)',
      charterClause: 'moderation',
      retentionDays: 1,
      visibleTo: 'nobody',
      columns: ['post_log.member_id', 'post_log.body_hash'],
    },
  ];

  constructor(private readonly data: ModerationPersonalDataRepository) {}

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.data.export(db, memberId);
  }

  erase(tx: Db, memberId: string): Promise<void> {
    return this.data.erase(tx, memberId);
  }

  purgeExpired(tx: Db, now: Date): Promise<void> {
    return this.data.purgeExpired(tx, now);
  }

  readonly mentionColumns = MODERATION_MENTION_COLUMNS;

  scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    return this.data.scrubMentions(tx, pattern, label);
  }
}
