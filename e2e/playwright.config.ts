// Browser journeys against the built product: global setup starts the API (which serves dist/web) on a fresh database.
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const repoRoot = join(__dirname, '..');

export default defineConfig({
  testDir: __dirname,
  testMatch: '**/*.e2e.ts',
  // One server and one database for the run: tests stay independent by creating their own accounts.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // Generous for a shared 2-core machine: CI has seen a journey's step wait more than 10 s at load average 10+
  // (a posted answer, a password change); a broken page still fails, only later.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: join(repoRoot, 'dist/e2e-results.json') }]],
  outputDir: join(repoRoot, 'dist/e2e-artifacts'),
  globalSetup: require.resolve('./support/global-setup'),
  globalTeardown: require.resolve('./support/global-teardown'),
  use: {
    // Set by global setup; workers start after it and read the config again, so they see it.
    baseURL: process.env.E2E_BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: this machine never downloads Playwright's browsers.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
