// The one page object of the cross-engine journeys: every detail of the UI they rely on (texts,
// selectors, how to tell that a screen has rendered) is here, so a change of the UI is adapted in
// this file alone. It drives the page through WebDriver (selenium-webdriver), the same way in every
// engine; tests/engines/engines.mjs says what differs between engines.
//
// Contract hooks that stay (the product contract, docs/formats.md): radios input[type=radio][name=<key>][value=<id>]
// inside a <label>; one [data-verdict] with data-cto-score / data-cio-score on the result; the text
// "Step N of 9".
import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import { QUESTIONS, STEPS, VERDICTS } from '../fixtures.mjs';

/** How long a screen may take to appear after an action (loaded machine, three browsers). */
const SCREEN_MS = 10_000;

const TEXT = {
  notSaved: 'answers will be lost when you close the tab',
  offline: 'You are offline. Everything still works',
  copied: 'Link copied.',
  copyRefused: 'This browser did not allow copying: the link is selected below',
};

/**
 * Runs in the page: which screen is shown ({ step }, { verdict } or { heading } for any other),
 * or null while loading. Every screen of the app has its heading as #screen-heading.
 */
function screenInPage() {
  const verdict = document.querySelector('[data-verdict]');
  if (verdict) return { verdict: verdict.getAttribute('data-verdict') };
  const match = /Step (\d+) of (\d+)/.exec(document.body.innerText);
  if (match) return { step: Number(match[1]), of: Number(match[2]) };
  const heading = document.getElementById('screen-heading');
  return heading ? { heading: heading.textContent } : null;
}

export class Page {
  /**
   * @param {import('selenium-webdriver').WebDriver} driver
   * @param {string} base the app's address, ending in '/'
   * @param {() => Promise<string[]>} harvest returns (and forgets) the errors the engine saw
   */
  constructor(driver, base, harvest) {
    this.driver = driver;
    this.base = base;
    this.harvest = harvest;
    this.errors = [];
  }

  run(fn, ...args) {
    return this.driver.executeScript(fn, ...args);
  }

  /** Polls `fn` in the page until it returns something truthy. */
  async until(fn, what, timeout = SCREEN_MS, ...args) {
    let last;
    try {
      // A script that meets a page being replaced (a reload, a navigation) fails with
      // NoSuchFrameError in WebKit: that page is on its way out, so poll again.
      const poll = async () => {
        try {
          return (last = await this.run(fn, ...args));
        } catch (error) {
          if (error?.name === 'NoSuchFrameError') return null;
          throw error;
        }
      };
      return await this.driver.wait(poll, timeout, '', 25);
    } catch (error) {
      const shown = await this.run(() => document.body.innerText.slice(0, 400)).catch(() => '?');
      throw new Error(`${what}: not within ${timeout} ms (last: ${JSON.stringify(last)}; page: ${JSON.stringify(shown)})`, {
        cause: error,
      });
    }
  }

  /** Keeps what the engine reported so far (a navigation may lose it). */
  async collect() {
    this.errors.push(...(await this.harvest()));
  }

  /** Fails with everything the engine reported since the last call. */
  async expectNoErrors() {
    await this.collect();
    const errors = this.errors.splice(0);
    assert.deepEqual(errors, [], 'no page errors and no console errors');
  }

  // --- navigation ---------------------------------------------------------------------------

  /** Opens the app at `fragment` (a share link's part after '#', or none) as a new document. */
  async open(fragment = '') {
    await this.collect();
    // From about:blank, so that a link that only differs in its fragment still loads the page.
    await this.driver.get('about:blank');
    await this.driver.get(fragment ? `${this.base}#${fragment}` : this.base);
    return this.waitForApp();
  }

  /**
   * Reloads as a person does. Not WebDriver's Refresh: Firefox's (Marionette) reloads past the
   * service worker, as a forced reload would, which is not what the offline journey is about.
   */
  async reload() {
    await this.collect();
    await this.painted();
    await this.run(() => {
      window.__beforeReload = true;
      location.reload();
    });
    await this.until(() => document.readyState !== 'loading' && !window.__beforeReload, 'the reloaded page');
    return this.waitForApp();
  }

