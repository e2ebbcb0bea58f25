'use strict';
/**
 * node tools/scripts/run-app.cjs <api|gateway|seed|reputation-check|backup|jobs> [args...]
 *
 * Runs one compiled entry (dist/) with the @palabre/* alias registration.
 * - api, gateway: as configured by the environment (DATABASE_URL needed; AUTH_SECRET from the env or
 *   from `${DATA_DIR}/auth-secret` when `npm start` created one). Several of each may run at once.
 * - seed, reputation-check, jobs, backup (backup|restore FILE): tools; without DATABASE_URL they use the embedded PostgreSQL of a running
 *   `npm start`, or start it themselves (and stop it when done).
 */
const platform = require('./platform.cjs');

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || !platform.entries[name]) {
    platform.fail(`usage: node tools/scripts/run-app.cjs <${Object.keys(platform.entries).join('|')}> [args...]`);
  }
  platform.entryFile(name); // fails fast when dist/ lacks it
  const isTool = name === 'seed' || name === 'reputation-check' || name === 'backup' || name === 'jobs';
  const { env, config, dataDir } = platform.prepareEnvironment({ createSecret: isTool });

  let database;
  if (isTool) {
    try {
      database = await platform.startDatabase(config, dataDir);
    } catch (error) {
      platform.fail(String(error instanceof Error ? error.message : error));
    }
    env.DATABASE_URL = database.databaseUrl;
  }

  const child = platform.spawnEntry(name, env, args);
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', async (code, signal) => {
    if (database) await database.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
