import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, badInput, Clock, Connection, ContentProvider, ContentRef, ContentRegistry, Db, decodeCursor, notFound, PageArgs, pageSize, RateLimitRule, RateLimitService, ReputationLookup, RequestContext, toConnection, TransactionRunner, WriteGate, TIME_ID_CURSOR } from '@palabre/core';
import { CommunitiesPolicy, CommunitiesRepository, MODERATION_ROLES } from '@palabre/communities';
import { CaseRow, ModerationRepository, ReportRow } from './moderation.repository';
import { ModerationLedger } from './moderation-ledger';
import { isModerator, reportWeight, shouldAutoHide } from './moderation.rules';
import { ActorKind, AuditAction, CaseStatus, ReportReason } from './moderation.enums';

/** Reports by members, their weights, the automatic hide they can trigger, and the queue moderators work from. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: ModerationRepository,
    private readonly ledger: ModerationLedger,
    private readonly registry: ContentRegistry,
    private readonly policy: CommunitiesPolicy,
    private readonly communities: CommunitiesRepository,
    private readonly reputation: ReputationLookup,
    private readonly writeGate: WriteGate,
    private readonly clock: Clock,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reportsPerDay = { name: 'reports-per-day', points: config.REPORTS_PER_DAY, durationSeconds: 86_400 };
  }

  private readonly reportsPerDay: RateLimitRule;

  /** Once per member per content: reporting again returns the first report and changes nothing. */
  async reportContent(ctx: RequestContext, input: { contentId: string; reason: ReportReason; note: string }): Promise<{ report: ReportRow; communityId: string }> {
    const memberId = ctx.actor!.memberId;
    const found = await this.registry.find(this.db.reader, input.contentId);
    if (!found || found.ref.removedAt) throw notFound('This content');
    const { ref, provider } = found;
    const { role } = await this.policy.requireMember(ctx, ref.communityId);
    if (ref.hiddenAt && ref.authorId !== memberId && !isModerator(role)) throw notFound('This content');
    if (ref.authorId === memberId) throw badInput('You cannot report your own content; edit or delete it instead');
    // Like kudos, reports have a daily budget per member and community (refused before anything is written).
    await this.rateLimits.consume(this.reportsPerDay, `${memberId}:${ref.communityId}`, 1, `You have sent your ${this.reportsPerDay.points} reports for today in this community; moderators will look at them`);
    const weight = reportWeight(await this.reputation.reputationOf(this.db.reader, ref.communityId, memberId));
    const report = await this.db.run(async (tx) => {
      await this.writeGate.assertCanWrite(tx, ref.communityId, memberId);
      const now = this.clock.now();
      // The case row lock serialises concurrent reports on one content, so weights add up exactly.
      const locked = await this.repo.lockCase(tx, { communityId: ref.communityId, contentType: ref.typeName, contentId: ref.id, authorId: ref.authorId, now });
      const inserted = await this.repo.insertReport(tx, {
        caseId: locked.id,
        contentType: ref.typeName,
        contentId: ref.id,
        reporterId: memberId,
        reason: input.reason,
        note: input.note,
        weight,
        byModerator: isModerator(role),
        now,
      });
      if (!inserted) return (await this.repo.findReport(tx, ref.typeName, ref.id, memberId))!;
      const updated = await this.repo.addReportToCase(tx, locked.id, weight, now);
      await this.autoHideIfDue(tx, provider, updated, now);
      return inserted;
    });
    ctx.loaders.clearAll();
    return { report, communityId: ref.communityId };
  }

  private async autoHideIfDue(tx: Db, provider: ContentProvider, moderationCase: CaseRow, now: Date): Promise<void> {
    const [ref] = await provider.findByIds(tx, [moderationCase.content_id]);
    if (!ref) return;
    const threshold = await this.repo.autoHideThreshold(tx, ref.communityId);
    const authorRole = ref.authorId ? ((await this.communities.findMembership(tx, ref.communityId, ref.authorId))?.role ?? null) : null;
    const due = shouldAutoHide({
      openWeight: moderationCase.open_weight,
      threshold,
      authorRole: authorRole as Role | null,
      moderatorReported: moderationCase.open_weight >= threshold && (await this.repo.moderatorReportedOpen(tx, moderationCase.id)),
      alreadyHidden: ref.hiddenAt !== null || ref.removedAt !== null,
    });
    if (!due) return;
    await this.hidePendingReview(tx, { ref, provider }, threshold, now);
    await this.repo.markAutoHidden(tx, moderationCase.id, now);
  }

  private hidePendingReview(tx: Db, target: { ref: ContentRef; provider: ContentProvider }, threshold: number, now: Date) {
    return this.ledger.actOnContent(tx, target, {
      actorId: null,
      actorKind: ActorKind.AUTOMATION,
      action: AuditAction.AUTO_HIDE,
      reason: `Hidden pending review: reports from members reached this community's threshold (${threshold}). A moderator will look at it; you can appeal.`,
      change: { hiddenAt: now },
      event: 'content.hidden',
      now,
    });
  }

  async queue(ctx: RequestContext, communityId: string, status: CaseStatus, page: PageArgs): Promise<Connection<CaseRow>> {
    await this.policy.requireRole(ctx, communityId, MODERATION_ROLES, 'see the moderation queue');
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, TIME_ID_CURSOR);
    const rows = await this.repo.queuePage(communityId, status, first + 1, cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.opened_at.toISOString(), row.id], (row) => row, () => this.repo.countQueue(communityId, status));
  }
}
