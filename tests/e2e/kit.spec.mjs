// The hiring kit: a job description and interview questions for each role the result calls for,
// copied as Markdown, downloaded as a .md file, printed on its own.
import { readFile } from 'node:fs/promises';
import { test, expect } from './app.mjs';

const HOSPITAL =
  './#v=1&size=large&stage=established&industry=healthcare&focus=operations&regulation=heavy&systems=complex&engineering=team&priority=operations&leadership=it-manager&company=St%20Mary';

test('the kit has a section per role, the first hire first, with 6 to 8 interview questions each', async ({ app, page }) => {
  await app.open(HOSPITAL);
  await app.readResult();
  await app.button('Hiring kit').click();
  await expect(app.heading()).toHaveText('Hiring kit for St Mary');
  const roles = page.locator('.kit__role');
  await expect(roles).toHaveCount(2);
  // titled for a hospital of 250 to 999 people: both roles sit on the executive team
  await expect(roles.nth(0).getByRole('heading', { level: 2 })).toHaveText('Chief Information Officer (CIO), on the executive team');
  await expect(roles.nth(1).getByRole('heading', { level: 2 })).toHaveText('Chief Technology Officer (CTO), on the executive team');
  for (const role of await roles.all()) {
    const questions = role.locator('h3:text("Interview questions") + ol > li');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBeLessThanOrEqual(8);
    await expect(role.getByRole('heading', { name: 'The first 90 days' })).toBeVisible();
  }
  await page.goBack();
  await expect(app.verdict()).toBeVisible();
});

test('copy as Markdown and download as a .md file', async ({ app, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await app.open(HOSPITAL);
  await app.button('Hiring kit').click();
  await app.button('Copy as Markdown').click();
  await expect(page.locator('.share__status--shown')).toContainText('Hiring kit copied as Markdown.');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^# Hiring kit for St Mary\n/);
  expect(md.indexOf('## Chief Information Officer (CIO)')).toBeLessThan(md.indexOf('## Chief Technology Officer (CTO)'));
  expect(md).toContain('### Interview questions');
  expect(md).toContain(`Based on these answers: ${page.url().replace(/#.*/, '')}#v=1&size=large`);

  const download = page.waitForEvent('download');
  await app.button('Download .md').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('st-mary.hiring-kit.md');
  expect(await readFile(await file.path(), 'utf8')).toBe(md);
});

test('printed on its own: the kit without controls', async ({ app, page }) => {
  await app.open(HOSPITAL);
  await app.button('Hiring kit').click();
  await page.emulateMedia({ media: 'print' });
  const visibleControls = await page.locator('button, input, select, textarea').evaluateAll(
    (els) => els.filter((e) => e.getClientRects().length > 0).length,
  );
  expect(visibleControls).toBe(0);
  await expect(page.getByRole('heading', { name: 'Interview questions' }).first()).toBeVisible();
});
