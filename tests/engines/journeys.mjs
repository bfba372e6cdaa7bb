// The main journeys, written once and run in every engine (tests/engines/engines.test.mjs). Each
// starts from an empty origin and speaks only through the page object (./page.mjs); what an
// engine does differently (how storage is made unavailable, whether the offline journey can run)
// comes from its entry in ./engines.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { QUESTIONS, STEPS, CTO_CASE, CIO_CASE, fragmentOf, firstN, pct } from '../fixtures.mjs';

const ARABIC = JSON.parse(readFileSync(new URL('../../locales/ar.json', import.meta.url), 'utf8'));

/** @typedef {import('./page.mjs').Page} Page */
/**
 * @typedef {{
 *   page: Page,
 *   engine: import('./engines.mjs').Engine,
 *   server: { stop(): Promise<void>, start(): Promise<void> },
 *   serveChangedCopy(file: 'wasm' | 'js', change: (bytes: Buffer) => Buffer | null): Promise<{ url: string, stop(): Promise<void> }>,
 *   note(text: string): void,
 * }} Run
 */

export const JOURNEYS = [
  {
    name: 'the first screen paints before the app is fetched; answer every question by clicking and read the result',
    /** @param {Run} run */
    async run({ page }) {
      await page.open();
      const { paint, fetches } = await page.paintAndFetches();
      assert.ok(paint > 0, 'a first contentful paint');
      assert.ok(fetches.length >= 2, `the JS glue and the wasm were fetched (${fetches.map((f) => f.name)})`);
      for (const { name, start } of fetches) assert.ok(start >= paint, `${name} started at ${start} ms, before the paint at ${paint} ms`);
      await page.answerAll(CTO_CASE);
      assert.equal((await page.result()).verdict, 'cto');
    },
  },
  {
    name: 'reload mid-way resumes, Back shows the answers, Start over clears them',
    async run({ page }) {
      await page.open();
      for (let n = 1; n <= 4; n++) await page.answer(n, CIO_CASE[QUESTIONS[n - 1].key]);
      await page.reload();
      await page.expectStep(5);
      assert.equal(await page.checked('regulation'), null);
      for (let n = 5; n > 1; n--) {
        await page.back(n);
        const { key } = QUESTIONS[n - 2];
        assert.equal(await page.checked(key), CIO_CASE[key], `${key} kept`);
      }
      await page.startOver();
      assert.equal(await page.checked('size'), null);
      await page.reload();
      await page.expectStep(1);
      assert.equal(await page.checked('size'), null, 'nothing saved after Start over');
    },
  },
  {
    name: 'a full share link opens on the result; Copy link copies or selects it',
    async run({ page, note }) {
      const company = 'Acme & Söhne (Ltd)';
      await page.open(fragmentOf(CIO_CASE, company));
      const result = await page.result();
      assert.equal(result.verdict, 'cio');
      assert.deepEqual(await page.notices(), []);
      assert.equal(await page.url(), `${page.base}#${fragmentOf(CIO_CASE, company)}`);
      note(`Copy link: ${await page.copyLink()}`);
      // The same answers clicked by hand give the same result.
      await page.forget();
      await page.open();
      await page.answerAll(CIO_CASE);
      assert.deepEqual(await page.result(), result);
    },
  },
  {
    name: 'a partial share link opens at the first open question, prefilled',
    async run({ page }) {
      await page.open(fragmentOf(firstN(CTO_CASE, 4)));
      await page.expectStep(5);
      assert.equal(await page.checked('regulation'), null);
      for (let n = 5; n > 1; n--) {
        await page.back(n);
        const { key } = QUESTIONS[n - 2];
        assert.equal(await page.checked(key), CTO_CASE[key], `${key} from the link`);
      }
    },
  },
  {
    name: 'a hostile link gets its message and runs nothing',
    async run({ page }) {
      const evil = '<img src=x onerror="window.__pwned=1">';
      await page.open(`v=1&colour=blue&size=${encodeURIComponent(evil)}&stage=startup&company=${encodeURIComponent('<script>window.__pwned=2</script>')}`);
      await page.expectStep(1);
      // The messages' code loads on its own: wait for them.
      await page.until(() => document.querySelectorAll('.notices .notice').length >= 2, 'two notices');
      const notices = await page.notices();
      assert.equal(notices.length, 2, notices.join(' | '));
      // Newest first: the second mistake, then (folded) the first.
      assert.match(notices[1], /The link has a field this app does not know, “colour”; it was ignored\./);
      assert.match(notices[0], new RegExp(`“${evil.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” is not a valid answer`));
      assert.deepEqual(await page.injected(), { elements: 0, ran: null });
      await page.answer(1, 'small');
      assert.equal(await page.checked('stage'), 'startup');
    },
  },
  {
    name: 'two windows follow each other’s answers',
    async run({ page }) {
      await page.open();
      const { first, second } = await page.openSecondWindow();
      await page.expectStep(1);
      await page.switchTo(first);
      await page.answer(1, 'large');
      await page.switchTo(second);
      await page.expectChecked('size', 'large');
      // and back the other way, without the first window's older state winning
      await page.answer(1, 'micro');
      await page.switchTo(first);
      await page.back(2);
      await page.expectChecked('size', 'micro');
      await page.switchTo(second);
      await page.closeWindow(first);
    },
  },
  {
    name: 'storage unavailable: the questionnaire completes in memory and says so',
    async run({ page, engine }) {
      await engine.withStorageUnavailable(page, async (page) => {
        await page.open();
        await page.expectNotSavedNotice();
        await page.answerAll(CTO_CASE);
        assert.equal((await page.result()).verdict, 'cto');
        await page.expectNotSavedNotice();
      });
    },
  },
  {
    name: 'keyboard only: Tab, arrows and Enter or Space through all nine questions',
    async run({ page }) {
      await page.open();
      for (let n = 1; n <= STEPS; n++) {
        const { key, options } = QUESTIONS[n - 1];
        const target = options.indexOf(CTO_CASE[key]);
        await page.expectStep(n);
        await page.headingFocused();
        let focused;
        for (let presses = 0; presses < 8 && focused?.name !== key; presses++) {
          await page.press('Tab');
          focused = await page.focused();
        }
        assert.deepEqual([focused?.name, focused?.value], [key, options[0]], `Tab reaches the first option of ${key}`);
        const moves = target === 0 ? ['ArrowDown', 'ArrowUp'] : Array(target).fill('ArrowDown');
        for (const move of moves) await page.press(move);
        focused = await page.focused();
        assert.deepEqual([focused.name, focused.value, focused.checked], [key, options[target], true], 'arrows select without advancing');
        assert.equal((await page.screen()).step, n, 'arrows never advance');
        await page.press(n % 3 === 0 ? 'Space' : 'Enter');
      }
      assert.equal((await page.result()).verdict, 'cto');
    },
  },
  {
    name: 'the layout holds on a phone and on a desktop',
    async run({ page, note }) {
      for (const [width, height] of [
        [360, 740],
        [1280, 900],
      ]) {
        await page.viewport(width, height);
        await page.open(fragmentOf(firstN(CIO_CASE, 2)));
        await page.expectStep(3);
        const step = await page.layout();
        // WebKitGTK's MiniBrowser window cannot be made narrower than 447 CSS px: still a phone's.
        if (step.viewport !== width) note(`asked for a ${width} px wide viewport, got ${step.viewport} px`);
        assert.ok(width > 400 ? step.viewport === width : step.viewport <= 450, `a viewport about ${width} px wide (${step.viewport})`);
        assert.ok(step.scrollWidth <= step.viewport, `no sideways scrolling on a step (${step.scrollWidth} > ${step.viewport})`);
        for (const option of step.options) {
          assert.ok(option.height >= 48, `an option is at least 48 px tall (${option.height})`);
          assert.ok(option.textRight <= option.right + 0.5, 'an option’s text stays inside its card');
        }
        const widths = new Set(step.options.map((o) => Math.round(o.width)));
        assert.equal(widths.size, 1, `options are full-width cards of one width (${[...widths]})`);
        for (const { name, height } of step.buttons) assert.ok(height >= 36, `button "${name}" is at least 36 px tall (${height})`);
        await page.forget();
        await page.open(fragmentOf(CIO_CASE));
        await page.result();
        const result = await page.layout();
        await page.forget();
        assert.ok(result.scrollWidth <= result.viewport, `no sideways scrolling on the result (${result.scrollWidth} > ${result.viewport})`);
      }
    },
  },
  {
    name: 'a first load that fails says why within 5 seconds: missing or tampered files are refused',
    async run({ page, serveChangedCopy }) {
      for (const [file, change, why] of [
        ['wasm', () => null, 'The server could not find part of the app (error 404).'],
        ['wasm', (bytes) => Buffer.concat([bytes, Buffer.from([0])]), 'it failed its integrity check'],
        ['js', (bytes) => Buffer.concat([bytes, Buffer.from('\nwindow.__pwned = 1;\n')]), 'it failed its integrity check'],
      ]) {
        const copy = await serveChangedCopy(file, change);
        try {
          await page.openElsewhere(copy.url);
          const failure = await page.loadFailure();
          assert.ok(failure.ms < 5_000, `shown within 5 s (${failure.ms} ms)`);
          assert.equal(failure.title, 'The questionnaire could not load.');
          assert.ok(failure.why.includes(why), `${file}: “${failure.why}” says “${why}”`);
          assert.deepEqual([failure.retry, failure.loading], [true, 0], 'a Retry button, and no “Loading…” left');
          assert.equal((await page.injected()).ran, null, 'the changed script never ran');
          // The browser reports the refused file; nothing else may go wrong.
          const errors = (await page.takeErrors()).filter((e) => !/cto-or-cio-[0-9a-f]+(_bg\.wasm|\.js)|integrity/i.test(e));
          assert.deepEqual(errors, []);
        } finally {
          await copy.stop();
        }
      }
    },
  },
  {
    name: 'offline: after one visit the app reloads and works with the server gone',
    async run({ page, server }) {
      await page.open();
      await page.answer(1, CTO_CASE.size);
      await page.expectWorkerInControl();
      await server.stop();
      try {
        await page.reload();
        await page.expectStep(2);
        await page.answer(2, CTO_CASE.stage);
        await page.reload();
        await page.expectStep(3);
        await page.back(3);
        assert.equal(await page.checked('stage'), CTO_CASE.stage, 'saved while offline');
      } finally {
        await server.start();
      }
      // Navigation to a server that is gone leaves navigator.onLine true, so no offline notice.
      assert.equal(await page.offlineNoticeShown(), false);
    },
  },
  {
    name: 'a team: three respondents by link, the team view with its disputes, a tie settled, the combined result',
    async run({ page }) {
      const base = { ...CIO_CASE, industry: 'finance', size: 'large', regulation: 'heavy' };
      const answers = [
        ['CEO', { ...base, engineering: 'team' }],
        ['CFO', { ...base, engineering: 'none' }],
        ['COO', { ...base, engineering: 'department' }],
      ];
      for (const [by, a] of answers) {
        await page.open(`${fragmentOf(a, 'Harbor')}&team=t-harbor&by=${pct(by)}`);
        await page.until(() => document.querySelector('[data-team-view="t-harbor"]'), 'the team view');
      }
      // Everyone's answers and the chart follow the first paint.
      await page.until(() => document.querySelectorAll('[data-team-view] [data-respondent]').length === 3, 'the respondents');
      const view = await page.run(() => ({
        respondents: [...document.querySelectorAll('[data-respondent]')].map((r) => r.dataset.respondentVerdict),
        disputed: [...document.querySelectorAll('[data-disputed]')].map((d) => d.dataset.disputed),
        verdicts: document.querySelectorAll('[data-team-view] [data-verdict]').length,
      }));
      assert.equal(view.respondents.length, 3);
      assert.ok(view.respondents.every((v) => ['cto', 'cio', 'both', 'combined'].includes(v)), `${view.respondents}`);
      assert.deepEqual(view.disputed, ['engineering']);
      assert.equal(view.verdicts, 0, 'a three-way tie leaves no combined result yet');
      const settle = await page.until(() => document.querySelector('.team__settle button'), 'a button that settles the tie');
      await settle.click();
      const verdict = await page.until(
        () => document.querySelector('[data-team-view] [data-verdict]')?.dataset.verdict,
        'the combined result',
      );
      assert.ok(['cto', 'cio', 'both', 'combined'].includes(verdict));
      await page.button('Full result and hiring kit');
      assert.equal((await page.result()).verdict, verdict);
    },
  },
  {
    name: 'in Arabic: right to left from the first paint, every question by clicking, the result',
    async run({ page }) {
      await page.open('lang=ar');
      const start = await page.run(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        heading: document.querySelector('h1')?.textContent,
      }));
      assert.deepEqual(start, { lang: 'ar', dir: 'rtl', heading: ARABIC['question.size.title'] });
      for (const [i, { key }] of QUESTIONS.entries()) {
        const label = await page.optionLabel(key, CTO_CASE[key]);
        assert.ok(label, `a label for ${key}`);
        await label.click();
        const next = QUESTIONS[i + 1];
        if (next) {
          await page.until((title) => document.querySelector('h1')?.textContent === title, `the question on ${next.key}`, undefined, ARABIC[`question.${next.key}.title`]);
        }
      }
      const verdict = await page.until(() => document.querySelector('[data-verdict]')?.dataset.verdict, 'the result');
      assert.equal(verdict, 'cto');
      const rtl = await page.run(() => getComputedStyle(document.querySelector('.result')).direction);
      assert.equal(rtl, 'rtl');
    },
  },
];
