// `trunk serve`, as every Leptos + Trunk developer types it first: the page loads a debug build
// (one module, no chunks), Trunk's live-reload script runs (debug builds carry no
// Content-Security-Policy, so nothing refuses it), the first question can be answered, and the
// console stays clean.
import { test, expect } from '@playwright/test';

test('plain trunk serve gives a working first question with live reload and no console error', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  const reload = page.waitForEvent('websocket', (ws) => ws.url().includes('/.well-known/trunk/ws'));
  await page.goto('./');
  await reload;
  await expect(page.getByRole('heading', { level: 1, name: /How many people work/ })).toBeFocused();
  // A debug build is one module: no split chunk, no chunk loader.
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(names.filter((n) => /split|__wasm_split/.test(n))).toEqual([]);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
  await page.locator('label').filter({ has: page.locator('input[name=size][value=small]') }).click();
  await expect(page.getByText('Step 2 of 9')).toBeVisible();
  expect(problems).toEqual([]);
});
