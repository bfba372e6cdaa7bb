// A leadership team answers together (contract v1.2, "Teams of respondents"): respondents'
// links become one team, the team view shows every answer, the disputes that matter first and
// the combined result; ties are settled with one tap and stay settled; the invitation and
// "Send my answers" work across two devices; the team view prints on one page.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, formatViolations, CIO_CASE, QUESTIONS } from './app.mjs';
import { pct } from '../fixtures.mjs';

/** A respondent's link: their answers, the team, their label and the company. */
export function respondentLink(answers, by, team = 't-harbor', company = 'Harbor Insurance') {
  const parts = ['v=1'];
  for (const { key } of QUESTIONS) if (answers[key]) parts.push(`${key}=${answers[key]}`);
  parts.push(`company=${pct(company)}`, `team=${team}`, `by=${pct(by)}`);
  return `./#${parts.join('&')}`;
}

// Three executives of one insurer: they agree on most things; on the engineering team each
// gives another answer (a tie), and two of three say operations come first.
const BASE = { ...CIO_CASE, industry: 'finance', size: 'large', regulation: 'heavy' };
export const RESPONDENTS = [
  ['CEO', { ...BASE, engineering: 'team', priority: 'both' }],
  ['CFO', { ...BASE, engineering: 'none', priority: 'operations' }],
  ['COO', { ...BASE, engineering: 'department', priority: 'operations' }],
];

async function openTeam(app, page) {
  for (const [by, answers] of RESPONDENTS) {
    await page.goto('about:blank');
    await app.open(respondentLink(answers, by));
    await expect(page.locator('[data-team-view="t-harbor"]')).toBeVisible();
  }
}

