import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NotificationsErrorCode, Role } from '@palabre/contracts';
import {
  AppError,
  badInput,
  Clock,
  Connection,
  ContentRegistry,
  decodeCursor,
  TIME_ID_CURSOR,
  decodeIdOf,
  localIdOf,
  NodeRegistry,
  notFound,
  PageArgs,
  pageSize,
  RequestContext,
  toConnection,
  TransactionRunner,
  transactionLock,
} from '@palabre/core';
import { CommunitiesPolicy, STAFF_ROLES } from '@palabre/communities';
import { MembersService } from '@palabre/members';
import { ConsentLedgerRow, ConsentRow, ContactMessageRow, DEFAULT_PREFERENCES, DigestRow, FollowRow, FollowTargetType, NotificationRow, PreferencesRow } from './notifications.rows';
import { FollowsRepository } from './follows.repository';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { InboxRepository } from './inbox.repository';
import { DigestsRepository } from './digests.repository';
import { ConsentsRepository } from './consents.repository';
import { ContactMessagesRepository } from './contact-messages.repository';
import { NotifierService } from './notifier.service';
import { ConversationsService } from './conversations.service';
import { CONVERSATION_TYPE, ConsentScope, NOTIFICATION_TYPE } from './notifications.types';
import type { ContactBrandTeamInput, ContactMemberInput, UpdateNotificationPreferencesInput } from './notifications.inputs';
import { isValidTimezone, parseClockTime } from './schedule';

/** Version of the consent texts shown to members; recorded with every grant and revocation. */
export const CONSENT_TEXT_VERSION: Record<ConsentScope, string> = { BRAND_CONTACT: 'brand-contact-v1', EMAIL_DIGEST: 'email-digest-v1' };

const FOLLOWABLE: readonly FollowTargetType[] = ['Thread', 'Idea', 'Space', 'Member'];

