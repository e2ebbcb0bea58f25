import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, databaseUrlOf, loadConfig } from '@palabre/core';
import { findReputationDifferences } from '@palabre/recognition';
import { migrations } from '../migrations';

/**
 * `npm run reputation:check`: recomputes reputation from the raw rows (kudos that count,
 * accepted answers, accepted credits), compares it with the ledger and the balances, checks
 * kudos counters against kudos rows, prints every difference and exits with 1 when there is any.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrlOf(config), synchronize: false, migrations, extra: { max: 1, application_name: 'palabre-reputation-check' } });
  await dataSource.initialize();
  try {
    // A check never changes the schema: the api applies migrations when it starts.
    if (await dataSource.showMigrations()) {
      process.stderr.write('The database has pending migrations: start the api (npm start) once, then run the check again.\n');
      return 2;
    }
    const differences = await findReputationDifferences(dataSource.manager);
    if (differences.length === 0) {
      process.stdout.write('Reputation is consistent: the ledger, the balances and the raw rows agree.\n');
      return 0;
    }
    process.stdout.write(`Found ${differences.length} difference(s):\n`);
    for (const difference of differences) {
      process.stdout.write(
        `  [${difference.check}] community ${difference.communityId ?? '-'} subject ${difference.subjectId}: expected ${difference.expected}, stored ${difference.actual}\n`,
      );
    }
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
