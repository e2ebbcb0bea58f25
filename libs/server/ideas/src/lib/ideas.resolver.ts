import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SPACE_TYPE } from '@palabre/communities';
import { ErrorCode, IdeasErrorCode, ModerationErrorCode } from '@palabre/contracts';
import { Connection, Ctx, localIdOf, PageArgs, Public, raises, RequestContext } from '@palabre/core';
import { MEMBER_TYPE } from '@palabre/members';
import { IdeaStatus, OPEN_STATUSES } from './idea-status.machine';
import { IdeasService } from './ideas.service';
import { IdeaWorkflowService } from './idea-workflow.service';
import { IdeaOrder } from './ideas.repository';
import { ChangeIdeaStatusInput, CommentOnIdeaInput, IdeasFilter, LaunchCampaignInput, MergeIdeaInput, ProposeIdeaInput, SetIdeaPolicyInput } from './ideas.inputs';
import { CAMPAIGN_TYPE, CampaignType, IDEA_COMMENT_TYPE, IDEA_TYPE, IdeaCommentType, IdeaConnection, IdeaPolicyType, IdeaRoadmapColumnType, IdeaType } from './ideas.types';

/** What a board lists: the statuses asked for, else open ideas (closed ones too when asked), never MERGED unless named. */
function boardStatuses(filter: IdeasFilter | undefined): IdeaStatus[] {
  const named = [...(filter?.statuses ?? []), ...(filter?.status ? [filter.status] : [])];
  if (named.length > 0) return [...new Set(named)];
  if (filter?.includeClosed) return Object.values(IdeaStatus).filter((status) => status !== IdeaStatus.MERGED);
  return [...OPEN_STATUSES];
}

const ROADMAP_STATUSES = [IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS, IdeaStatus.SHIPPED];

const ideaId = (id: string, argument = 'ideaId') => localIdOf(id, IDEA_TYPE, argument);

@Resolver()
export class IdeasResolver {
  constructor(
    private readonly service: IdeasService,
    private readonly workflow: IdeaWorkflowService,
  ) {}

