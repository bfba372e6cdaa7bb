// Shared fixtures and a small page object for the "CTO or CIO?" app.
//
// DOM contract relied on (the product contract; ids and formats in docs/formats.md):
// - question step: one <h1> (tabindex=-1, focused when the step appears),
//   the text "Step N of 9", a role=progressbar element, native radios
//   name=<question key> value=<option id>, each inside a <label>;
//   choosing an option saves it and moves on; button "Back" from step 2 on;
//   button "Next" only when the step already has an answer.
// - keyboard: arrows move the selection without advancing; Enter/Space on the
//   focused radio advances; digits 1..N choose option N and advance.
// - result: one [data-verdict] (cto|cio|both|combined) with integer
//   data-cto-score / data-cio-score 0..100 (also shown as text), an <h1>,
//   a list of reasons, "Edit: <topic>" for each answer and "Start over".
// - "Start over" clears the answers at once and offers Undo in a notice.
// - a returning visitor (no history entry of the app's own) is greeted: "Welcome back".
import { test as base, expect } from '@playwright/test';

import { QUESTIONS, STEPS, VERDICTS, fragmentOf } from '../fixtures.mjs';

export { QUESTIONS, STEPS, VERDICTS, CTO_CASE, CIO_CASE } from '../fixtures.mjs';

/** A share link, relative to the app, for these answers and company name. */
export const linkOf = (answers, company = '') => `./#${fragmentOf(answers, company)}`;

