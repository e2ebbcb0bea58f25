import { Injectable } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { DomainEvent, EventsService } from '@palabre/core';
import { NotifierService } from './notifier.service';

type Payload = Record<string, unknown>;
const str = (payload: Payload, key: string): string | null => (typeof payload[key] === 'string' && payload[key] !== '' ? (payload[key] as string) : null);

/**
 * What the brand team's work tells members, through their follows and cadence like any notification:
 * a campaign reaches the followers of its ideas space (nobody else), a progress update the followers of its idea.
 */
@Injectable()
export class StaffWorkReactions {
  constructor(private readonly events: EventsService, private readonly notifier: NotifierService) {}

  register(): void {
    this.events.on('campaign.launched', async (tx, event: DomainEvent) => {
      const p = (event.payload ?? {}) as Payload;
      const spaceId = str(p, 'spaceId');
      const campaignId = str(p, 'campaignId');
      if (!spaceId || !campaignId) return;
      await this.notifier.notifyAbout(
        tx,
        { kind: event.type, communityId: str(p, 'communityId'), subjectId: toGlobalId('Campaign', campaignId), actorId: str(p, 'launchedBy'), summary: `New campaign: “${str(p, 'title') ?? ''}”`, payload: p },
        [{ type: 'Space', id: spaceId }],
        [],
      );
    });

    this.events.on('idea.progress_updated', async (tx, event: DomainEvent) => {
      const p = (event.payload ?? {}) as Payload;
      const ideaId = str(p, 'ideaId');
      if (!ideaId) return;
      await this.notifier.notifyAbout(
        tx,
        { kind: event.type, communityId: str(p, 'communityId'), subjectId: toGlobalId('Idea', ideaId), actorId: str(p, 'postedBy'), summary: 'News on an idea you follow', payload: p },
        [{ type: 'Idea', id: ideaId }],
        [],
      );
    });
  }
}
