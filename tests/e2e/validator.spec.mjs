// Every screen is valid HTML: the W3C Nu validator (npm vnu-jar, run with Java) finds no error in
// the page as the app has built it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, linkOf, CTO_CASE, CIO_CASE } from './app.mjs';

const VNU = createRequire(import.meta.url)('vnu-jar');

test('the W3C validator finds no error on any screen', async ({ app, page }) => {
  test.setTimeout(60_000);
  const screens = {};
  const keep = async (name) => (screens[name] = await page.content());

  await app.open();
  await keep('step');
  await app.answerByClick(1, CTO_CASE.size);
  await keep('step, answered, with the step navigation');
  await app.open(linkOf(CTO_CASE, 'Alpha'));
  await app.readResult();
  await app.button('What if…').click();
  await expect(page.getByRole('region', { name: 'What if?' })).toBeVisible();
  await keep('result with what-if');
  await app.button('Reset to my answers').click();
  await app.button('Hiring kit').click();
  await expect(app.heading()).toHaveText('Hiring kit for Alpha');
  await keep('hiring kit');
  await page.goto('about:blank');
  await app.open(linkOf(CIO_CASE, 'Beta'));
  await page.goto('./');
  await expect(app.heading()).toHaveText('Welcome back');
  await keep('welcome back');
  await app.openList();
  await app.entry('Alpha').getByRole('button', { name: 'Delete Alpha' }).click();
  await app.notices().getByRole('button', { name: 'Undo' }).click();
  await keep('assessments');
  await app.entry('Alpha').getByLabel('Compare').check();
  await app.entry('Beta').getByLabel('Compare').check();
  await app.button('Compare the 2 marked').click();
  await expect(app.heading()).toHaveText('Side by side');
  await keep('comparison');

  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const files = Object.entries(screens).map(([name, html], i) => {
      const file = path.join(dir, `${i}-${name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, html);
      return file;
    });
    let report;
    try {
      execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' });
      report = { messages: [] };
    } catch (failed) {
      // vnu exits non-zero when it reports errors; the report is on stderr.
      report = JSON.parse(failed.stderr.toString());
    }
    const errors = report.messages
      .filter((m) => m.type === 'error')
      .map((m) => `${path.basename(new URL(m.url).pathname)}:${m.lastLine}: ${m.message} [${m.extract?.trim() ?? ''}]`);
    expect(errors, errors.join('\n')).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
