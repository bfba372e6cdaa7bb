// The dev loop, checked: plain `trunk serve` (a debug build, unsplit, with Trunk's live reload)
// gives a working page. Playwright starts `trunk serve` itself, into target/dev-dist so the release
// build in dist/ is left alone, and waits for the first build (a minute or two when cold).
// `scripts/test dev` runs it.
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.DEV_PORT || 8090);

export default defineConfig({
  testDir: 'tests/dev',
  testMatch: '**/*.spec.mjs',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: `trunk serve --port ${PORT} --address 127.0.0.1 --dist target/dev-dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    // A cold debug build of the app and Leptos.
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
