// The first load never hangs on "Loading the questionnaire…": when the app's JS or wasm cannot be
// fetched, is refused, or cannot run, the first screen says why in plain words within 5 seconds,
// with a Retry button (boot/loader.js, the boot markup in index.html). Each case is made
// here with Playwright's request routing, its offline switch, or an init script.
import { readFileSync } from 'node:fs';
import { test, expect } from './app.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const isGlue = (url) => /\/cto-or-cio-[0-9a-f]+\.js$/.test(url.pathname);
const isWasm = (url) => url.pathname.endsWith('.wasm');
const isSnippet = (url) => url.pathname.includes('/snippets/') && url.pathname.endsWith('.js');

/** Opens the app and expects the load-failure panel, with `why` in it, within 5 seconds. */
async function expectFailure(page, why, title = 'The questionnaire could not load.') {
  const started = Date.now();
  await page.goto('./');
  const panel = page.getByRole('alert');
  await expect(panel).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - started, 'ms until the failure is shown').toBeLessThan(5_000);
  await expect(panel).toContainText(title);
  await expect(panel).toContainText(why);
  await expect(panel.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  await expect(page.getByText('Loading the questionnaire…')).toBeHidden();
  await expect(page.getByText(/Step \d of 9/)).toHaveCount(0);
  return panel;
}

/**
 * The browser reports the failed file on its console (a refused response, a failed integrity
 * check); that is expected here. Anything else, thrown and not handled or about other files, is not.
 */
function expectOnlyLoadErrors(pageErrors, alsoExpected = null) {
  // The app's own files: the glue, the wasm, the snippet, the split chunks' loader and the texts.
  const unexpected = pageErrors.filter(
    (e) =>
      !/^console\.error: .*\/(cto-or-cio-[0-9a-f]+(_bg\.wasm|\.js)|__wasm_split-[0-9a-f]+\.js|snippets\/\S+\.js|locale-[a-z]+-(first|later)-[0-9a-f]+\.json)\b/.test(e) &&
      !alsoExpected?.test(e),
  );
  expect(unexpected, pageErrors.join('\n')).toEqual([]);
  pageErrors.length = 0;
}

for (const [what, matches] of [
  ['JS glue', isGlue],
  ['wasm', isWasm],
  ['JS snippet', isSnippet],
]) {
  test(`the ${what} answering 404 is named, and Retry loads the app once it is back`, async ({ app, page, pageErrors }) => {
    await page.route(matches, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
    const panel = await expectFailure(page, 'The server could not find part of the app (error 404).');
    await page.unrouteAll();
    await panel.getByRole('button', { name: 'Retry', exact: true }).click();
    await app.waitForRender();
    await app.expectStep(1);
    expectOnlyLoadErrors(pageErrors);
  });
}

test('a server error on the wasm is named', async ({ page, pageErrors }) => {
  await page.route(isWasm, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }));
  await expectFailure(page, 'The server failed to send part of the app (error 500).');
  expectOnlyLoadErrors(pageErrors);
});

for (const [what, matches] of [
  ['JS glue', isGlue],
  ['wasm', isWasm],
]) {
  test(`a network error on the ${what} is named`, async ({ page, pageErrors }) => {
    await page.route(matches, (route) => route.abort('connectionreset'));
    await expectFailure(page, 'The connection failed while the app was downloading.');
    expectOnlyLoadErrors(pageErrors);
  });
}