@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly followsRepo: FollowsRepository,
    private readonly preferencesRepo: NotificationPreferencesRepository,
    private readonly inboxRepo: InboxRepository,
    private readonly digestsRepo: DigestsRepository,
    private readonly consentsRepo: ConsentsRepository,
    private readonly contactRepo: ContactMessagesRepository,
    private readonly notifier: NotifierService,
    private readonly conversations: ConversationsService,
    private readonly policy: CommunitiesPolicy,
    private readonly members: MembersService,
    private readonly nodes: NodeRegistry,
    private readonly content: ContentRegistry,
    private readonly clock: Clock,
  ) {}

  // --- follows -------------------------------------------------------------------------------

  async follow(ctx: RequestContext, targetId: string): Promise<boolean> {
    const target = decodeIdOf(targetId, FOLLOWABLE, 'targetId') as { typeName: FollowTargetType; localId: string };
    const communityId = await this.visibleTargetCommunity(ctx, target.typeName, target.localId, targetId);
    await this.db.run((tx) => this.followsRepo.follow(tx, { memberId: ctx.actor!.memberId, targetType: target.typeName, targetId: target.localId, communityId, now: this.clock.now() }));
    return true;
  }

  async unfollow(ctx: RequestContext, targetId: string): Promise<boolean> {
    const target = decodeIdOf(targetId, FOLLOWABLE, 'targetId') as { typeName: FollowTargetType; localId: string };
    await this.db.run((tx) => this.followsRepo.unfollow(tx, ctx.actor!.memberId, target.typeName, target.localId));
    return false;
  }

  async isFollowing(ctx: RequestContext, targetId: string): Promise<boolean> {
    const target = decodeIdOf(targetId, FOLLOWABLE, 'targetId') as { typeName: FollowTargetType; localId: string };
    return (await this.followsRepo.followedAmong(ctx.actor!.memberId, [{ type: target.typeName, id: target.localId }])).size > 0;
  }

  async follows(ctx: RequestContext, page: PageArgs): Promise<Connection<FollowRow>> {
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, ['timestamp', 'string']);
    const memberId = ctx.actor!.memberId;
    const rows = await this.followsRepo.followsPage(memberId, first + 1, cursor ? { createdAt: String(cursor[0]), key: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.created_at.toISOString(), `${row.target_type}:${row.target_id}`], (row) => row, () => this.followsRepo.countFollows(memberId));
  }

  /** The community of a followable target the viewer may see; NOT_FOUND otherwise (hidden = missing). */
  private async visibleTargetCommunity(ctx: RequestContext, type: FollowTargetType, localId: string, globalId: string): Promise<string | null> {
    if (type === 'Member') {
      const [member] = await this.members.findByIds([localId]);
      if (!member) throw notFound('This member');
      if (localId === ctx.actor!.memberId) throw badInput('You cannot follow yourself', { argument: 'targetId' });
      return null;
    }
    if (type === 'Space') return (await this.policy.requireVisibleSpace(ctx, localId)).community.id;
    const visible = await this.nodes.load(ctx, globalId).catch(() => null);
    if (!visible) throw notFound(`This ${type.toLowerCase()}`);
    const found = await this.content.find(this.db.reader, globalId);
    if (found && (found.ref.hiddenAt || found.ref.removedAt)) throw notFound(`This ${type.toLowerCase()}`);
    return found?.ref.communityId ?? null;
  }

  // --- inbox ---------------------------------------------------------------------------------

  async notifications(ctx: RequestContext, page: PageArgs, unreadOnly: boolean): Promise<Connection<NotificationRow>> {
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const memberId = ctx.actor!.memberId;
    const rows = await this.inboxRepo.notificationsPage(memberId, unreadOnly, first + 1, cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.created_at.toISOString(), row.id], (row) => row, () => this.inboxRepo.countNotifications(memberId, unreadOnly));
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return this.inboxRepo.countUnreadDelivered(ctx.actor!.memberId, this.clock.now());
  }

  async markRead(ctx: RequestContext, input: { ids?: string[]; all?: boolean }): Promise<number> {
    if (!input.all && (!input.ids || input.ids.length === 0)) throw badInput('Give ids, or all: true');
    const ids = input.all ? ('all' as const) : input.ids!.map((id) => localIdOf(id, NOTIFICATION_TYPE, 'ids'));
    return this.db.run((tx) => this.inboxRepo.markRead(tx, ctx.actor!.memberId, ids, this.clock.now()));
  }

  async digests(ctx: RequestContext, page: PageArgs): Promise<Connection<DigestRow>> {
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const memberId = ctx.actor!.memberId;
    const rows = await this.digestsRepo.digestsPage(memberId, first + 1, cursor ? { periodStart: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.period_start.toISOString(), row.id], (row) => row, () => this.digestsRepo.countDigests(memberId));
  }

  // --- preferences ---------------------------------------------------------------------------

  async preferences(memberId: string): Promise<PreferencesRow> {
    return (await this.preferencesRepo.preferencesOf(this.db.reader, [memberId])).get(memberId)!;
  }

  async updatePreferences(ctx: RequestContext, input: UpdateNotificationPreferencesInput): Promise<PreferencesRow> {
    if (input.timezone !== undefined && !isValidTimezone(input.timezone)) throw badInput('timezone must be an IANA timezone such as Europe/Paris', { field: 'timezone' });
    const memberId = ctx.actor!.memberId;
    return this.db.run(async (tx) => {
      await transactionLock(tx, `notification-prefs:${memberId}`);
      const current = (await this.preferencesRepo.preferencesOf(tx, [memberId])).get(memberId) ?? { member_id: memberId, ...DEFAULT_PREFERENCES };
      const next: PreferencesRow = { ...current };
      if (input.cadence !== undefined && input.cadence !== null) next.cadence = input.cadence;
      if (input.digestDay !== undefined && input.digestDay !== null) next.digest_day = input.digestDay;
      if (input.digestHour !== undefined && input.digestHour !== null) next.digest_hour = input.digestHour;
      if (input.timezone !== undefined && input.timezone !== null) next.timezone = input.timezone;
      if (input.quietHours === null) {
        next.quiet_from = null;
        next.quiet_to = null;
      } else if (input.quietHours !== undefined) {
        next.quiet_from = parseClockTime(input.quietHours.from);
        next.quiet_to = parseClockTime(input.quietHours.to);
      }
      if (input.weeklyContactBudget !== undefined) next.weekly_contact_budget = input.weeklyContactBudget;
      if (input.email !== undefined && input.email !== null) next.email = input.email;
      if (input.autoFollowOwn !== undefined && input.autoFollowOwn !== null) next.auto_follow_own = input.autoFollowOwn;
      if (input.mentions !== undefined && input.mentions !== null) next.mentions = input.mentions;
      return this.preferencesRepo.savePreferences(tx, next, this.clock.now());
    });
  }

  // --- consents ------------------------------------------------------------------------------

  async setConsent(ctx: RequestContext, input: { scope: ConsentScope; communityId: string }, action: 'GRANT' | 'REVOKE'): Promise<ConsentRow> {
    const communityId = localIdOf(input.communityId, 'Community', 'communityId');
    await this.policy.requireVisibleCommunity(ctx, communityId);
    const memberId = ctx.actor!.memberId;
    return this.db.run(async (tx) => {
      await this.consentsRepo.lockMember(tx, memberId);
      const current = await this.consentsRepo.hasCurrentConsent(tx, memberId, communityId, input.scope);
      const now = this.clock.now();
      // Granting twice or revoking what is not granted changes nothing: the ledger records acts only.
      if ((action === 'GRANT') !== current) {
        await this.consentsRepo.appendConsent(tx, { memberId, communityId, scope: input.scope, action, textVersion: CONSENT_TEXT_VERSION[input.scope], now });
      }
      const [row] = await this.consentsRepo.consentsOf(tx, memberId, { communityId, scope: input.scope });
      return row ?? { member_id: memberId, community_id: communityId, scope: input.scope, granted_at: now, revoked_at: now, text_version: CONSENT_TEXT_VERSION[input.scope] };
    });
  }

  consents(memberId: string): Promise<ConsentRow[]> {
    return this.consentsRepo.consentsOf(this.db.reader, memberId);
  }

  consentHistory(memberId: string): Promise<ConsentLedgerRow[]> {
    return this.consentsRepo.consentHistoryOf(this.db.reader, memberId);
  }

  // --- contact -------------------------------------------------------------------------------

  /**
   * Staff write to a member only with their current BRAND_CONTACT consent for this community,
   * or to answer a conversation the member started; otherwise nothing is stored or sent.
   */
  async contactMember(ctx: RequestContext, input: ContactMemberInput): Promise<ContactMessageRow> {
    const communityId = localIdOf(input.communityId, 'Community', 'communityId');
    const memberId = localIdOf(input.memberId, 'Member', 'memberId');
    const conversationId = input.conversationId ? localIdOf(input.conversationId, CONVERSATION_TYPE, 'conversationId') : null;
    await this.policy.requireRole(ctx, communityId, STAFF_ROLES, 'contact members');
    return this.db.run(async (tx) => {
      // Ordered with grant/revoke of this member: a revocation committed before is always seen.
      await this.consentsRepo.lockMember(tx, memberId);
      if (conversationId !== null) await this.conversations.assertOpenToStaff(tx, conversationId, communityId, memberId);
      const answering = conversationId !== null && (await this.contactRepo.memberStartedConversation(tx, conversationId, communityId, memberId));
      if (!answering && !(await this.consentsRepo.hasCurrentConsent(tx, memberId, communityId, 'BRAND_CONTACT'))) {
        throw new AppError(NotificationsErrorCode.ContactNotConsented, 'This member has not consented to be contacted by the brand team of this community; they can write to you with contactBrandTeam');
      }
      const now = this.clock.now();
      const message = await this.contactRepo.insertContactMessage(tx, {
        conversation_id: answering ? conversationId! : randomUUID(),
        community_id: communityId,
        member_id: memberId,
        direction: 'TO_MEMBER',
        sender_id: ctx.actor!.memberId,
        subject: input.subject,
        body: input.body,
        now,
      });
      await this.notifier.notify(
        tx,
        { kind: 'brand.contact', communityId, subjectId: null, actorId: ctx.actor!.memberId, summary: `Message from the brand team: ${input.subject}`, payload: { messageId: message.id, conversationId: message.conversation_id } },
        [{ memberId, reason: 'CONCERNED' }],
      );
      return message;
    });
  }

  /** Any member may write to the brand team of a community they belong to. */
  async contactBrandTeam(ctx: RequestContext, input: ContactBrandTeamInput): Promise<ContactMessageRow> {
    const communityId = localIdOf(input.communityId, 'Community', 'communityId');
    const memberId = ctx.actor!.memberId;
    await this.policy.requireMember(ctx, communityId);
    const conversationId = input.conversationId ? localIdOf(input.conversationId, CONVERSATION_TYPE, 'conversationId') : null;
    return this.db.run(async (tx) => {
      if (conversationId !== null && !(await this.contactRepo.memberStartedConversation(tx, conversationId, communityId, memberId))) throw notFound('This conversation');
      const message = await this.contactRepo.insertContactMessage(tx, {
        conversation_id: conversationId ?? randomUUID(),
        community_id: communityId,
        member_id: memberId,
        direction: 'TO_BRAND',
        sender_id: memberId,
        subject: input.subject,
        body: input.body,
        now: this.clock.now(),
      });
      await this.conversations.tellStaff(tx, message);
      return message;
    });
  }

  /** Staff see their community's conversations; a member sees their own. */
  async contactMessages(ctx: RequestContext, communityGlobalId: string, page: PageArgs): Promise<Connection<ContactMessageRow>> {
    const communityId = localIdOf(communityGlobalId, 'Community', 'communityId');
    const access = await this.policy.requireMember(ctx, communityId);
    const filter = STAFF_ROLES.includes(access.role as Role) ? { communityId } : { communityId, memberId: ctx.actor!.memberId };
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const rows = await this.contactRepo.contactMessagesPage(filter, first + 1, cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.created_at.toISOString(), row.id], (row) => row, () => this.contactRepo.countContactMessages(filter));
  }
}
