import 'reflect-metadata';
import { PgBoss } from 'pg-boss';
import { ConfigError, databaseUrlOf, JOB_SCHEMA, jobCounts, listFailedJobs, loadConfig, retryFailedJobs } from '@palabre/core';

const USAGE = `npm run jobs                 counts by queue and state, then the failed jobs
npm run jobs -- failed       the failed jobs (id, queue, key, recipient, attempts, last error)
npm run jobs -- retry <id>…  puts these failed jobs back in their queue
npm run jobs -- retry --all  puts every failed job back`;

/**
 * `npm run jobs`: the operator's view of the PostgreSQL job queue (pg-boss): what waits, what failed for
 * good after its retries, and a way to retry it once the cause (an SMTP outage, a bad setting) is fixed.
 */
async function main(args: string[]): Promise<number> {
  const config = loadConfig();
  // No maintenance, no scheduling, no migration: this process only reads and retries.
  const boss = new PgBoss({ connectionString: databaseUrlOf(config), schema: JOB_SCHEMA, max: 1, supervise: false, schedule: false, migrate: false, application_name: 'palabre-jobs-cli' });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    const [command, ...rest] = args;
    if (command === 'retry') {
      if (rest.length === 0) {
        process.stderr.write(`${USAGE}\n`);
        return 2;
      }
      const retried = await retryFailedJobs(boss, rest.includes('--all') ? 'all' : rest);
      process.stdout.write(`${retried} job(s) put back in their queue.\n`);
      return 0;
    }
    if (command !== undefined && command !== 'failed') {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    if (command === undefined) {
      process.stdout.write('Jobs by queue and state:\n');
      for (const row of await jobCounts(boss)) process.stdout.write(`  ${row.name.padEnd(28)} ${row.state.padEnd(10)} ${row.count}\n`);
    }
    const failed = await listFailedJobs(boss);
    process.stdout.write(failed.length === 0 ? 'No failed jobs.\n' : `Failed jobs (${failed.length}):\n`);
    for (const job of failed) {
      process.stdout.write(`  ${job.id}  ${job.queue}  ${job.key ?? '-'}  to ${job.to ?? '-'}  ${job.attempts} attempt(s)  ${job.failedAt?.toISOString() ?? ''}  ${job.error ?? ''}\n`);
    }
    return 0;
  } finally {
    await boss.stop({ graceful: false });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
