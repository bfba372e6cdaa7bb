// The visitor's language (contract v1.2, "Languages"): German, Spanish and Arabic beside English,
// chosen by the link, the saved choice or the browser; every screen in it, right to left in
// Arabic; switching keeps the screen, the answers and the focus; links carry `lang` only when
// the person chose one; an Arabic link opened offline after an English visit is Arabic.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, linkOf, formatViolations, CTO_CASE, CIO_CASE, QUESTIONS } from './app.mjs';

const text = (code) => JSON.parse(readFileSync(new URL(`../../locales/${code}.json`, import.meta.url), 'utf8'));
const EN = text('en');
const one = (value) => (typeof value === 'string' ? value : value.other);

/** Fills a text's placeholders, as the app does (numbers as the language writes them). */
const fill = (template, args, code) =>
  template.replace(/\{(\w+)\}/g, (_, name) =>
    typeof args[name] === 'number'
      ? new Intl.NumberFormat(code === 'ar' ? 'ar-u-nu-arab' : code).format(args[name])
      : args[name],
  );

const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const code of ['de', 'es', 'ar']) {
  const t = text(code);
  test.describe(`in ${code}`, () => {
    test.use({ locale: code === 'ar' ? 'ar-SA' : `${code}-${code.toUpperCase()}` });

    test('the whole journey by clicking, then the result, the kit, the list and the team view', async ({ app, page }) => {
      await app.open();
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
      await expect(app.heading()).toHaveText(t['question.size.title']);
      await expect(page.getByText(fill(t['step.progress'], { step: 1, total: 9 }, code))).toBeVisible();
      for (const [i, { key }] of QUESTIONS.entries()) {
        await app.optionLabel(key, CTO_CASE[key]).click();
        if (i < 8) await expect(app.heading()).toHaveText(t[`question.${QUESTIONS[i + 1].key}.title`]);
      }
      await expect(app.verdict()).toHaveAttribute('data-verdict', 'cto');
      await expect(page.getByRole('heading', { name: t['result.answers_title'] })).toBeVisible();
      // No text is missing: every heading has words, and none is an English text whose
      // translation differs (a role's title may rightly stay as it is in English).
      const english = Object.entries(EN)
        .filter(([k, v]) => typeof v === 'string' && t[k] !== v)
        .map(([, v]) => v);
      for (const h of await page.getByRole('heading').allInnerTexts()) {
        expect(h.trim().length).toBeGreaterThan(0);
        expect(english).not.toContain(h.trim());
      }
      await page.getByRole('button', { name: t['result.kit'], exact: true }).click();
      await expect(app.heading()).toContainText(t['kit.title']);
      await page.getByRole('button', { name: new RegExp(`^${t['app.assessments']}`) }).click();
      await expect(app.heading()).toHaveText(t['list.title']);
      await page.goto(`./#v=1&team=t-x&by=CFO&company=X&${new URLSearchParams(CIO_CASE)}`);
      await expect(page.locator('[data-team-view="t-x"]')).toBeVisible();
      await expect(page.getByRole('heading', { name: t['team.answers_title'] })).toBeVisible();
    });

    for (const colorScheme of ['light', 'dark']) {
      test(`no accessibility violations on the step and the result (${colorScheme})`, async ({ app, page }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        for (const url of ['./', linkOf(CIO_CASE, 'Acme')]) {
          await app.open(url);
          if (url !== './') await app.verdict().waitFor();
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(results.violations.length, formatViolations(results.violations)).toBe(0);
        }
      });
    }
  });
}

for (const code of ['de', 'ar']) {
  test.describe(`in ${code}, on a phone`, () => {
    test.use({ locale: code === 'ar' ? 'ar-EG' : 'de-DE' });
    for (const [what, viewport, zoom] of [
      ['at 320 px', { width: 320, height: 640 }, false],
      ['with text at 200 %', { width: 390, height: 844 }, true],
    ]) {
      test(`nothing scrolls sideways ${what}`, async ({ app, page }) => {
        await page.setViewportSize(viewport);
        for (const url of ['./', linkOf(CIO_CASE, 'Ein Unternehmen mit einem sehr langen Namen')]) {
          await app.open(url);
          if (url !== './') {
            await app.verdict().waitFor();
            await page.getByRole('button', { name: text(code)['result.kit'], exact: true }).click();
          }
          if (zoom) await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
          expect(await overflow(page)).toBeLessThanOrEqual(0);
        }
      });
    }
  });
}

