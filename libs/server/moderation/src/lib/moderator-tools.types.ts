import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '@palabre/contracts';
import { ReportReason } from './moderation.enums';
import type { ModeratorNoteRow, ReasonTemplateRow } from './moderator-tools.repository';

export const REASON_TEMPLATE_TYPE = 'ModerationReasonTemplate';
export const MODERATOR_NOTE_TYPE = 'ModeratorNote';

@ObjectType('ModerationReasonTemplate', { description: 'A reason moderators of a community saved to reuse when they act' })
export class ReasonTemplateType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'The reason text, shown to the person concerned when used' }) reason!: string;
  @Field() updatedAt!: Date;

  static from(row: ReasonTemplateRow): ReasonTemplateType {
    return Object.assign(new ReasonTemplateType(), { id: toGlobalId(REASON_TEMPLATE_TYPE, row.id), title: row.title, reason: row.reason, updatedAt: row.updated_at });
  }
}

@ObjectType('ModeratorNote', { description: 'A note between moderators about a member; the member reads it in their data export' })
export class ModeratorNoteType {
  @Field(() => ID) id!: string;
  communityId!: string;
  authorId!: string | null;
  @Field() note!: string;
  @Field() createdAt!: Date;

  static from(row: ModeratorNoteRow): ModeratorNoteType {
    return Object.assign(new ModeratorNoteType(), {
      id: toGlobalId(MODERATOR_NOTE_TYPE, row.id),
      communityId: row.community_id,
      authorId: row.author_id,
      note: row.note,
      createdAt: row.created_at,
    });
  }
}

@ObjectType('ModerationClaim', { description: 'A moderator working on a queue item; it lapses by itself at expiresAt' })
export class ModerationClaimType {
  communityId!: string;
  moderatorId!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('ReportReasonCount', { description: 'How many open reports give one reason, and their weight' })
export class ReportReasonCountType {
  @Field(() => ReportReason) reason!: ReportReason;
  @Field(() => Int) count!: number;
  @Field(() => Int) weight!: number;
}
