import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock, Connection, Ctx, GraphqlContext, localIdOf, Node, NodeRegistry, NoArgs, PageArgs, raises, RequestContext } from '@palabre/core';
import { ErrorCode, toGlobalId } from '@palabre/contracts';
import { AuthorsLoader, AuthorType, COMMUNITY_TYPE, SpaceType, CommunitiesLoaders } from '@palabre/communities';
import { MEMBER_TYPE } from '@palabre/members';
import { ModerationService } from './moderation.service';
import { ModeratorToolsService } from './moderator-tools.service';
import { ModerationLoaders } from './moderation.loaders';
import { ReportReason } from './moderation.enums';
import { AuditEntryConnection, AuditEntryType, CASE_TYPE, ModerationCaseType } from './moderation.types';
import { AddModeratorNoteInput, CreateReasonTemplateInput, UpdateReasonTemplateInput } from './moderator-tools.inputs';
import { ModerationClaimType, ModeratorNoteType, REASON_TEMPLATE_TYPE, ReasonTemplateType, ReportReasonCountType } from './moderator-tools.types';

/** The content a reply or comment sits in, by kind: its thread or idea. */
const PARENT_TYPE: Record<string, string> = { REPLY: 'Thread', IDEA_COMMENT: 'Idea' };

@Resolver()
export class ModeratorToolsResolver {
  constructor(private readonly tools: ModeratorToolsService, private readonly moderation: ModerationService) {}

