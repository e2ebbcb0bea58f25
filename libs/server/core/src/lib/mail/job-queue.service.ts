import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { PgBoss } from 'pg-boss';
import type { Db as IDatabase } from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db, queryRows } from '../database/transaction-runner';

export const JOB_SCHEMA = 'pgboss';

/** Jobs by queue and state, the failed ones included (an operator lists and retries them with `npm run jobs`). */
export const JOB_COUNTS_SQL = `SELECT name, state, count(*)::int AS count FROM ${JOB_SCHEMA}.job GROUP BY name, state ORDER BY name, state`;

/** The queues of this process (tests may run two apps in one): the gauge reads the first, they share one database or not. */
const measured = new Set<JobQueue>();
new Gauge({
  name: 'palabre_jobs',
  help: 'Jobs in the PostgreSQL job queue by queue and state (created, retry, active, completed, failed)',
  labelNames: ['queue', 'state'],
  async collect() {
    this.reset();
    const [queue] = measured;
    if (!queue) return;
    const { rows } = await queue.boss.getDb().executeSql(JOB_COUNTS_SQL);
    for (const row of rows as Array<{ name: string; state: string; count: number }>) this.set({ queue: row.name, state: row.state }, row.count);
  },
});

/**
 * pg-boss, the PostgreSQL-backed job queue of every api process (no Redis needed): jobs are rows in the
 * `pgboss` schema, claimed with SKIP LOCKED, so several processes share one queue and no job runs twice
 * at once. Started before the application bootstraps, so any module can enqueue or work from then on.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  readonly boss: PgBoss;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: JOB_SCHEMA,
      max: 4,
      application_name: 'palabre-jobs',
      // Maintenance (expiring stuck jobs, retention) only where jobs are worked.
      supervise: config.MAIL_WORKER_ENABLED,
      schedule: false,
    });
    this.boss.on('error', (error: unknown) => this.logger.warn(`job queue error, will retry: ${String(error)}`));
  }

  private starting: Promise<unknown> | null = null;

  async onModuleInit(): Promise<void> {
    await this.started();
  }

  /** Resolves once pg-boss runs (several processes may start at once: it migrates its schema under an advisory lock). */
  async started(): Promise<void> {
    this.starting ??= this.boss.start({ attempts: 5 });
    await this.starting;
    measured.add(this);
  }

  /** pg-boss statements on the caller's transaction: a job exists if and only if that transaction commits. */
  static inTransaction(tx: Db): { db: IDatabase } {
    return { db: { executeSql: async (text: string, values?: unknown[]) => ({ rows: await queryRows(tx, text, values ?? []) }) } };
  }

  async onApplicationShutdown(): Promise<void> {
    measured.delete(this);
    await this.boss.stop({ graceful: true, timeout: 10_000 }).catch((error: unknown) => this.logger.warn(`job queue stop: ${String(error)}`));
  }
}
