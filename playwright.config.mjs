// Playwright end-to-end tests against the release build in dist/.
// Build first (`trunk build --release`); scripts/test does everything in order.
// Never run `npx playwright install`: it downloads a browser, which cannot work
// here. Debian's /usr/bin/chromium is used instead.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 4173);
// The directory to serve (default: Trunk's output).
const DIST = process.env.E2E_DIST || 'dist';
// A second server serves the same dist/ under a sub-path, to check that the app
// works when hosted somewhere other than the site root (tests/e2e/app.mjs
// derives the same URL).
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT || PORT + 1);
const SUBPATH = '/tools/cto-or-cio/';
const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;

if (!existsSync(`${DIST}/index.html`)) {
  console.warn(`playwright.config.mjs: ${DIST}/index.html is missing; run \`trunk build --release\` first.`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 20_000,
  // The whole suite takes about 3 minutes on a loaded 2-core machine; this only stops a hang.
  globalTimeout: 900_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    serviceWorkers: 'allow',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 5_000,
    navigationTimeout: 10_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
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
    },
  ],
  webServer: [
    {
      command: `node scripts/static-server.mjs --dir ${DIST} --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 10_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/static-server.mjs --dir ${DIST} --port ${SUBPATH_PORT} --base ${SUBPATH}`,
      url: SUBPATH_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 10_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