  @Mutation(() => ModerationCaseType, { description: raises('Work on a queue item: other moderators cannot act on it for 15 minutes (claiming again renews it)', ErrorCode.CONFLICT, ErrorCode.FORBIDDEN) })
  async claimModerationCase(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }) caseId: string): Promise<ModerationCaseType> {
    return ModerationCaseType.from(await this.tools.claim(ctx, localIdOf(caseId, CASE_TYPE, 'caseId')));
  }

  @Mutation(() => ModerationCaseType, { description: raises('Give up your claim on a queue item', ErrorCode.CONFLICT, ErrorCode.FORBIDDEN) })
  async releaseModerationCase(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }) caseId: string): Promise<ModerationCaseType> {
    return ModerationCaseType.from(await this.tools.release(ctx, localIdOf(caseId, CASE_TYPE, 'caseId')));
  }

  @Query(() => [ReasonTemplateType], { description: 'The community’s saved reasons, by title (MODERATOR or OWNER)' })
  async moderationReasonTemplates(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string): Promise<ReasonTemplateType[]> {
    return (await this.tools.templates(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'))).map(ReasonTemplateType.from);
  }

  @Mutation(() => ReasonTemplateType, { description: raises('Save a reason to reuse when acting (MODERATOR or OWNER); titles are unique per community', ErrorCode.CONFLICT, ErrorCode.FORBIDDEN) })
  async createReasonTemplate(@Ctx() ctx: RequestContext, @Args('input') input: CreateReasonTemplateInput): Promise<ReasonTemplateType> {
    const row = await this.tools.createTemplate(ctx, { communityId: localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'), title: input.title, reason: input.reason });
    return ReasonTemplateType.from(row);
  }

  @Mutation(() => ReasonTemplateType, { description: raises('Edit a saved reason (MODERATOR or OWNER)', ErrorCode.CONFLICT, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  async updateReasonTemplate(@Ctx() ctx: RequestContext, @Args('input') input: UpdateReasonTemplateInput): Promise<ReasonTemplateType> {
    const row = await this.tools.updateTemplate(ctx, { templateId: localIdOf(input.templateId, REASON_TEMPLATE_TYPE, 'templateId'), title: input.title, reason: input.reason });
    return ReasonTemplateType.from(row);
  }

  @Mutation(() => Boolean, { description: raises('Delete a saved reason (MODERATOR or OWNER)', ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  deleteReasonTemplate(@Ctx() ctx: RequestContext, @Args('templateId', { type: () => ID }) templateId: string): Promise<boolean> {
    return this.tools.deleteTemplate(ctx, localIdOf(templateId, REASON_TEMPLATE_TYPE, 'templateId'));
  }

  @Query(() => AuditEntryConnection, { description: 'Every moderation action concerning one member here, newest first (MODERATOR or OWNER of this community)' })
  async memberModerationHistory(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args() page: PageArgs,
  ): Promise<Connection<AuditEntryType>> {
    const connection = await this.moderation.memberHistory(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), localIdOf(memberId, MEMBER_TYPE, 'memberId'), page);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: AuditEntryType.from(edge.node) })) };
  }

  @Query(() => [ModeratorNoteType], { description: 'Notes between moderators about a member, newest first (MODERATOR or OWNER)' })
  async moderatorNotes(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<ModeratorNoteType[]> {
    return (await this.tools.notesAbout(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), localIdOf(memberId, MEMBER_TYPE, 'memberId'))).map(ModeratorNoteType.from);
  }

  @Mutation(() => ModeratorNoteType, { description: raises('Note something about a member for the other moderators (MODERATOR or OWNER); the member reads it in their data export', ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  async addModeratorNote(@Ctx() ctx: RequestContext, @Args('input') input: AddModeratorNoteInput): Promise<ModeratorNoteType> {
    const row = await this.tools.addNote(ctx, {
      communityId: localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'),
      memberId: localIdOf(input.memberId, MEMBER_TYPE, 'memberId'),
      note: input.note,
    });
    return ModeratorNoteType.from(row);
  }
}

@Resolver(() => ModerationCaseType)
export class ModerationCaseWorkFieldsResolver {
  constructor(private readonly loaders: ModerationLoaders, private readonly nodes: NodeRegistry, private readonly communities: CommunitiesLoaders, private readonly clock: Clock) {}

  @ResolveField(() => ModerationClaimType, { nullable: true, description: 'Who is working on it; null when nobody is (or their claim expired)' })
  claim(moderationCase: ModerationCaseType): ModerationClaimType | null {
    if (!moderationCase.claimedBy || !moderationCase.claimExpiresAt || moderationCase.claimExpiresAt <= this.clock.now()) return null;
    return Object.assign(new ModerationClaimType(), { communityId: moderationCase.communityId, moderatorId: moderationCase.claimedBy, expiresAt: moderationCase.claimExpiresAt });
  }

  @ResolveField(() => [ReportReasonCountType], { description: 'The reasons of the open reports, most weighty first' })
  async reasons(moderationCase: ModerationCaseType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ReportReasonCountType[]> {
    const counts = new Map<string, ReportReasonCountType>();
    for (const report of await this.loaders.reportsOfCase(ctx).load(moderationCase.localId)) {
      if (report.resolved_at) continue;
      const count = counts.get(report.reason) ?? Object.assign(new ReportReasonCountType(), { reason: report.reason as ReportReason, count: 0, weight: 0 });
      count.count += 1;
      count.weight += report.weight;
      counts.set(report.reason, count);
    }
    return [...counts.values()].sort((a, b) => b.weight - a.weight || a.reason.localeCompare(b.reason));
  }

  @ResolveField(() => Node, { nullable: true, description: 'The reported content itself (hidden content stays visible to moderators)' })
  content(moderationCase: ModerationCaseType, _args: NoArgs, { ctx }: GraphqlContext): Promise<object | null> {
    return this.nodes.load(ctx, moderationCase.contentId);
  }

  @ResolveField(() => Node, { nullable: true, description: 'Where it was written: the thread of a reply, the idea of a comment; null for a thread or an idea' })
  async context(moderationCase: ModerationCaseType, _args: NoArgs, { ctx }: GraphqlContext): Promise<object | null> {
    const ref = await this.loaders.contentRef(ctx).load(`${moderationCase.contentType}:${moderationCase.contentLocalId}`);
    const parentType = ref ? PARENT_TYPE[ref.kind] : undefined;
    if (!ref || !parentType || ref.parentId === ref.id) return null;
    return this.nodes.load(ctx, toGlobalId(parentType, ref.parentId));
  }

  @ResolveField(() => SpaceType, { nullable: true, description: 'The space the content is in' })
  async space(moderationCase: ModerationCaseType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SpaceType | null> {
    const ref = await this.loaders.contentRef(ctx).load(`${moderationCase.contentType}:${moderationCase.contentLocalId}`);
    const space = ref ? await this.communities.spaceById(ctx).load(ref.spaceId) : null;
    return space ? SpaceType.from(space) : null;
  }
}

@Resolver(() => ModerationClaimType)
export class ModerationClaimFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true })
  moderator(claim: ModerationClaimType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return this.authors.load(ctx, claim.communityId, claim.moderatorId);
  }

  @ResolveField(() => Boolean, { description: 'You hold this claim and may release it (releaseModerationCase); another moderator’s claim lapses at expiresAt' })
  viewerCanRelease(claim: ModerationClaimType, _args: NoArgs, { ctx }: GraphqlContext): boolean {
    return ctx.memberId !== null && claim.moderatorId === ctx.memberId;
  }
}

@Resolver(() => ModeratorNoteType)
export class ModeratorNoteFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true, description: 'The moderator who wrote it' })
  author(note: ModeratorNoteType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return note.authorId ? this.authors.load(ctx, note.communityId, note.authorId) : Promise.resolve(null);
  }
}
