'use strict';
/**
 * `npm start` (after `npm run build`): embedded PostgreSQL (unless DATABASE_URL), then the api
 * (migrations run on its start), then, once the api is ready, the gateway, then the web client
 * (the one URL a person opens). Ctrl+C / SIGTERM stops the web, the gateway, the api, then PostgreSQL. If a child dies, everything stops with a non-zero exit.
 */
const platform = require('./platform.cjs');

async function main() {
  const { env, config, dataDir } = platform.prepareEnvironment({ createSecret: true });
  // Fail on a missing build before anything is started (a failure later would leave children behind).
  platform.entryFile('api');
  platform.entryFile('gateway');
  platform.webEntry();
  const other = platform.runningPlatform(dataDir);
  if (other) platform.fail(`Palabre is already running from ${dataDir} (pid ${other.pid}); stop it first or set DATA_DIR.`);

  const children = { api: undefined, gateway: undefined, web: undefined };
  let database;
  let shuttingDown;

  // The launcher never exits before what it started has stopped: each child gets SIGTERM and a bounded grace,
  // then SIGKILL; PostgreSQL a fast shutdown with a bounded wait, then a forced one. Exit comes after all of that.
  const stopAll = async () => {
    await platform.stopChild(children.web);
    await platform.stopChild(children.gateway);
    await platform.stopChild(children.api);
    if (database) await database.stop();
  };
  const shutdown = (code, reason) =>
    (shuttingDown ??= (async () => {
      if (reason) platform.log(reason);
      platform.log('Stopping...');
      await stopAll();
      if (killing) return; // a second signal came: that path exits, with its own code
      platform.removePlatformInfo(dataDir);
      platform.log('Stopped.');
      process.exit(code);
    })());

  let pendingSignal;
  let killing;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (!database) {
        // Still starting PostgreSQL: stop as soon as it is up (nothing else is running yet).
        pendingSignal ??= signal;
        return;
      }
      if (!shuttingDown) return void shutdown(0, `Received ${signal}.`);
      // A second signal kills everything at once, but the exits are still awaited.
      killing ??= (async () => {
        platform.log('Second signal: killing everything now.');
        await Promise.all([...Object.values(children).map((child) => platform.killChild(child)), database.kill()]);
        platform.removePlatformInfo(dataDir);
        process.exit(130);
      })();
    });
  }

  try {
    database = await platform.startDatabase(config, dataDir);
  } catch (error) {
    platform.fail(String(error instanceof Error ? error.message : error));
  }
  if (pendingSignal) return shutdown(0, `Received ${pendingSignal}.`);
  // The console is a person's: warnings and errors of the apps only, unless LOG_LEVEL asks for more, so the
  // address to open is not buried under start-up and request logs.
  const childEnv = { ...env, LOG_LEVEL: process.env.LOG_LEVEL || 'warn', DATABASE_URL: database.databaseUrl, AUTH_SECRET: config.AUTH_SECRET };
  if (database.owned) platform.writePlatformInfo(dataDir, { databaseUrl: database.databaseUrl });

  const watch = (name, child) => {
    children[name] = child;
    child.on('exit', (code, signal) => {
      if (!shuttingDown) shutdown(code || 1, `The ${name} exited unexpectedly (${signal || `code ${code}`}).`);
    });
  };

  try {
    watch('api', platform.spawnEntry('api', childEnv));
    await platform.waitUntilReady(`http://127.0.0.1:${config.API_PORT}/health/ready`, children.api);
    watch('gateway', platform.spawnEntry('gateway', childEnv));
    await platform.waitUntilReady(`http://127.0.0.1:${config.GATEWAY_PORT}/health/ready`, children.gateway);
    watch('web', platform.spawnWeb(childEnv));
    await platform.waitUntilReady(`http://127.0.0.1:${config.WEB_PORT}/health/ready`, children.web);
  } catch (error) {
    return shutdown(1, `Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  process.stdout.write(
    [
      '',
      `Open http://localhost:${config.WEB_PORT}`,
      '',
      'Palabre is running:',
      `  Web       http://localhost:${config.WEB_PORT} (same origin for /graphql and /realtime)`,
      `  GraphQL   http://localhost:${config.API_PORT}/graphql`,
      `  Realtime  socket.io on http://localhost:${config.GATEWAY_PORT} (path /realtime)`,
      `  Database  ${database.owned ? `embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_PG_PORT}, data in ${dataDir}` : 'DATABASE_URL'}`,
      // Without SMTP_URL every email (verification and reset links included) lands here as an .eml file.
      `  Email     ${config.SMTP_URL ? `SMTP ${new URL(config.SMTP_URL).host}` : `no SMTP_URL: kept in the local mailbox ${require('node:path').join(dataDir, 'mailbox')} (one .eml file per email)`}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
