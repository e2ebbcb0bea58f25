import { Injectable } from '@nestjs/common';
import { roomName } from '@palabre/contracts';
import { Db, EventsService } from '@palabre/core';
import { BadgeKind } from './badge-catalogue';
import { BadgesRepository } from './badges.repository';

/** Awards catalogue badges at most once per member and community, announcing each new one. */
@Injectable()
export class BadgesService {
  constructor(
    private readonly badges: BadgesRepository,
    private readonly events: EventsService,
  ) {}

  async award(tx: Db, communityId: string, memberId: string, kinds: readonly BadgeKind[], now: Date): Promise<void> {
    for (const badge of kinds) {
      const awarded = await this.badges.award(tx, { communityId, memberId, badge, now });
      if (!awarded) continue;
      await this.events.record(tx, {
        type: 'badge.awarded',
        rooms: [roomName('member', memberId), roomName('community', communityId)],
        payload: { communityId, memberId, badge, awardedAt: awarded.awarded_at.toISOString() },
      });
    }
  }
}
