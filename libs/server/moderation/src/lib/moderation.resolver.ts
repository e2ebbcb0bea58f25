import { ModerationErrorCode } from '@palabre/contracts';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, Ctx, localIdOf, PageArgs, RequestContext, raises } from '@palabre/core';
import { COMMUNITY_TYPE } from '@palabre/communities';
import { MEMBER_TYPE } from '@palabre/members';
import { ReportsService } from './reports.service';
import { ModerationService } from './moderation.service';
import { SuspensionsService } from './suspensions.service';
import { AppealsService } from './appeals.service';
import { CurationService } from './curation.service';
import { CaseStatus } from './moderation.enums';
import { AuditLogFilter } from './moderator-tools.inputs';
import {
  AppealInput,
  FeatureContentInput,
  LiftSuspensionInput,
  ModerateInput,
  ModerationQueueFilter,
  ReportContentInput,
  ResolveAppealInput,
  SetAutoHideThresholdInput,
  SuspendMemberInput,
} from './moderation.inputs';
import {
  APPEAL_TYPE,
  AppealConnection,
  AppealType,
  AUDIT_ENTRY_TYPE,
  AuditEntryConnection,
  AuditEntryType,
  FeaturedContentType,
  ModerationCaseConnection,
  ModerationCaseType,
  ReportType,
  SuspensionConnection,
  SuspensionType,
} from './moderation.types';

const mapConnection = <Row, Node>(connection: Connection<Row>, toNode: (row: Row) => Node): Connection<Node> => ({
  ...connection,
  edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })),
});

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly moderation: ModerationService,
    private readonly suspensions: SuspensionsService,
    private readonly appeals: AppealsService,
    private readonly curation: CurationService,
  ) {}

  @Mutation(() => ReportType, { description: raises('Report a thread, reply, idea or comment; reporting the same content again changes nothing', ModerationErrorCode.Suspended) })
  async reportContent(@Ctx() ctx: RequestContext, @Args('input') input: ReportContentInput): Promise<ReportType> {
    const { report, communityId } = await this.reports.reportContent(ctx, input);
    return ReportType.from(report, communityId);
  }

  @Query(() => ModerationCaseConnection, { description: 'Reported content with its reports and weights (MODERATOR or OWNER), oldest first' })
  async moderationQueue(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ModerationQueueFilter, nullable: true }) filter?: ModerationQueueFilter,
  ): Promise<Connection<ModerationCaseType>> {
    const connection = await this.reports.queue(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), filter?.status ?? CaseStatus.OPEN, page);
    return mapConnection(connection, ModerationCaseType.from);
  }

  @Mutation(() => AuditEntryType, { description: raises('Act on content (MODERATOR or OWNER); the reason is shown to its author') })
  async moderate(@Ctx() ctx: RequestContext, @Args('input') input: ModerateInput): Promise<AuditEntryType> {
    return AuditEntryType.from(await this.moderation.moderate(ctx, input));
  }

  @Query(() => AuditEntryConnection, { description: 'The append-only moderation log (MODERATOR or OWNER), newest first; `filter` narrows it (human or automation, actions, member concerned, period)' })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter?: AuditLogFilter,
  ): Promise<Connection<AuditEntryType>> {
    const narrowed = {
      communityId: localIdOf(communityId, COMMUNITY_TYPE, 'communityId'),
      subjectMemberId: filter?.memberId ? localIdOf(filter.memberId, MEMBER_TYPE, 'filter.memberId') : undefined,
      actorKind: filter?.actorKind,
      actions: filter?.actions,
      from: filter?.from,
      to: filter?.to,
    };
    return mapConnection(await this.moderation.auditLog(ctx, narrowed, page), AuditEntryType.from);
  }

  @Mutation(() => Int, { description: raises('Weight of open reports that hides content pending review (MODERATOR or OWNER; default 5)') })
  setAutoHideThreshold(@Ctx() ctx: RequestContext, @Args('input') input: SetAutoHideThresholdInput): Promise<number> {
    return this.moderation.setAutoHideThreshold(ctx, localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'), input.threshold);
  }

  @Query(() => SuspensionConnection, { description: 'The suspensions running now in a community (MODERATOR or OWNER), soonest to end first' })
  async runningSuspensions(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string, @Args() page: PageArgs): Promise<Connection<SuspensionType>> {
    return mapConnection(await this.suspensions.running(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), page), SuspensionType.from);
  }

  @Mutation(() => SuspensionType, { description: raises('Suspend a member: they keep reading but cannot write here until `until` (MODERATOR or OWNER)') })
  async suspendMember(@Ctx() ctx: RequestContext, @Args('input') input: SuspendMemberInput): Promise<SuspensionType> {
    const suspension = await this.suspensions.suspend(ctx, {
      communityId: localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'),
      memberId: localIdOf(input.memberId, MEMBER_TYPE, 'memberId'),
      until: input.until,
      reason: input.reason,
    });
    return SuspensionType.from(suspension);
  }

  @Mutation(() => SuspensionType, { description: raises('End a running suspension now (MODERATOR or OWNER)') })
  async liftSuspension(@Ctx() ctx: RequestContext, @Args('input') input: LiftSuspensionInput): Promise<SuspensionType> {
    const suspension = await this.suspensions.lift(ctx, {
      communityId: localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'),
      memberId: localIdOf(input.memberId, MEMBER_TYPE, 'memberId'),
      reason: input.reason,
    });
    return SuspensionType.from(suspension);
  }

  @Mutation(() => AppealType, { description: raises('Ask another moderator to review an action on your content or account (once per action)') })
  async appeal(@Ctx() ctx: RequestContext, @Args('input') input: AppealInput): Promise<AppealType> {
    return AppealType.from(await this.appeals.appeal(ctx, { actionId: localIdOf(input.actionId, AUDIT_ENTRY_TYPE, 'actionId'), note: input.note }));
  }

  @Query(() => AppealConnection, { description: 'Open appeals you may decide (not those against your own actions), soonest due first' })
  async appealsQueue(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string, @Args() page: PageArgs): Promise<Connection<AppealType>> {
    return mapConnection(await this.appeals.queue(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), page), AppealType.from);
  }

  @Mutation(() => AppealType, { description: raises('Decide an appeal; REVERSED undoes the action') })
  async resolveAppeal(@Ctx() ctx: RequestContext, @Args('input') input: ResolveAppealInput): Promise<AppealType> {
    return AppealType.from(await this.appeals.resolve(ctx, { appealId: localIdOf(input.appealId, APPEAL_TYPE, 'appealId'), outcome: input.outcome, reason: input.reason }));
  }

  @Mutation(() => FeaturedContentType, { description: raises('Add content to the community’s best of, with a note (MODERATOR, OWNER or BRAND_STAFF)') })
  async featureContent(@Ctx() ctx: RequestContext, @Args('input') input: FeatureContentInput): Promise<FeaturedContentType> {
    return FeaturedContentType.from(await this.curation.feature(ctx, input));
  }

  @Mutation(() => Boolean, { description: raises('Remove content from the best of; false when it was not featured') })
  unfeatureContent(@Ctx() ctx: RequestContext, @Args('contentId', { type: () => ID }) contentId: string): Promise<boolean> {
    return this.curation.unfeature(ctx, contentId);
  }
}
