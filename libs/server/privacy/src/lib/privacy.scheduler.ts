import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CoalescedRun } from '@palabre/core';
import { DataExportService } from './data-export.service';
import { AccountErasureService } from './account-erasure.service';
import { RetentionService } from './retention.service';

/**
 * Runs the privacy jobs every PRIVACY_JOB_INTERVAL_SECONDS: pending exports, due erasures, retention.
 * Safe with several api processes: jobs are claimed with FOR UPDATE SKIP LOCKED, the purge holds an advisory lock.
 */
@Injectable()
export class PrivacyScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PrivacyJobs');
  private timer: NodeJS.Timeout | null = null;
  private readonly runs = new CoalescedRun(async () => {
    // A run queued before shutdown does nothing once stopped.
    if (!this.stopped) await this.runAll();
  });
  private stopped = false;

  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: AccountErasureService,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SCHEDULER_ENABLED) return;
    this.exports.whenRequested(() => void this.tick());
    this.timer = setInterval(() => void this.tick(), this.config.PRIVACY_JOB_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  /** One run of every job, started after this call (a call during a run gets the next one). */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return this.runs.run();
  }

  private async runAll(): Promise<void> {
    const jobs: Array<[string, () => Promise<unknown>]> = [
      ['exports', () => this.exports.processPending()],
      ['erasure', () => this.erasure.executeDue()],
      ['retention', () => this.retention.purge()],
    ];
    for (const [name, job] of jobs) {
      try {
        await job();
      } catch (error) {
        this.logger.warn(`${name} job failed, will retry: ${String(error)}`);
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.runs.settled();
  }
}
