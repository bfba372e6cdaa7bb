#!/usr/bin/env node
// First-load size budget for the built app.
//
//   node scripts/size-check.mjs [--dir dist] [--budget-kib 150]
//
// Finds every file the first load transfers: index.html plus the .js, .wasm
// and .css it references (Trunk's <link rel="modulepreload|preload|stylesheet">,
// <script src>, the inline module script's imports and its init({ module_or_path: ... })
// argument), then any .wasm the JS glue names. Compresses each with gzip -9 and
// brotli q11, prints a table, and fails when the total gzip size is over the
// budget, or when no .wasm or no .js was found (an empty page must not pass).
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';

function parseArgs(argv) {
  const opts = { dir: 'dist', budgetKib: 150 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--dir') opts.dir = value();
    else if (flag === '--budget-kib') opts.budgetKib = Number(value());
    else if (flag === '-h' || flag === '--help') {
      console.log('usage: node scripts/size-check.mjs [--dir dist] [--budget-kib 150]');
      process.exit(0);
    } else {
      console.error(`size-check: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isFinite(opts.budgetKib) || opts.budgetKib <= 0) {
    console.error('size-check: --budget-kib must be a positive number');
    process.exit(2);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const dir = path.resolve(opts.dir);
const indexPath = path.join(dir, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`size-check: FAIL: ${indexPath} not found (run trunk build --release first)`);
  process.exit(1);
}
const html = readFileSync(indexPath, 'utf8');

const ASSET = /\.(?:m?js|wasm|css)$/i;

/** Maps a URL found in index.html to a file in dir, or null if external/irrelevant. */
function toLocal(ref) {
  if (!ref) return null;
  ref = ref.trim().replace(/&amp;/g, '&');
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) {
    // absolute URL: only data:/blob: are harmless; http(s) would be an external asset
    if (/^https?:|^\/\//i.test(ref)) {
      console.error(`size-check: FAIL: external asset referenced: ${ref}`);
      process.exitCode = 1;
    }
    return null;
  }
  const clean = ref.split(/[?#]/)[0];
  if (!ASSET.test(clean)) return null;
  // "./x.js", "x.js", "/x.js" or "/sub/path/x.js": resolve against dist/, then by base name
  let rel;
  try {
    rel = decodeURIComponent(clean);
  } catch {
    rel = clean;
  }
  rel = rel.replace(/^\.\//, '').replace(/^\/+/, '');
  const direct = path.resolve(dir, rel);
  if (direct.startsWith(dir + path.sep) && existsSync(direct) && statSync(direct).isFile()) return direct;
  const byName = path.join(dir, path.posix.basename(rel));
  if (existsSync(byName) && statSync(byName).isFile()) return byName;
  console.error(`size-check: FAIL: index.html references ${ref}, which is not in ${dir}`);
  process.exitCode = 1;
  return null;
}

const found = new Set();
const add = (ref) => {
  const f = toLocal(ref);
  if (f) found.add(f);
};

// 1. href/src attributes of <link> and <script> tags (any attribute order, any quotes). What a
//    <template> holds is inert: the later screens' stylesheet waits there until the app adds it
//    to the page (scripts/post-build.mjs), so it is listed apart, with the chunks.
const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? m[1] ?? m[2] ?? m[3] : null;
};
const inert = [...html.matchAll(/<template\b[^>]*>([\s\S]*?)<\/template>/gi)].map(([, body]) => body);
const live = html.replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, '');
for (const [tag] of live.matchAll(/<link\b[^>]*>/gi)) {
  const rel = (attr(tag, 'rel') || '').toLowerCase().split(/\s+/);
  if (rel.some((r) => ['stylesheet', 'modulepreload', 'preload', 'prefetch'].includes(r))) add(attr(tag, 'href'));
}
for (const [tag] of live.matchAll(/<script\b[^>]*>/gi)) add(attr(tag, 'src'));

// 2. Inline scripts: import specifiers and quoted asset names (e.g. the wasm path given to init).
for (const [, body] of live.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
  for (const [, a, b] of body.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?(?:'([^']+)'|"([^"]+)")/g)) add(a ?? b);
  for (const [, a, b] of body.matchAll(/\bimport\s*\(\s*(?:'([^']+)'|"([^"]+)")\s*\)/g)) add(a ?? b);
  for (const [, q] of body.matchAll(/['"`]([^'"`\s]+\.(?:wasm|m?js|css))['"`]/gi)) add(q);
}

// 3. The JS glue names its wasm file (`new URL('x_bg.wasm', import.meta.url)`) and imports the
//    crate's JS snippets: add those (and whatever they import) if index.html did not already.
//    The split loader (__wasm_split-*.js, see scripts/wasm-link) names the chunks of the screens
//    below the first: they load when first needed (or are preloaded after the app has started),
//    not on the first load, so they are listed apart.
const later = new Set();
for (const body of inert) {
  for (const [tag] of body.matchAll(/<link\b[^>]*>/gi)) {
    const f = toLocal(attr(tag, 'href'));
    if (f) later.add(f);
  }
}
const queue = [...found];
while (queue.length > 0) {
  const f = queue.pop();
  if (!/\.m?js$/i.test(f)) continue;
  const js = readFileSync(f, 'utf8');
  const wasmRefs = [...js.matchAll(/['"`]([^'"`\s]+\.wasm)['"`]/g)].map(([, q]) => path.join(dir, path.posix.basename(q)));
  if (path.basename(f).startsWith('__wasm_split')) {
    for (const chunk of wasmRefs) if (existsSync(chunk)) later.add(chunk);
    wasmRefs.length = 0;
  }
  const refs = wasmRefs;
  for (const [, a, b] of js.matchAll(/^\s*import\s*(?:[^'"()]*?\bfrom\s*)?(?:'([^']+)'|"([^"]+)")/gm)) {
    refs.push(path.resolve(path.dirname(f), a ?? b));
  }
  for (const local of refs) {
    if (found.has(local) || !existsSync(local)) continue;
    found.add(local);
    queue.push(local);
  }
}

const files = [indexPath, ...[...found].sort()];
const rows = files.map((f) => {
  const buf = readFileSync(f);
  return {
    name: path.relative(dir, f),
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [zc.BROTLI_PARAM_QUALITY]: 11,
        [zc.BROTLI_PARAM_SIZE_HINT]: buf.length,
        [zc.BROTLI_PARAM_MODE]: /\.wasm$/i.test(f) ? zc.BROTLI_MODE_GENERIC : zc.BROTLI_MODE_TEXT,
      },
    }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const cell = (n) => `${n} B (${kib(n)})`;
const nameW = Math.max(5, ...rows.map((r) => r.name.length));
const colW = Math.max(20, ...rows.concat(total).flatMap((r) => [r.raw, r.gzip, r.brotli]).map((n) => cell(n).length));
const line = (a, b, c, d) => `${a.padEnd(nameW)}  ${b.padStart(colW)}  ${c.padStart(colW)}  ${d.padStart(colW)}`;
const shown = path.relative(process.cwd(), dir);
console.log(`First-load transfer of ${shown && !shown.startsWith('..') ? shown : dir}/ (gzip -9, brotli q11):`);
console.log(line('file', 'raw', 'gzip', 'brotli'));
console.log('-'.repeat(nameW + 3 * (colW + 2)));
for (const r of rows) console.log(line(r.name, cell(r.raw), cell(r.gzip), cell(r.brotli)));
console.log('-'.repeat(nameW + 3 * (colW + 2)));
console.log(line('total', cell(total.raw), cell(total.gzip), cell(total.brotli)));

if (later.size > 0) {
  const sizes = [...later].sort().map((f) => {
    const buf = readFileSync(f);
    return { name: path.relative(dir, f), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  const sum = sizes.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`\nLoaded when first needed, not on the first load (${sizes.length} files of the screens below the first: wasm chunks and a stylesheet):`);
  for (const r of sizes) console.log(`  ${r.name.padEnd(nameW)}  ${cell(r.raw).padStart(colW)}  ${cell(r.gzip).padStart(colW)}`);
  console.log(`  ${'total'.padEnd(nameW)}  ${cell(sum.raw).padStart(colW)}  ${cell(sum.gzip).padStart(colW)}\n`);
}

// 4. Each language's first part of its texts (boot/lang.js names them): a visitor in one language
//    fetches that one beside the wasm, so the first load is counted per language.
const firstParts = new Map();
for (const [file, code] of html.matchAll(/locale-([a-z]{2})-first-[0-9a-f]+\.json/g)) firstParts.set(code, file);
const perLanguage = [...firstParts.entries()]
  .map(([code, file]) => {
    const buf = readFileSync(path.join(dir, file));
    return { code, file, gzip: gzipSync(buf, { level: 9 }).length, total: total.gzip + gzipSync(buf, { level: 9 }).length };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
if (perLanguage.length > 0) {
  console.log(`\nFirst load per language (the files above and that language's first texts, gzip -9):`);
  for (const l of perLanguage) console.log(`  ${l.code}  ${l.file.padEnd(40)}  +${cell(l.gzip).padStart(18)}  = ${kib(l.total)}`);
}
const heaviest = perLanguage.reduce((max, l) => (l.total > max.total ? l : max), { code: '', total: total.gzip });

const budget = opts.budgetKib * 1024;
let ok = process.exitCode !== 1;
if (!rows.some((r) => /\.wasm$/i.test(r.name))) {
  console.error('size-check: FAIL: no .wasm file found among the first-load assets');
  ok = false;
}
if (!rows.some((r) => /\.m?js$/i.test(r.name))) {
  console.error('size-check: FAIL: no .js file found among the first-load assets');
  ok = false;
}
const which = heaviest.code ? ` (${heaviest.code}, the heaviest language)` : '';
if (heaviest.total > budget) {
  console.error(`size-check: FAIL: first load ${kib(heaviest.total)}${which} is over the budget of ${opts.budgetKib} KiB`);
  ok = false;
} else {
  console.log(`first load ${kib(heaviest.total)}${which} of a ${opts.budgetKib} KiB budget (${((100 * heaviest.total) / budget).toFixed(0)} %)`);
}
if (!ok) process.exit(1);
console.log('size-check: OK');
