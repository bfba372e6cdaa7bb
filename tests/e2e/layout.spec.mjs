// Phones, narrow screens and large text: no screen scrolls sideways at 320 px wide or with text
// at 200 %, and hover styles never stick on touch screens.
import { test, expect, linkOf, CTO_CASE, CIO_CASE } from './app.mjs';

/** Every screen, reached the way a person would. */
const SCREENS = {
  step: async (app) => {
    await app.open();
    await app.expectStep(1);
  },
  welcome: async (app) => {
    await app.open(linkOf({ size: 'small', stage: 'startup' }, 'Zeta'));
    await app.page.goto('./');
    await expect(app.heading()).toHaveText('Welcome back');
  },
  result: async (app) => {
    await app.open(linkOf(CIO_CASE, 'A company with a long name that has to wrap somewhere'));
    await app.readResult();
    await app.button('What if…').click();
  },
  kit: async (app) => {
    await app.open(linkOf({ ...CIO_CASE, size: 'large' }, 'Kit Co'));
    await app.button('Hiring kit').click();
    await expect(app.heading()).toHaveText('Hiring kit for Kit Co');
  },
  assessments: async (app) => {
    await app.open(linkOf(CTO_CASE, 'Alpha'));
    await app.page.goto('about:blank');
    await app.open(linkOf(CIO_CASE, 'Beta'));
    await app.openList();
  },
  compare: async (app) => {
    await SCREENS.assessments(app);
    await app.entry('Alpha').getByLabel('Compare').check();
    await app.entry('Beta').getByLabel('Compare').check();
    await app.button('Compare the 2 marked').click();
    await expect(app.heading()).toHaveText('Side by side');
  },
};

const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [name, reach] of Object.entries(SCREENS)) {
  test.describe(`${name} screen`, () => {
    test.describe('at 320 px', () => {
      test.use({ viewport: { width: 320, height: 640 } });
      test('does not scroll sideways', async ({ app, page }) => {
        await reach(app);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
      });
    });
    test.describe('with text at 200 %', () => {
      test.use({ viewport: { width: 390, height: 844 } });
      test('does not scroll sideways', async ({ app, page }) => {
        await reach(app);
        // As a browser's text size setting does: every rem doubles (the CSP forbids a style tag).
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
        expect(await overflow(page)).toBeLessThanOrEqual(0);
      });
    });
  });
}

// The later screens' stylesheet is not on the first load (index.html keeps it in a <template>):
// a screen that needs it waits for it, so it never shows unstyled, however slowly it comes.
test('a later screen waits for its stylesheet, so it never shows unstyled', async ({ app, page }) => {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/later-[0-9a-f]+\.css$/, async (route) => {
    await held;
    await route.continue();
  });
  const code = page.waitForResponse(/\/split_result_screen-[0-9a-f]+\.wasm$/);
  await page.goto(linkOf(CIO_CASE, 'Styled'));
  await code;
  // The result's code is here; with its stylesheet held back, the result is not shown yet.
  await page.waitForTimeout(700);
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
  release();
  await app.readResult();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('the option under the finger on the next question does not look chosen', async ({ app, page }) => {
    await app.open();
    const card = app.optionLabel('size', 'small');
    const before = await card.evaluate((el) => getComputedStyle(el).borderColor);
    await card.tap();
    await app.expectStep(2);
    // the same spot now holds an option of the next question, not chosen
    const next = app.optionLabel('stage', 'scaling');
    expect(await next.evaluate((el) => getComputedStyle(el).borderColor)).toBe(before);
  });
});
