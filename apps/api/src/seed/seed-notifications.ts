import { toGlobalId } from '@palabre/contracts';
import { ConsentScope, NotificationCadence, NotificationsService } from '@palabre/notifications';
import type { DemoWorld } from './demo-world';

/**
 * Demo notifications world (idempotent): a few follows, varied preferences (a daily digest, quiet
 * hours, a contact budget) and consents, so the inbox, digests and the consent gate can be tried.
 */
export async function seedNotifications(world: DemoWorld): Promise<void> {
  const service = world.app.get(NotificationsService);
  const follows: Array<[string, string]> = [
    ['camille', toGlobalId('Space', world.fr.discussion.id)],
    ['mathis', toGlobalId('Space', world.fr.ideas.id)],
    ['lea', toGlobalId('Member', world.members['hugo'])],
    ['emma', toGlobalId('Space', world.en.discussion.id)],
  ];
  for (const [handle, targetId] of follows) await service.follow(world.as(handle), targetId).catch(() => undefined);

  await service.updatePreferences(world.as('camille'), { cadence: NotificationCadence.DAILY, digestHour: 8, timezone: 'Europe/Paris', email: true });
  await service.updatePreferences(world.as('lea'), { quietHours: { from: '21:00', to: '08:00' }, timezone: 'Europe/Paris' });
  await service.updatePreferences(world.as('hugo'), { weeklyContactBudget: 5 });
  await service.updatePreferences(world.as('emma'), { cadence: NotificationCadence.WEEKLY, digestDay: 5, digestHour: 17, timezone: 'Europe/London' });

  const fr = toGlobalId('Community', world.fr.community.id);
  await service.setConsent(world.as('camille'), { scope: ConsentScope.EMAIL_DIGEST, communityId: fr }, 'GRANT');
  await service.setConsent(world.as('lea'), { scope: ConsentScope.BRAND_CONTACT, communityId: fr }, 'GRANT');
}
