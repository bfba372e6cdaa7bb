// (d) "Start over" asks first; Cancel keeps the answers, Clear answers removes them.
import { test, expect, QUESTIONS, CTO_CASE } from './app.mjs';

async function answerFirst(app, count) {
  for (let n = 1; n <= count; n++) await app.answerByClick(n, CTO_CASE[QUESTIONS[n - 1].key]);
}

test('cancel keeps the answers; clearing removes them and shows step 1', async ({ app, page }) => {
  await app.open();
  await answerFirst(app, 3);
  await app.expectStep(4);

  await app.button('Start over').click();
  await expect(app.dialog()).toBeVisible();
  await expect(app.dialog().getByRole('button', { name: 'Clear answers', exact: true })).toBeVisible();
  await app.dialog().getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(app.dialog()).toBeHidden();
  await app.expectStep(4);
  await app.button('Back').click();
  await expect(app.radio('industry', CTO_CASE.industry)).toBeChecked();

  await app.button('Start over').click();
  await expect(app.dialog()).toBeVisible();
  await app.dialog().getByRole('button', { name: 'Clear answers', exact: true }).click();
  await expect(app.dialog()).toBeHidden();
  await app.expectStep(1);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await expect(app.button('Next')).toBeHidden();

  // cleared for good: a reload still starts at step 1 with nothing chosen
  await app.reload();
  await app.expectStep(1);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
});

test('Escape closes the dialog like Cancel', async ({ app }) => {
  await app.open();
  await answerFirst(app, 2);
  await app.button('Start over').click();
  await expect(app.dialog()).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(app.dialog()).toBeHidden();
  await app.expectStep(3);
  await app.button('Back').click();
  await expect(app.radio('stage', CTO_CASE.stage)).toBeChecked();
});

test('start over from the result', async ({ app, page }) => {
  await app.open();
  await answerFirst(app, QUESTIONS.length);
  await app.readResult();
  await app.button('Start over').click();
  await expect(app.dialog()).toBeVisible();
  await app.dialog().getByRole('button', { name: 'Cancel', exact: true }).click();
  await app.readResult();
  await app.button('Start over').click();
  await app.dialog().getByRole('button', { name: 'Clear answers', exact: true }).click();
  await app.expectStep(1);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await app.reload();
  await app.expectStep(1);
});
