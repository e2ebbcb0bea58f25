import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { RecognitionPersonalDataRepository, RECOGNITION_MENTION_COLUMNS } from './recognition-personal-data.repository';

/** Kudos, reputation, badges and profile choices: what recognition holds about a person and how it leaves. */
@Injectable()
export class RecognitionPersonalData implements PersonalDataProvider {
  readonly feature = 'recognition';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Kudos',
      fields: ['kudos you gave, with their message', 'kudos you received'],
      purpose: 'Thanks people for their help; each kudos counts exactly once',
      charterClause: 'reactions',
      retentionDays: null,
      visibleTo: 'members of the community',
      columns: ['kudos.giver_id', 'kudos.receiver_id', 'kudos.message'],
    },
    {
      category: 'Daily kudos budget',
      fields: ['how many kudos you gave today'],
      purpose: 'Limits kudos per day so they keep their meaning',
      charterClause: 'reactions',
      retentionDays: 2,
      visibleTo: 'nobody',
      columns: ['kudos_daily_budgets.giver_id'],
    },
    {
      category: 'Reputation, badges and reciprocity',
      fields: ['reputation points and their history', 'badges and when they were awarded', 'accepted answers and credits', 'questions asked and welcomed'],
      purpose: 'Recognises help given and received, without ranking people',
      charterClause: 'contributions',
      retentionDays: null,
      visibleTo: 'members of the community (the reciprocity balance only if you choose to show it)',
      columns: [
        'reputation_events.member_id',
        'reputations.member_id',
        'badges.member_id',
        'recognition_answers.reply_author_id',
        'recognition_answers.question_author_id',
        'recognition_credits.member_id',
        'recognition_questions.asker_id',
        'recognition_questions.welcomed_by',
      ],
    },
    {
      category: 'Recognition choices',
      fields: ['show your reciprocity balance', 'appear on recognition boards'],
      purpose: 'Remembers what you chose to show',
      charterClause: 'account',
      retentionDays: null,
      visibleTo: 'you only',
      columns: ['member_profiles.member_id'],
    },
  ];

  constructor(private readonly data: RecognitionPersonalDataRepository) {}

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.data.export(db, memberId);
  }

  erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    return this.data.erase(tx, memberId, choice);
  }

  readonly mentionColumns = RECOGNITION_MENTION_COLUMNS;

  scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    return this.data.scrubMentions(tx, pattern, label);
  }

  purgeExpired(tx: Db, now: Date): Promise<void> {
    return this.data.purgeExpired(tx, now);
  }
}
