import { Module, OnModuleInit } from '@nestjs/common';
import { NodeRegistry, PersonalDataRegistry, RequestContext, RoomAccessRegistry, TransactionRunner, WriteGate } from '@palabre/core';
import { MembersModule } from '@palabre/members';
import { DraftsPersonalData } from './drafts.personal-data';
import { DraftsRepository } from './drafts.repository';
import { DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';
import { HandleSuggestionsRepository } from './handle-suggestions.repository';
import { HandleSuggestionsResolver } from './handle-suggestions.resolver';
import { CommunitiesRepository } from './communities.repository';
import { CommunitiesLoaders } from './communities.loaders';
import { CommunityRowsCache } from './community-rows.cache';
import { CommunitiesPolicy } from './communities.policy';
import { CommunitiesService } from './communities.service';
import { CommunitiesResolver } from './communities.resolver';
import { CommunityFieldsResolver, InvitationFieldsResolver, MemberMembershipsResolver, MembershipFieldsResolver, SpaceFieldsResolver } from './community-fields.resolver';
import { AuthorsLoader } from './authors.loader';
import { AuthorsRepository } from './authors.repository';
import { CommunitiesPersonalData } from './communities.personal-data';
import { CommunitiesPersonalDataRepository } from './communities-personal-data.repository';
import { COMMUNITY_TYPE, CommunityType, SPACE_TYPE, SpaceType } from './communities.types';

import { SavedRepliesRepository } from './saved-replies.repository';
import { SavedRepliesService } from './saved-replies.service';
import { SavedRepliesResolver } from './saved-replies.resolver';

@Module({
  imports: [MembersModule],
  providers: [
    DraftsRepository,
    DraftsService,
    DraftsResolver,
    DraftsPersonalData,
    HandleSuggestionsRepository,
    HandleSuggestionsResolver,
    SavedRepliesRepository,
    SavedRepliesService,
    SavedRepliesResolver,
    CommunitiesRepository,
    CommunitiesLoaders,
    CommunityRowsCache,
    CommunitiesPolicy,
    CommunitiesService,
    CommunitiesResolver,
    CommunityFieldsResolver,
    SpaceFieldsResolver,
    MembershipFieldsResolver,
    MemberMembershipsResolver,
    InvitationFieldsResolver,
    AuthorsLoader,
    AuthorsRepository,
    CommunitiesPersonalData,
    CommunitiesPersonalDataRepository,
  ],
  exports: [CommunitiesService, CommunitiesPolicy, CommunitiesLoaders, CommunitiesRepository, AuthorsLoader, MembersModule, SavedRepliesRepository],
})
export class CommunitiesModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly rooms: RoomAccessRegistry,
    private readonly loaders: CommunitiesLoaders,
    private readonly policy: CommunitiesPolicy,
    private readonly personalData: PersonalDataRegistry,
    private readonly communitiesData: CommunitiesPersonalData,
    private readonly writeGate: WriteGate,
    private readonly db: TransactionRunner,
    private readonly draftsData: DraftsPersonalData,
  ) {}

  private async liveCommunityIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
    const visible = await this.policy.visibleCommunityIds(ctx, ids);
    const memberId = ctx.memberId;
    if (!memberId) return visible;
    const allowed = new Set<string>();
    for (const id of visible) if (await this.writeGate.canWrite(this.db.reader, id, memberId)) allowed.add(id);
    return allowed;
  }

  onModuleInit(): void {
    this.personalData.register(this.communitiesData);
    this.personalData.register(this.draftsData);
    this.nodes.register(COMMUNITY_TYPE, CommunityType, async (ctx, id) => {
      const visible = await this.policy.visibleCommunityIds(ctx, [id]);
      const row = visible.has(id) ? await this.loaders.communityById(ctx).load(id) : null;
      return row ? CommunityType.from(row) : null;
    });
    this.nodes.register(SPACE_TYPE, SpaceType, async (ctx, id) => {
      const access = await this.policy.requireVisibleSpace(ctx, id).catch(() => null);
      return access ? SpaceType.from(access.space) : null;
    });
    // A private community's room is open to its members only, like its content; a suspended member stays out of its live rooms.
    this.rooms.register('community', (ctx, ids) => this.liveCommunityIds(ctx, ids));
    // Moderators of a community also get its moderator-only events.
    this.rooms.registerModeration('community', (ctx, ids) => this.policy.moderatedCommunityIds(ctx, ids));
    this.rooms.register('space', async (ctx, ids) => {
      const spaces = await this.loaders.spaceById(ctx).loadMany(ids);
      const communityIds = spaces.flatMap((space) => (space && !(space instanceof Error) ? [space.community_id] : []));
      const visible = await this.liveCommunityIds(ctx, communityIds);
      return new Set(spaces.flatMap((space) => (space && !(space instanceof Error) && visible.has(space.community_id) ? [space.id] : [])));
    });
  }
}
