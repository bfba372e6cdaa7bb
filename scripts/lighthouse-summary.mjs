// Reads Lighthouse JSON reports, prints the median of each figure, and checks the budgets.
//   node scripts/lighthouse-summary.mjs report1.json report2.json report3.json
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('lighthouse-summary.mjs: give one or more Lighthouse JSON reports');
  process.exit(2);
}
const reports = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const score = (id) => median(reports.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
const audit = (id) => median(reports.map((r) => r.audits[id]?.numericValue ?? Infinity));

const figures = [
  // name, value, budget check, text
  ['performance', score('performance'), (v) => v >= 98, '≥ 98'],
  ['accessibility', score('accessibility'), (v) => v === 100, '= 100'],
  ['best practices', score('best-practices'), (v) => v === 100, '= 100'],
  ['SEO', score('seo'), (v) => v === 100, '= 100'],
  ['LCP (ms)', Math.round(audit('largest-contentful-paint')), (v) => v <= 2000, '≤ 2000'],
  ['TBT (ms)', Math.round(audit('total-blocking-time')), () => true, 'reported'],
  ['CLS', Number(audit('cumulative-layout-shift').toFixed(3)), (v) => v <= 0.02, '≤ 0.02'],
];
let failed = 0;
console.log(`Lighthouse, mobile, median of ${reports.length} run(s):`);
for (const [name, value, ok, budget] of figures) {
  const pass = ok(value);
  if (!pass) failed += 1;
  console.log(`  ${name.padEnd(15)} ${String(value).padStart(6)}   budget ${budget.padEnd(9)} ${pass ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(failed ? 1 : 0);
