import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, Ctx, decodeCursor, GraphqlContext, localIdOf, NoArgs, PageArgs, pageSize, RequestContext, toConnection, TIME_ID_CURSOR } from '@palabre/core';
import { AuthorsLoader, AuthorType, COMMUNITY_TYPE, CommunityType } from '@palabre/communities';
import { MemberType } from '@palabre/members';
import { ModerationLoaders } from './moderation.loaders';
import { ModerationService } from './moderation.service';
import {
  AppealType,
  AuditEntryConnection,
  AuditEntryType,
  FeaturedContentConnection,
  FeaturedContentType,
  ModerationCaseType,
  ReportType,
  SuspensionType,
} from './moderation.types';

const authorOrNull = (authors: AuthorsLoader, ctx: RequestContext, communityId: string, memberId: string | null) =>
  memberId ? authors.load(ctx, communityId, memberId) : Promise.resolve(null);

@Resolver(() => ModerationCaseType)
export class ModerationCaseFieldsResolver {
  constructor(private readonly loaders: ModerationLoaders, private readonly authors: AuthorsLoader) {}

  @ResolveField(() => [ReportType], { description: 'Every report on this content, oldest first' })
  async reports(moderationCase: ModerationCaseType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ReportType[]> {
    return (await this.loaders.reportsOfCase(ctx).load(moderationCase.localId)).map((row) => ReportType.from(row, moderationCase.communityId));
  }

  @ResolveField(() => AuthorType, { nullable: true, description: 'Who wrote the content' })
  author(moderationCase: ModerationCaseType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return authorOrNull(this.authors, ctx, moderationCase.communityId, moderationCase.authorId);
  }
}

@Resolver(() => ReportType)
export class ReportFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true })
  reporter(report: ReportType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return authorOrNull(this.authors, ctx, report.communityId, report.reporterId);
  }
}

@Resolver(() => AuditEntryType)
export class AuditEntryFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true, description: 'The moderator who acted; null for AUTOMATION' })
  actor(entry: AuditEntryType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return authorOrNull(this.authors, ctx, entry.communityId, entry.actorId);
  }
}

@Resolver(() => AppealType)
export class AppealFieldsResolver {
  constructor(private readonly loaders: ModerationLoaders, private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuditEntryType, { description: 'The action appealed' })
  async action(appeal: AppealType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuditEntryType> {
    return AuditEntryType.from((await this.loaders.actionById(ctx).load(appeal.actionId))!);
  }

  @ResolveField(() => AuthorType, { nullable: true })
  appellant(appeal: AppealType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return authorOrNull(this.authors, ctx, appeal.communityId, appeal.appellantId);
  }
}

@Resolver(() => SuspensionType)
export class SuspensionFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true })
  member(suspension: SuspensionType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return authorOrNull(this.authors, ctx, suspension.communityId, suspension.memberId);
  }

  @ResolveField(() => AuthorType, { nullable: true, description: 'The moderator or owner who set it, with their role here' })
  setBy(suspension: SuspensionType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return authorOrNull(this.authors, ctx, suspension.communityId, suspension.createdBy);
  }
}

@Resolver(() => FeaturedContentType)
export class FeaturedContentFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true, description: 'Who featured it' })
  curator(featured: FeaturedContentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return authorOrNull(this.authors, ctx, featured.communityId, featured.curatorId);
  }
}

@Resolver(() => CommunityType)
export class CommunityModerationFieldsResolver {
  constructor(private readonly loaders: ModerationLoaders) {}

  @ResolveField(() => FeaturedContentConnection, { description: 'The community’s best of, newest first, each with its curator’s note' })
  async featured(@Ctx() ctx: RequestContext, @Parent() community: CommunityType, @Args() page: PageArgs): Promise<Connection<FeaturedContentType>> {
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const rows = await this.loaders.featuredPage(ctx).load({ communityId: community.localId, limit: first + 1, before: cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null });
    return toConnection(rows, first, cursor !== null, (row) => [row.featured_at.toISOString(), row.content_id], FeaturedContentType.from, () => this.loaders.featuredCount(ctx).load(community.localId));
  }

  @ResolveField(() => Int, { description: 'Weight of open reports that hides content pending review' })
  autoHideThreshold(community: CommunityType, _args: NoArgs, { ctx }: GraphqlContext): Promise<number> {
    return this.loaders.autoHideThreshold(ctx).load(community.localId);
  }
}

@Resolver(() => MemberType)
export class MemberModerationFieldsResolver {
  constructor(private readonly moderation: ModerationService) {}

  @ResolveField(() => AuditEntryConnection, { nullable: true, description: 'Every action taken on your content or account in this community, with reasons; yours only (null for others)' })
  async moderationHistory(
    @Ctx() ctx: RequestContext,
    @Parent() member: MemberType,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args() page: PageArgs,
  ): Promise<Connection<AuditEntryType> | null> {
    if (ctx.memberId !== member.localId) return null;
    const connection = await this.moderation.myHistory(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), page);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: AuditEntryType.from(edge.node) })) };
  }
}
