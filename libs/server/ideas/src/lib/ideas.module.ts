import { Module, OnModuleInit } from '@nestjs/common';
import { ContentRegistry, NodeRegistry, PersonalDataRegistry, RoomAccessRegistry } from '@palabre/core';
import { CommunitiesModule } from '@palabre/communities';
import { MediaModule } from '@palabre/media';
import { IdeasRepository } from './ideas.repository';
import { SupportsRepository } from './supports.repository';
import { IdeaPoliciesRepository } from './idea-policies.repository';
import { CampaignsRepository } from './campaigns.repository';
import { ReviewRoundsRepository } from './review-rounds.repository';
import { IdeaMergesRepository } from './idea-merges.repository';
import { IdeaDecisionsRepository } from './idea-decisions.repository';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPolicy } from './ideas.policy';
import { IdeasService } from './ideas.service';
import { IdeaWorkflowService } from './idea-workflow.service';
import { IdeasScheduler } from './ideas.scheduler';
import { IdeasResolver } from './ideas.resolver';
import { IdeaFieldsResolver } from './idea-fields.resolver';
import { IdeaCommentFieldsResolver } from './idea-comment-fields.resolver';
import { IdeaCommentsResolver } from './idea-comments.resolver';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeaDecisionFieldsResolver } from './idea-decision-fields.resolver';
import { CampaignFieldsResolver } from './campaign-fields.resolver';
import { ReviewRoundFieldsResolver } from './review-round-fields.resolver';
import { SpaceIdeasFieldsResolver } from './space-ideas-fields.resolver';
import { MemberIdeasFieldsResolver } from './member-ideas-fields.resolver';
import { ideaCommentContentProvider, ideaContentProvider } from './ideas.content';
import { IdeasPersonalData } from './ideas.personal-data';
import { IdeasPersonalDataRepository } from './ideas-personal-data.repository';
import { IdeaUpdatesRepository } from './idea-updates.repository';
import { IdeaUpdateFieldsResolver, IdeaUpdatesResolver, IdeaUpdatesService } from './idea-updates';
import { CAMPAIGN_TYPE, CampaignType, IDEA_COMMENT_TYPE, IDEA_TYPE, IdeaCommentType, IdeaType } from './ideas.types';

@Module({
  imports: [CommunitiesModule, MediaModule],
  providers: [
    IdeasRepository,
    SupportsRepository,
    IdeaPoliciesRepository, CampaignsRepository, ReviewRoundsRepository, IdeaMergesRepository, IdeaDecisionsRepository,
    IdeasLoaders,
    IdeasPolicy,
    IdeasService,
    IdeaCommentsService,
    IdeaCommentsResolver,
    IdeaWorkflowService,
    IdeasScheduler,
    IdeasResolver,
    IdeaFieldsResolver,
    IdeaCommentFieldsResolver,
    IdeaDecisionFieldsResolver,
    CampaignFieldsResolver,
    ReviewRoundFieldsResolver,
    SpaceIdeasFieldsResolver,
    MemberIdeasFieldsResolver,
    IdeasPersonalData,
    IdeasPersonalDataRepository,
    IdeaUpdatesRepository,
    IdeaUpdatesService,
    IdeaUpdatesResolver,
    IdeaUpdateFieldsResolver,
  ],
  exports: [IdeasService, IdeaWorkflowService, IdeasScheduler, IdeasLoaders, IdeasRepository],
})
export class IdeasModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly rooms: RoomAccessRegistry,
    private readonly content: ContentRegistry,
    private readonly repo: IdeasRepository,
    private readonly loaders: IdeasLoaders,
    private readonly policy: IdeasPolicy,
    private readonly personalData: PersonalDataRegistry,
    private readonly ideasData: IdeasPersonalData,
  ) {}

  onModuleInit(): void {
    this.nodes.register(IDEA_TYPE, IdeaType, async (ctx, id) => {
      const [idea] = await this.policy.visible(ctx, [await this.loaders.byId(ctx).load(id)]);
      return idea ? IdeaType.from(idea) : null;
    });
    this.nodes.register(IDEA_COMMENT_TYPE, IdeaCommentType, async (ctx, id) => {
      const comment = await this.loaders.commentById(ctx).load(id);
      return comment && (await this.policy.canSeeComment(ctx, comment)) ? IdeaCommentType.from(comment) : null;
    });
    this.nodes.register(CAMPAIGN_TYPE, CampaignType, async (ctx, id) => {
      const campaign = await this.loaders.campaignById(ctx).load(id);
      const access = campaign ? await this.policy.requireIdeasSpace(ctx, campaign.space_id).catch(() => null) : null;
      return campaign && access ? CampaignType.from(campaign) : null;
    });
    // An idea's room is open to whoever may see the idea, like its page.
    this.rooms.register('idea', (ctx, ids) => this.policy.visibleIds(ctx, ids));
    this.content.register(ideaContentProvider(this.repo));
    this.content.register(ideaCommentContentProvider(this.repo));
    this.personalData.register(this.ideasData);
  }
}
