import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, databaseUrlOf, loadConfig } from '@palabre/core';
import { migrations } from '../migrations';
import { backupDatabase, restoreDatabase } from './backup';

/**
 * `npm run backup [-- FILE]`: a consistent, timestamped backup of the database (default
 * `${DATA_DIR}/backups/palabre-<UTC time>.backup.gz`).
 * `npm run restore -- FILE`: restores FILE into the configured database, which must be empty.
 */
async function main(): Promise<number> {
  const [command, argument] = process.argv.slice(2);
  const config = loadConfig();
  const url = databaseUrlOf(config);
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const file = resolve(argument ?? join(config.DATA_DIR, 'backups', `palabre-${stamp}.backup.gz`));
    mkdirSync(resolve(file, '..'), { recursive: true });
    const { tables, rows } = await backupDatabase(url, file);
    process.stdout.write(`Backup written: ${file} (${tables} tables, ${rows} rows)\n`);
    return 0;
  }
  if (command === 'restore' && argument) {
    const { tables, rows } = await restoreDatabase(url, resolve(argument), migrations);
    process.stdout.write(`Restored ${resolve(argument)}: ${tables} tables, ${rows} rows; the schema is up to date.\n`);
    return 0;
  }
  process.stderr.write('usage: npm run backup [-- FILE]  |  npm run restore -- FILE\n');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
