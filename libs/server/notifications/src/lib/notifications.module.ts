import { NotificationLinks } from './notification-links';
import { Module, OnModuleInit } from '@nestjs/common';
import { NodeRegistry, PersonalDataRegistry } from '@palabre/core';
import { FollowsRepository } from './follows.repository';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { ConsentsRepository } from './consents.repository';
import { NotificationsPersonalData } from './notifications.personal-data';
import { NotificationsPersonalDataRepository } from './notifications-personal-data.repository';
import { CommunitiesModule } from '@palabre/communities';
import { CONTACT_MESSAGE_TYPE, ContactMessageType, DIGEST_TYPE, DigestType, NOTIFICATION_TYPE, NotificationType } from './notifications.types';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
import { InboxRepository } from './inbox.repository';
import { DigestsRepository } from './digests.repository';
import { ContactMessagesRepository } from './contact-messages.repository';
import { NotificationsService } from './notifications.service';
import { NotifierService } from './notifier.service';
import { NotificationReactions } from './notification-reactions';
import { DigestService } from './digest.service';
import { UnsubscribeRepository } from './unsubscribe.repository';
import { UnsubscribeService } from './unsubscribe.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService } from './conversations.service';
import { ConversationsResolver } from './conversations.resolver';
import {
  ConsentFieldsResolver,
  ConsentLedgerEntryFieldsResolver,
  ContactMessageFieldsResolver,
  DigestFieldsResolver,
  MemberNotificationsResolver,
  NotificationFieldsResolver,
  NotificationsResolver,
} from './notifications.resolver';

/** Follows, inbox, preferences, digests, consent ledger and brand contact. */
@Module({
  imports: [CommunitiesModule],
  controllers: [UnsubscribeController],
  providers: [
    FollowsRepository,
    NotificationPreferencesRepository,
    InboxRepository,
    DigestsRepository,
    ConsentsRepository,
    ContactMessagesRepository,
    NotifierService,
    NotificationsService,
    NotificationReactions,
    DigestService,
    UnsubscribeRepository,
    UnsubscribeService,
    NotificationsPersonalData,
    NotificationsPersonalDataRepository,
    NotificationsResolver,
    MemberNotificationsResolver,
    NotificationFieldsResolver,
    NotificationLinks,
    ConsentFieldsResolver,
    ConsentLedgerEntryFieldsResolver,
    DigestFieldsResolver,
    ContactMessageFieldsResolver,
    ConversationsRepository,
    ConversationsService,
    ConversationsResolver,
  ],
  exports: [NotificationsService, NotifierService, DigestService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly reactions: NotificationReactions,
    private readonly nodes: NodeRegistry,
    private readonly inboxRepo: InboxRepository,
    private readonly digestsRepo: DigestsRepository,
    private readonly contactRepo: ContactMessagesRepository,
    private readonly personalData: PersonalDataRegistry,
    private readonly notificationsData: NotificationsPersonalData,
  ) {}

  onModuleInit(): void {
    this.reactions.register();
    this.personalData.register(this.notificationsData);
    // Each of these is visible to its own member only (a contact message also to its sender).
    this.nodes.register(NOTIFICATION_TYPE, NotificationType, async (ctx, id) => {
      const row = ctx.memberId && isUuid(id) ? await this.inboxRepo.notificationOf(ctx.memberId, id) : null;
      return row ? NotificationType.from(row) : null;
    });
    this.nodes.register(DIGEST_TYPE, DigestType, async (ctx, id) => {
      const row = ctx.memberId && isUuid(id) ? await this.digestsRepo.digestOf(ctx.memberId, id) : null;
      return row ? DigestType.from(row) : null;
    });
    this.nodes.register(CONTACT_MESSAGE_TYPE, ContactMessageType, async (ctx, id) => {
      const row = ctx.memberId && isUuid(id) ? await this.contactRepo.contactMessageFor(ctx.memberId, id) : null;
      return row ? ContactMessageType.from(row) : null;
    });
  }
}
