#!/usr/bin/env node
// Which browser versions the app supports, derived from the platform features it uses and MDN's
// browser-compat-data (the npm package @mdn/browser-compat-data, a dev dependency). Prints a
// Markdown table: each feature with the first version of each browser that has it, then the
// minimum versions for the app to work (the features it needs) and for everything to work (its
// enhancements too). The "Supported browsers" section of docs/testing.md is this script's output.
//
//   node scripts/browser-support.mjs
import { createRequire } from 'node:module';

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data');
const BROWSERS = [
  ['chrome', 'Chrome'],
  ['edge', 'Edge'],
  ['firefox', 'Firefox'],
  ['safari', 'Safari'],
  ['safari_ios', 'Safari on iOS'],
];

// [BCD key, what the app uses it for, needed (true) or an enhancement with a fallback (false)]
const FEATURES = [
  ['html.elements.script.type.module', 'ES modules: the JS glue and its snippets', true],
  ['javascript.operators.import', 'dynamic import(): the loader starts the app after the first paint', true],
  ['javascript.operators.optional_chaining', 'the loader (optional chaining)', true],
  ['javascript.operators.spread.spread_in_object_literals', 'the loader (object spread)', true],
  ['api.queueMicrotask', 'the reactive runtime (Leptos, wasm-bindgen)', true],
  ['javascript.builtins.globalThis', 'the wasm-bindgen glue', true],
  ['webassembly.api', 'WebAssembly: the whole app', true],
  ['webassembly.reference-types', 'wasm feature enabled in index.html (externref table)', true],
  ['webassembly.bulk-memory-operations', 'wasm feature enabled in index.html', true],
  ['webassembly.non-trapping-float-to-int-conversions', 'wasm feature enabled in index.html', true],
  ['webassembly.sign-extension-operations', 'wasm feature enabled in index.html', true],
  ['webassembly.multi-value', 'wasm feature enabled in index.html', true],
  ['http.headers.Content-Security-Policy.script-src.wasm-unsafe-eval', "CSP 'wasm-unsafe-eval': compiling the wasm under the page's policy", true],
  ['api.HTMLDialogElement.showModal', '<dialog> for "Start over"', true],
  ['api.Request.integrity', 'the wasm fetched with its SHA-384 integrity', true],
  ['html.elements.template', '<template>: the later screens\u2019 stylesheet waits there, unfetched', true],
  ['css.properties.custom-property', 'CSS custom properties: the theme, dark mode', true],
  ['css.properties.gap.flex_context', 'gap in flex layouts', true],
  ['css.selectors.focus-visible', ':focus-visible: the keyboard focus ring', true],
  ['css.at-rules.media.prefers-color-scheme', 'dark mode', false],
  ['css.at-rules.media.prefers-reduced-motion', 'reduced motion', false],
  ['css.at-rules.media.hover', '@media (hover: hover): the keyboard hint on wide screens', false],
  ['css.types.clamp', 'clamp(): fluid type sizes', false],
  ['css.selectors.has', ':has(): the chosen option’s card highlighted (the radio itself always shows it)', false],
  ['html.elements.script.type.importmap.integrity', 'import map integrity: the JS checked against its SHA-384', false],
  ['api.ServiceWorkerContainer', 'service worker: offline after the first visit', false],
  ['api.Clipboard.writeText', 'Clipboard API: "Copy link" (else the link is shown selected)', false],
  ['css.properties.accent-color', 'accent-color: radios in the accent colour', false],
];

/** The first version of `browser` with `key`, as a number-like string, or null (never). */
function firstVersion(key, browser) {
  const feature = key.split('.').reduce((node, part) => node?.[part], bcd);
  if (!feature?.__compat) throw new Error(`browser-compat-data has no ${key}`);
  const entries = [feature.__compat.support[browser]].flat().filter((e) => e && !e.flags && !e.prefix && !e.alternative_name);
  const versions = entries
    .map((e) => ({ version: e.version_added, partial: !!e.partial_implementation }))
    .filter((e) => typeof e.version === 'string' && /^[\d.]+$/.test(e.version.replace(/^≤/, '')));
  if (versions.length === 0) return null;
  versions.sort((a, b) => compare(a.version, b.version));
  const [first] = versions;
  return `${first.version.replace(/^≤/, '')}${first.partial ? ' (partial)' : ''}`;
}

function compare(a, b) {
  const pa = a.replace(/^≤/, '').split('.').map(Number);
  const pb = b.replace(/^≤/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const rows = FEATURES.map(([key, why, needed]) => ({ key, why, needed, versions: BROWSERS.map(([b]) => firstVersion(key, b)) }));
const minimum = (subset) =>
  BROWSERS.map((_, i) =>
    subset.reduce((max, r) => {
      const v = r.versions[i]?.replace(' (partial)', '') ?? '∞';
      return max === '∞' || v === '∞' ? '∞' : compare(v, max) > 0 ? v : max;
    }, '0'),
  );

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(`Source: @mdn/browser-compat-data ${bcd.__meta.version} (${bcd.__meta.timestamp.slice(0, 10)}).\n`);
console.log(line(['feature', 'used for', 'needed', ...BROWSERS.map(([, name]) => name)]));
console.log(line(['---', '---', '---', ...BROWSERS.map(() => '---')]));
for (const r of rows) console.log(line([`\`${r.key}\``, r.why, r.needed ? 'yes' : 'no', ...r.versions.map((v) => v ?? 'no')]));
console.log(line(['**minimum to run**', 'every needed feature', '', ...minimum(rows.filter((r) => r.needed)).map((v) => `**${v}**`)]));
console.log(line(['**everything**', 'every feature, enhancements too', '', ...minimum(rows).map((v) => `**${v}**`)]));
