import type { PgBoss } from 'pg-boss';
import { JOB_COUNTS_SQL, JOB_SCHEMA } from './job-queue.service';

/** A job that used up its retries: what an operator sees in `npm run jobs`. */
export interface FailedJob {
  id: string;
  queue: string;
  /** The message's idempotency key, or the request kind (never the message text or its link). */
  key: string | null;
  to: string | null;
  attempts: number;
  failedAt: Date | null;
  error: string | null;
}

export async function jobCounts(boss: PgBoss): Promise<Array<{ name: string; state: string; count: number }>> {
  const { rows } = await boss.getDb().executeSql(JOB_COUNTS_SQL);
  return rows as Array<{ name: string; state: string; count: number }>;
}

export async function listFailedJobs(boss: PgBoss, limit = 100): Promise<FailedJob[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id, name, data->>'idempotencyKey' AS key, data->>'to' AS to, retry_count, completed_on, output
       FROM ${JOB_SCHEMA}.job WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST, id LIMIT $1`,
    [limit],
  );
  return (rows as Array<{ id: string; name: string; key: string | null; to: string | null; retry_count: number; completed_on: Date | null; output: { message?: string } | null }>).map((row) => ({
    id: row.id,
    queue: row.name,
    key: row.key,
    to: row.to,
    attempts: row.retry_count + 1,
    failedAt: row.completed_on,
    error: row.output?.message ?? null,
  }));
}

/** Puts failed jobs back in the queue (one more attempt each, then the usual backoff); answers how many. */
export async function retryFailedJobs(boss: PgBoss, ids: readonly string[] | 'all'): Promise<number> {
  const failed = await listFailedJobs(boss, 100_000);
  const chosen = ids === 'all' ? failed : failed.filter((job) => ids.includes(job.id));
  let retried = 0;
  const byQueue = new Map<string, string[]>();
  for (const job of chosen) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job.id]);
  for (const [queue, queueIds] of byQueue) retried += ((await boss.retry(queue, queueIds)) as { affected?: number }).affected ?? queueIds.length;
  return retried;
}
