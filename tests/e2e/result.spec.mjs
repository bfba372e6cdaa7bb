// The result as a founder uses it: the first phone screen, what-if as a sandbox, the roles and
// what would change them, a Markdown summary to copy, a clean printout.
import { test, expect, linkOf, CIO_CASE, painted } from './app.mjs';

const stored = (page) => page.evaluate(() => localStorage.getItem('cto-or-cio.assessments'));

// A mid-sized manufacturer with a small build crew: a CIO today, both with a channel focus and
// both priorities.
const MANUFACTURER = { ...CIO_CASE, engineering: 'few' };
// A 400-person hospital group run on its internal systems.
const HOSPITAL = {
  size: 'large',
  stage: 'established',
  industry: 'healthcare',
  focus: 'operations',
  regulation: 'heavy',
  systems: 'complex',
  engineering: 'team',
  priority: 'operations',
  leadership: 'it-manager',
};

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first screen shows the verdict, both scores, the next step, the strongest reason and the actions', async ({ app, page }) => {
    await app.open(linkOf(HOSPITAL, 'St Mary'));
    await app.readResult();
    const inView = async (locator) => {
      const box = await locator.boundingBox();
      expect(box, 'on the page').not.toBeNull();
      expect(box.y, 'starts on the first screen').toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'ends on the first screen').toBeLessThanOrEqual(844);
    };
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await inView(app.heading());
    await expect(app.heading()).toHaveText('You need both a CIO and a CTO');
    await inView(page.locator('.score').first());
    await inView(page.locator('.score').last());
    await inView(page.locator('.next'));
    await inView(page.locator('.result__top'));
    for (const name of ['What if…', 'Hiring kit', 'Copy link']) await inView(app.button(name));
  });
});

test('what-if is a sandbox: the verdict follows it, storage and the link wait for Keep', async ({ app, page }) => {
  await app.open(linkOf(MANUFACTURER));
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'cio');
  const before = await app.readResult();
  const savedBefore = await stored(page);
  await painted(page);
  const urlBefore = page.url();

  await app.button('What if…').click();
  const sandbox = page.getByRole('region', { name: 'What if?' });
  await expect(sandbox).toBeVisible();
  await sandbox.getByLabel('Role of technology').selectOption({ label: 'It is how people reach us' });
  await sandbox.getByLabel('Priority').selectOption({ label: 'Both equally' });
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'both');
  const after = await app.readResult();
  expect(after.cto).toBeGreaterThan(before.cto);
  // announced politely, and the chart shows where the company came from
  await expect(sandbox.getByRole('status')).toContainText('What if: You need both');
  await expect(page.locator('.plane__from')).toHaveCount(1);
  // nothing saved, the link unchanged
  expect(await stored(page)).toBe(savedBefore);
  await painted(page);
  expect(page.url()).toBe(urlBefore);

  await app.button('Reset to my answers').click();
  await expect(sandbox).toBeHidden();
  expect(await app.readResult()).toEqual(before);

  await app.button('What if…').click();
  await sandbox.getByLabel('Priority').selectOption({ label: 'Both equally' });
  await sandbox.getByLabel('Role of technology').selectOption({ label: 'It is how people reach us' });
  await app.button('Keep these answers').click();
  await expect(sandbox).toBeHidden();
  await expect.poll(() => page.url()).toContain('focus=channel');
  await expect.poll(() => stored(page)).toContain('"focus":"channel"');
  await app.reload();
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'both');
});

test('what-if on the current leadership, which scores nothing, still updates the next step', async ({ app, page }) => {
  await app.open(linkOf({ ...MANUFACTURER, leadership: 'cto' }));
  await expect(page.locator('.next')).toContainText('You have a CTO');
  await app.button('What if…').click();
  await page.getByRole('region', { name: 'What if?' }).getByLabel('Current leadership').selectOption({ label: 'A CIO' });
  await expect(page.locator('.next')).not.toContainText('You have a CTO');
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'cio');
});

test('the result names the roles, the next step and what would change it', async ({ app, page }) => {
  await app.open(linkOf(HOSPITAL));
  await expect(page.getByRole('heading', { name: 'Chief Information Officer (CIO)' })).toBeVisible();
  await expect(page.locator('.next')).toContainText('CIO');
  await expect(page.locator('.next')).not.toContainText('products to build');
  const changes = page.locator('section.block').filter({ has: page.getByRole('heading', { name: 'What would change this' }) });
  await expect(changes.locator('li')).not.toHaveCount(0);
  await expect(page.getByRole('img', { name: /Where the organisation stands/ })).toBeVisible();
});

test('"Copy summary" puts a Markdown summary in reading order on the clipboard', async ({ app, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await app.open(linkOf(MANUFACTURER, 'Acme'));
  const { cio } = await app.readResult();
  await app.button('Copy summary').click();
  await expect(page.locator('.share__status--shown')).toContainText('Summary copied');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  await painted(page);
  expect(md).toMatch(/^# Technology leadership for Acme: You need a CIO\n/);
  const order = ['## Next step', `CIO need: ${cio}/100`, '## Why', '## Chief Information Officer (CIO)', `Answers: ${page.url()}`];
  const at = order.map((part) => md.indexOf(part));
  expect(at.every((i) => i > 0), `every part present: ${at}`).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(md.match(/^- .+: .+ \(.+\) — /gm)).toHaveLength(8);
});

test('print: one clean report with the date, the chart and the changes, the link in a footer, no controls or interface headings', async ({ app, page }) => {
  await app.open(linkOf(MANUFACTURER, 'Acme'));
  await page.emulateMedia({ media: 'print' });
  const visibleControls = await page.locator('button, summary, input, select, textarea').evaluateAll(
    (els) => els.filter((e) => e.getClientRects().length > 0).length,
  );
  expect(visibleControls).toBe(0);
  const header = page.locator('.print-only').first();
  await expect(header).toBeVisible();
  // dated in the page's language, as a reader of the printout would write it
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
  await expect(header).toContainText(`for Acme · ${today}`);
  await expect(page.locator('.print-link')).toContainText('#v=1&size=medium');
  for (const hidden of ['Share or hand over', 'Your answers']) {
    await expect(page.getByRole('heading', { name: hidden })).toBeHidden();
  }
  // the report carries the chart, what would change it and the shared ground (issue 21)
  for (const shown of ['Next step', "Why: every answer's weight", 'The role for this organisation', 'Where you stand', 'What would change this', 'Shared ground to coordinate']) {
    await expect(page.getByRole('heading', { name: shown })).toBeVisible();
  }
  // every reason is printed, not only the first three
  await expect(page.locator('.reasons > li:visible')).toHaveCount(8);
  await page.emulateMedia({ media: 'screen' });
  await expect(header).toBeHidden();
});