  @Public()
  @Query(() => IdeaConnection, {
    description: 'Ideas of a space: open ones by default, closed ones with `filter.includeClosed`, MERGED ones only when `filter.statuses` asks for them; `overdue` lists those whose promised update is late',
  })
  async ideas(
    @Ctx() ctx: RequestContext,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args() page: PageArgs,
    @Args('filter', { type: () => IdeasFilter, nullable: true }) filter?: IdeasFilter,
    @Args('orderBy', { type: () => IdeaOrder, defaultValue: IdeaOrder.NEWEST }) orderBy: IdeaOrder = IdeaOrder.NEWEST,
  ): Promise<Connection<IdeaType>> {
    const connection = await this.service.listIdeas(
      ctx,
      localIdOf(spaceId, SPACE_TYPE, 'spaceId'),
      {
        statuses: boardStatuses(filter),
        overdue: filter?.overdue ?? false,
        qualified: filter?.qualified ?? null,
        campaignId: filter?.campaignId ? localIdOf(filter.campaignId, CAMPAIGN_TYPE, 'filter.campaignId') : null,
        orderBy,
      },
      page,
    );
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: IdeaType.from(edge.node) })) };
  }

  @Public()
  @Query(() => [IdeaRoadmapColumnType], { description: 'A roadmap: ideas of a space grouped by status (UNDER_REVIEW, PLANNED, IN_PROGRESS, SHIPPED unless asked otherwise), most supported first' })
  async ideaRoadmap(
    @Ctx() ctx: RequestContext,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('statuses', { type: () => [IdeaStatus], defaultValue: ROADMAP_STATUSES }) statuses: IdeaStatus[],
    @Args('perStatus', { type: () => Int, defaultValue: 20 }) perStatus: number,
  ): Promise<IdeaRoadmapColumnType[]> {
    const columns = await this.service.roadmap(ctx, localIdOf(spaceId, SPACE_TYPE, 'spaceId'), [...new Set(statuses)].slice(0, 8), Math.min(Math.max(perStatus, 1), 50));
    return columns.map((column) => ({ ...column, ideas: column.ideas.map(IdeaType.from) }));
  }

  @Public()
  @Query(() => [IdeaType], { description: 'Likely duplicates of an idea being written (by title similarity)' })
  async similarIdeas(@Ctx() ctx: RequestContext, @Args('spaceId', { type: () => ID }) spaceId: string, @Args('text') text: string): Promise<IdeaType[]> {
    return (await this.service.similarIdeas(ctx, localIdOf(spaceId, SPACE_TYPE, 'spaceId'), text)).map(IdeaType.from);
  }

  @Mutation(() => IdeaType, { description: raises('Propose an idea in an ideas space (members)', IdeasErrorCode.CampaignClosed, ModerationErrorCode.Suspended, ModerationErrorCode.NewMemberLimit, ModerationErrorCode.DuplicateContent) })
  async proposeIdea(@Ctx() ctx: RequestContext, @Args('input') input: ProposeIdeaInput): Promise<IdeaType> {
    const idea = await this.service.proposeIdea(ctx, {
      spaceId: localIdOf(input.spaceId, SPACE_TYPE, 'spaceId'),
      campaignId: input.campaignId ? localIdOf(input.campaignId, CAMPAIGN_TYPE, 'campaignId') : null,
      title: input.title,
      body: input.body,
      tags: input.tags,
    });
    return IdeaType.from(idea);
  }

  @Mutation(() => IdeaType, { description: raises('Propose an EXPIRED idea again, as a new idea linked to the old one (author only, once)', IdeasErrorCode.IdeaNotExpired, ModerationErrorCode.Suspended, ModerationErrorCode.NewMemberLimit, ModerationErrorCode.DuplicateContent) })
  async resubmitIdea(@Ctx() ctx: RequestContext, @Args('ideaId', { type: () => ID }) id: string): Promise<IdeaType> {
    return IdeaType.from(await this.service.resubmitIdea(ctx, ideaId(id)));
  }

  @Mutation(() => IdeaCommentType, { description: raises('Comment on an idea (members)', IdeasErrorCode.IdeaLocked, ModerationErrorCode.Suspended, ModerationErrorCode.NewMemberLimit, ModerationErrorCode.DuplicateContent) })
  async commentOnIdea(@Ctx() ctx: RequestContext, @Args('input') input: CommentOnIdeaInput): Promise<IdeaCommentType> {
    const comment = await this.service.commentOnIdea(ctx, {
      ideaId: ideaId(input.ideaId),
      body: input.body,
      inReplyToId: input.inReplyToId ? localIdOf(input.inReplyToId, IDEA_COMMENT_TYPE, 'inReplyToId') : null,
    });
    return IdeaCommentType.from(comment);
  }

  @Mutation(() => CampaignType, { description: raises('Ask the community a question (OWNER or BRAND_STAFF)') })
  async launchCampaign(@Ctx() ctx: RequestContext, @Args('input') input: LaunchCampaignInput): Promise<CampaignType> {
    const { spaceId, ...values } = input;
    return CampaignType.from(await this.service.launchCampaign(ctx, { ...values, spaceId: localIdOf(spaceId, SPACE_TYPE, 'spaceId') }));
  }

  @Mutation(() => CampaignType, { description: raises('Close a campaign now, before its dates: no new answers or supports (OWNER or BRAND_STAFF)', ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  async closeCampaign(@Ctx() ctx: RequestContext, @Args('campaignId', { type: () => ID }) campaignId: string): Promise<CampaignType> {
    return CampaignType.from(await this.service.closeCampaign(ctx, localIdOf(campaignId, CAMPAIGN_TYPE, 'campaignId')));
  }

  @Mutation(() => IdeaPolicyType, { description: raises('Set how an ideas space works (OWNER or BRAND_STAFF)') })
  async setIdeaPolicy(@Ctx() ctx: RequestContext, @Args('input') input: SetIdeaPolicyInput): Promise<IdeaPolicyType> {
    const row = await this.service.setIdeaPolicy(ctx, localIdOf(input.spaceId, SPACE_TYPE, 'spaceId'), {
      supportBudget: input.supportBudget ?? null,
      updateEveryDays: input.updateEveryDays,
      supportThreshold: input.supportThreshold ?? null,
      thresholdWindowDays: input.thresholdWindowDays ?? null,
      reviewCadenceDays: input.reviewCadenceDays ?? null,
    });
    return IdeaPolicyType.from(row);
  }

  @Mutation(() => IdeaType, { description: raises('Support an idea (idempotent); every support counts exactly 1', IdeasErrorCode.IdeaClosed, IdeasErrorCode.CampaignClosed, IdeasErrorCode.SupportBudgetExceeded, ModerationErrorCode.Suspended) })
  async supportIdea(@Ctx() ctx: RequestContext, @Args('ideaId', { type: () => ID }) id: string): Promise<IdeaType> {
    return IdeaType.from(await this.workflow.supportIdea(ctx, ideaId(id)));
  }

  @Mutation(() => IdeaType, { description: raises('Withdraw your support (idempotent)', IdeasErrorCode.IdeaClosed) })
  async withdrawSupport(@Ctx() ctx: RequestContext, @Args('ideaId', { type: () => ID }) id: string): Promise<IdeaType> {
    return IdeaType.from(await this.workflow.withdrawSupport(ctx, ideaId(id)));
  }

  @Mutation(() => IdeaType, { description: raises('Move an idea through the workflow with a public rationale (OWNER or BRAND_STAFF)', IdeasErrorCode.InvalidStatusTransition, IdeasErrorCode.RationaleRequired) })
  async changeIdeaStatus(@Ctx() ctx: RequestContext, @Args('input') input: ChangeIdeaStatusInput): Promise<IdeaType> {
    const idea = await this.workflow.changeStatus(ctx, {
      ideaId: ideaId(input.ideaId),
      status: input.status,
      rationale: input.rationale,
      creditMemberIds: (input.creditMemberIds ?? []).map((id) => localIdOf(id, MEMBER_TYPE, 'creditMemberIds')),
      nextUpdateDueAt: input.nextUpdateDueAt ?? null,
    });
    return IdeaType.from(idea);
  }

  @Mutation(() => IdeaType, { description: raises('Merge a duplicate into another idea, reversibly (MODERATOR, BRAND_STAFF or OWNER); returns the merged idea', IdeasErrorCode.InvalidStatusTransition, IdeasErrorCode.RationaleRequired, IdeasErrorCode.IdeaClosed) })
  async mergeIdea(@Ctx() ctx: RequestContext, @Args('input') input: MergeIdeaInput): Promise<IdeaType> {
    const idea = await this.workflow.mergeIdea(ctx, { ideaId: ideaId(input.ideaId), intoIdeaId: ideaId(input.intoIdeaId, 'intoIdeaId'), rationale: input.rationale });
    return IdeaType.from(idea);
  }

  @Mutation(() => IdeaType, { description: raises('Undo a merge: both ideas are restored as they were', IdeasErrorCode.NotMerged) })
  async unmergeIdea(@Ctx() ctx: RequestContext, @Args('ideaId', { type: () => ID }) id: string): Promise<IdeaType> {
    return IdeaType.from(await this.workflow.unmergeIdea(ctx, ideaId(id)));
  }

  @Mutation(() => IdeaType, { description: raises('Accept the credit offered to you for a shipped idea: your name then appears on its decision', IdeasErrorCode.NoCreditOffered) })
  async acceptCredit(@Ctx() ctx: RequestContext, @Args('ideaId', { type: () => ID }) id: string): Promise<IdeaType> {
    return IdeaType.from(await this.workflow.acceptCredit(ctx, ideaId(id)));
  }

  @Mutation(() => IdeaType, { description: raises('Decline the credit offered to you: no trace of your name is kept', IdeasErrorCode.NoCreditOffered) })
  async declineCredit(@Ctx() ctx: RequestContext, @Args('ideaId', { type: () => ID }) id: string): Promise<IdeaType> {
    return IdeaType.from(await this.workflow.declineCredit(ctx, ideaId(id)));
  }
}
