// (e) axe-core finds no WCAG 2.1 A/AA violations, in light and dark schemes.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, formatViolations, CTO_CASE } from './app.mjs';

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

    test('start-over dialog', async ({ app, page }) => {
      await app.open();
      await app.answerByClick(1, CTO_CASE.size);
      await app.button('Start over').click();
      await expect(app.dialog()).toBeVisible();
      await expectNoViolations(page, `start-over dialog (${colorScheme})`);
    });

    test('the load-failure panel', async ({ page, pageErrors }) => {
      await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
      await page.goto('./');
      await expect(page.getByRole('alert')).toContainText('The questionnaire could not load.');
      await expectNoViolations(page, `load-failure panel (${colorScheme})`);
      pageErrors.length = 0; // the refused wasm, as the loader spec checks
    });

    test('result', async ({ app, page }) => {
      await app.open();
      await app.answerAll(CTO_CASE);
      await app.readResult();
      await expectNoViolations(page, `result (${colorScheme})`);
    });
  });
}
