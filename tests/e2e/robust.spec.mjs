// Nothing a person enters is lost, and no input breaks the app: corrupt or unavailable storage,
// two tabs, a panic, and the Content-Security-Policy the page runs under.
import { readFileSync } from 'node:fs';
import { test, expect, CTO_CASE, painted } from './app.mjs';

const KEY = 'cto-or-cio.assessments';
const LEGACY = 'cto-or-cio.answers';
const BACKUP = 'cto-or-cio.backup';

test('the built page carries a strict Content-Security-Policy and runs under it', async ({ app, page }) => {
  const html = readFileSync(`${process.env.E2E_DIST || 'dist'}/index.html`, 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  expect(policy, 'CSP meta tag').toBeTruthy();
  const script = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(script).toContain("'wasm-unsafe-eval'");
  expect(script).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(script).not.toContain('unsafe-inline');
  expect(policy).toContain("connect-src 'self'");
  // The fixture fails on any console error, CSP violations included.
  await app.open();
  await app.answerAll(CTO_CASE);
  await app.readResult();
});

test('the first screen paints before the app is fetched', async ({ app, page }) => {
  await app.open();
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    app: performance
      .getEntriesByType('resource')
      .filter((e) => /\.(wasm|js)$/.test(new URL(e.name).pathname))
      .map((e) => e.startTime),
  }));
  expect(timing.paint, 'a first contentful paint').toBeGreaterThan(0);
  expect(timing.app.length, 'the JS glue and the wasm were fetched').toBeGreaterThanOrEqual(2);
  // The wasm and its glue must not compete with index.html and its CSS for a slow network.
  for (const start of timing.app) expect(start).toBeGreaterThanOrEqual(timing.paint);
});

for (const [what, key, raw] of [
  ['bad JSON', KEY, '{"schema":3,"assessments":[{"id":"a-1","answ'],
  [
    'wrong types and unknown ids',
    KEY,
    '{"schema":3,"revision":"x","assessments":[{"id":"a-1","answers":{"size":"huge","stage":["startup"],"industry":"retail"},"company":{"a":1}}]}',
  ],
  ['a newer schema', KEY, '{"schema":99,"assessments":[{"id":"a-1","answers":{"size":"small"}}],"future":true}'],
  ['an older schema with wrong types', LEGACY, '{"schema":2,"revision":"x","answers":{"size":"huge","industry":"retail"},"company":{"a":1}}'],
]) {
  test(`stored data with ${what} is kept aside, the app runs and says so`, async ({ app, page }) => {
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [key, raw]);
    await app.open();
    await expect(app.notices()).toHaveCount(1);
    await expect(page.locator('.notices')).toContainText(/saved (answers|assessments)/i);
    await expect(page.getByRole('link', { name: 'Download the kept data' })).toHaveAttribute('href', /^data:application\/json/);
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(raw);
    // Still usable: carry on, answer the question shown, and it is saved in the current schema.
    const welcome = app.button('Continue at step 1').or(app.button('Continue at step 2'));
    if (await welcome.count()) await welcome.click();
    await page.locator('label.option').first().click();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('"schema":4');
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(raw);
  });
}

for (const [name, message] of [
  ['QuotaExceededError', 'storage for the app is full, so the latest change is kept in this tab only'],
  ['SecurityError', 'answers will be lost when you close the tab'],
]) {
  test(`storage that throws ${name} on write: the quiz completes in memory with a notice`, async ({ app, page }) => {
    await page.addInitScript((error) => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Storage refused.', error);
      };
    }, name);
    await app.open();
    await app.answerAll(CTO_CASE);
    const { verdict } = await app.readResult();
    expect(verdict).toBe('cto');
    await expect(app.notices()).toHaveCount(1);
    await expect(page.locator('.notices')).toContainText(message);
  });
}

test('storage that is blocked altogether: the app works in memory and says so', async ({ app, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await app.open();
  await expect(app.notices()).toContainText('answers will be lost when you close the tab');
  await app.answerAll(CTO_CASE);
  await app.readResult();
});

test('two tabs: an answer given in one appears in the other', async ({ app, page, context }) => {
  await app.open();
  const other = await context.newPage();
  await painted(page);
  await other.goto(page.url());
  await expect(other.getByText('Step 1 of 9')).toBeVisible();
  await app.answerByClick(1, 'large');
  await expect(other.locator('input[name="size"][value="large"]')).toBeChecked();
  // and back the other way, without the first tab's older state winning
  await other.locator('label:has(input[name="size"][value="micro"])').click();
  await app.button('Back').click();
  await expect(app.radio('size', 'micro')).toBeChecked();
  await other.close();
});

test('a panic shows the error panel with a reload link, and stored answers stay intact', async ({ app, page, pageErrors }) => {
  await app.open();
  await app.answerByClick(1, 'small');
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.goto('./?crash-test');
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Reload' })).toHaveAttribute('href', /crash-test/);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(stored);
  // The panic itself is reported on the console, and nothing else went wrong.
  expect(pageErrors.length).toBeGreaterThan(0);
  expect(pageErrors.every((e) => /crash test requested|unreachable|RuntimeError/.test(e)), pageErrors.join('\n')).toBe(true);
  pageErrors.length = 0;
});
