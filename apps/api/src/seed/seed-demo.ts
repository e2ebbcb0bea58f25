import { ConfigError, loadConfig } from '@palabre/core';
import { createApiApp } from '../bootstrap';
import { buildDemoWorld, DEMO_PASSWORD } from './demo-world';
import { seeders } from './seeders';

/** `npm run seed:demo`: a living demo community in French and English, idempotently. */
async function main(): Promise<void> {
  const config = loadConfig();
  // The demo is written in one go: the flood limit (meant for people) would only slow it down.
  const app = await createApiApp({ ...config, SCHEDULER_ENABLED: false, LOG_LEVEL: 'warn', POST_FLOOD_INTERVAL_SECONDS: 0 });
  try {
    const world = await buildDemoWorld(app);
    for (const seeder of seeders) {
      process.stdout.write(`seeding ${seeder.name}...\n`);
      await seeder.seed(world);
    }
    process.stdout.write(
      `Demo ready: communities "${world.fr.community.slug}" (FR) and "${world.en.community.slug}" (EN).\n` +
        `Sign in as camille@demo.palabre.local (owner), marque_velo@demo.palabre.local (brand staff) or modo_anna@demo.palabre.local (moderator), password "${DEMO_PASSWORD}".\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