/** The same dist/ served under a sub-path (second webServer in playwright.config.mjs). */
const PORT = Number(process.env.E2E_PORT || 4173);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT || PORT + 1);
export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}/tools/cto-or-cio/`;

export function question(key) {
  const q = QUESTIONS.find((x) => x.key === key);
  if (!q) throw new Error(`unknown question key ${key}`);
  return q;
}

export class App {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    asAPerson(page);
    this.page = page;
  }

  /** Opens the app (relative to baseURL, or an absolute URL) and waits until it rendered. */
  async open(url = './') {
    await this.page.goto(url);
    await this.waitForRender();
  }

  async reload() {
    await this.page.reload();
    await this.waitForRender();
  }

  /** Waits until the wasm app has mounted: any screen, each of which has its heading. */
  async waitForRender() {
    await expect(this.page.locator('#screen-heading')).toBeVisible({ timeout: 10_000 });
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  radios(key) {
    return this.page.locator(`input[type="radio"][name="${key}"]`);
  }

  radio(key, id) {
    return this.page.locator(`input[type="radio"][name="${key}"][value="${id}"]`);
  }

  /** The <label> that wraps a radio: what a person clicks or taps. */
  optionLabel(key, id) {
    return this.page.locator('label').filter({ has: this.radio(key, id) });
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  verdict() {
    return this.page.locator('[data-verdict]');
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** The notices region's messages. */
  notices() {
    return this.page.locator('section.notices .notice');
  }

  /** Opens the list of assessments from the masthead. */
  async openList() {
    await this.page.getByRole('button', { name: /^Assessments/ }).click();
    await expect(this.heading()).toHaveText('Assessments');
  }

  /** The list's row for the assessment named `name`. */
  entry(name) {
    return this.page.locator('[data-assessment]').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** Asserts that step n (1-based) is shown, with its radio group. */
  async expectStep(n) {
    const { key, options } = QUESTIONS[n - 1];
    await expect(this.page.getByText(`Step ${n} of ${STEPS}`).first()).toBeVisible();
    // every option is a native radio wrapped in a <label>
    await expect(this.page.locator(`label:has(input[type="radio"][name="${key}"])`)).toHaveCount(
      options.length,
    );
    await expect(this.radios(key)).toHaveCount(options.length);
    await expect(this.heading()).toBeVisible(); // strict: exactly one <h1>
    await expect(this.page.getByRole('progressbar').first()).toBeAttached();
    await expect(this.verdict()).toHaveCount(0);
  }

  /** Clicks the option's label on step n and waits for the next screen. */
  async answerByClick(n, id) {
    const { key } = QUESTIONS[n - 1];
    await this.optionLabel(key, id).click();
    if (n < STEPS) await this.expectStep(n + 1);
    else await expect(this.verdict()).toBeVisible();
  }

  /** Answers all nine questions by clicking, starting on step 1. */
  async answerAll(answers) {
    await this.expectStep(1);
    for (let n = 1; n <= STEPS; n++) {
      const { key } = QUESTIONS[n - 1];
      if (!(key in answers)) throw new Error(`no answer for ${key}`);
      await this.answerByClick(n, answers[key]);
    }
  }

  /** Reads and validates the result element; returns { verdict, cto, cio }. */
  async readResult() {
    const v = this.verdict();
    await expect(v).toHaveCount(1);
    await expect(v).toBeVisible();
    const verdict = await v.getAttribute('data-verdict');
    expect(VERDICTS, `data-verdict="${verdict}"`).toContain(verdict);
    const scores = {};
    for (const which of ['cto', 'cio']) {
      const raw = await v.getAttribute(`data-${which}-score`);
      expect(raw, `data-${which}-score`).toMatch(/^\d{1,3}$/);
      const num = Number(raw);
      expect(num).toBeGreaterThanOrEqual(0);
      expect(num).toBeLessThanOrEqual(100);
      scores[which] = num;
    }
    // both scores are also shown to the reader
    const text = await this.page.locator('body').innerText();
    for (const which of ['cto', 'cio']) {
      expect(text, `visible text shows the ${which} score`).toMatch(
        new RegExp(`(^|\\D)${scores[which]}(\\D|$)`),
      );
    }
    await expect(this.heading()).toHaveCount(1);
    await expect(this.heading()).toBeVisible();
    await expect(this.page.getByRole('listitem').first()).toBeVisible(); // reasons
    await expect(this.page.getByRole('button', { name: /^Edit: / })).toHaveCount(9);
    // The result's styles are in the later screens' stylesheet, which it waits for: a score card
    // has its rounded corners (offline and under a sub-path too).
    const corner = await this.page.locator('.score').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    expect(corner, 'the result is styled').not.toBe('0px');
    await expect(this.button('Start over')).toBeVisible();
    return { verdict, cto: scores.cto, cio: scores.cio };
  }

  /** Key of the focused element if it is a radio, else null. */
  async focusedRadio() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === 'radio'
        ? { name: el.name, value: el.value, checked: el.checked }
        : null;
    });
  }
}

/** Formats axe violations into readable text. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/**
 * Waits for the screen on show to be painted: the app writes the session history (the address,
 * the entry Back returns to) just after that paint, and a person sees the screen before they
 * press Back or reload. A page on its way out has nothing left to wait for.
 */
export const painted = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))).catch(() => {});

/** Makes a page's Back, Forward and Reload wait for the screen on show to be painted first. */
function asAPerson(page) {
  if (page.asAPerson) return;
  page.asAPerson = true;
  for (const name of ['goBack', 'goForward', 'reload']) {
    const browserDoes = page[name].bind(page);
    page[name] = async (...args) => {
      await painted(page);
      return browserDoes(...args);
    };
  }
}

/**
 * `test` with:
 * - every page of the test's context pressing Back, Forward and Reload as a person does;
 * - an automatic fixture that fails the test on any console error or page error;
 * - `app`, an App page object for the test's page.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    context.pages().forEach(asAPerson);
    context.on('page', asAPerson);
    await use(context);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') {
          const loc = msg.location();
          errors.push(`console.error: ${msg.text()}${loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
        }
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack || err.message}`));
      page.on('crash', () => errors.push('page crashed'));
      await use(errors);
      expect(errors, 'console errors / page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new App(page));
  },
});

export { expect };
