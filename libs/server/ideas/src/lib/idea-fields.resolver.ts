import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorsLoader, AuthorType, CommunitiesLoaders, CommunitiesPolicy, SpaceType } from '@palabre/communities';
import { Clock, Connection, Ctx, decodeCursor, GraphqlContext, NoArgs, PageArgs, pageSize, RequestContext, toConnection, TIME_ID_CURSOR } from '@palabre/core';
import { MutesService } from '@palabre/members';
import { isClosed } from './idea-status.machine';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPolicy } from './ideas.policy';
import { CampaignType, CreditOfferState, IdeaCommentConnection, IdeaCommentType, IdeaDecisionType, IdeaStatusChangeType, IdeaType, SupportersByAffiliationType } from './ideas.types';

@Resolver(() => IdeaType)
export class IdeaFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly communityLoaders: CommunitiesLoaders,
    private readonly authors: AuthorsLoader,
    private readonly clock: Clock,
    private readonly communities: CommunitiesPolicy,
    private readonly mutes: MutesService,
    private readonly policy: IdeasPolicy,
  ) {}

  @ResolveField(() => String, { description: 'Markdown as written' })
  body(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): string | Promise<string> {
    return idea.body ?? this.loaders.ideaBody(ctx).load(idea.localId).then((row) => row?.body ?? '');
  }

  @ResolveField(() => String, { description: 'Sanitised HTML rendering of body' })
  bodyHtml(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): string | Promise<string> {
    return idea.bodyHtml ?? this.loaders.ideaBody(ctx).load(idea.localId).then((row) => row?.body_html ?? '');
  }

  @ResolveField(() => Boolean, { description: 'You muted its author: show it collapsed (false when signed out)' })
  authorMutedByViewer(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.mutes.mutedByViewer(ctx, idea.authorId);
  }

  @ResolveField(() => AuthorType, { nullable: true, description: 'null when the account was erased' })
  author(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): AuthorType | Promise<AuthorType | null> | null {
    return idea.authorId ? this.authors.loadKnown(ctx, idea.communityId, idea.authorId) : null;
  }

  @ResolveField(() => SpaceType)
  async space(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SpaceType> {
    return SpaceType.from((await this.communityLoaders.spaceById(ctx).load(idea.spaceId))!);
  }

  @ResolveField(() => CampaignType, { nullable: true })
  async campaign(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CampaignType | null> {
    const row = idea.campaignId ? await this.loaders.campaignById(ctx).load(idea.campaignId) : null;
    return row ? CampaignType.from(row) : null;
  }

  @ResolveField(() => IdeaType, { nullable: true, description: 'The idea this one was merged into' })
  mergedInto(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaType | null> {
    return this.related(ctx, idea.mergedIntoId);
  }

  @ResolveField(() => IdeaType, { nullable: true, description: 'The expired idea this one resubmits' })
  resubmittedFrom(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaType | null> {
    return this.related(ctx, idea.resubmittedFromId);
  }

  @ResolveField(() => Boolean, { description: 'The brand owes an update and has not given it' })
  overdue(idea: IdeaType): boolean {
    return !isClosed(idea.status) && idea.nextUpdateDueAt !== null && idea.nextUpdateDueAt < this.clock.now();
  }

  @ResolveField(() => Boolean, { description: 'Whether you support this idea' })
  viewerSupports(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): boolean | Promise<boolean> {
    return this.loaders.viewerSupports(ctx).loadKnown(idea.localId);
  }

  @ResolveField(() => Boolean, { description: 'You may support it, or withdraw your support (supportIdea / withdrawSupport): false when signed out, once it is closed, and to support when you are not a member, are suspended there or its campaign no longer takes supports' })
  viewerCanSupport(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.policy.maySupport(ctx, idea, this.clock.now());
  }

  @ResolveField(() => SupportersByAffiliationType)
  supportersByAffiliation(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SupportersByAffiliationType> {
    return this.loaders.supportersByAffiliation(ctx).load(idea.localId);
  }

  @ResolveField(() => [IdeaStatusChangeType], { description: 'Every status change with its public rationale, oldest first' })
  async statusHistory(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaStatusChangeType[]> {
    const rows = await this.loaders.statusHistory(ctx).load(idea.localId);
    return Promise.all(
      rows.map(async (row) => ({
        from: row.from_status,
        to: row.to_status,
        rationale: row.rationale,
        at: row.changed_at,
        changedBy: row.changed_by ? await this.authors.load(ctx, idea.communityId, row.changed_by) : null,
      })),
    );
  }

  @ResolveField(() => IdeaDecisionType, { nullable: true, description: 'Recorded when the idea is SHIPPED or DECLINED' })
  async decision(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaDecisionType | null> {
    const row = await this.loaders.decision(ctx).load(idea.localId);
    if (!row) return null;
    return Object.assign(new IdeaDecisionType(), { ideaId: row.idea_id, communityId: idea.communityId, decidedById: row.decided_by, status: row.status, summary: row.summary, decidedAt: row.decided_at });
  }

  @ResolveField(() => CreditOfferState, { nullable: true, description: 'Credit offered to you for this idea, if any' })
  async viewerCreditOffer(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CreditOfferState | null> {
    const credit = await this.loaders.viewerCredit(ctx).load(idea.localId);
    if (!credit) return null;
    return credit.accepted_at ? CreditOfferState.ACCEPTED : CreditOfferState.OFFERED;
  }

  @ResolveField(() => IdeaCommentConnection, { description: 'The discussion, oldest first' })
  async comments(@Ctx() ctx: RequestContext, @Parent() idea: IdeaType, @Args() page: PageArgs): Promise<Connection<IdeaCommentType>> {
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const rows = await this.loaders.commentsPage(ctx).load({
      ideaId: idea.localId,
      // Hidden comments stay in the discussion for their author and the community's moderators.
      moderator: await this.communities.moderates(ctx, idea.communityId),
      viewerId: ctx.memberId,
      limit: first + 1,
      after: cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null,
    });
    return toConnection(rows, first, cursor !== null, (row) => [row.created_at.toISOString(), row.id], IdeaCommentType.from, async () => idea.commentCount);
  }

  private async related(ctx: RequestContext, id: string | null): Promise<IdeaType | null> {
    const row = id ? await this.loaders.byId(ctx).load(id) : null;
    return row && !row.removed_at ? IdeaType.from(row) : null;
  }
}
