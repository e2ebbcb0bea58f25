import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { PrivacyErrorCode, toGlobalId } from '@palabre/contracts';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  Clock,
  Connection,
  Db,
  decodeCursor,
  TIME_ID_CURSOR,
  notFound,
  PageArgs,
  pageSize,
  PersonalDataRegistry,
  RequestContext,
  toConnection,
  tooManyRequests,
  TransactionRunner,
} from '@palabre/core';
import { DATA_CHARTER_VERSION } from './data-charter';
import { DataExportRow, PrivacyRepository } from './privacy.repository';

export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface DataExportArchive {
  format: 'palabre.data-export';
  charterVersion: string;
  generatedAt: string;
  member: string;
  data: Record<string, Record<string, unknown>>;
}

/** Export (GDPR articles 15 and 20): a job builds a JSON archive from every provider; a single-use link serves it. */
@Injectable()
export class DataExportService {
  private readonly logger = new Logger('DataExports');
  private onRequested: (() => void) | null = null;

  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: PrivacyRepository,
    private readonly personalData: PersonalDataRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The scheduler asks to be told, so a requested export is built right away rather than at the next tick. */
  whenRequested(listener: () => void): void {
    this.onRequested = listener;
  }

  /**
   * One archive is built at a time per member (asking again returns the pending one), and a new one
   * only after DATA_EXPORT_MIN_INTERVAL_HOURS: each is a full copy of the member's data, kept for days.
   */
  async request(ctx: RequestContext): Promise<DataExportRow> {
    const memberId = ctx.actor!.memberId;
    const now = this.clock.now();
    const row = await this.db.run(async (tx) => {
      const latest = await this.repo.latestExportOf(tx, memberId);
      const nextAllowed = latest ? latest.requested_at.getTime() + this.config.DATA_EXPORT_MIN_INTERVAL_HOURS * 3_600_000 : 0;
      if (latest && latest.status !== 'PENDING' && now.getTime() < nextAllowed) {
        const hours = this.config.DATA_EXPORT_MIN_INTERVAL_HOURS;
        throw tooManyRequests(`You can request a new export ${hours} hours after the previous one; the previous archive is in dataExports`, Math.ceil((nextAllowed - now.getTime()) / 1000));
      }
      return this.repo.insertPendingExport(tx, memberId, now);
    });
    this.onRequested?.();
    return row;
  }

  async list(ctx: RequestContext, args: PageArgs): Promise<Connection<DataExportRow>> {
    const memberId = ctx.actor!.memberId;
    const first = pageSize(args);
    const cursor = decodeCursor(args.after, TIME_ID_CURSOR);
    const rows = await this.repo.exportsOf(memberId, first + 1, cursor ? { requestedAt: String(cursor[0]), id: String(cursor[1]) } : null);
    return toConnection(rows, first, cursor !== null, (row) => [row.requested_at.toISOString(), row.id], (row) => row, () => this.repo.countExportsOf(memberId));
  }

  async findMine(ctx: RequestContext, exportId: string): Promise<DataExportRow | null> {
    const [row] = await this.repo.exportsOfIds(ctx.actor?.memberId ?? null, [exportId]);
    return row ?? null;
  }

  /** A new single-use link (only its hash is stored, so it is shown once); an earlier link stops working. */
  async issueLink(ctx: RequestContext, exportId: string): Promise<{ url: string; expiresAt: Date }> {
    const row = await this.findMine(ctx, exportId);
    if (!row) throw notFound('This export');
    if (row.status === 'PENDING') throw new AppError(PrivacyErrorCode.ExportNotReady, 'The archive is still being prepared; check dataExports again in a minute');
    if (row.status !== 'READY') throw new AppError(PrivacyErrorCode.ExportUnavailable, 'This archive is no longer available; request a new export');
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const updated = await this.db.run((tx) =>
      this.repo.setLink(tx, row.id, ctx.actor!.memberId, hashLinkToken(token), new Date(now.getTime() + this.config.DATA_EXPORT_LINK_TTL_MINUTES * 60_000), now),
    );
    if (!updated?.link_expires_at) throw new AppError(PrivacyErrorCode.ExportUnavailable, 'This archive is no longer available; request a new export');
    return { url: `${this.config.API_URL ?? ''}/exports/${token}`, expiresAt: updated.link_expires_at };
  }

  /**
   * The archive behind a live link, consumed on the way out. The token is the capability; when the
   * caller is also signed in as someone else, the link is not theirs and does not exist for them.
   */
  async download(token: string, callerId: string | null): Promise<DataExportArchive | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const now = this.clock.now();
    return this.db.run(async (tx) => {
      const row = await this.repo.lockByLink(tx, hashLinkToken(token), now);
      if (!row || (callerId !== null && callerId !== row.member_id)) return null;
      await this.repo.consumeLink(tx, row.id, now);
      return row.archive as DataExportArchive;
    });
  }

  /** Builds pending archives one by one (each in its own transaction); returns how many were handled. */
  async processPending(max = 20): Promise<number> {
    let handled = 0;
    while (handled < max) {
      let claimedId: string | null = null;
      try {
        claimedId = await this.db.run(async (tx) => {
          const job = await this.repo.claimPendingExport(tx);
          if (!job) return null;
          claimedId = job.id;
          const now = this.clock.now();
          const archive = await this.buildArchive(tx, job.member_id, now);
          await this.repo.completeExport(tx, job.id, archive, now, new Date(now.getTime() + this.config.DATA_EXPORT_TTL_DAYS * 86_400_000));
          return job.id;
        });
      } catch (error) {
        // A job that fails must not block the queue: it is marked FAILED and the member can ask again.
        this.logger.error(`building export ${claimedId ?? '?'} failed: ${String(error)}`);
        if (!claimedId) throw error;
        const failed = claimedId;
        await this.db.run((tx) => this.repo.failExport(tx, failed));
      }
      if (claimedId === null) return handled;
      handled += 1;
    }
    return handled;
  }

  async buildArchive(db: Db, memberId: string, now: Date): Promise<DataExportArchive> {
    const data: Record<string, Record<string, unknown>> = {};
    for (const provider of this.personalData.providers()) data[provider.feature] = await provider.export(db, memberId);
    return { format: 'palabre.data-export', charterVersion: DATA_CHARTER_VERSION, generatedAt: now.toISOString(), member: toGlobalId('Member', memberId), data };
  }
}
