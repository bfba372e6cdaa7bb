// The questionnaire's contract (question keys and option ids: docs/formats.md) and the sample companies every browser test
// uses: the Playwright specs (tests/e2e/) and the cross-engine journeys (tests/engines/).

/** Questions, their topics (as the result's answers list names them) and option ids, in order. */
export const QUESTIONS = [
  { key: 'size', topic: 'Size', options: ['micro', 'small', 'medium', 'large', 'enterprise'] },
  { key: 'stage', topic: 'Stage', options: ['startup', 'scaling', 'established'] },
  {
    key: 'industry',
    topic: 'Sector',
    options: ['software', 'finance', 'healthcare', 'retail', 'manufacturing', 'services', 'public', 'other'],
  },
  { key: 'focus', topic: 'Role of technology', options: ['product', 'channel', 'operations'] },
  { key: 'regulation', topic: 'Regulation', options: ['light', 'moderate', 'heavy'] },
  { key: 'systems', topic: 'Internal systems', options: ['simple', 'moderate', 'complex'] },
  { key: 'engineering', topic: 'Engineering team', options: ['none', 'few', 'team', 'department'] },
  { key: 'priority', topic: 'Priority', options: ['products', 'operations', 'both'] },
  { key: 'leadership', topic: 'Current leadership', options: ['none', 'it-manager', 'cto', 'cio', 'both'] },
];
export const STEPS = QUESTIONS.length;
export const VERDICTS = ['cto', 'cio', 'both', 'combined'];

/** A small software startup building its product: the verdict is cto. */
export const CTO_CASE = {
  size: 'small',
  stage: 'startup',
  industry: 'software',
  focus: 'product',
  regulation: 'light',
  systems: 'simple',
  engineering: 'few',
  priority: 'products',
  leadership: 'none',
};
/** An established manufacturer run on complex internal systems: the verdict is cio. */
export const CIO_CASE = {
  size: 'medium',
  stage: 'established',
  industry: 'manufacturing',
  focus: 'operations',
  regulation: 'moderate',
  systems: 'complex',
  engineering: 'none',
  priority: 'operations',
  leadership: 'none',
};

/** Percent-encoding as the app writes it: everything but A–Z a–z 0–9 - _ . ~ */
export const pct = (s) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The fragment (without '#') the app writes for these answers: v, questions in order, company. */
export function fragmentOf(answers, company = '') {
  const parts = ['v=1'];
  for (const { key } of QUESTIONS) if (answers[key]) parts.push(`${key}=${answers[key]}`);
  if (company) parts.push(`company=${pct(company)}`);
  return parts.join('&');
}

/** The first `n` answers of a case. */
export const firstN = (answers, n) =>
  Object.fromEntries(QUESTIONS.slice(0, n).map(({ key }) => [key, answers[key]]));
