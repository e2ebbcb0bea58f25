import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real apps: embedded PostgreSQL, api, gateway and the built web server, seeded
 * with the demo data (global-setup.ts). Chromium comes from @sparticuz/chromium (npm), never `playwright install`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: process.env.PALABRE_WEB_URL,
    launchOptions: {
      executablePath: process.env.PALABRE_CHROMIUM_PATH,
      args: JSON.parse(process.env.PALABRE_CHROMIUM_ARGS ?? '[]') as string[],
    },
    trace: 'off',
  },
});
