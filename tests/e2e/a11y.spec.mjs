// axe-core finds no WCAG 2.1 A/AA violations on any screen, in light and dark schemes.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, linkOf, formatViolations, CTO_CASE, CIO_CASE } from './app.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const v = results.violations;
  if (v.length) console.log(`\naxe violations on ${what}:\n${formatViolations(v)}\n`);
  expect(v.length, `axe violations on ${what}:\n${formatViolations(v)}`).toBe(0);
}

for (const colorScheme of ['light', 'dark']) {
  test.describe(`${colorScheme} scheme`, () => {
    // reduced motion: no transition is caught half-way by the contrast check
    test.use({ colorScheme, reducedMotion: 'reduce' });

    test('question step, unanswered and answered', async ({ app, page }) => {
      await app.open();
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      await app.expectStep(1);
      await expectNoViolations(page, `step 1 (${colorScheme})`);
      await app.answerByClick(1, CTO_CASE.size);
      await app.button('Back').click();
      await app.expectStep(1);
      await expect(app.radio('size', CTO_CASE.size)).toBeChecked();
      await expectNoViolations(page, `step 1 answered (${colorScheme})`);
    });

    test('the load-failure panel', async ({ page, pageErrors }) => {
      await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
      await page.goto('./');
      await expect(page.getByRole('alert')).toContainText('The questionnaire could not load.');
      await expectNoViolations(page, `load-failure panel (${colorScheme})`);
      pageErrors.length = 0; // the refused wasm, as the loader spec checks
    });

    test('result with what-if open, and the hiring kit', async ({ app, page }) => {
      await app.open();
      await app.answerAll(CTO_CASE);
      await app.readResult();
      await app.button('What if…').click();
      await page.getByRole('region', { name: 'What if?' }).getByLabel('Size').selectOption({ label: '250–999 people' });
      await expectNoViolations(page, `result with what-if (${colorScheme})`);
      await app.button('Reset to my answers').click();
      await app.button('Hiring kit').click();
      await expect(app.heading()).toHaveText('Hiring kit');
      await expectNoViolations(page, `hiring kit (${colorScheme})`);
    });

    test('welcome back, the list with a notice and the rename dialog, and the comparison', async ({ app, page }) => {
      await app.open(linkOf(CTO_CASE, 'Alpha'));
      await page.goto('about:blank');
      await app.open(linkOf(CIO_CASE, 'Beta'));
      await page.goto('./');
      await expect(app.heading()).toHaveText('Welcome back');
      await expectNoViolations(page, `welcome back (${colorScheme})`);
      await app.openList();
      await app.entry('Alpha').getByRole('button', { name: 'Delete Alpha' }).click();
      await expect(app.notices()).toContainText('was deleted');
      await expectNoViolations(page, `assessments with a notice (${colorScheme})`);
      await app.notices().getByRole('button', { name: 'Undo' }).click();
      await app.entry('Beta').getByRole('button', { name: 'Rename Beta' }).click();
      await expect(app.dialog()).toBeVisible();
      await expectNoViolations(page, `rename dialog (${colorScheme})`);
      await app.dialog().getByRole('button', { name: 'Cancel' }).click();
      await app.entry('Alpha').getByLabel('Compare').check();
      await app.entry('Beta').getByLabel('Compare').check();
      await app.button('Compare the 2 marked').click();
      await expect(app.heading()).toHaveText('Side by side');
      await expectNoViolations(page, `comparison (${colorScheme})`);
    });
  });
}
