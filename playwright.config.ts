import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium.ts';

if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `No Chromium at ${CHROMIUM_PATH}. Install one with \`apt-get install chromium\` (Debian/Ubuntu), ` +
      'or point CHROMIUM_PATH at an installed Chromium. Do not run `npx playwright install`.',
  );
}

// E2E_PORT lets two runs share a machine (each starts its own server).
const PORT = Number(process.env.E2E_PORT ?? 4173);
// Workers load this file again: the env var makes them reuse the main process's directory.
process.env.PARTNERMAP_E2E_DATA ??= mkdtempSync(path.join(tmpdir(), 'partnermap-e2e-'));

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
    // Each browser already has a display name, so tests that are not about presence skip the
    // first-visit name dialog; presence tests give each person their own.
    storageState: {
      cookies: [],
      origins: [
        {
          origin: `http://localhost:${PORT}`,
          localStorage: [{ name: 'partnermap.person', value: JSON.stringify({ name: 'Test person', colour: '#1f77b4' }) }],
        },
      ],
    },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    // The built client (npm run test:e2e builds it first) served by the real server.
    command: 'node --import tsx server/src/main.ts',
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: process.env.PARTNERMAP_E2E_DATA, LOG_LEVEL: 'warn' },
  },
});
