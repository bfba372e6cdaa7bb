// Share links (docs/formats.md): copying, opening in another browser, partial links, a link that
// differs from the saved answers, hostile links, and the address bar mirroring the answers.
import { test, expect, App, QUESTIONS, STEPS, CTO_CASE, CIO_CASE } from './app.mjs';
import { fragmentOf, firstN } from '../fixtures.mjs';

const hashOf = (page) => new URL(page.url()).hash.replace(/^#/, '');

/** Opens `./#fragment` as a real navigation (a hash-only goto would not reload the app). */
async function openLink(app, fragment) {
  if (app.page.url() !== 'about:blank') await app.page.goto('about:blank');
  await app.open(`./#${fragment}`);
}

/** Collects console errors / page errors of a page that is not the fixture's own page. */
function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Fails on any alert/confirm/prompt: an injected script would typically open one. */
function forbidDialogs(page) {
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  return dialogs;
}

/** From the result, open each answer with Edit and check it is the one chosen. */
async function expectAnswersChecked(app, answers) {
  for (let n = 1; n <= STEPS; n++) {
    const { key, topic } = QUESTIONS[n - 1];
    await app.page.getByRole('button', { name: `Edit: ${topic}` }).click();
    await app.expectStep(n);
    await expect(app.radio(key, answers[key])).toBeChecked();
    await expect(app.page.locator(`input[name="${key}"]:checked`)).toHaveCount(1);
    await app.button('Back to the result').click();
    await expect(app.verdict()).toBeVisible();
  }
}

const notices = (page) => page.locator('section.notices .notice');

// ---------------------------------------------------------------------------------------------
// (a) copy → clipboard → open elsewhere

test('a copied link reproduces answers, result and company name in a fresh browser', async ({
  app,
  page,
  context,
  browser,
  baseURL,
}) => {
  const COMPANY = 'Acme & Söhne (Ltd)';
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await app.open();
  await app.answerAll(CTO_CASE);
  const result = await app.readResult();

  const name = page.getByLabel('Organisation name (optional)');
  await expect(name).toHaveAttribute('maxlength', '80');
  await name.pressSequentially(COMPANY);
  await expect(page).toHaveTitle(`${COMPANY} — CTO or CIO?`);
  const expected = `${baseURL}#${fragmentOf(CTO_CASE, COMPANY)}`;
  await expect.poll(() => page.url(), { message: 'the address bar mirrors the answers' }).toBe(expected);
  await expect(page.getByLabel('Share link', { exact: true })).toHaveValue(expected);

  await app.button('Copy link').click();
  await expect(page.locator('.share__status--shown')).toContainText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(expected);

  // A different browser profile: nothing saved there.
  const other = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const otherPage = await other.newPage();
    const errors = watchErrors(otherPage);
    const otherApp = new App(otherPage);
    await otherApp.open(copied);
    expect(await otherApp.readResult()).toEqual(result);
    await expect(otherPage).toHaveTitle(`${COMPANY} — CTO or CIO?`);
    await expect(otherPage.getByLabel('Organisation name (optional)')).toHaveValue(COMPANY);
    await expect(notices(otherPage)).toHaveCount(0);
    await expectAnswersChecked(otherApp, CTO_CASE);
    expect(errors).toEqual([]);
  } finally {
    await other.close();
  }
});

// ---------------------------------------------------------------------------------------------
// (b) clipboard refused or missing → the link is shown, focused and selected

const FALLBACK = 'This browser did not allow copying: the link is selected below';

async function expectFieldSelected(page, expectedValue) {
  const field = page.getByLabel('Share link', { exact: true });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(expectedValue);
  await expect(field).toBeFocused();
  await expect
    .poll(() => field.evaluate((el) => [el.selectionStart, el.selectionEnd]), {
      message: 'the whole link is selected',
    })
    .toEqual([0, expectedValue.length]);
}

