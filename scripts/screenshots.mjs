// Takes the README's pictures of the team view and of the result in German and Arabic, in
// headless Chromium against a served build, into docs/:
//   team-phone.png and team-desktop.png: three executives of an insurer, by their links;
//   result-phone-de.png and result-phone-ar.png: a hospital group's result, in each language.
//
//   scripts/build && node scripts/static-server.mjs --dir dist --port 4300 &
//   node scripts/screenshots.mjs http://127.0.0.1:4300/
import { chromium } from 'playwright-core';

const url = process.argv[2];
if (!url) {
  console.error('usage: node scripts/screenshots.mjs <app url>');
  process.exit(2);
}
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

/** A link's fragment from its answers and the other keys, in the contract's order (docs/formats.md). */
const fragment = (answers, extra) =>
  ['v=1', ...Object.entries({ ...answers, ...extra }).map(([k, v]) => `${k}=${encodeURIComponent(v)}`)].join('&');

const insurer = { size: 'large', stage: 'established', industry: 'finance', regulation: 'heavy', systems: 'complex', leadership: 'none' };
const executives = [
  { by: 'CEO', focus: 'channel', engineering: 'team', priority: 'both' },
  { by: 'CFO', focus: 'operations', engineering: 'few', priority: 'operations' },
  { by: 'Head of operations', focus: 'channel', engineering: 'few', priority: 'operations' },
];

async function team(viewport, file) {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  for (const { by, ...answers } of executives) {
    // Each respondent's link opens the team view, with that respondent added.
    await page.goto(`${url}#${fragment({ ...insurer, ...answers }, { company: 'Harbor Insurance', team: 't-harbor', by })}`);
    await page.waitForSelector(`[data-team-view] [data-respondent] >> text=${by}`);
  }
  // The notice about the last one added is dismissed: the picture is of the team view.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `docs/${file}` });
  await context.close();
}

const hospital = {
  size: 'large', stage: 'established', industry: 'healthcare', focus: 'operations', regulation: 'heavy',
  systems: 'complex', engineering: 'few', priority: 'operations', leadership: 'it-manager',
};

async function result(lang, file) {
  const context = await browser.newContext({ viewport: PHONE, locale: lang });
  const page = await context.newPage();
  await page.goto(`${url}#${fragment(hospital, { company: 'St. Anna Kliniken', lang })}`);
  await page.waitForSelector('[data-verdict]');
  await page.waitForFunction((code) => document.documentElement.lang === code, lang);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `docs/${file}` });
  await context.close();
}

await team(PHONE, 'team-phone.png');
await team(DESKTOP, 'team-desktop.png');
await result('de', 'result-phone-de.png');
await result('ar', 'result-phone-ar.png');
await browser.close();
console.log('screenshots.mjs: docs/team-phone.png, team-desktop.png, result-phone-de.png, result-phone-ar.png');
