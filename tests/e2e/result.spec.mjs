// The result as a founder uses it: what-if changes in place, a Markdown summary to copy, a clean
// printout.
import { test, expect, CIO_CASE } from './app.mjs';

/** The fragment of a full answer set. */
const linkOf = (answers) => '#v=1&' + Object.entries(answers).map(([k, v]) => `${k}=${v}`).join('&');

// A mid-sized manufacturer with a small build crew: a CIO today, both with a channel focus and
// both priorities.
const MANUFACTURER = { ...CIO_CASE, engineering: 'few' };

test('what-if: changing answers on the result updates verdict and scores in place, and is saved', async ({ app, page }) => {
  await app.open(linkOf(MANUFACTURER));
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'cio');
  const before = await app.readResult();

  await page.getByText('What if?').click();
  await page.locator('.what-if input[name="focus"][value="channel"]').check();
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'cio');
  const whatIfPriority = page.locator('.what-if input[name="priority"][value="both"]');
  await whatIfPriority.check();
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'both');
  // Updated in place: the radio just used keeps focus, and the scores moved.
  await expect(whatIfPriority).toBeFocused();
  const after = await app.readResult();
  expect(after.cto).toBeGreaterThan(before.cto);
  await expect(page.locator('.reasons')).toContainText('Both equally');

  await app.reload();
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'both');
  expect(page.url()).toContain('focus=channel');
});

test('what-if on the current leadership, which scores nothing, still updates the next step', async ({ app, page }) => {
  await app.open(linkOf({ ...MANUFACTURER, leadership: 'cto' }));
  await expect(page.locator('.next')).toContainText('You have a CTO: hire a CIO next');
  await page.getByText('What if?').click();
  await page.locator('.what-if input[name="leadership"][value="cio"]').check();
  await expect(page.locator('.next')).toContainText('Your current setup fits');
  await expect(app.verdict()).toHaveAttribute('data-verdict', 'cio');
});

test('the result names the roles, the next step and what would change it', async ({ app, page }) => {
  await app.open(linkOf({ ...MANUFACTURER, leadership: 'cto' }));
  await expect(page.getByRole('heading', { name: 'Chief Information Officer (CIO)' })).toBeVisible();
  await expect(page.locator('.role')).toContainText('Reports to: The CFO or COO');
  await expect(page.locator('.next')).toContainText('You have a CTO: hire a CIO next');
  await expect(page.getByRole('heading', { name: 'What would change this' })).toBeVisible();
  await expect(page.locator('.roadmap')).toContainText('250–999 people');
});

test('"Copy summary" puts a Markdown summary with verdict, scores and link on the clipboard', async ({ app, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await app.open(linkOf(MANUFACTURER) + '&company=Acme');
  const { cio } = await app.readResult();
  await app.button('Copy summary').click();
  await expect(page.locator('.share__status--shown')).toContainText('Summary copied');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^# Technology leadership for Acme: You need a CIO\n/);
  expect(md).toContain(`CIO need: ${cio}/100`);
  expect(md).toContain('## Next step');
  expect(md).toContain(`Answers: ${page.url()}`);
});

test('print: no buttons or controls, and the report carries the date and the link', async ({ app, page }) => {
  await app.open(linkOf(MANUFACTURER) + '&company=Acme');
  await page.emulateMedia({ media: 'print' });
  const visibleButtons = await page.locator('button, summary, input').evaluateAll(
    (els) => els.filter((e) => e.getClientRects().length > 0).length,
  );
  expect(visibleButtons).toBe(0);
  const header = page.locator('.print-only').first();
  await expect(header).toBeVisible();
  await expect(header).toContainText(/for Acme · \d{4}-\d{2}-\d{2}/);
  await expect(page.locator('.print-link')).toContainText('#v=1&size=medium');
  await page.emulateMedia({ media: 'screen' });
  await expect(header).toBeHidden();
});
