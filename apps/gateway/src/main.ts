import { ConfigError, exitWithinGraceOnSignal, loadConfig } from '@palabre/core';
import { createGatewayApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createGatewayApp(config);
  exitWithinGraceOnSignal();
  await app.listen(config.GATEWAY_PORT, config.HOST);
  process.stdout.write(`Palabre realtime gateway ready on ${await app.getUrl()} (socket.io path /realtime)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
