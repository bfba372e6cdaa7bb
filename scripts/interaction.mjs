// Times what a person waits for, in headless Chromium against a served build:
// - with the CPU throttled 4×: an answered step's Next to the next question painted, and the last
//   step's Next to the result painted (median of several runs each);
// - a workspace of 500 assessments: script time to open the list, to filter it and to switch to
//   another assessment (median of several runs each).
// Prints the figures and exits non-zero when one misses its budget.
//
//   node scripts/interaction.mjs http://127.0.0.1:4300/
import { chromium } from 'playwright-core';

const url = process.argv[2];
if (!url) {
  console.error('usage: node scripts/interaction.mjs <app url>');
  process.exit(2);
}
const RUNS = 7;
const BUDGETS = { step: 30, result: 50, list: 16, filter: 16, switch: 16 };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** In the page: runs `act`, then waits for the frame after it to be painted; milliseconds. */
const timeToPaint = (page, act) =>
  page.evaluate(
    (act) =>
      new Promise((resolve) => {
        const start = performance.now();
        new Function(act)();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      }),
    act,
  );

/** In the page: script time of `act`, which the app handles synchronously; milliseconds. */
const scriptTime = (page, act) =>
  page.evaluate((act) => {
    const start = performance.now();
    new Function(act)();
    return performance.now() - start;
  }, act);

const clickButton = (label) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)}).click()`;

async function answerFlow() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const step = [];
  const result = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('text=Step 1 of 9');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let n = 1; n <= 9; n++) {
      // Choose without moving on (as the arrow keys do), then time Next.
      await page.locator('fieldset input[type="radio"]').first().evaluate((radio) => {
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitForSelector('button:has-text("Next"):visible');
      const ms = await timeToPaint(page, clickButton('Next'));
      (n < 9 ? step : result).push(ms);
      if (n < 9) await page.waitForSelector(`text=Step ${n + 1} of 9`);
    }
    await page.waitForSelector('[data-verdict]');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  await context.close();
  return { step: median(step), result: median(result) };
}

async function workspaceFlow() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => {
    const ids = ['size', 'stage', 'industry', 'focus', 'regulation', 'systems', 'engineering', 'priority', 'leadership'];
    const options = [
      ['micro', 'small', 'medium', 'large', 'enterprise'],
      ['startup', 'scaling', 'established'],
      ['software', 'finance', 'healthcare', 'retail', 'manufacturing', 'services', 'public', 'other'],
      ['product', 'channel', 'operations'],
      ['light', 'moderate', 'heavy'],
      ['simple', 'moderate', 'complex'],
      ['none', 'few', 'team', 'department'],
      ['products', 'operations', 'both'],
      ['none', 'it-manager', 'cto', 'cio', 'both'],
    ];
    const assessments = Array.from({ length: 500 }, (_, i) => {
      const answers = {};
      // most complete, some partly answered
      const given = i % 5 === 0 ? 4 : 9;
      ids.slice(0, given).forEach((key, q) => (answers[key] = options[q][(i * (q + 3)) % options[q].length]));
      return { id: `a-bench-${i}`, company: `Client ${i} ${['Ltd', 'GmbH', 'Inc', 'plc'][i % 4]}`, answers, created: 1_700_000_000_000 + i, changed: 1_700_000_000_000 + i * 1000 };
    });
    localStorage.setItem('cto-or-cio.assessments', JSON.stringify({ schema: 3, revision: 1, current: 'a-bench-1', assessments }));
  });
  const list = [];
  const filter = [];
  const switching = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('#screen-heading');
    list.push(await scriptTime(page, `document.querySelector('.masthead__link').click()`));
    await page.waitForSelector('[data-assessment]');
    const field = 'document.querySelector(".filter input")';
    filter.push(await scriptTime(page, `const f = ${field}; f.value = 'client 1'; f.dispatchEvent(new Event('input', { bubbles: true }))`));
    await page.evaluate(`(() => { const f = ${field}; f.value = ''; f.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    switching.push(await scriptTime(page, `document.querySelector('[data-assessment="a-bench-${(run * 37) % 500}"] .entry__open').click()`));
    await page.waitForSelector('#screen-heading');
  }
  await context.close();
  return { list: median(list), filter: median(filter), switch: median(switching) };
}

const figures = { ...(await answerFlow()), ...(await workspaceFlow()) };
await browser.close();

const names = {
  step: 'Next → next question painted (CPU 4× slower)',
  result: 'last Next → result painted (CPU 4× slower)',
  list: '500 assessments: open the list (script)',
  filter: '500 assessments: filter (script)',
  switch: '500 assessments: switch assessment (script)',
};
let ok = true;
for (const [key, value] of Object.entries(figures)) {
  const pass = value <= BUDGETS[key];
  ok &&= pass;
  console.log(`${names[key].padEnd(48)} ${value.toFixed(1).padStart(7)} ms  (budget ${BUDGETS[key]} ms) ${pass ? 'ok' : 'OVER'}`);
}
process.exit(ok ? 0 : 1);
