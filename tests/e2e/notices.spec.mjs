// Notices belong to what they are about: a notice about an assessment goes when another is on
// screen; several fold into one line with their count; an error and a warning look different
// from a confirmation, in words and marks as well as colour.
import { test, expect, linkOf, CTO_CASE, CIO_CASE } from './app.mjs';

test('a notice about an assessment goes when another assessment is on screen', async ({ app, page }) => {
  await app.open(linkOf(CTO_CASE, 'Alpha'));
  await app.readResult();
  // A second link: it becomes an assessment of its own (a notice with Undo), and one of its
  // values is unknown (a warning), both about Beta.
  await page.goto('about:blank');
  await app.open(`${linkOf(CIO_CASE, 'Beta')}&focus=bogus`);
  await expect(app.notices()).not.toHaveCount(0);
  await expect(page.locator('section.notices')).toContainText('“bogus”');
  // On the list, Beta is still the assessment in hand: its notices stay.
  await app.openList();
  await expect(page.locator('section.notices')).toContainText('“bogus”');
  // Alpha opened: nothing about Beta is left above it, not even its Undo.
  await app.entry('Alpha').getByRole('button', { name: 'Alpha', exact: true }).click();
  await app.readResult();
  await expect(page.locator('section.notices')).not.toContainText('bogus');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('several notices fold into one line with their count; kinds differ in words and marks', async ({ app, page }) => {
  await app.open(linkOf(CTO_CASE, 'Alpha'));
  await app.readResult();
  await page.goto('about:blank');
  await app.open(`${linkOf(CIO_CASE, 'Beta')}&focus=bogus&size=bogus`);
  const region = page.locator('section.notices');
  // The newest in full; the rest behind one line that counts them.
  await expect(region.locator(':scope > .notice')).toHaveCount(1);
  const more = region.locator('details.notices__more');
  await expect(more.locator('summary')).toHaveText(/^\d+ earlier messages?|^One earlier message$/);
  await expect(more.locator('.notice')).toHaveCount(await more.locator('.notice').count());
  await more.locator('summary').click();
  await expect(more.locator('.notice').first()).toBeVisible();
  // A warning and a confirmation: each says which it is, with its own mark and border.
  const warning = region.locator('[data-notice-kind="warning"]').first();
  const done = region.locator('[data-notice-kind="done"]').first();
  await expect(warning).toContainText('Warning:');
  await expect(done).toContainText('Done:');
  const look = (l) =>
    l.evaluate((el) => {
      const mark = getComputedStyle(el.querySelector('.notice__kind'), '::before');
      return { mark: mark.content, border: getComputedStyle(el).borderInlineStartStyle };
    });
  const [w, d] = [await look(warning), await look(done)];
  expect(w.mark).not.toBe(d.mark);
  expect(w.border).not.toBe(d.border);
});
