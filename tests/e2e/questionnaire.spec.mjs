// (a) Answering all nine questions by clicking leads to a valid result.
import { test, expect, QUESTIONS, STEPS, CTO_CASE, CIO_CASE } from './app.mjs';

const pick = (fn) => Object.fromEntries(QUESTIONS.map((q, i) => [q.key, fn(q.options, i)]));

test('step 1 is a question with labelled radios, a progress bar and no Next yet', async ({ app, page }) => {
  await app.open();
  await app.expectStep(1);
  await expect(app.button('Next')).toBeHidden();
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
});

for (const [name, answers] of [
  ['first options', pick((o) => o[0])],
  ['last options', pick((o) => o[o.length - 1])],
  ['middle options', pick((o) => o[Math.floor(o.length / 2)])],
]) {
  test(`clicking through all nine (${name}) shows a valid result`, async ({ app }) => {
    await app.open();
    await app.answerAll(answers);
    await app.readResult();
  });
}

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

test('known case: small software startup building its product → cto', async ({ app }) => {
  await app.open();
  await app.answerAll(CTO_CASE);
  const { verdict } = await app.readResult();
  expect(verdict).toBe('cto');
});

test('known case: established manufacturer run on complex internal systems → cio', async ({ app }) => {
  await app.open();
  await app.answerAll(CIO_CASE);
  const { verdict } = await app.readResult();
  expect(verdict).toBe('cio');
});

for (const [name, rest] of [
  ['product-led', CTO_CASE],
  ['operations-led', CIO_CASE],
]) {
  test(`known case: an enterprise (${name}) → both`, async ({ app }) => {
    await app.open();
    await app.answerAll({ ...rest, size: 'enterprise' });
    const { verdict } = await app.readResult();
    expect(verdict).toBe('both');
  });
}

test('"Change answers" goes back to step 1 with the answers kept', async ({ app }) => {
  await app.open();
  await app.answerAll(CTO_CASE);
  await app.readResult();
  await app.button('Change answers').click();
  await app.expectStep(1);
  await expect(app.radio('size', CTO_CASE.size)).toBeChecked();
  await expect(app.button('Next')).toBeVisible();
});
