// Times what a first-time visitor on a slow phone waits for: from navigation until the first
// question can be answered (its radio buttons are on the page, built by the app, listeners
// attached). Headless Chromium, a fresh profile each run (no cache, no service worker, no stored
// answers), the CPU 4× slower and the network of Lighthouse's mobile preset: 150 ms round trip,
// 1.6 Mbps down, 750 kbps up. Prints each run and the median of 5; with --budget-ms, exits non-zero
// when the median is over it.
//
//   node scripts/first-question.mjs http://127.0.0.1:4300/ [--budget-ms N]
import { chromium } from 'playwright-core';
import { MOBILE_NETWORK } from './mobile-network.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node scripts/first-question.mjs <app url> [--budget-ms N]');
  process.exit(2);
}
const budgetAt = process.argv.indexOf('--budget-ms');
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) : Infinity;
const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const times = [];
for (let run = 0; run < RUNS; run++) {
  // A new browser each run: nothing cached, nothing stored, no worker from an earlier run.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await (await browser.newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Milliseconds since navigation started, taken in the page the moment the radios appear.
  await page.addInitScript(() => {
    const seen = () => document.querySelector('#app input[type=radio][name=size]');
    new MutationObserver((_, watch) => {
      if (seen()) {
        window.__firstQuestion = performance.now();
        watch.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await (await page.waitForFunction(() => window.__firstQuestion, null, { timeout: 60_000 })).jsonValue();
  times.push(ms);
  console.log(`first question usable, run ${run + 1}: ${Math.round(ms)} ms`);
  await browser.close();
}
const result = median(times);
console.log(`first question usable (CPU 4x, 150 ms RTT, 1.6 Mbps, fresh profile), median of ${RUNS}: ${Math.round(result)} ms${Number.isFinite(budget) ? ` (budget ${budget})` : ''}`);
process.exit(result > budget ? 1 : 0);
