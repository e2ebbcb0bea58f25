/**
 * Jest globalSetup of the e2e project (runs once per `jest` run, in the parent process).
 *
 * - DATABASE_URL set: the specs use that PostgreSQL server (the role needs CREATEDB); its database is only
 *   used as the maintenance connection from which per-run databases are created and dropped.
 * - otherwise: ONE embedded PostgreSQL for the whole run, in a fresh temporary data dir on a free port.
 *
 * Workers receive PALABRE_TEST_ADMIN_URL and PALABRE_TEST_RUN_ID (see env.ts); the harness clones a
 * migrated template database per spec file from there.
 *
 * Note: globalSetup is transformed but not module-mapped by jest, so only relative imports here, and
 * only of files that do not pull in NestJS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres, type RunningEmbeddedPostgres } from '../../libs/server/core/src/lib/database/embedded-postgres';
import { TEST_ENV } from './env';

export interface E2eGlobalState {
  embedded?: RunningEmbeddedPostgres;
  dataDir?: string;
  adminUrl: string;
  runId: string;
  external: boolean;
}

declare global {
  var __PALABRE_E2E__: E2eGlobalState | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startTestPostgres(): Promise<{ embedded: RunningEmbeddedPostgres; dataDir: string }> {
  let lastError: unknown;
  // A free port can be taken between the probe and PostgreSQL binding it: try a few.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'palabre-e2e-'));
    try {
      const port = await freePort();
      const embedded = await startEmbeddedPostgres({ dataDir, port, database: 'palabre', log: () => undefined });
      return { embedded, dataDir };
    } catch (error) {
      lastError = error;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  throw lastError;
}

export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const externalUrl = process.env['DATABASE_URL']?.trim();
  let state: E2eGlobalState;
  if (externalUrl) {
    state = { adminUrl: externalUrl, runId, external: true };
  } else {
    const started = Date.now();
    const { embedded, dataDir } = await startTestPostgres();
    state = { embedded, dataDir, adminUrl: embedded.adminUrl, runId, external: false };
    if (process.env['PALABRE_TEST_VERBOSE']) {
      process.stderr.write(`\nembedded PostgreSQL for e2e ready in ${Date.now() - started} ms (${dataDir})\n`);
    }
  }
  globalThis.__PALABRE_E2E__ = state;
  // Workers are forked after globalSetup and inherit these.
  process.env[TEST_ENV.adminUrl] = state.adminUrl;
  process.env[TEST_ENV.runId] = runId;
}
