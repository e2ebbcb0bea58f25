import { ConfigError, exitWithinGraceOnSignal, loadConfig } from '@palabre/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  exitWithinGraceOnSignal();
  await app.listen(config.API_PORT, config.HOST);
  process.stdout.write(`Palabre API ready on ${await app.getUrl()}/graphql\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
