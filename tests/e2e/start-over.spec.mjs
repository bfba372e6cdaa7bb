// "Start over" clears the current assessment's answers at once, keeps its name, and offers Undo:
// nothing a person entered is lost without a way back.
import { test, expect, QUESTIONS, CTO_CASE } from './app.mjs';

const KEY = 'cto-or-cio.assessments';
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test('start over clears the answers, and Undo brings every one back', async ({ app, page }) => {
  await app.open();
  for (let n = 1; n <= 3; n++) await app.answerByClick(n, CTO_CASE[QUESTIONS[n - 1].key]);
  await app.button('Start over').click();
  await app.expectStep(1);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await expect.poll(() => page.url().includes('#')).toBe(false);
  const note = app.notices().filter({ hasText: 'were cleared' });
  await expect(note).toHaveCount(1);

  await note.getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveCount(0);
  await expect(app.radio('size', CTO_CASE.size)).toBeChecked();
  await expect.poll(() => stored(page)).toContain(`"industry":"${CTO_CASE.industry}"`);
});

test('start over from the result keeps the company name', async ({ app, page }) => {
  await app.open();
  await app.answerAll(CTO_CASE);
  await app.readResult();
  await page.getByLabel('Organisation name (optional)').fill('Acme');
  await app.button('Start over').click();
  await app.expectStep(1);
  await expect(page).toHaveTitle('Acme — CTO or CIO?');
  await expect(app.notices()).toContainText('The answers for “Acme” were cleared.');
  await app.openList();
  await expect(app.entry('Acme')).toContainText('0 of 9');
});