test('offline on a first visit: open it once online', async ({ page, context, pageErrors }) => {
  // The page itself arrived, then the connection went: the app's files fail while offline.
  await page.route((url) => isGlue(url) || isWasm(url), async (route) => {
    await context.setOffline(true);
    await route.abort('internetdisconnected');
  });
  await expectFailure(page, 'You are offline, and the app is not saved on this device yet. Open it once while online');
  await context.setOffline(false);
  // The browser's own request for the page's icon fails too when it comes after the switch (about
  // one run in four): the whole connection went, not only the app's files.
  expectOnlyLoadErrors(pageErrors, /ERR_INTERNET_DISCONNECTED \(\S+\/assets\/icon\.svg:/);
});

for (const [what, matches, type, as] of [
  ['wasm', isWasm, 'application/octet-stream', 'WebAssembly'],
  ['wasm', isWasm, 'text/html', 'WebAssembly'],
  ['JS glue', isGlue, 'text/plain', 'JavaScript'],
]) {
  test(`the ${what} served as ${type} is named`, async ({ page, pageErrors }) => {
    await page.route(matches, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': type } });
    });
    await expectFailure(page, `The server sent part of the app as “${type}”, which browsers refuse to run as ${as}.`);
    expectOnlyLoadErrors(pageErrors);
  });
}

for (const [what, matches, tamper] of [
  ['wasm', isWasm, (body) => Buffer.concat([body, Buffer.from([0])])],
  ['JS glue', isGlue, (body) => Buffer.concat([body, Buffer.from('\nwindow.__pwned = 1;\n')])],
  ['JS snippet', isSnippet, (body) => Buffer.concat([body, Buffer.from('\nwindow.__pwned = 1;\n')])],
]) {
  test(`a tampered ${what} is refused by its integrity check`, async ({ page, pageErrors }) => {
    await page.route(matches, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: tamper(await response.body()) });
    });
    await expectFailure(page, 'Part of the app arrived changed, so it was not run (it failed its integrity check).');
    expect(await page.evaluate(() => window.__pwned), 'the changed script never ran').toBeUndefined();
    expectOnlyLoadErrors(pageErrors);
  });
}

test('a browser without WebAssembly is told so', async ({ page }) => {
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await expectFailure(page, 'This browser cannot run WebAssembly, which the app needs.');
});

test('a browser without module scripts runs the nomodule fallback', async ({ page }) => {
  // Such a browser skips <script type="module"> (an unknown type) and runs <script nomodule>:
  // index.html is served as that browser would treat it. The scripts' text, and so their CSP
  // hashes, are unchanged.
  await page.route((url) => url.pathname === '/' || url.pathname.endsWith('/index.html'), async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replaceAll('<script type="module">', '<script type="text/x-not-run">')
      .replace('<script nomodule>', '<script>');
    await route.fulfill({ response, body: html });
  });
  await expectFailure(page, 'This browser is too old to run it.');
});

test('a load that stalls says so after 10 seconds, and still finishes', async ({ app, page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.clock.install();
  await page.route(isWasm, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByText('Loading the questionnaire…')).toBeVisible();
  await page.clock.runFor(10_500);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('Still loading…');
  await expect(panel).toContainText('It is still trying.');
  release();
  await app.waitForRender();
  await app.expectStep(1);
});

test('the language picker, the loader, the import map, the fallback and the page texts are all allowed by hash, not by unsafe-inline', async () => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  const scripts = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
  expect(scripts.map((m) => m[0].slice(0, m[0].indexOf('>') + 1))).toEqual([
    '<script type="importmap">',
    '<script>',
    '<script type="module">',
    '<script nomodule>',
    '<script>',
  ]);
  const { createHash } = await import('node:crypto');
  for (const [, code] of scripts) {
    expect(policy).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  }
  // Every JS file is in the import map's integrity section, and the wasm's hash is in the loader.
  const map = JSON.parse(scripts[0][1]);
  const wasm = html.match(/['"]\.\/([^'"]+_bg\.wasm)['"]/)[1];
  const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(`${DIST}/${file}`)).digest('base64')}`;
  expect(Object.keys(map.integrity).length).toBeGreaterThanOrEqual(2);
  for (const [url, hash] of Object.entries(map.integrity)) expect(hash, url).toBe(sha384(url));
  expect(html).toContain(sha384(wasm));
});
