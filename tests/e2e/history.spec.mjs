// Each step is a browser history entry (contract v1.1): Back and Forward, by button, gesture or
// key, move between steps and the result and never leave the app mid-questionnaire; a returning
// visitor is greeted.
import { test, expect, QUESTIONS, CTO_CASE, App, painted } from './app.mjs';

test('browser Back and Forward walk the steps and the result, answers kept', async ({ app, page }) => {
  await app.open();
  await app.answerAll(CTO_CASE);
  await app.readResult();
  await page.goBack();
  await app.expectStep(9);
  await expect(app.radio('leadership', CTO_CASE.leadership)).toBeChecked();
  await page.goBack();
  await page.goBack();
  await app.expectStep(7);
  await expect(app.radio('engineering', CTO_CASE.engineering)).toBeChecked();
  await page.goForward();
  await app.expectStep(8);
  await page.goForward();
  await page.goForward();
  expect((await app.readResult()).verdict).toBe('cto');
  // the address always carries every answer
  await painted(page);
  expect(page.url()).toContain('leadership=none');
});

test('the Back button and the browser agree, and Enter continues after Back', async ({ app, page }) => {
  await app.open();
  for (let n = 1; n <= 3; n++) await app.answerByClick(n, CTO_CASE[QUESTIONS[n - 1].key]);
  await app.button('Back').click();
  await app.expectStep(3);
  await expect(app.heading()).toBeFocused();
  await page.keyboard.press('Enter');
  await app.expectStep(4);
  // the browser's Back then goes to step 3, as the history holds one entry per step
  await page.goBack();
  await app.expectStep(3);
  await page.goBack();
  await app.expectStep(2);
  await expect(app.radio('stage', CTO_CASE.stage)).toBeChecked();
});

test('a returning visitor is greeted, continues where they left off, and Back returns to the greeting', async ({ app, page, context }) => {
  await app.open();
  for (let n = 1; n <= 4; n++) await app.answerByClick(n, CTO_CASE[QUESTIONS[n - 1].key]);
  const later = new App(await context.newPage());
  await later.page.goto('./');
  await expect(later.heading()).toHaveText('Welcome back');
  await expect(later.page.getByText('You have answered 4 of 9 questions about your organisation.')).toBeVisible();
  await later.button('Continue at step 5').click();
  await later.expectStep(5);
  await later.page.goBack();
  await expect(later.heading()).toHaveText('Welcome back');
  await later.button('Start a new assessment').click();
  await later.expectStep(1);
  await expect(later.page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await later.page.close();
});

test('a chosen option shows as chosen for a moment before the next question', async ({ app, page }) => {
  await app.open();
  // What the page shows one painted frame after the choice, recorded in the page itself: a
  // check from the test runner could arrive after the wait is over on a loaded machine.
  await page.evaluate(() => {
    window.afterChoice = new Promise((resolve) => {
      document.addEventListener('change', (e) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({
          checked: e.target.checked && e.target.isConnected,
          step: document.body.innerText.includes('Step 1 of 9'),
        })));
      }, { once: true });
    });
  });
  await app.optionLabel('size', 'small').click();
  expect(await page.evaluate(() => window.afterChoice)).toEqual({ checked: true, step: true });
  await app.expectStep(2);
});
