// Offline use (the product contract: "after the first visit the app works with no network at all") and the
// hand-over to a new deploy: a new worker waits until the person clicks "Reload".
import { spawn } from 'node:child_process';
import { cp, readFile, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, SUBPATH_URL, QUESTIONS, CTO_CASE, CIO_CASE } from './app.mjs';

const OFFLINE_TEXT = 'You are offline. Everything still works';
const CACHE_PREFIX = 'cto-or-cio-';
const SERVER = fileURLToPath(new URL('../../scripts/static-server.mjs', import.meta.url));
const DIST = path.resolve(process.env.E2E_DIST || 'dist');

/** Waits until the release build's worker is active and controls the page (reloads once if not). */
async function waitForController(app) {
  const { page } = app;
  await page.waitForFunction(() => 'serviceWorker' in navigator, null, { timeout: 5_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await app.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5_000 });
}

const workerCaches = (page) =>
  page.evaluate((prefix) => caches.keys().then((k) => k.filter((n) => n.startsWith(prefix))), CACHE_PREFIX);

async function offlineRoundTrip(app, page, context, url) {
  await app.open(url);
  await app.expectStep(1);
  await waitForController(app);
  expect(await workerCaches(page), 'one precache for this build').toHaveLength(1);
  await expect(page.locator('p.status-line')).not.toContainText(OFFLINE_TEXT);

  await context.setOffline(true);
  const responses = [];
  const onResponse = (r) => responses.push(r);
  page.on('response', onResponse);
  await app.reload();
  page.off('response', onResponse);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(responses.length, 'the reload loaded the page and its files').toBeGreaterThanOrEqual(3);
  const notFromWorker = responses.filter((r) => !r.fromServiceWorker()).map((r) => `${r.status()} ${r.url()}`);
  expect(notFromWorker, 'offline, every file comes from the worker').toEqual([]);
  await expect(page.locator('p.status-line[role="status"]')).toContainText(OFFLINE_TEXT);
  await app.answerAll(CIO_CASE);
  const { verdict } = await app.readResult();
  expect(verdict).toBe('cio');

  // answers were saved while offline: another reload still offline resumes on the result
  await app.reload();
  await app.readResult();

  await context.setOffline(false);
  await expect(page.locator('p.status-line')).not.toContainText(OFFLINE_TEXT);
}

test('after one online visit the app loads and works offline', async ({ app, page, context }) => {
  await offlineRoundTrip(app, page, context, './');
});

test('offline works under a sub-path too', async ({ app, page, context }) => {
  await offlineRoundTrip(app, page, context, SUBPATH_URL);
  const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
  expect(scope).toBe(SUBPATH_URL);
});

// ---------------------------------------------------------------------------------------------
// Update flow between two real builds: A is dist/, B is target/dist-b/, built by scripts/test
// from the same sources with CTO_OR_CIO_BUILD=B, which the app writes into <html data-build>.
// B's wasm differs, so its hashed file names, its sw.js and its cache name all differ from A's.
const DIST_B = process.env.E2E_DIST_B || 'target/dist-b';

/** Starts scripts/static-server.mjs on a free port serving `dir`; resolves to { url, stop }. */
function startServer(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER, '--dir', dir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const fail = (why) => {
      child.kill('SIGTERM');
      reject(new Error(`static-server.mjs did not start: ${why}\n${out}`));
    };
    const timer = setTimeout(() => fail('timeout'), 5_000);
    child.stderr.on('data', (d) => (out += d));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', done);
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!out.includes('serving')) reject(new Error(`static-server.mjs exited (${code}): ${out}`));
    });
  });
}

test('a new deploy (built with --public-url /) waits for "Reload", then takes over with the answers kept', async ({ app, page }, testInfo) => {
  const root = testInfo.outputPath('deploys');
  const dirA = path.join(root, 'A');
  const dirB = path.join(root, 'B');
  const live = path.join(root, 'live'); // the served directory: a symlink flipped from A to B
  await rm(root, { recursive: true, force: true });
  await cp(DIST, dirA, { recursive: true });
  await cp(DIST_B, dirB, { recursive: true });

  const versionOf = async (dir) => /const VERSION = "([0-9a-f]{16})";/.exec(await readFile(path.join(dir, 'sw.js'), 'utf8'))?.[1];
  // A's files are relative (./x), B's absolute (/x): B is built with --public-url / (scripts/test).
  const wasmOf = async (dir) => /['"]\.?\/([^'"/]+_bg\.wasm)['"]/.exec(await readFile(path.join(dir, 'index.html'), 'utf8'))?.[1];
  const versionA = await versionOf(dirA);
  const versionB = await versionOf(dirB);
  const [wasmA, wasmB] = [await wasmOf(dirA), await wasmOf(dirB)];
  expect(versionA, 'dist/sw.js has a filled-in VERSION').toBeTruthy();
  expect(versionB, `${DIST_B}/sw.js has a filled-in VERSION`).toBeTruthy();
  expect(versionB).not.toBe(versionA);
  expect(wasmA && wasmB && wasmA !== wasmB, `two different builds (${wasmA}, ${wasmB})`).toBe(true);
  const loadedWasm = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')));

  await symlink(dirA, live);
  const server = await startServer(live);
  try {
    // Build A: answer three questions, worker in control.
    await app.open(server.url);
    for (let n = 1; n <= 3; n++) await app.answerByClick(n, CTO_CASE[QUESTIONS[n - 1].key]);
    await waitForController(app);
    expect(await workerCaches(page)).toEqual([`${CACHE_PREFIX}${versionA}`]);
    const update = page.locator('.notice--update');
    await expect(update).toBeHidden();

    // Deploy B (atomic flip of the symlink), then the person comes back to the page.
    await symlink(dirB, `${live}.next`);
    await rename(`${live}.next`, live);
    await app.reload();
    await expect(update).toContainText('A new version is ready.', { timeout: 10_000 });
    // Still build A on screen until the person agrees.
    await expect(page.locator('html[data-build]')).toHaveCount(0);
    await app.expectStep(4);

    await update.getByRole('button', { name: 'Reload', exact: true }).click();
    await expect(page.locator('html[data-build="B"]')).toHaveCount(1, { timeout: 10_000 });
    await app.waitForRender();
    // Only B's files run now: the page loaded B's wasm and not A's.
    const wasm = await loadedWasm();
    expect(wasm.some((n) => n.endsWith(wasmB)), wasm.join(', ')).toBe(true);
    expect(wasm.some((n) => n.endsWith(wasmA)), wasm.join(', ')).toBe(false);
    await app.expectStep(4);
    await expect(update).toBeHidden();
    for (let n = 3; n >= 1; n--) {
      await app.button('Back').click();
      await app.expectStep(n);
      const { key } = QUESTIONS[n - 1];
      await expect(app.radio(key, CTO_CASE[key])).toBeChecked();
    }
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return {
        controller: !!navigator.serviceWorker.controller,
        waiting: !!(reg && reg.waiting),
        active: reg && reg.active ? reg.active.state : null,
      };
    });
    expect(state).toEqual({ controller: true, waiting: false, active: 'activated' });
    await expect
      .poll(() => workerCaches(page), { message: 'only the new build\u2019s cache is left' })
      .toEqual([`${CACHE_PREFIX}${versionB}`]);
  } finally {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
});