for (const [what, patch] of [
  [
    'refused',
    () => {
      // (the init script also runs in about:blank, where Clipboard does not exist)
      if (typeof Clipboard === 'undefined') return;
      Object.defineProperty(Clipboard.prototype, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    },
  ],
  [
    'missing',
    () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    },
  ],
]) {
  test.describe(`clipboard ${what}`, () => {
    test.beforeEach(async ({ context }) => {
      await context.addInitScript(patch);
    });

    test('on the result: fallback message, link field focused and selected', async ({ app, page, baseURL }) => {
      await openLink(app, fragmentOf(CIO_CASE)); // straight to the result (faster than nine clicks)
      await app.readResult();
      await app.button('Copy link').click();
      await expect(page.locator('.share__status--shown')).toContainText(FALLBACK);
      await expect(page.getByRole('status').filter({ hasText: FALLBACK })).toHaveCount(1);
      await expectFieldSelected(page, `${baseURL}#${fragmentOf(CIO_CASE)}`);
    });

    test('on a question step: the hidden link field appears, focused and selected', async ({
      app,
      page,
      baseURL,
    }) => {
      await app.open();
      await app.answerByClick(1, CTO_CASE.size);
      await app.answerByClick(2, CTO_CASE.stage);
      await expect(page.getByLabel('Share link', { exact: true })).toBeHidden();
      await app.button('Copy link').click();
      await expect(page.locator('.share__status--shown')).toContainText(FALLBACK);
      await expectFieldSelected(page, `${baseURL}#${fragmentOf(firstN(CTO_CASE, 2))}`);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// (c) partial links

test('a partial link opens at the first unanswered step, prefilled', async ({ app, page }) => {
  const partial = firstN(CIO_CASE, 4);
  await openLink(app, fragmentOf(partial));
  await app.expectStep(5);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await expect(notices(page)).toHaveCount(0);
  for (let n = 4; n >= 1; n--) {
    await app.button('Back').click();
    await app.expectStep(n);
    const { key } = QUESTIONS[n - 1];
    await expect(app.radio(key, CIO_CASE[key])).toBeChecked();
  }
});

test('a link that opens on a later question shows it only with its words', async ({ app, page }) => {
  // That question's words come with the rest of the texts, a moment after start. Before this,
  // the step was built at once with empty options, and rebuilt when the words came: a tap (or
  // a test's click) aimed at Back then landed on an option, which answered it.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\/locale-en-all-[0-9a-f]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./#${fragmentOf(firstN(CIO_CASE, 4))}`);
  // The app is up (its outlet is on the page) while the words are held back.
  await expect(page.locator('#app .screen')).toHaveCount(1);
  await page.waitForTimeout(300);
  await expect(page.locator('#app input[type="radio"]')).toHaveCount(0);
  release();
  await app.expectStep(5);
  await expect(page.locator('#screen-heading')).not.toHaveText('');
  await expect(page.locator('#screen-heading')).toBeFocused();
});

test('a link that opens on a later question still shows it when the rest of the texts cannot be fetched', async ({ context, page, pageErrors }) => {
  // Refused to the service worker too, so a later attempt through its cache cannot mend it.
  await context.route(/\/locale-en-all-[0-9a-f]+\.json$/, (route) => route.abort('connectionreset'));
  await page.goto(`./#${fragmentOf(firstN(CIO_CASE, 4))}`);
  await expect(page.locator(`#app input[type="radio"][name="${QUESTIONS[4].key}"]`)).toHaveCount(QUESTIONS[4].options.length);
  // The refused file, as the browser reports it; nothing else.
  const others = pageErrors.filter((e) => !/ERR_CONNECTION_RESET.*locale-en-all-/.test(e));
  expect(others, pageErrors.join('\n')).toEqual([]);
  pageErrors.length = 0;
});

test('a partial link with a gap opens at the gap', async ({ app, page }) => {
  // size and industry given, stage missing → step 2
  await openLink(app, `v=1&industry=${CTO_CASE.industry}&size=${CTO_CASE.size}`);
  await app.expectStep(2);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await app.answerByClick(2, CTO_CASE.stage);
  await expect(app.radio('industry', CTO_CASE.industry)).toBeChecked();
  await app.button('Back').click();
  await app.button('Back').click();
  await app.expectStep(1);
  await expect(app.radio('size', CTO_CASE.size)).toBeChecked();
});

// ---------------------------------------------------------------------------------------------
// (d) a link that differs from the saved answers becomes an assessment of its own (v1.1)

const A = firstN(CTO_CASE, 4); // saved on this device by clicking
const B_COMPANY = 'Beta Corp';
const B = CIO_CASE; // all nine, from a link

test('a link with other answers opens as a new assessment; the saved one stays, and Undo returns to it', async ({ app, page }) => {
  await app.open();
  for (let n = 1; n <= 4; n++) await app.answerByClick(n, A[QUESTIONS[n - 1].key]);
  await expect.poll(() => hashOf(page)).toBe(fragmentOf(A));
  await openLink(app, fragmentOf(B, B_COMPANY));
  const shared = await app.readResult();
  expect(shared.verdict).toBe('cio');
  await expect(page).toHaveTitle(`${B_COMPANY} — CTO or CIO?`);
  const note = notices(page).filter({ hasText: `opened as a new assessment, “${B_COMPANY}”` });
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('Your other assessments are unchanged');

  await app.openList();
  await expect(page.locator('[data-assessment]')).toHaveCount(2);
  await expect(app.entry(B_COMPANY)).toHaveAttribute('data-assessment-verdict', 'cio');
  await expect(app.entry('Unnamed company')).toContainText('4 of 9');

  await note.getByRole('button', { name: 'Undo' }).click();
  await app.expectStep(5);
  await expect.poll(() => hashOf(page)).toBe(fragmentOf(A));
  await app.openList();
  await expect(page.locator('[data-assessment]')).toHaveCount(1);
});

test('a link with the answers of an existing assessment opens that one instead of a copy', async ({ app, page }) => {
  await openLink(app, fragmentOf(B, B_COMPANY));
  await app.readResult();
  await openLink(app, fragmentOf(CTO_CASE, 'Other'));
  await app.readResult();
  await openLink(app, fragmentOf(B, B_COMPANY));
  await expect(page).toHaveTitle(`${B_COMPANY} — CTO or CIO?`);
  await expect(notices(page).filter({ hasText: `already here as “${B_COMPANY}”` })).toHaveCount(1);
  await app.openList();
  await expect(page.locator('[data-assessment]')).toHaveCount(2);
});

// ---------------------------------------------------------------------------------------------
// (e) hostile links

test.describe('hostile links', () => {
  /** @type {string[]} */
  let dialogs;
  test.beforeEach(async ({ page }) => {
    dialogs = forbidDialogs(page);
  });
  test.afterEach(async ({ page }) => {
    expect(dialogs, 'no alert/confirm/prompt was opened').toEqual([]);
    expect(await page.evaluate(() => window.__pwned), 'no injected script ran').toBeUndefined();
  });

  const injected = (page) =>
    page.evaluate(() => document.body.querySelectorAll('img, script, iframe, object, embed').length);

  test('markup in the company name is shown as text', async ({ app, page }) => {
    const evil = `<img src=x onerror="window.__pwned=1;alert(1)"><script>alert(2)</script>`;
    expect(evil.length).toBeLessThanOrEqual(80);
    await openLink(app, fragmentOf(CTO_CASE, evil));
    await app.readResult();
    await expect(page).toHaveTitle(`${evil} — CTO or CIO?`);
    await expect(page.getByLabel('Organisation name (optional)')).toHaveValue(evil);
    expect(await injected(page)).toBe(0);
    await expect(notices(page)).toHaveCount(0);
  });

  test('markup in an option value is named as text and ignored', async ({ app, page }) => {
    const evil = `<img src=x onerror=window.__pwned=3>`;
    await openLink(
      app,
      `v=1&size=${encodeURIComponent(evil)}&stage=${CTO_CASE.stage}&${encodeURIComponent('<b>k</b>')}=1`,
    );
    await app.expectStep(1);
    await expect(notices(page)).toHaveCount(2);
    await expect(notices(page).filter({ hasText: `“${evil}” is not a valid answer` })).toContainText('(size)');
    await expect(notices(page).filter({ hasText: '“<b>k</b>”' })).toHaveCount(1);
    expect(await page.locator('section.notices').evaluate((el) => el.querySelectorAll('img, b, script').length)).toBe(0);
    expect(await injected(page)).toBe(0);
    await app.answerByClick(1, CTO_CASE.size);
    await expect(app.radio('stage', CTO_CASE.stage)).toBeChecked();
  });

  // The codec's reading of each mistake is tested natively (src/core/persist/share.rs); here, what
  // the page makes of them.
  test('a link with mistakes opens: each is named in a notice, the valid answers are used', async ({ app, page }) => {
    await openLink(app, `v=7&colour=blue&size=gigantic&stage=startup&industry=%E0%A4%A&regulation=&indus`);
    await app.expectStep(1); // size was invalid, so it is the first open question
    // The newest is shown; the others fold into one line that opens them.
    await expect(page.locator('details.notices__more summary')).toHaveText('5 earlier messages');
    await page.locator('details.notices__more summary').click();
    for (const said of [
      'made by a newer version of this app (v=7)',
      'The link has a field this app does not know, “colour”; it was ignored.',
      '“gigantic” is not a valid answer for',
      'A value in the link is not properly encoded (near “industry”)',
      'The link gives no value for “regulation”; it was ignored.',
      'Part of the link could not be read (“indus”)',
    ]) {
      await expect(notices(page).filter({ hasText: said })).toHaveCount(1);
    }
    await expect(notices(page)).toHaveCount(6);
    await expect(page.locator('input[name="size"]:checked')).toHaveCount(0);
    await expect.poll(() => hashOf(page)).toBe('v=1&stage=startup');

    // each notice can be dismissed
    await notices(page).filter({ hasText: '“colour”' }).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices(page)).toHaveCount(5);

    await app.answerByClick(1, 'micro');
    await expect(app.radio('stage', 'startup')).toBeChecked();
  });

  test('a 200 KB fragment renders quickly with a bounded number of notices', async ({ app, page }) => {
    const huge = `v=1&${'junk=1&'.repeat(30_000)}size=small`;
    expect(huge.length).toBeGreaterThan(200_000);
    const started = Date.now();
    await page.goto(`./#${huge}`);
    await app.waitForRender();
    expect(Date.now() - started, 'ms to render').toBeLessThan(5_000);
    await app.expectStep(2);
    const count = await notices(page).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(10);
    // newest first: the count of the rest, then (folded) each problem named
    await expect(notices(page).first()).toContainText('more problems');
    await expect(notices(page).last()).toContainText('“junk”');
    await expect.poll(() => hashOf(page), { message: 'the bar holds only the answers' }).toBe('v=1&size=small');
  });

  test('a 200 KB unbroken garbage fragment is quoted briefly', async ({ app, page }) => {
    await page.goto(`./#${'<x'.repeat(100_000)}`);
    await app.waitForRender();
    await app.expectStep(1);
    await expect(notices(page)).toHaveCount(1);
    const text = await notices(page).first().innerText();
    expect(text.length).toBeLessThan(300);
    await expect(notices(page)).toContainText('Part of the link could not be read');
    expect(await injected(page)).toBe(0);
    await expect.poll(() => page.url().includes('#')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// (f) the address bar follows the answers, so a reload never revives a stale link value

test('after editing an imported answer, a reload keeps the edit', async ({ app, page }) => {
  const link = firstN(CIO_CASE, 3); // medium, established, manufacturing
  await openLink(app, fragmentOf(link));
  await app.expectStep(4);
  for (let n = 3; n >= 1; n--) await app.button('Back').click();
  await app.expectStep(1);
  await app.answerByClick(1, 'micro');
  const edited = { ...link, size: 'micro' };
  await expect.poll(() => hashOf(page)).toBe(fragmentOf(edited));

  // a reload keeps the place (step 2) and the edit; nothing is asked
  await app.reload();
  await app.expectStep(2);
  await expect(notices(page)).toHaveCount(0);
  await expect.poll(() => hashOf(page), { message: 'the edit survives the reload' }).toBe(fragmentOf(edited));
  await app.button('Back').click();
  await expect(app.radio('size', 'micro')).toBeChecked();
  await expect(app.radio('size', 'medium')).not.toBeChecked();

  // with every answer cleared, the fragment goes away
  await app.button('Start over').click();
  await app.expectStep(1);
  await expect.poll(() => page.url().includes('#')).toBe(false);
});
