import { Injectable } from '@nestjs/common';
import { roomName, toGlobalId } from '@palabre/contracts';
import { ContentProvider, ContentRef, Db, EventsService, ModerationStateChange } from '@palabre/core';
import { ActionRow, ModerationRepository, NewAction } from './moderation.repository';
import { AppealsRepository } from './appeals.repository';
import { AUDIT_ENTRY_TYPE } from './moderation.types';

export type ContentEvent = 'content.hidden' | 'content.restored' | 'content.removed' | 'content.locked' | 'content.unlocked';

/**
 * Applies one moderation act to a piece of content inside the caller's transaction: the
 * content's state (through its provider), the audit entry, and the author's notice with the reason.
 */
@Injectable()
export class ModerationLedger {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly appeals: AppealsRepository,
    private readonly events: EventsService,
  ) {}

  async actOnContent(
    tx: Db,
    target: { ref: ContentRef; provider: ContentProvider },
    act: Omit<NewAction, 'communityId' | 'targetType' | 'targetId' | 'subjectMemberId'> & { change: ModerationStateChange | null; event: ContentEvent | null },
  ): Promise<ActionRow> {
    const { ref, provider } = target;
    if (act.change) await provider.setModerationState(tx, ref.id, act.change);
    // Hidden or removed content leaves the "best of" with everything else.
    if (act.change?.hiddenAt || act.change?.removedAt) await this.appeals.deleteFeatured(tx, ref.typeName, ref.id);
    const action = await this.repo.insertAction(tx, {
      ...act,
      communityId: ref.communityId,
      targetType: ref.typeName,
      targetId: ref.id,
      subjectMemberId: ref.authorId,
    });
    if (act.event && ref.authorId) {
      await this.events.record(tx, {
        type: act.event,
        rooms: [roomName('member', ref.authorId)],
        payload: {
          communityId: ref.communityId,
          contentId: toGlobalId(ref.typeName, ref.id),
          contentType: ref.typeName,
          actionId: toGlobalId(AUDIT_ENTRY_TYPE, action.id),
          actorKind: act.actorKind,
          reason: act.reason,
        },
      });
    }
    return action;
  }

  record(tx: Db, action: NewAction): Promise<ActionRow> {
    return this.repo.insertAction(tx, action);
  }
}
