import { Injectable } from '@nestjs/common';
import { NotificationsErrorCode, toGlobalId } from '@palabre/contracts';
import { AppError, Clock, Db, notFound, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesPolicy, STAFF_ROLES } from '@palabre/communities';
import { closedToStaff, ConversationsRepository } from './conversations.repository';
import type { ContactMessageRow } from './notifications.rows';
import { NotifierService } from './notifier.service';
import { CONTACT_MESSAGE_TYPE } from './notifications.types';

/** The member steers brand conversations: they close them, and writing again opens them to staff answers. */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: ConversationsRepository,
    private readonly policy: CommunitiesPolicy,
    private readonly notifier: NotifierService,
    private readonly clock: Clock,
  ) {}

  async close(ctx: RequestContext, conversationId: string): Promise<boolean> {
    const memberId = ctx.actor!.memberId;
    const conversation = await this.repo.isMembersConversation(this.db.reader, conversationId, memberId);
    if (!conversation) throw notFound('This conversation');
    await this.db.run((tx) => this.repo.close(tx, { conversationId, communityId: conversation.community_id, memberId, now: this.clock.now() }));
    return true;
  }

  async consentCount(ctx: RequestContext, communityId: string): Promise<number> {
    await this.policy.requireRole(ctx, communityId, STAFF_ROLES, 'count brand-contact consents');
    return this.repo.consentCount(communityId);
  }

  /** Refuses a staff message in a conversation the member closed (or left by revoking brand contact) and has not written in since. */
  async assertOpenToStaff(tx: Db, conversationId: string, communityId: string, memberId: string): Promise<void> {
    if (closedToStaff(await this.repo.state(tx, conversationId, communityId, memberId))) {
      throw new AppError(NotificationsErrorCode.ConversationClosed, 'The member closed this conversation (or withdrew brand contact); you can answer again once they write to you');
    }
  }

  /** The community's owners and brand staff hear of every message a member writes to them. */
  async tellStaff(tx: Db, message: ContactMessageRow): Promise<void> {
    const staff = await this.repo.staffOf(tx, message.community_id);
    await this.notifier.notify(
      tx,
      {
        kind: 'brand.message_received',
        communityId: message.community_id,
        subjectId: toGlobalId(CONTACT_MESSAGE_TYPE, message.id),
        actorId: message.member_id,
        summary: `A member wrote to the brand team: ${message.subject}`,
        payload: { messageId: message.id, conversationId: message.conversation_id },
      },
      staff.map((memberId) => ({ memberId, reason: 'CONCERNED' as const })),
    );
  }
}
