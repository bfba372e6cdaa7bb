// A consultant's workspace (contract v1.1): every client's assessment kept in this browser, links
// that never change another assessment, rename, duplicate, delete with Undo, files out and in,
// and two assessments side by side.
import { readFile } from 'node:fs/promises';
import { test, expect, linkOf, App, CTO_CASE, CIO_CASE } from './app.mjs';

const KEY = 'cto-or-cio.assessments';

const CLIENTS = [
  ['Client A', CTO_CASE],
  ['Client B', CIO_CASE],
  // a manufacturer of 1,000+ with its own engineering team: both needs pass the bar
  ['Client C', { ...CIO_CASE, size: 'enterprise', engineering: 'team' }],
];

/** Opens each client's link in turn, as a consultant following three emails would. */
async function openClients(app) {
  for (const [name, answers] of CLIENTS) {
    await app.page.goto('about:blank');
    await app.open(linkOf(answers, name));
    await app.readResult();
  }
}

test('three clients opened by link one after another are all in the list', async ({ app, page }) => {
  await openClients(app);
  await app.openList();
  const rows = page.locator('[data-assessment]');
  await expect(rows).toHaveCount(3);
  // newest first, each with its progress and verdict
  await expect(rows.nth(0)).toContainText('Client C');
  await expect(rows.nth(2)).toContainText('Client A');
  await expect(app.entry('Client A')).toHaveAttribute('data-assessment-verdict', 'cto');
  await expect(app.entry('Client B')).toHaveAttribute('data-assessment-verdict', 'cio');
  await expect(app.entry('Client C')).toHaveAttribute('data-assessment-verdict', 'both');
  await expect(app.entry('Client B')).toContainText('9 of 9 answered');
  // open one: its result
  await app.entry('Client A').getByRole('button', { name: 'Client A', exact: true }).click();
  expect((await app.readResult()).verdict).toBe('cto');
  await expect(page).toHaveTitle('Client A — CTO or CIO?');
});

test('a link pasted into a tab where the app is open becomes a new assessment', async ({ app, page }) => {
  await app.open(linkOf(CTO_CASE, 'Client A'));
  await app.readResult();
  // Only the fragment changes, as when a link is pasted into the address bar.
  await page.evaluate((hash) => (location.hash = hash), linkOf(CIO_CASE, 'Client B').slice(2));
  await expect(page).toHaveTitle('Client B — CTO or CIO?');
  expect((await app.readResult()).verdict).toBe('cio');
  await expect(app.notices().filter({ hasText: 'opened as a new assessment, “Client B”' })).toHaveCount(1);
  await app.openList();
  await expect(page.locator('[data-assessment]')).toHaveCount(2);
  // Back leaves the list, then returns to Client A, where the person was.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveTitle('Client A — CTO or CIO?');
  expect((await app.readResult()).verdict).toBe('cto');
});

test('rename, duplicate, delete and Undo', async ({ app, page }) => {
  await openClients(app);
  await app.openList();

  await app.entry('Client A').getByRole('button', { name: 'Rename Client A' }).click();
  const dialog = app.dialog();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Organisation name').fill('Alpha Ltd');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.entry('Alpha Ltd')).toHaveCount(1);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('"company":"Alpha Ltd"');

  await app.entry('Alpha Ltd').getByRole('button', { name: 'Duplicate Alpha Ltd' }).click();
  await expect(page).toHaveTitle('Alpha Ltd (copy) — CTO or CIO?');
  expect((await app.readResult()).verdict).toBe('cto');
  await app.openList();
  await expect(page.locator('[data-assessment]')).toHaveCount(4);

  const before = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).assessments, KEY);
  await app.entry('Client B').getByRole('button', { name: 'Delete Client B' }).click();
  await expect(page.locator('[data-assessment]')).toHaveCount(3);
  const note = app.notices().filter({ hasText: '“Client B” was deleted.' });
  await note.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-assessment]')).toHaveCount(4);
  await expect(app.entry('Client B')).toHaveAttribute('data-assessment-verdict', 'cio');
  const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).assessments, KEY);
  expect(after).toEqual(before);
});