test('three respondents by link: the team view, the disputes, a tie settled, the combined result', async ({ app, page }) => {
  await openTeam(app, page);
  const view = page.locator('[data-team-view="t-harbor"]');
  await expect(app.heading()).toContainText('Harbor Insurance');
  const respondents = view.locator('[data-respondent]');
  await expect(respondents).toHaveCount(3);
  for (const [by] of RESPONDENTS) {
    await expect(respondents.filter({ hasText: by })).toHaveAttribute('data-respondent-verdict', /^(cto|cio|both|combined)$/);
  }
  // Only the two questions answered differently are marked.
  const disputed = view.locator('[data-disputed]');
  await expect(disputed).toHaveCount(2);
  expect(await disputed.evaluateAll((els) => els.map((e) => e.dataset.disputed).sort())).toEqual(['engineering', 'priority']);
  // The tie (three answers, one each) stands between the team and its combined result.
  await expect(view.locator('[data-verdict]')).toHaveCount(0);
  const tie = page.getByRole('group', { name: /Settle the tie on Engineering team/ }).first();
  await expect(tie.getByRole('button')).toHaveCount(3);
  // Each tied answer says what it would make of the verdict.
  await expect(tie.getByRole('button').first()).toContainText(/: (A CTO|A CIO|Both a CTO and a CIO|One leader)/);
  await tie.getByRole('button', { name: /^6–30 people/ }).click();
  const combined = view.locator('[data-verdict]');
  await expect(combined).toHaveCount(1);
  await expect(combined).toHaveAttribute('data-cto-score', /^\d+$/);
  // The settlement is saved: a reload keeps it.
  await app.reload();
  await expect(page.locator('[data-team-view="t-harbor"] [data-verdict]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^6–30 people/, pressed: true }).first()).toBeVisible();
  // The combined answers open as a full result, with its hiring kit.
  const verdict = await page.locator('[data-team-view] [data-verdict]').getAttribute('data-verdict');
  await page.getByRole('button', { name: 'Full result and hiring kit' }).click();
  expect((await app.readResult()).verdict).toBe(verdict);
  await app.button('Hiring kit').click();
  await expect(app.heading()).toContainText('Hiring kit');
});

test('the list shows a team together, with its verdicts, scores and first hires, and opens the team view', async ({ app, page }) => {
  await openTeam(app, page);
  await app.openList();
  const group = page.locator('[data-team="t-harbor"]');
  await expect(group.locator('[data-assessment]')).toHaveCount(3);
  for (const row of await group.locator('[data-assessment]').all()) {
    await expect(row).toContainText(/CTO need \d+ · CIO need \d+/);
    await expect(row).toContainText(/First hire|No hire/);
  }
  await group.getByRole('button', { name: /team/ }).click();
  await expect(page.locator('[data-team-view="t-harbor"]')).toBeVisible();
});

test('the same respondent twice opens the answers already here; other answers are kept beside them', async ({ app, page }) => {
  await openTeam(app, page);
  await page.goto('about:blank');
  await app.open(respondentLink(RESPONDENTS[1][1], 'CFO'));
  await expect(page.locator('[data-respondent]')).toHaveCount(3);
  await page.goto('about:blank');
  await app.open(respondentLink({ ...RESPONDENTS[1][1], stage: 'scaling' }, 'CFO'));
  await expect(page.locator('[data-respondent]')).toHaveCount(4);
  await expect(page.locator('[data-respondent]').filter({ hasText: 'CFO (2)' })).toHaveCount(1);
});

test('invite on one device, answer and send back on another', async ({ app, page, browser, baseURL }) => {
  await app.open(`./#v=1&size=large&stage=established&industry=finance&focus=operations&regulation=heavy&systems=complex&engineering=few&priority=operations&leadership=it-manager&company=Harbor%20Insurance`);
  await app.readResult();
  const form = page.locator('.prepared-by-form');
  await form.locator('summary').click();
  await form.getByLabel('Your name').fill('Ana Ruiz');
  await expect(page.locator('[data-prepared-by]').first()).toHaveText(/Ana Ruiz/);
  await app.button('Ask your team').click();
  await page.getByLabel('Your role in the team (for example CFO)').fill('CEO');
  const invitation = await page
    .locator('.share')
    .filter({ has: page.getByRole('button', { name: 'Copy the invitation link' }) })
    .locator('textarea')
    .inputValue();
  expect(invitation).toMatch(/#v=1&company=Harbor%20Insurance&team=t-[a-z0-9-]+&from=Ana%20Ruiz$/);

  // The CFO's own phone: a context of its own, so nothing is shared but the link.
  const other = await browser.newContext({ baseURL });
  await other.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  const cfo = await other.newPage();
  await cfo.goto(invitation);
  await expect(cfo.getByText('Sent by Ana Ruiz')).toBeVisible();
  const answers = ['large', 'established', 'finance', 'operations', 'heavy', 'complex', 'none', 'operations', 'it-manager'];
  for (const [i, { key }] of QUESTIONS.entries()) {
    await cfo.locator(`label:has(input[name="${key}"][value="${answers[i]}"])`).click();
  }
  await expect(cfo.locator('[data-verdict]')).toBeVisible();
  await cfo.getByLabel('Your role in the team (for example CFO)').fill('CFO');
  await cfo.getByRole('button', { name: 'Send my answers' }).click();
  await expect(cfo.getByText('Link to your answers copied')).toBeVisible();
  const sent = await cfo.evaluate(() => navigator.clipboard.readText());
  expect(sent).toContain('&by=CFO');
  await other.close();

  await page.goto(sent);
  const view = page.locator('[data-team-view]');
  await expect(view).toBeVisible();
  await expect(view.locator('[data-respondent]')).toHaveCount(2);
  await expect(view.locator('[data-respondent]').filter({ hasText: 'CFO' })).toBeVisible();
  await expect(view.locator('[data-respondent]').filter({ hasText: 'CEO' })).toBeVisible();
});

test('the team view prints on one page', async ({ app, page }) => {
  await openTeam(app, page);
  await page.getByRole('group', { name: /Settle the tie on Engineering team/ }).first().getByRole('button').first().click();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
});

for (const colorScheme of ['light', 'dark']) {
  test(`the team view has no accessibility violations (${colorScheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openTeam(app, page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.length, formatViolations(results.violations)).toBe(0);
  });
}

test('twelve respondents: every label on the chart is clear of the others and inside it', async ({ app, page }) => {
  const engineering = ['none', 'few', 'team', 'department'];
  const focus = ['product', 'channel', 'operations'];
  for (let i = 0; i < 12; i++) {
    await page.goto('about:blank');
    const answers = { ...BASE, engineering: engineering[i % 4], focus: focus[i % 3] };
    await app.open(respondentLink(answers, `Executive ${i + 1}`, 't-twelve', 'Twelve Co'));
  }
  await expect(page.locator('[data-respondent]')).toHaveCount(12);
  const boxes = await page.locator('.plane__label').evaluateAll((labels) => {
    const svg = labels[0].ownerSVGElement.getBoundingClientRect();
    return { svg, labels: labels.map((l) => l.getBoundingClientRect()) };
  });
  const { svg, labels } = boxes;
  expect(labels.length).toBeGreaterThan(1);
  for (const [i, a] of labels.entries()) {
    expect(a.left >= svg.left && a.right <= svg.right && a.top >= svg.top && a.bottom <= svg.bottom, `label ${i} inside`).toBe(true);
    for (const b of labels.slice(i + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `labels ${JSON.stringify(a)} and ${JSON.stringify(b)} collide`).toBe(true);
    }
  }
});
