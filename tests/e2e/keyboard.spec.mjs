// (c) The whole questionnaire works with the keyboard alone.
import { test, expect, QUESTIONS, STEPS, CTO_CASE } from './app.mjs';

/** Presses Tab until a radio of the group `key` has focus (at most `max` presses). */
async function tabToGroup(app, key, max = 8) {
  for (let i = 0; i < max; i++) {
    await app.page.keyboard.press('Tab');
    const f = await app.focusedRadio();
    if (f && f.name === key) return f;
  }
  throw new Error(`Tab did not reach the "${key}" radio group within ${max} presses`);
}

test('keyboard only: Tab, arrows and Enter/Space through all nine questions', async ({ app, page }) => {
  await app.open();
  for (let n = 1; n <= STEPS; n++) {
    const { key, options } = QUESTIONS[n - 1];
    const target = options.indexOf(CTO_CASE[key]);
    await app.expectStep(n);
    // focus is on the question heading when the step appears
    await expect(app.heading()).toBeFocused();
    await expect(app.heading()).toHaveAttribute('tabindex', '-1');

    const first = await tabToGroup(app, key);
    expect(first.value, 'Tab lands on the first option of an unanswered group').toBe(options[0]);

    // Arrow keys move the selection but never advance. For target 0 go down
    // and back up, so that every step exercises the arrows.
    const moves = target === 0 ? ['ArrowDown', 'ArrowUp'] : Array(target).fill('ArrowDown');
    for (const k of moves) {
      await page.keyboard.press(k);
      // give the app a moment to (wrongly) react before checking it did not
      await page.waitForTimeout(50);
      await app.expectStep(n);
    }
    const f = await app.focusedRadio();
    expect(f, 'focus stays on a radio of the group').toMatchObject({ name: key, value: options[target] });
    await expect(app.radio(key, options[target])).toBeChecked();

    // Enter on most steps, Space on some
    await page.keyboard.press(n % 3 === 0 ? 'Space' : 'Enter');
    if (n < STEPS) await app.expectStep(n + 1);
  }
  const { verdict } = await app.readResult();
  expect(verdict).toBe('cto');
});

test('number keys choose option N and advance', async ({ app, page }) => {
  await app.open();
  for (let n = 1; n <= STEPS; n++) {
    const { key, options } = QUESTIONS[n - 1];
    await app.expectStep(n);
    // choose the option number (n mod options) + 1
    const index = n % options.length;
    await page.keyboard.press(String(index + 1));
    if (n < STEPS) {
      await app.expectStep(n + 1);
      await app.button('Back').focus();
      await page.keyboard.press('Enter');
      await app.expectStep(n);
      await expect(app.radio(key, options[index])).toBeChecked();
      await app.button('Next').focus();
      await page.keyboard.press('Enter');
      await app.expectStep(n + 1);
    }
  }
  await app.readResult();
});

test('a number key beyond the option count does nothing', async ({ app, page }) => {
  await app.open();
  await app.expectStep(1);
  await page.keyboard.press('9'); // size has 5 options
  await page.waitForTimeout(100);
  await app.expectStep(1);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
});
