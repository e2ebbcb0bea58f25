import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, Clock, CoalescedRun, deriveLinkToken, hashSingleUseToken, MailOutbox, publicBaseUrlOf, TransactionRunner, tryTransactionLock } from '@palabre/core';
import { DigestRow, NotificationRow } from './notifications.rows';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { DigestsRepository } from './digests.repository';
import { ConsentsRepository } from './consents.repository';
import { scheduleOf } from './notifier.service';
import { latestBoundary, periodLength } from './schedule';
import { UnsubscribeRepository } from './unsubscribe.repository';
import { digestMail, unsubscribeUrl } from './digest-email';
import { summaryIn } from './notification-summaries';

const EVERY_MS = 60_000;
const BATCH = 200;

interface BuiltDigest {
  digest: DigestRow;
  items: NotificationRow[];
  email: boolean;
}

/**
 * Builds digests: for each member with deferred notifications now due, one digest for the
 * period that just ended at their local digest time, holding those notifications. An
 * advisory lock lets one api process build at a time and the (member, period_start) unique
 * key makes each period's digest exist once, whatever the number of processes. Its email is queued
 * (mail port, key `digest:<id>`) only with the email preference, a current EMAIL_DIGEST consent and a
 * verified address, with a one-click unsubscribe link that revokes exactly those consents.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Digests');
  private timer: NodeJS.Timeout | null = null;
  // A call during a build gets the next build (its `now` is after the call), see CoalescedRun.
  private readonly runs = new CoalescedRun(() => this.build());

  constructor(
    private readonly db: TransactionRunner,
    private readonly preferencesRepo: NotificationPreferencesRepository,
    private readonly digestsRepo: DigestsRepository,
    private readonly consentsRepo: ConsentsRepository,
    private readonly mail: MailOutbox,
    private readonly unsubscribes: UnsubscribeRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SCHEDULER_ENABLED) return;
    this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.logger.warn(`digest run failed, will retry: ${String(error)}`)), EVERY_MS);
    this.timer.unref();
  }

  /** Builds every digest due now; returns how many this process built. */
  runOnce(): Promise<number> {
    return this.runs.run();
  }

  private async build(): Promise<number> {
    const now = this.clock.now();
    let total = 0;
    for (;;) {
      const built = await this.db.run(async (tx) => {
        if (!(await tryTransactionLock(tx, 'notification-digests'))) return null;
        const members = await this.digestsRepo.membersWithDueItems(tx, now, BATCH);
        const prefs = await this.preferencesRepo.preferencesOf(tx, members);
        const result: BuiltDigest[] = [];
        for (const memberId of members) {
          const pref = prefs.get(memberId)!;
          const schedule = scheduleOf(pref);
          const cadence = pref.cadence === 'WEEKLY' ? 'WEEKLY' : 'DAILY';
          const periodEnd = latestBoundary(now, { ...schedule, cadence });
          const periodStart = new Date(periodEnd.getTime() - periodLength(cadence));
          const digest = await this.digestsRepo.insertDigest(tx, { memberId, cadence: pref.cadence === 'OFF' ? 'DAILY' : pref.cadence, periodStart, periodEnd, now });
          if (!digest) {
            // This period's digest exists already: the items wait for the next one.
            await this.digestsRepo.deferDueItems(tx, memberId, now, new Date(periodEnd.getTime() + periodLength(cadence)));
            continue;
          }
          const items = await this.digestsRepo.attachDueItems(tx, digest.id, memberId, now);
          if (items.length === 0) {
            await this.digestsRepo.deleteDigest(tx, digest.id);
            continue;
          }
          result.push({ digest: { ...digest, item_count: items.length }, items, email: pref.email });
        }
        return { result, more: members.length === BATCH };
      });
      if (!built) return total;
      total += built.result.length;
      for (const entry of built.result) if (entry.email) await this.email(entry);
      if (!built.more) return total;
    }
  }

  /** Only items of communities the member consented to receive by email, only to a verified address. */
  private async email({ digest, items }: BuiltDigest): Promise<void> {
    const consented = await this.consentsRepo.communitiesWithConsent(this.db.reader, digest.member_id, 'EMAIL_DIGEST');
    const shown = items.filter((item) => item.community_id !== null && consented.has(item.community_id));
    if (shown.length === 0) return;
    const recipient = await this.unsubscribes.recipientOf(digest.member_id);
    // Until the address is proved, nothing but its verification link is sent to it.
    if (!recipient?.verified) return;
    const communityIds = [...new Set(shown.map((item) => item.community_id as string))];
    const names = await this.unsubscribes.communityNames(communityIds);
    const publicUrl = publicBaseUrlOf(this.config);
    const rendered = digestMail(recipient.locale, {
      publicUrl,
      handle: recipient.handle,
      since: digest.period_start,
      summaries: shown.map((item) => summaryIn(recipient.locale, item)),
      communities: communityIds.map((id) => names.get(id) ?? id),
    });
    const now = this.clock.now();
    const linkId = randomUUID();
    await this.db.run(async (tx) => {
      await this.unsubscribes.insert(tx, { tokenHash: hashSingleUseToken(deriveLinkToken(this.config.AUTH_SECRET, linkId)), memberId: digest.member_id, communityIds, now });
      await this.mail.enqueue(tx, {
        ...rendered,
        to: recipient.email,
        category: 'notification',
        idempotencyKey: `digest:${digest.id}`,
        listUnsubscribeUrl: unsubscribeUrl(publicUrl),
        linkId,
      });
      await this.digestsRepo.markEmailed(digest.id, now, tx);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.runs.settled();
  }
}
