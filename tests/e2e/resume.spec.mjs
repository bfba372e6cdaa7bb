// (b) Answers are saved as they are given; a reload resumes where the person left off.
import { test, expect, QUESTIONS, CTO_CASE } from './app.mjs';

test('reload after four answers resumes at step 5 with the answers kept', async ({ app, page }) => {
  await app.open();
  for (let n = 1; n <= 4; n++) await app.answerByClick(n, CTO_CASE[QUESTIONS[n - 1].key]);
  await app.expectStep(5);
  expect(await page.evaluate(() => localStorage.length), 'something is stored').toBeGreaterThan(0);

  await app.reload();
  await app.expectStep(5);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);

  for (let n = 4; n >= 1; n--) {
    await app.button('Back').click();
    await app.expectStep(n);
    const { key } = QUESTIONS[n - 1];
    await expect(app.radio(key, CTO_CASE[key])).toBeChecked();
    await expect(page.locator(`input[name="${key}"]:checked`)).toHaveCount(1);
    await expect(app.button('Next')).toBeVisible();
  }
});

test('reload with every question answered opens on the result', async ({ app }) => {
  await app.open();
  await app.answerAll(CTO_CASE);
  const before = await app.readResult();
  await app.reload();
  const after = await app.readResult();
  expect(after).toEqual(before);
});

test('a changed answer is saved too', async ({ app }) => {
  await app.open();
  await app.answerByClick(1, 'micro');
  await app.answerByClick(2, 'startup');
  await app.button('Back').click();
  await app.expectStep(2);
  await app.answerByClick(2, 'scaling');
  await app.reload();
  await app.expectStep(3);
  await app.button('Back').click();
  await expect(app.radio('stage', 'scaling')).toBeChecked();
});
