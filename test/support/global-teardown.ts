/**
 * Jest globalTeardown of the e2e project: drops what the run left on an external server
 * (template and any spec database a crashed worker did not drop), or stops the embedded
 * PostgreSQL and removes its temporary data dir.
 */
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { runDatabasePrefix } from './env';
import type { E2eGlobalState } from './global-setup';

async function dropRunDatabases(adminUrl: string, runId: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [`${runDatabasePrefix(runId)}_`],
    );
    for (const { datname } of rows) {
      const name = client.escapeIdentifier(datname);
      await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__PALABRE_E2E__ as E2eGlobalState | undefined;
  if (!state) return;
  globalThis.__PALABRE_E2E__ = undefined;
  if (state.external) {
    await dropRunDatabases(state.adminUrl, state.runId);
    return;
  }
  try {
    await state.embedded?.stop();
  } finally {
    if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
  }
}