test.describe('right to left', () => {
  test.use({ locale: 'ar' });
  test('Arabic mirrors the page: Back stands on the right of Next, reading order', async ({ app, page }) => {
    const ar = text('ar');
    await app.open();
    await app.optionLabel('size', 'small').click();
    await expect(app.heading()).toHaveText(ar['question.stage.title']);
    await app.optionLabel('stage', 'startup').click();
    await expect(app.heading()).toHaveText(ar['question.industry.title']);
    await page.getByRole('button', { name: ar['step.back'], exact: true }).click();
    await expect(app.heading()).toHaveText(ar['question.stage.title']);
    const back = await page.getByRole('button', { name: ar['step.back'], exact: true }).boundingBox();
    const next = await page.getByRole('button', { name: ar['step.next'], exact: true }).boundingBox();
    expect(back.x).toBeGreaterThan(next.x);
    // The option text starts on the right.
    const label = await app.optionLabel('stage', 'startup').boundingBox();
    const radio = await app.radio('stage', 'startup').boundingBox();
    expect(radio.x).toBeGreaterThan(label.x + label.width / 2);
  });
});

test('switching language mid-questionnaire keeps the screen, the answers and the focus', async ({ app, page }) => {
  await app.open();
  await app.answerByClick(1, 'medium');
  await app.answerByClick(2, 'scaling');
  await app.answerByClick(3, 'retail');
  const menu = page.getByLabel('Language');
  await menu.focus();
  await menu.selectOption('de');
  const de = text('de');
  await expect(app.heading()).toHaveText(de['question.focus.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByText(fill(de['step.progress'], { step: 4, total: 9 }, 'de'))).toBeVisible();
  await expect(page.locator('#lang-menu')).toBeFocused();
  await page.getByRole('button', { name: de['step.back'] }).click();
  await expect(app.radio('industry', 'retail')).toBeChecked();
  // The choice is kept: a reload stays in German, and a link copied now carries it.
  await app.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(await page.evaluate(() => localStorage.getItem('cto-or-cio.lang'))).toBe('de');
});

test('a copied link carries lang only when the person chose a language', async ({ app, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await app.open(linkOf(CTO_CASE, 'Alpha'));
  await app.button('Copy link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('lang=');
  await page.getByLabel('Language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: text('es')['copy.link.button'], exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('&lang=es');
});

test('a link with lang=ar opened offline after a visit in English shows Arabic', async ({ app, page, context }) => {
  await app.open();
  await app.expectStep(1);
  // Kept for offline use: the service worker has every file, every language's texts included.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 }).catch(async () => {
    await page.reload();
  });
  await context.setOffline(true);
  await page.goto('./#v=1&size=small&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(app.heading()).toHaveText(text('ar')['question.stage.title']);
  await context.setOffline(false);
});

test("the page's own texts stay out of sight until they are written in the visitor's language", async ({ app, page }) => {
  // The parser may paint a frame before it reaches boot/texts.js at the end of <body>: served
  // without that script, an Arabic visit must not show the English of index.html (a frame of it,
  // then the Arabic, moved the page: a layout shift in one load out of three).
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script>(?:(?!<\/script>)[\s\S])*<\/script>\s*<\/body>/, '</body>');
      await route.fulfill({ response, body });
    },
  );
  await page.goto('./#lang=ar');
  await expect(page.locator('html')).toHaveAttribute('data-texts', 'pending');
  await expect(page.locator('.intro__lead')).toBeHidden();
  // (By way of a blank page: from one address to another that differs only after `#`, a
  // browser does not load the page again.)
  await page.goto('about:blank');
  await page.goto('./#lang=en');
  await expect(page.locator('html')).not.toHaveAttribute('data-texts', /./);
  await expect(page.locator('.intro__lead')).toBeVisible();
  // With the script, as served: written, and shown.
  await page.unrouteAll();
  await page.goto('about:blank');
  await app.open('./#lang=ar');
  await expect(page.locator('.intro__lead')).toHaveText(text('ar')['boot.intro_lead']);
  await expect(page.locator('html')).not.toHaveAttribute('data-texts', /./);
  await expect(page.locator('.intro__lead')).toBeVisible();
});