test('export all, then import into a fresh browser profile: the same list', async ({ app, page, browser }) => {
  await openClients(app);
  await app.openList();
  const download = page.waitForEvent('download');
  await app.button('Export all').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^assessments-\d{4}-\d{2}-\d{2}\.cto-or-cio\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  const json = JSON.parse(text);
  expect(json.format).toBe('cto-or-cio/assessments');
  expect(json.version).toBe(2);
  expect(json.assessments).toHaveLength(3);
  const listed = await page.locator('[data-assessment]').evaluateAll((rows) => rows.map((r) => r.textContent));

  const fresh = await browser.newContext();
  try {
    const other = new App(await fresh.newPage());
    await other.open();
    await other.openList();
    await expect(other.page.locator('[data-assessment]')).toHaveCount(0);
    await other.page.getByLabel('Import file…').setInputFiles({ name: 'clients.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(other.page.locator('[data-assessment]')).toHaveCount(3);
    await expect(other.notices()).toContainText('Imported 3 assessments');
    expect(await other.page.locator('[data-assessment]').evaluateAll((rows) => rows.map((r) => r.textContent))).toEqual(listed);
    // the same file again: recognised, nothing doubled
    await other.page.getByLabel('Import file…').setInputFiles({ name: 'clients.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    // newest first
    await expect(other.notices().first()).toContainText('3 already here with the same answers');
    await expect(other.page.locator('[data-assessment]')).toHaveCount(3);
  } finally {
    await fresh.close();
  }
});

test('a bad file: each problem named, everything valid imported, nothing here lost', async ({ app, page }) => {
  await openClients(app);
  await app.openList();
  const bad = {
    format: 'cto-or-cio/assessments',
    version: 1,
    assessments: [
      { id: 'a-good', company: 'Good Co', answers: { size: 'small', stage: 'startup' }, created: 1, changed: 2 },
      { id: 'a-bad', company: 'Odd Co', answers: { size: 'gigantic', colour: 'blue', stage: 3 } },
      'not an assessment',
    ],
  };
  await page.getByLabel('Import file…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const report = app.notices().filter({ hasText: 'Imported 2 assessments' });
  await expect(report).toContainText('4 problems in the file');
  await expect(report.locator('li')).toHaveText([
    'Assessment 2 (“Odd Co”): size: “gigantic” is not one of its answers; that question is left open.',
    'Assessment 2 (“Odd Co”): “colour” is not a question of this app; left out.',
    'Assessment 2 (“Odd Co”): stage: not text; left out.',
    'Assessment 3: is not an assessment; it was skipped.',
  ]);
  await expect(page.locator('[data-assessment]')).toHaveCount(5);
  for (const [name] of CLIENTS) await expect(app.entry(name)).toHaveCount(1);

  await page.getByLabel('Import file…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": oops') });
  await expect(app.notices().filter({ hasText: 'not valid JSON' })).toContainText('line 1, column 12');
  await expect(page.locator('[data-assessment]')).toHaveCount(5);
});

test('a file with an assessment that is here with other answers asks before replacing', async ({ app, page }) => {
  await openClients(app);
  await app.openList();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  const clientA = stored.assessments.find((a) => a.company === 'Client A');
  const file = { format: 'cto-or-cio/assessments', version: 1, assessments: [{ ...clientA, answers: { ...clientA.answers, size: 'enterprise', systems: 'complex' } }] };
  const choose = () => page.getByLabel('Import file…').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await choose();
  const prompt = page.getByRole('region', { name: 'Already here with other answers' });
  await expect(prompt).toContainText('Client A');
  await expect(page.locator('[data-assessment]')).toHaveCount(3);
  await prompt.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.locator('[data-assessment]')).toHaveCount(4);
  await choose();
  await prompt.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('[data-assessment]')).toHaveCount(4);
  await expect(app.entry('Client A').first()).toHaveAttribute('data-assessment-verdict', 'both');
});

test('compare two assessments: answers side by side, differences marked in words', async ({ app, page }) => {
  await openClients(app);
  await app.openList();
  await expect(app.button('Compare the marked')).toBeDisabled();
  await app.entry('Client B').getByLabel('Compare').check();
  await expect(app.button('Compare the marked')).toBeDisabled();
  await app.entry('Client C').getByLabel('Compare').check();
  await app.button('Compare the 2 marked').click();
  await expect(app.heading()).toHaveText('Side by side');
  const table = page.getByRole('table');
  const size = table.getByRole('row', { name: /^Size/ });
  await expect(size).toContainText('differs');
  await expect(size).toContainText('50–249 people');
  await expect(size).toContainText('1,000 people or more');
  await expect(table.getByRole('row', { name: /^Sector/ })).not.toContainText('differs');
  await expect(table.getByRole('row', { name: /Recommendation/ })).toContainText('A CIO');
  await expect(table.getByRole('row', { name: /Recommendation/ })).toContainText('Both a CTO and a CIO');
  await expect(page.locator('.plane__point')).toHaveCount(2);
  await page.goBack();
  await expect(app.heading()).toHaveText('Assessments');
});

test('the list filters by name once it is long', async ({ app, page }) => {
  await app.open();
  const names = ['Apple', 'Banana', 'Cherry', 'Date', 'Elder', 'Fig', 'Grape', 'Apricot'];
  await page.evaluate(
    ([key, names]) => {
      const assessments = names.map((company, i) => ({ id: `a-${i}`, company, answers: { size: 'small' }, created: i, changed: i }));
      localStorage.setItem(key, JSON.stringify({ schema: 3, revision: 1, assessments }));
    },
    [KEY, names],
  );
  await app.reload();
  await app.openList();
  const filter = page.getByRole('searchbox', { name: 'Filter by name' });
  await filter.fill('ap');
  await expect(page.locator('[data-assessment]:visible')).toHaveCount(3);
  await filter.fill('');
  await expect(page.locator('[data-assessment]:visible')).toHaveCount(8);
});

test('a long list shows fifty at a time, and the filter searches all of them', async ({ app, page }) => {
  await app.open();
  await page.evaluate((key) => {
    const assessments = Array.from({ length: 120 }, (_, i) => ({
      id: `a-${i}`,
      company: `Client ${String(i).padStart(3, '0')}`,
      answers: { size: 'small' },
      created: i,
      changed: i,
    }));
    localStorage.setItem(key, JSON.stringify({ schema: 3, revision: 1, assessments }));
  }, KEY);
  await app.reload();
  await app.openList();
  const rows = page.locator('[data-assessment]');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('Client 119'); // newest change first
  await app.button('Show 50 more').click();
  await expect(rows).toHaveCount(100);
  await app.button('Show 20 more').click();
  await expect(rows).toHaveCount(120);
  await expect(app.button('Show 20 more')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('client 003');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Client 003');
});

test('compare four: a fifth mark waits until one is unmarked, never unticking one silently', async ({ app, page }) => {
  const names = ['One', 'Two', 'Three', 'Four', 'Five'];
  for (const [i, name] of names.entries()) {
    await page.goto('about:blank');
    await app.open(linkOf({ ...CTO_CASE, size: ['micro', 'small', 'medium', 'large', 'enterprise'][i] }, name));
  }
  await app.openList();
  for (const name of names.slice(0, 4)) await app.entry(name).getByLabel('Compare').check();
  const fifth = app.entry('Five').getByLabel('Compare');
  await expect(fifth).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'Four are marked' })).toBeVisible();
  for (const name of names.slice(0, 4)) await expect(app.entry(name).getByLabel('Compare')).toBeChecked();
  await app.entry('Two').getByLabel('Compare').uncheck();
  await expect(fifth).toBeEnabled();
  await fifth.check();
  await app.button('Compare the 4 marked').click();
  await expect(app.heading()).toHaveText('Side by side');
  await expect(page.getByRole('columnheader')).toHaveCount(5);
  await expect(page.locator('.plane__point')).toHaveCount(4);
  for (const name of ['One', 'Three', 'Four', 'Five']) await expect(page.getByRole('columnheader', { name })).toBeVisible();
});
