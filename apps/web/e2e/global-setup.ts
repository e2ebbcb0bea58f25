import chromium from '@sparticuz/chromium';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';

// The launcher's own helpers (tools/scripts/platform.cjs): same embedded PostgreSQL, same compiled entries.
const platform = createRequire(__filename)('../../../tools/scripts/platform.cjs') as {
  startDatabase: (config: Record<string, unknown>, dataDir: string) => Promise<{ databaseUrl: string; stop: () => Promise<void> }>;
  spawnEntry: (name: string, env: NodeJS.ProcessEnv) => ChildProcess;
  spawnWeb: (env: NodeJS.ProcessEnv) => ChildProcess;
  waitUntilReady: (url: string, child: ChildProcess, timeoutMs?: number) => Promise<void>;
  stopChild: (child: ChildProcess | undefined) => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

/** Starts the whole platform on free ports with fresh demo data; returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  process.env.PALABRE_CHROMIUM_PATH = await chromium.executablePath();
  // --single-process (meant for serverless) ends the whole browser when one context closes; tests use several.
  process.env.PALABRE_CHROMIUM_ARGS = JSON.stringify(chromium.args.filter((arg) => arg !== '--single-process'));

  const dataDir = mkdtempSync(join(tmpdir(), 'palabre-web-e2e-'));
  // embedded PostgreSQL runs as the postgres user when we are root: it must traverse the folder.
  chmodSync(dataDir, 0o755);
  const [pgPort, apiPort, gatewayPort, webPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const database = await platform.startDatabase({ EMBEDDED_PG_PORT: pgPort }, dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: database.databaseUrl,
    AUTH_SECRET: 'browser-tests-secret-of-at-least-32-characters',
    API_PORT: String(apiPort),
    GATEWAY_PORT: String(gatewayPort),
    WEB_PORT: String(webPort),
    // The page's origin: the API accepts the refresh cookie from it, and email links point to it.
    PUBLIC_URL: `http://127.0.0.1:${webPort}`,
    LOG_LEVEL: 'warn',
    PASSWORD_HASH_COST_LOG2: '10',
    // The browser tests read many pages quickly from one address.
    RATE_LIMIT_POINTS: '100000',
    // Every browser test signs up its own members from one address.
    SIGNUPS_PER_ADDRESS_PER_HOUR: '10000',
    SIGNUPS_PER_HOUR: '10000',
    // The live test posts twice in a row as one member.
    POST_FLOOD_INTERVAL_SECONDS: '0',
  };
  const children: ChildProcess[] = [];
  const teardown = async () => {
    for (const child of children.reverse()) await platform.stopChild(child);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const api = platform.spawnEntry('api', env);
    children.push(api);
    await platform.waitUntilReady(`http://127.0.0.1:${apiPort}/health/ready`, api);
    const seed = platform.spawnEntry('seed', env);
    if ((await exited(seed)) !== 0) throw new Error('The demo seed failed');
    const gateway = platform.spawnEntry('gateway', env);
    children.push(gateway);
    await platform.waitUntilReady(`http://127.0.0.1:${gatewayPort}/health/ready`, gateway);
    const web = platform.spawnWeb(env);
    children.push(web);
    await platform.waitUntilReady(`http://127.0.0.1:${webPort}/health/ready`, web);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env.PALABRE_WEB_URL = `http://127.0.0.1:${webPort}`;
  process.env.PALABRE_API_URL = `http://127.0.0.1:${apiPort}`;
  // Without SMTP_URL, mail lands in ${DATA_DIR}/mailbox: the account tests read their links there.
  process.env.PALABRE_MAILBOX_DIR = join(dataDir, 'mailbox');
  process.stderr.write(`[browser tests] platform ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${process.env.PALABRE_WEB_URL}\n`);
  return teardown;
}
