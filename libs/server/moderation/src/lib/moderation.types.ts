import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '@palabre/contracts';
import { ConnectionType, Node } from '@palabre/core';
import { ActorKind, AppealStatus, AuditAction, CaseStatus, ReportReason } from './moderation.enums';
import type { ActionRow, CaseRow, ReportRow } from './moderation.repository';
import type { SuspensionRow } from './suspensions.repository';
import type { AppealRow, FeaturedRow } from './appeals.repository';

export const REPORT_TYPE = 'Report';
export const CASE_TYPE = 'ModerationCase';
export const AUDIT_ENTRY_TYPE = 'AuditEntry';
export const SUSPENSION_TYPE = 'Suspension';
export const APPEAL_TYPE = 'Appeal';

@ObjectType('Report', { description: 'A member’s report on a piece of content' })
export class ReportType {
  @Field(() => ID) id!: string;
  communityId!: string;
  reporterId!: string;
  @Field(() => ID, { description: 'Global id of the reported content' }) contentId!: string;
  @Field(() => ReportReason) reason!: ReportReason;
  @Field() note!: string;
  @Field(() => Int, { description: '1, 2 from members with reputation 20 or more here, 3 from moderators' }) weight!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;

  static from(row: ReportRow, communityId: string): ReportType {
    return Object.assign(new ReportType(), {
      id: toGlobalId(REPORT_TYPE, row.id),
      communityId,
      reporterId: row.reporter_id,
      contentId: toGlobalId(row.content_type, row.content_id),
      reason: row.reason as ReportReason,
      note: row.note,
      weight: row.weight,
      createdAt: row.created_at,
      resolvedAt: row.resolved_at,
    });
  }
}

@ObjectType('ModerationCase', { description: 'A reported piece of content with its reports; resolve it with moderate()' })
export class ModerationCaseType {
  @Field(() => ID) id!: string;
  localId!: string;
  communityId!: string;
  authorId!: string | null;
  contentLocalId!: string;
  claimedBy!: string | null;
  claimExpiresAt!: Date | null;
  @Field(() => ID, { description: 'Global id of the content (resolve it with node(id:))' }) contentId!: string;
  @Field({ description: 'GraphQL type of the content: Thread, Reply, Idea or IdeaComment' }) contentType!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Int, { description: 'Sum of the weights of the open reports: the weighted score' }) openWeight!: number;
  @Field(() => Int) openReports!: number;
  @Field() openedAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the reports hid the content pending review' }) autoHiddenAt!: Date | null;

  static from(row: CaseRow): ModerationCaseType {
    return Object.assign(new ModerationCaseType(), {
      id: toGlobalId(CASE_TYPE, row.id),
      localId: row.id,
      communityId: row.community_id,
      authorId: row.author_id,
      contentLocalId: row.content_id,
      claimedBy: row.claimed_by,
      claimExpiresAt: row.claim_expires_at,
      contentId: toGlobalId(row.content_type, row.content_id),
      contentType: row.content_type,
      status: row.status as CaseStatus,
      openWeight: row.open_weight,
      openReports: row.open_reports,
      openedAt: row.opened_at,
      resolvedAt: row.resolved_at,
      autoHiddenAt: row.auto_hidden_at,
    });
  }
}

@ObjectType('AuditEntry', { implements: () => [Node], description: 'One append-only entry of a community’s moderation log' })
export class AuditEntryType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  communityId!: string;
  actorId!: string | null;
  @Field(() => ActorKind) actorKind!: ActorKind;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => ID, { description: 'Global id of what the action was about (content or member)' }) target!: string;
  @Field() targetType!: string;
  @Field({ description: 'Why: shown to the person concerned' }) reason!: string;
  @Field(() => ID, { nullable: true, description: 'The entry this one undoes (a reversed appeal)' }) reverses!: string | null;
  @Field() at!: Date;

  static from(row: ActionRow): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      id: toGlobalId(AUDIT_ENTRY_TYPE, row.id),
      localId: row.id,
      communityId: row.community_id,
      actorId: row.actor_id,
      actorKind: row.actor_kind as ActorKind,
      action: row.action as AuditAction,
      target: toGlobalId(row.target_type, row.target_id),
      targetType: row.target_type,
      reason: row.reason,
      reverses: row.reverses_action_id ? toGlobalId(AUDIT_ENTRY_TYPE, row.reverses_action_id) : null,
      at: row.created_at,
    });
  }
}

@ObjectType('Suspension')
export class SuspensionType {
  @Field(() => ID) id!: string;
  communityId!: string;
  memberId!: string;
  createdBy!: string | null;
  @Field() reason!: string;
  @Field() until!: Date;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;

  static from(row: SuspensionRow): SuspensionType {
    return Object.assign(new SuspensionType(), {
      id: toGlobalId(SUSPENSION_TYPE, row.id),
      communityId: row.community_id,
      memberId: row.member_id,
      createdBy: row.created_by,
      reason: row.reason,
      until: row.until,
      createdAt: row.created_at,
      liftedAt: row.lifted_at,
    });
  }
}

@ObjectType('Appeal', { description: 'A request by the person concerned that another moderator review an action' })
export class AppealType {
  @Field(() => ID) id!: string;
  actionId!: string;
  communityId!: string;
  appellantId!: string;
  @Field() note!: string;
  @Field(() => AppealStatus) status!: AppealStatus;
  @Field({ description: 'A moderator answers within 72 hours' }) dueAt!: Date;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => String, { nullable: true }) resolutionReason!: string | null;

  static from(row: AppealRow): AppealType {
    return Object.assign(new AppealType(), {
      id: toGlobalId(APPEAL_TYPE, row.id),
      actionId: row.action_id,
      communityId: row.community_id,
      appellantId: row.appellant_id,
      note: row.note,
      status: row.status as AppealStatus,
      dueAt: row.due_at,
      createdAt: row.created_at,
      resolvedAt: row.resolved_at,
      resolutionReason: row.resolution_reason,
    });
  }
}

@ObjectType('FeaturedContent', { description: 'An entry of a community’s "best of", with its curator’s note' })
export class FeaturedContentType {
  communityId!: string;
  curatorId!: string | null;
  @Field(() => ID, { description: 'Global id of the content (resolve it with node(id:))' }) contentId!: string;
  @Field() contentType!: string;
  @Field() note!: string;
  @Field() featuredAt!: Date;

  static from(row: FeaturedRow): FeaturedContentType {
    return Object.assign(new FeaturedContentType(), {
      communityId: row.community_id,
      curatorId: row.curator_id,
      contentId: toGlobalId(row.content_type, row.content_id),
      contentType: row.content_type,
      note: row.note,
      featuredAt: row.featured_at,
    });
  }
}

export const ModerationCaseConnection = ConnectionType(ModerationCaseType, 'ModerationCase');
export const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry');
export const AppealConnection = ConnectionType(AppealType, 'Appeal');
export const SuspensionConnection = ConnectionType(SuspensionType, 'Suspension');
export const FeaturedContentConnection = ConnectionType(FeaturedContentType, 'FeaturedContent');
