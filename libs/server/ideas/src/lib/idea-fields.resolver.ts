import { Args, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SpaceKind } from '@palabre/contracts';
import { AuthorsLoader, AuthorType, CommunitiesLoaders, CommunitiesPolicy, SPACE_TYPE, SpaceType } from '@palabre/communities';
import { Clock, Connection, Ctx, decodeCursor, GraphqlContext, localIdOf, NoArgs, PageArgs, pageSize, RequestContext, toConnection } from '@palabre/core';
import { MemberType } from '@palabre/members';
import { isClosed } from './idea-status.machine';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasService } from './ideas.service';
import { updateEveryDays } from './idea-workflow.service';
import {
  CampaignType,
  CreditOfferState,
  IdeaCommentConnection,
  IdeaCommentType,
  IdeaDecisionType,
  IdeaPolicyType,
  IdeaStatusChangeType,
  IdeaType,
  ReviewRoundType,
  SupportBudgetType,
  SupportersByAffiliationType,
} from './ideas.types';

const DAY_MS = 86_400_000;

@Resolver(() => IdeaType)
export class IdeaFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly communityLoaders: CommunitiesLoaders,
    private readonly authors: AuthorsLoader,
    private readonly clock: Clock,
    private readonly communities: CommunitiesPolicy,
  ) {}

  @ResolveField(() => AuthorType, { nullable: true, description: 'null when the account was erased' })
  author(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return idea.authorId ? this.authors.load(ctx, idea.communityId, idea.authorId) : Promise.resolve(null);
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
  viewerSupports(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.loaders.viewerSupports(ctx).load(idea.localId);
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
    const cursor = decodeCursor(page.after, 2);
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

@Resolver(() => IdeaCommentType)
export class IdeaCommentFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly authors: AuthorsLoader,
  ) {}

  @ResolveField(() => AuthorType, { nullable: true })
  author(comment: IdeaCommentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return comment.authorId ? this.authors.load(ctx, comment.communityId, comment.authorId) : Promise.resolve(null);
  }

  @ResolveField(() => IdeaType)
  async idea(comment: IdeaCommentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaType> {
    return IdeaType.from((await this.loaders.byId(ctx).load(comment.ideaId))!);
  }
}

@Resolver(() => IdeaDecisionType)
export class IdeaDecisionFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly authors: AuthorsLoader,
  ) {}

  @ResolveField(() => AuthorType, { nullable: true })
  decidedBy(decision: IdeaDecisionType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return decision.decidedById ? this.authors.load(ctx, decision.communityId, decision.decidedById) : Promise.resolve(null);
  }

  @ResolveField(() => [AuthorType], { description: 'Members credited who accepted; declined or pending offers never appear' })
  async credits(decision: IdeaDecisionType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType[]> {
    const credits = await this.loaders.acceptedCredits(ctx).load(decision.ideaId);
    const authors = await Promise.all(credits.map((credit) => this.authors.load(ctx, decision.communityId, credit.member_id)));
    return authors.filter((author): author is AuthorType => author !== null);
  }
}

@Resolver(() => CampaignType)
export class CampaignFieldsResolver {
  constructor(private readonly communityLoaders: CommunitiesLoaders) {}

  @ResolveField(() => SpaceType)
  async space(campaign: CampaignType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SpaceType> {
    return SpaceType.from((await this.communityLoaders.spaceById(ctx).load(campaign.spaceId))!);
  }
}

@Resolver(() => ReviewRoundType)
export class ReviewRoundFieldsResolver {
  constructor(private readonly loaders: IdeasLoaders) {}

  @ResolveField(() => [IdeaType], { description: 'Ideas taken into this round (for the upcoming round: those qualified so far)' })
  async ideas(round: ReviewRoundType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaType[]> {
    const rows = round.roundId ? await this.loaders.ideasOfRound(ctx).load(round.roundId) : await this.loaders.qualifiedOfSpace(ctx).load(round.spaceId);
    return rows.map(IdeaType.from);
  }
}

@Resolver(() => SpaceType)
export class SpaceIdeasFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => IdeaPolicyType, { nullable: true, description: 'How this ideas space works; null for other spaces' })
  async ideaPolicy(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaPolicyType | null> {
    if (space.kind !== SpaceKind.IDEAS) return null;
    return IdeaPolicyType.from(await this.loaders.policyOfSpace(ctx).load(space.localId));
  }

  @ResolveField(() => [CampaignType], { description: 'Campaigns of this ideas space, newest first' })
  async campaigns(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CampaignType[]> {
    return (await this.loaders.campaignsOfSpace(ctx).load(space.localId)).map(CampaignType.from);
  }

  @ResolveField(() => [ReviewRoundType], { description: 'The published review calendar: the next cut-off first, then past rounds, newest first' })
  async reviewRounds(space: SpaceType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ReviewRoundType[]> {
    if (space.kind !== SpaceKind.IDEAS) return [];
    const [policy, past] = await Promise.all([this.loaders.policyOfSpace(ctx).load(space.localId), this.loaders.roundsOfSpace(ctx).load(space.localId)]);
    const rounds = past.map(ReviewRoundType.from);
    if (!policy?.review_cadence_days) return rounds;
    const cadence = policy.review_cadence_days * DAY_MS;
    const anchor = policy.review_anchor_at.getTime();
    const cutoff = anchor + (Math.floor((this.clock.now().getTime() - anchor) / cadence) + 1) * cadence;
    const upcoming = Object.assign(new ReviewRoundType(), {
      roundId: null,
      spaceId: space.localId,
      cutoffAt: new Date(cutoff),
      decisionDueAt: new Date(cutoff + updateEveryDays(policy) * DAY_MS),
      processed: false,
    });
    return [upcoming, ...rounds];
  }
}

@Resolver(() => MemberType)
export class MemberIdeasFieldsResolver {
  constructor(private readonly service: IdeasService) {}

  @ResolveField(() => SupportBudgetType, { nullable: true, description: 'Your support budget in an ideas space (null on other members)' })
  async supportBudget(@Ctx() ctx: RequestContext, @Parent() member: MemberType, @Args('spaceId', { type: () => ID }) spaceId: string): Promise<SupportBudgetType | null> {
    if (!ctx.memberId || member.localId !== ctx.memberId) return null;
    return this.service.supportBudget(ctx, localIdOf(spaceId, SPACE_TYPE, 'spaceId'));
  }
}

