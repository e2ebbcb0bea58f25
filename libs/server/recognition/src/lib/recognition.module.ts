import { Module, OnModuleInit } from '@nestjs/common';
import { EventsService, NodeRegistry, PersonalDataRegistry, ReputationLookup } from '@palabre/core';
import { CommunitiesModule } from '@palabre/communities';
import { ReplyType, ThreadType } from '@palabre/advice';
import { IdeaCommentType, IdeaType } from '@palabre/ideas';
import { BadgesRepository } from './badges.repository';
import { BadgesService } from './badges.service';
import { contentKudosResolver } from './content-kudos.resolver';
import { HelpResolver } from './help.resolver';
import { HelpService } from './help.service';
import { KudosRepository } from './kudos.repository';
import { KudosService } from './kudos.service';
import { QuestionsRepository } from './questions.repository';
import { ReciprocityRepository } from './reciprocity.repository';
import { ReciprocityService } from './reciprocity.service';
import { CommunityRecognitionResolver, KudosFieldsResolver, MemberRecognitionResolver, MembershipRecognitionResolver, RecognitionBoardEntryResolver } from './recognition-fields.resolver';
import { RecognitionLoaders } from './recognition.loaders';
import { RecognitionPersonalData } from './recognition.personal-data';
import { RecognitionPersonalDataRepository } from './recognition-personal-data.repository';
import { RecognitionResolver } from './recognition.resolver';
import { KUDOS_TYPE, KudosType } from './recognition.types';
import { ReputationRepository } from './reputation.repository';
import { ReputationService } from './reputation.service';

@Module({
  imports: [CommunitiesModule],
  providers: [
    KudosRepository,
    ReputationRepository,
    BadgesRepository,
    ReciprocityRepository,
    QuestionsRepository,
    RecognitionLoaders,
    HelpService,
    RecognitionPersonalData,
    RecognitionPersonalDataRepository,
    KudosService,
    ReputationService,
    BadgesService,
    ReciprocityService,
    RecognitionResolver,
    KudosFieldsResolver,
    MemberRecognitionResolver,
    MembershipRecognitionResolver,
    CommunityRecognitionResolver,
    RecognitionBoardEntryResolver,
    HelpResolver,
    // Kudos fields on the content types advice and ideas own.
    contentKudosResolver(() => ThreadType, 'Thread'),
    contentKudosResolver(() => ReplyType, 'Reply'),
    contentKudosResolver(() => IdeaType, 'Idea'),
    contentKudosResolver(() => IdeaCommentType, 'IdeaComment'),
  ],
  exports: [KudosService, ReputationService, ReciprocityService, HelpService],
})
export class RecognitionModule implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly reputation: ReputationService,
    private readonly help: HelpService,
    private readonly personalData: PersonalDataRegistry,
    private readonly recognitionData: RecognitionPersonalData,
    private readonly nodes: NodeRegistry,
    private readonly kudos: KudosService,
    private readonly reputationLookup: ReputationLookup,
    private readonly reputationRepo: ReputationRepository,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this.recognitionData);
    // Moderation weighs reports by reputation through core's port, without naming recognition's tables.
    this.reputationLookup.register({ reputationOf: (db, communityId, memberId) => this.reputationRepo.pointsIn(db, communityId, memberId) });
    this.nodes.register(KUDOS_TYPE, KudosType, async (ctx, id) => {
      const row = await this.kudos.findVisible(ctx, id);
      return row ? KudosType.from(row) : null;
    });
    // In-transaction reactions: reputation moves in the same transaction as the accept itself.
    this.events.on('answer.accepted', (tx, event) => this.reputation.onAnswerAccepted(tx, event.payload));
    this.events.on('answer.unaccepted', (tx, event) => this.reputation.onAnswerUnaccepted(tx, event.payload));
    this.events.on('answer.accepted', (tx, event) => this.help.onAnswerAccepted(tx, event.payload.threadId));
    this.events.on('thread.created', (tx, event) => this.help.onThreadCreated(tx, event.payload));
    this.events.on('reply.created', (tx, event) => this.help.onReplyCreated(tx, event.payload, event.known?.['threadKind']));
    this.events.on('post.deleted', (tx, event) => this.help.onPostDeleted(tx, event.payload));
    this.events.on('credit.accepted', (tx, event) => this.reputation.onCreditAccepted(tx, event.payload));
  }
}