  /** Forgets everything this origin stored (storage may be unavailable: then there is nothing). */
  async forget() {
    await this.collect();
    await this.driver.get(this.base);
    // Loaded in full first: leaving while the app's files are on their way makes Firefox report
    // each cut-off download as a failed integrity check, or as an error of the service worker
    // that answers it. The rest of the texts and the stored-data reader are asked for in the
    // tasks just after the first screen, so they can still be on their way when it shows.
    await this.waitForApp();
    await this.until(
      () => {
        const names = performance.getEntriesByType('resource').map((e) => e.name);
        return names.some((n) => /\/locale-[a-z]+-all-/.test(n)) && names.some((n) => /\/split_stored_json-/.test(n));
      },
      'the rest of the texts and the stored-data reader',
    );
    await this.run(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        try {
          window[name]?.clear();
        } catch {
          // unavailable storage holds nothing
        }
      }
    });
  }

  /** Opens `url`, another address than the app's own (a broken copy of it). */
  async openElsewhere(url) {
    await this.collect();
    await this.driver.get('about:blank');
    await this.driver.get(url);
  }

  /**
   * Waits for the loader's failure panel; returns { ms, title, why, retry } with the time it
   * took from the navigation's start.
   */
  async loadFailure() {
    const panel = await this.until(() => {
      const panel = document.getElementById('boot-error');
      if (!panel || panel.hidden) return null;
      const retry = [...panel.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Retry');
      return {
        ms: Math.round(performance.now()),
        title: panel.firstElementChild.textContent,
        why: document.getElementById('boot-why').textContent,
        retry: !!retry && retry.getClientRects().length > 0,
        loading: document.getElementById('boot-status')?.getClientRects().length ?? 0,
      };
    }, 'the load-failure panel');
    return panel;
  }

  /** Returns and forgets what the engine reported so far (for journeys that expect errors). */
  async takeErrors() {
    await this.collect();
    return this.errors.splice(0);
  }

  /**
   * When the first contentful paint happened and when the app's JS and wasm began to download
   * (ms since navigation). The test server's injected recorder is not the app's.
   */
  paintAndFetches() {
    return this.run(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      fetches: performance
        .getEntriesByType('resource')
        .filter((e) => /\.(wasm|js)$/.test(new URL(e.name).pathname) && !e.name.includes('/__test/'))
        .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
    }));
  }

  /** Waits until the wasm app has replaced the loading screen; returns the screen. */
  waitForApp() {
    return this.until(screenInPage, 'the app rendered a screen');
  }

  screen() {
    return this.run(screenInPage);
  }

  // --- the question steps ---------------------------------------------------------------------

  /** Waits for step n (1-based) with all its radios, each inside a <label>. */
  async expectStep(n) {
    const { key, options } = QUESTIONS[n - 1];
    await this.until(
      (n, key, count) => {
        const match = /Step (\d+) of (\d+)/.exec(document.body.innerText);
        const radios = [...document.querySelectorAll(`input[type="radio"][name="${key}"]`)];
        return (
          match && Number(match[1]) === n &&
          radios.length === count && radios.every((r) => r.closest('label')) &&
          document.querySelectorAll('h1').length === 1 && !document.querySelector('[data-verdict]')
        );
      },
      `step ${n} (${key})`,
      SCREEN_MS,
      n,
      key,
      options.length,
    );
    const of = (await this.screen()).of;
    assert.equal(of, STEPS, `"Step ${n} of ${STEPS}"`);
  }

  /** The <label> that wraps a radio: what a person clicks or taps. */
  optionLabel(key, id) {
    return this.run(
      (key, id) => document.querySelector(`input[type="radio"][name="${key}"][value="${id}"]`)?.closest('label'),
      key,
      id,
    );
  }

  /** Clicks option `id` on step n and waits for the next screen. */
  async answer(n, id) {
    const { key } = QUESTIONS[n - 1];
    const label = await this.optionLabel(key, id);
    assert.ok(label, `a label for ${key}=${id}`);
    await label.click();
    if (n < STEPS) await this.expectStep(n + 1);
    else await this.until(() => !!document.querySelector('[data-verdict]'), 'the result');
  }

  /** Answers every question by clicking, from step 1. */
  async answerAll(answers) {
    await this.expectStep(1);
    for (let n = 1; n <= STEPS; n++) await this.answer(n, answers[QUESTIONS[n - 1].key]);
  }

  /** The value of the checked radio of `key`, or null. */
  checked(key) {
    return this.run((key) => document.querySelector(`input[type="radio"][name="${key}"]:checked`)?.value ?? null, key);
  }

  /** Clicks the visible button named `name`. */
  async button(name) {
    const button = await this.until(
      (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name && b.getClientRects().length > 0),
      `a visible "${name}" button`,
      SCREEN_MS,
      name,
    );
    await button.click();
  }

  /** Goes Back from step n and waits for step n - 1. */
  async back(n) {
    await this.button('Back');
    await this.expectStep(n - 1);
  }

  /** "Start over" (which offers Undo in a notice); waits for step 1. */
  async startOver() {
    await this.button('Start over');
    await this.expectStep(1);
    await this.until(() => document.querySelector('.notices')?.textContent.includes('were cleared'), 'the Undo notice');
  }

  // --- windows --------------------------------------------------------------------------------

  /** Opens the app in a second window (same browser, same storage); returns its handle. */
  async openSecondWindow() {
    const first = await this.driver.getWindowHandle();
    await this.collect();
    await this.driver.switchTo().newWindow('window');
    await this.driver.get(this.base);
    await this.waitForApp();
    return { first, second: await this.driver.getWindowHandle() };
  }

  /** Makes `handle` the window the next commands act on (errors of the one left are kept). */
  async switchTo(handle) {
    await this.collect();
    await this.driver.switchTo().window(handle);
  }

  /** Closes the current window and goes back to `handle`. */
  async closeWindow(handle) {
    await this.collect();
    await this.driver.close();
    await this.driver.switchTo().window(handle);
  }

  /** Waits until the radio `key`=`id` is checked (another window's answer arriving). */
  expectChecked(key, id) {
    return this.until(
      (key, id) => document.querySelector(`input[type="radio"][name="${key}"][value="${id}"]`)?.checked,
      `${key}=${id} checked`,
      SCREEN_MS,
      key,
      id,
    );
  }

  // --- keyboard -------------------------------------------------------------------------------

  /** Presses a key: 'Tab', 'ArrowDown', 'ArrowUp', 'Enter', 'Space' or a character. */
  press(name) {
    const key = { Tab: Key.TAB, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Enter: Key.ENTER, Space: Key.SPACE }[name] ?? name;
    return this.driver.actions().sendKeys(key).perform();
  }

  /** The focused element: { tag, name, value, checked, id }. */
  focused() {
    return this.run(() => {
      const el = document.activeElement;
      return el && { tag: el.tagName.toLowerCase(), name: el.name ?? null, value: el.value ?? null, checked: !!el.checked, id: el.id };
    });
  }

  /** Waits until the screen's heading has the focus (it gets it when a screen appears). */
  headingFocused() {
    return this.until(() => document.activeElement?.tagName === 'H1', 'focus on the new heading');
  }

  // --- the result -----------------------------------------------------------------------------

  /** Reads and checks the result: { verdict, cto, cio }. */
  async result() {
    const read = await this.until(() => {
      const all = document.querySelectorAll('[data-verdict]');
      // The reasons follow the first screen's paint.
      if (all.length !== 1 || document.querySelectorAll('.reasons li').length === 0) return null;
      const el = all[0];
      return {
        verdict: el.getAttribute('data-verdict'),
        cto: el.getAttribute('data-cto-score'),
        cio: el.getAttribute('data-cio-score'),
        visible: el.getClientRects().length > 0,
        text: document.body.innerText,
        headings: document.querySelectorAll('h1').length,
        reasons: document.querySelectorAll('li').length,
        // From the later screens' stylesheet, which the result waits for.
        corner: getComputedStyle(document.querySelector('.score')).borderTopLeftRadius,
      };
    }, 'one [data-verdict]');
    assert.ok(VERDICTS.includes(read.verdict), `data-verdict="${read.verdict}"`);
    assert.ok(read.visible, 'the result is visible');
    assert.equal(read.headings, 1, 'one <h1>');
    assert.ok(read.reasons > 0, 'reasons listed');
    assert.notEqual(read.corner, '0px', 'the result is styled');
    const scores = {};
    for (const which of ['cto', 'cio']) {
      assert.match(read[which], /^\d{1,3}$/, `data-${which}-score`);
      scores[which] = Number(read[which]);
      assert.ok(scores[which] <= 100, `data-${which}-score ≤ 100`);
      assert.match(read.text, new RegExp(`(^|\\D)${scores[which]}(\\D|$)`), `the ${which} score is shown`);
    }
    return { verdict: read.verdict, ...scores };
  }

  /** "Copy link": returns 'copied', or 'refused' once the link is shown, focused and selected. */
  async copyLink() {
    await this.button('Copy link');
    const outcome = await this.until(
      (copied, refused) => {
        const text = [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' ');
        return text.includes(copied) ? 'copied' : text.includes(refused) ? 'refused' : null;
      },
      'the copy status',
      SCREEN_MS,
      TEXT.copied,
      TEXT.copyRefused,
    );
    if (outcome === 'refused') {
      await this.until(
        () => {
          const field = document.activeElement;
          return field?.tagName === 'TEXTAREA' && field.selectionStart === 0 && field.selectionEnd === field.value.length && field.value.includes('#v=1');
        },
        'the link field focused with all its text selected',
      );
    }
    return outcome;
  }

  /** The address shown in the address bar. */
  /** The address, once the screen on show has been painted (the app writes it then). */
  async url() {
    await this.painted();
    return this.driver.getCurrentUrl();
  }

  /**
   * Waits for the screen on show to be painted, as a person sees it before pressing Back or
   * reloading: the app writes the session history just after that paint.
   */
  painted() {
    return this.driver.executeAsyncScript(function () {
      const done = arguments[arguments.length - 1];
      requestAnimationFrame(() => setTimeout(() => done(true), 0));
    });
  }

  // --- notices ----------------------------------------------------------------------------------

  notices() {
    return this.run(() => [...document.querySelectorAll('.notices .notice')].map((n) => n.textContent));
  }

  /** Waits for a notice that says storage is unavailable. */
  expectNotSavedNotice() {
    return this.until((text) => document.querySelector('.notices')?.textContent.includes(text), 'the not-saved notice', SCREEN_MS, TEXT.notSaved);
  }

  /** Elements an injected link could have added, and whether a script of it ran. */
  injected() {
    return this.run(() => ({
      elements: document.body.querySelectorAll('img, script, iframe, object, embed').length,
      ran: window.__pwned ?? null,
    }));
  }

  // --- offline ----------------------------------------------------------------------------------

  /** Waits until the service worker controls the page (reloading once if it took over later). */
  async expectWorkerInControl() {
    const ready = await this.driver.executeAsyncScript(function () {
      const done = arguments[arguments.length - 1];
      if (!('serviceWorker' in navigator)) return done('no serviceWorker in navigator');
      navigator.serviceWorker.ready.then(() => done(true), (e) => done(String(e)));
    });
    assert.equal(ready, true, 'the service worker is ready');
    if (!(await this.run(() => !!navigator.serviceWorker.controller))) await this.reload();
    await this.until(() => !!navigator.serviceWorker.controller, 'the service worker controls the page');
  }

  offlineNoticeShown() {
    return this.run((text) => document.body.innerText.includes(text), TEXT.offline);
  }

  // --- layout -----------------------------------------------------------------------------------

  /**
   * Sets the viewport's size in CSS pixels: with BiDi's browsingContext.setViewport where the
   * engine has it, else by resizing the window around it (which cannot go below the browser
   * window's minimum width).
   */
  async viewport(width, height) {
    const { bidi } = this.session;
    if (bidi) {
      const context = await this.driver.getWindowHandle();
      await bidi.send({ method: 'browsingContext.setViewport', params: { context, viewport: { width, height } } });
      return;
    }
    const window = this.driver.manage().window();
    await window.setRect({ width, height });
    const inner = await this.run(() => [innerWidth, innerHeight]);
    await window.setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
  }

  /** What a person would notice of the layout on the current screen. */
  layout() {
    return this.run(() => {
      const page = document.documentElement;
      const options = [...document.querySelectorAll('label:has(input[type="radio"])')].map((label) => {
        const box = label.getBoundingClientRect();
        const text = label.querySelector('input ~ *')?.getBoundingClientRect() ?? box;
        return { height: box.height, width: box.width, left: box.left, textRight: text.right, right: box.right };
      });
      const list = options.length > 0 ? document.querySelector('input[type="radio"]').closest('fieldset, [role="radiogroup"], form, section') : null;
      return {
        viewport: innerWidth,
        scrollWidth: page.scrollWidth,
        options,
        listWidth: list?.getBoundingClientRect().width ?? null,
        buttons: [...document.querySelectorAll('button')]
          .filter((b) => b.getClientRects().length > 0)
          .map((b) => ({ name: b.textContent.trim(), height: b.getBoundingClientRect().height })),
      };
    });
  }
}
