// (a) Answering all nine questions by clicking leads to a valid result.
import { test, expect, QUESTIONS, STEPS, CTO_CASE } from './app.mjs';

test('step 1 is a question with labelled radios, a progress bar and no Next yet', async ({ app, page }) => {
  await app.open();
  await app.expectStep(1);
  await expect(app.button('Next')).toBeHidden();
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
});

// Which verdict each set of answers gets is tested natively over all 194,400 of them
// (src/core/verdict, tests/consistency.rs); here, what only a browser shows: the clicks reach the
// result, and the result carries the contract's attributes.
test('clicking through all nine shows the result for those answers', async ({ app }) => {
  await app.open();
  await app.answerAll(CTO_CASE);
  const { verdict } = await app.readResult();
  expect(verdict).toBe('cto');
});

test('every step from 2 on has Back, and Next appears once the step is answered', async ({ app }) => {
  await app.open();
  for (let n = 1; n < STEPS; n++) {
    await app.answerByClick(n, QUESTIONS[n - 1].options[0]);
    await expect(app.button('Back')).toBeVisible();
    await expect(app.button('Next')).toBeHidden();
  }
  await app.button('Back').click();
  await app.expectStep(STEPS - 1);
  await expect(app.button('Next')).toBeVisible();
  await app.button('Next').click();
  await app.expectStep(STEPS);
});

test('Edit opens one question with its answer chosen, and answering returns to the result', async ({ app, page }) => {
  await app.open();
  await app.answerAll(CTO_CASE);
  const before = await app.readResult();
  await page.getByRole('button', { name: 'Edit: Sector' }).click();
  await app.expectStep(3);
  await expect(app.radio('industry', CTO_CASE.industry)).toBeChecked();
  await expect(app.button('Back to the result')).toBeVisible();
  await app.optionLabel('industry', 'healthcare').click();
  const after = await app.readResult();
  expect(after.cio).toBeGreaterThan(before.cio);
  await expect(page.locator('.answers')).toContainText('Healthcare and life sciences');
  // Unchanged, "Back to the result" returns without a change.
  await page.getByRole('button', { name: 'Edit: Stage' }).click();
  await app.expectStep(2);
  await app.button('Back to the result').click();
  expect(await app.readResult()).toEqual(after);
});
