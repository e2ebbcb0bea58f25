import { NotificationsErrorCode } from '@palabre/contracts';
import { Args, Int, Mutation, Query, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { Connection, Ctx, ErrorLanguage, GraphqlContext, NoArgs, PageArgs, RequestContext, raises } from '@palabre/core';
import { NotificationLinks } from './notification-links';
import { summaryIn } from './notification-summaries';
import { CommunitiesLoaders, CommunityType } from '@palabre/communities';
import { MembersLoaders, MemberType } from '@palabre/members';
import { NotificationsService } from './notifications.service';
import { InboxRepository } from './inbox.repository';
import {
  ConsentLedgerEntryType,
  ConsentType,
  ContactMessageConnection,
  ContactMessageType,
  DigestConnection,
  DigestType,
  FollowConnection,
  FollowType,
  NotificationConnection,
  NotificationPreferencesType,
  NotificationType,
} from './notifications.types';
import { ConsentInput, ContactBrandTeamInput, ContactMemberInput, MarkNotificationsReadInput, NotificationsFilter, UpdateNotificationPreferencesInput } from './notifications.inputs';

const mapConnection = <Row, Node>(connection: Connection<Row>, map: (row: Row) => Node): Connection<Node> => ({
  ...connection,
  edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })),
});

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Mutation(() => Boolean, { description: raises('Follow a thread, idea, space or member; returns true (you follow it)') })
  follow(@Ctx() ctx: RequestContext, @Args('targetId', { type: () => ID }) targetId: string): Promise<boolean> {
    return this.service.follow(ctx, targetId);
  }

  @Mutation(() => Boolean, { description: raises('Stop following; returns false (you no longer follow it). Idempotent') })
  unfollow(@Ctx() ctx: RequestContext, @Args('targetId', { type: () => ID }) targetId: string): Promise<boolean> {
    return this.service.unfollow(ctx, targetId);
  }

  @Query(() => Boolean, { description: 'Whether you follow this thread, idea, space or member' })
  isFollowing(@Ctx() ctx: RequestContext, @Args('targetId', { type: () => ID }) targetId: string): Promise<boolean> {
    return this.service.isFollowing(ctx, targetId);
  }

  @Query(() => FollowConnection, { description: 'What you follow, oldest first' })
  async follows(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<Connection<FollowType>> {
    return mapConnection(await this.service.follows(ctx, page), FollowType.from);
  }

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => NotificationsFilter, nullable: true }) filter?: NotificationsFilter,
  ): Promise<Connection<NotificationType>> {
    return mapConnection(await this.service.notifications(ctx, page, filter?.unread === true), NotificationType.from);
  }

  @Query(() => Int, { description: 'Unread notifications already delivered to you' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Mutation(() => Int, { description: raises('Marks notifications read (given ids, or all); returns how many changed') })
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args('input') input: MarkNotificationsReadInput): Promise<number> {
    return this.service.markRead(ctx, input);
  }

  @Query(() => DigestConnection, { description: 'Your digests, newest first' })
  async digests(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<Connection<DigestType>> {
    return mapConnection(await this.service.digests(ctx, page), DigestType.from);
  }

  @Mutation(() => NotificationPreferencesType, { description: raises('Change how and when the signed-in member is notified') })
  async updateNotificationPreferences(@Ctx() ctx: RequestContext, @Args('input') input: UpdateNotificationPreferencesInput): Promise<NotificationPreferencesType> {
    return NotificationPreferencesType.from(await this.service.updatePreferences(ctx, input));
  }

  @Mutation(() => ConsentType, { description: raises('Records your consent in the append-only ledger') })
  async grantConsent(@Ctx() ctx: RequestContext, @Args('input') input: ConsentInput): Promise<ConsentType> {
    return ConsentType.from(await this.service.setConsent(ctx, input, 'GRANT'));
  }

  @Mutation(() => ConsentType, { description: raises('Revokes a consent; effective at once') })
  async revokeConsent(@Ctx() ctx: RequestContext, @Args('input') input: ConsentInput): Promise<ConsentType> {
    return ConsentType.from(await this.service.setConsent(ctx, input, 'REVOKE'));
  }

  @Mutation(() => ContactMessageType, { description: raises('Brand staff write to a member who consented (BRAND_CONTACT) or answer their conversation; CONTACT_NOT_CONSENTED otherwise, CONVERSATION_CLOSED when the member closed it (or revoked brand contact) and has not written since', NotificationsErrorCode.ContactNotConsented, NotificationsErrorCode.ConversationClosed) })
  async contactMember(@Ctx() ctx: RequestContext, @Args('input') input: ContactMemberInput): Promise<ContactMessageType> {
    return ContactMessageType.from(await this.service.contactMember(ctx, input));
  }

  @Mutation(() => ContactMessageType, { description: raises('Write to the brand team of a community you belong to') })
  async contactBrandTeam(@Ctx() ctx: RequestContext, @Args('input') input: ContactBrandTeamInput): Promise<ContactMessageType> {
    return ContactMessageType.from(await this.service.contactBrandTeam(ctx, input));
  }

  @Query(() => ContactMessageConnection, { description: 'Brand contact messages of a community: all of them for staff, yours otherwise' })
  async contactMessages(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string, @Args() page: PageArgs): Promise<Connection<ContactMessageType>> {
    return mapConnection(await this.service.contactMessages(ctx, communityId, page), ContactMessageType.from);
  }
}

@Resolver(() => MemberType)
export class MemberNotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @ResolveField(() => NotificationPreferencesType, { nullable: true, description: 'Your notification preferences (null for other members)' })
  async notificationPreferences(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<NotificationPreferencesType | null> {
    if (member.localId !== ctx.memberId) return null;
    return NotificationPreferencesType.from(await this.service.preferences(member.localId));
  }

  @ResolveField(() => [ConsentType], { nullable: true, description: 'Your consents, current and revoked (null for other members)' })
  async consents(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ConsentType[] | null> {
    if (member.localId !== ctx.memberId) return null;
    return (await this.service.consents(member.localId)).map(ConsentType.from);
  }

  @ResolveField(() => [ConsentLedgerEntryType], { nullable: true, description: 'Every grant and revocation you made, oldest first, with its date and text version (null for other members)' })
  async consentHistory(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ConsentLedgerEntryType[] | null> {
    if (member.localId !== ctx.memberId) return null;
    return (await this.service.consentHistory(member.localId)).map(ConsentLedgerEntryType.from);
  }
}

@Resolver(() => NotificationType)
export class NotificationFieldsResolver {
  constructor(
    private readonly communities: CommunitiesLoaders,
    private readonly members: MembersLoaders,
    private readonly language: ErrorLanguage,
    private readonly links: NotificationLinks,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Where it leads in the web client: a path relative to the site, e.g. /c/<community>/t/<thread>#reply-<reply>, built from the ids of its subject when read; null when there is no page (or the subject is gone)',
  })
  url(notification: NotificationType, _args: NoArgs, { ctx }: GraphqlContext): Promise<string | null> {
    return this.links.pathOf(ctx, notification.subjectId);
  }

  @ResolveField(() => String, { description: 'One line about what happened, in the member’s language (FR/EN)' })
  async summary(notification: NotificationType, _args: NoArgs, context: GraphqlContext): Promise<string> {
    return summaryIn(await this.language.localeOf(context), { kind: notification.kind, reason: notification.reason, summary: notification.summary, payload: notification.payload });
  }

  @ResolveField(() => CommunityType, { nullable: true })
  async community(notification: NotificationType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CommunityType | null> {
    const row = notification.communityId ? await this.communities.communityById(ctx).load(notification.communityId) : null;
    return row ? CommunityType.from(row) : null;
  }

  @ResolveField(() => MemberType, { nullable: true, description: 'Who caused it, when a member did' })
  async actor(notification: NotificationType, _args: NoArgs, { ctx }: GraphqlContext): Promise<MemberType | null> {
    const row = notification.actorId ? await this.members.byId(ctx).load(notification.actorId) : null;
    return row ? MemberType.from(row) : null;
  }
}

@Resolver(() => ConsentType)
export class ConsentFieldsResolver {
  constructor(private readonly communities: CommunitiesLoaders) {}

  @ResolveField(() => CommunityType)
  async community(consent: ConsentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CommunityType> {
    return CommunityType.from((await this.communities.communityById(ctx).load(consent.communityId))!);
  }
}

@Resolver(() => ConsentLedgerEntryType)
export class ConsentLedgerEntryFieldsResolver {
  constructor(private readonly communities: CommunitiesLoaders) {}

  @ResolveField(() => CommunityType)
  async community(entry: ConsentLedgerEntryType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CommunityType> {
    return CommunityType.from((await this.communities.communityById(ctx).load(entry.communityId))!);
  }
}

@Resolver(() => DigestType)
export class DigestFieldsResolver {
  constructor(
    private readonly inboxRepo: InboxRepository,
  ) {}

  @ResolveField(() => [NotificationType], { description: 'What the digest gathered' })
  async notifications(digest: DigestType, _args: NoArgs, { ctx }: GraphqlContext): Promise<NotificationType[]> {
    const loader = ctx.loaders.get<string, NotificationType[]>('notifications.byDigest', async (ids) => {
      const rows = await this.inboxRepo.notificationsOfDigests(ids);
      return ids.map((id) => rows.filter((row) => row.digest_id === id).map(NotificationType.from));
    });
    return loader.load(digest.localId);
  }
}

@Resolver(() => ContactMessageType)
export class ContactMessageFieldsResolver {
  constructor(private readonly communities: CommunitiesLoaders, private readonly members: MembersLoaders) {}

  @ResolveField(() => CommunityType)
  async community(message: ContactMessageType, _args: NoArgs, { ctx }: GraphqlContext): Promise<CommunityType> {
    return CommunityType.from((await this.communities.communityById(ctx).load(message.communityId))!);
  }

  @ResolveField(() => MemberType, { description: 'The member of the conversation' })
  async member(message: ContactMessageType, _args: NoArgs, { ctx }: GraphqlContext): Promise<MemberType> {
    return MemberType.from((await this.members.byId(ctx).load(message.memberId))!);
  }

  @ResolveField(() => MemberType, { nullable: true, description: 'Who wrote it' })
  async sender(message: ContactMessageType, _args: NoArgs, { ctx }: GraphqlContext): Promise<MemberType | null> {
    const row = message.senderId ? await this.members.byId(ctx).load(message.senderId) : null;
    return row ? MemberType.from(row) : null;
  }
}
