// Trunk's post_build hook: turns what Trunk staged into the site. In order:
// 1. the split chunks of a release build join it (optimised, content-hashed, fetched with their
//    integrity), after checking that the main module can load them;
// 2. release builds only: the main module is optimised once more, the JS is minified with terser
//    (Trunk's own minifier cannot parse ES modules) and the CSS with lightningcss;
// 3. the later screens' stylesheet gets a hashed name and an inert <link> in a <template>;
// 4. each language's locale file (locales/*.json) is split in two, the texts the first screens
//    need and the rest (locales/parts.json says which), under hashed names; the page's own texts
//    (`boot.` keys) go into boot/lang.js, which picks the language, with every part's address and
//    integrity; it and boot/texts.js are inlined into index.html;
// 5. the loader (boot/loader.js) is inlined into index.html, with the SHA-384 of every JS file in
//    an import map and the wasm's in the loader;
// 6. release builds only: a Content-Security-Policy that allows the inline scripts by their
//    hashes and nothing from elsewhere (debug builds have none, so `trunk serve` can add its
//    live-reload script);
// 7. sw.js gets this build's exact file list and a version derived from their contents.
// Every URL it writes starts with the build's public URL (`--public-url`, `./` by default).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { transform } from "lightningcss";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail("TRUNK_STAGING_DIR is not set; this runs as Trunk's post_build hook");
const release = process.env.TRUNK_PROFILE === "release";
const base = process.env.TRUNK_PUBLIC_URL || "./";

// The WebAssembly features index.html gives Trunk's wasm-opt (data-wasm-opt-params).
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
  // PROFILE_NAMES=1 keeps the functions' names, for a profiler (docs/performance.md); the
  // index.html wasm-opt step needs `-g` in data-wasm-opt-params as well.
  ...(process.env.PROFILE_NAMES ? ["-g"] : []),
];

function fail(why) {
  console.error(`post-build.mjs: ${why}`);
  process.exit(1);
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out.sort();
}

const nameOf = (path) => relative(staging, path).split(sep).join("/");
const sha384 = async (path) => `sha384-${createHash("sha384").update(await readFile(path)).digest("base64")}`;
const short = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const staged = async (pattern) => (await files(staging)).find((p) => pattern.test(nameOf(p)));

const glue = await staged(/^cto-or-cio-[0-9a-f]+\.js$/);
const main = await staged(/^cto-or-cio-[0-9a-f]+_bg\.wasm$/);
if (!glue || !main) fail(`no cto-or-cio-*.js and *_bg.wasm in ${staging}`);
const page = join(staging, "index.html");
let html = await readFile(page, "utf8");

// 1. Split chunks ----------------------------------------------------------------------------
// A release build is split by scripts/wasm-link: the glue imports ./__wasm_split.js, which loads
// the chunks when their screens are first shown. The chunks call the main module through its
// function table, which wasm-bindgen removes unless scripts/bin/wasm-bindgen (first on PATH in
// scripts/build, scripts/test and scripts/measure) passes --keep-lld-exports: without it the
// build would succeed and every chunk fail at run time, so that is checked here.
if ((await readFile(glue, "utf8")).includes("./__wasm_split.js")) {
  const split = join(process.env.CARGO_TARGET_DIR || join(process.cwd(), "target"), "wasm-split");
  const names = (await readdir(split)).filter((n) => n.endsWith(".wasm"));
  let loader = await readFile(join(split, "__wasm_split.js"), "utf8");
  if (names.length === 0 || !loader.includes('"./cto-or-cio.js"')) {
    fail(`the glue imports ./__wasm_split.js, but ${split} holds no chunks or no loader`);
  }
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(await readFile(main))).map((e) => e.name);
  if (!exports.includes("__indirect_function_table")) {
    fail(
      "the main module does not export its function table, so the split chunks could not load.\n" +
        "  wasm-bindgen ran without --keep-lld-exports: build with scripts/build (which puts\n" +
        "  scripts/bin/wasm-bindgen first on PATH), not with a bare `trunk build --release`.",
    );
  }
  for (const name of names) {
    const optimised = join(staging, name);
    execFileSync("wasm-opt", ["-Oz", ...WASM_FEATURES, join(split, name), "-o", optimised], { stdio: "inherit" });
    const hashed = name.replace(/\.wasm$/, `-${short(await readFile(optimised))}.wasm`);
    await rename(optimised, join(staging, hashed));
    const fetchOf = `fetch(new URL("./${name}", import.meta.url))`;
    if (!loader.includes(fetchOf)) fail(`${split}/__wasm_split.js does not fetch ${name} as expected`);
    const integrity = await sha384(join(staging, hashed));
    loader = loader.replace(fetchOf, `fetch(new URL("./${hashed}", import.meta.url), { integrity: "${integrity}" })`);
  }
  loader = loader.replace('"./cto-or-cio.js"', `"./${nameOf(glue)}"`);
  // A chunk that fails to load is the app's to report: its screen says so, with Try again. The
  // loader's own console.error would also fire when a page is left while a preload is on its way
  // (Firefox rejects the cut-off fetch), which is no error at all.
  if (!loader.includes("console.error(e);")) fail(`${split}/__wasm_split.js no longer logs as expected`);
  loader = loader.replace("console.error(e);", "");
  const loaderName = `__wasm_split-${short(loader)}.js`;
  await writeFile(join(staging, loaderName), loader);
  // The module's import keeps its name (it is inside the wasm); only where the glue loads it moves.
  const glueText = await readFile(glue, "utf8");
  if (!glueText.includes('from "./__wasm_split.js"')) fail(`${glue} does not import ./__wasm_split.js as expected`);
  await writeFile(glue, glueText.replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`));
  console.log(`post-build.mjs: ${names.length} split chunks and ${loaderName}`);
}

// 2. Release optimisation ----------------------------------------------------------------------
if (release) {
  // Leptos always builds in its server functions' browser side, whose wasm-streams dependency
  // exports three JS classes (IntoUnderlyingSource, IntoUnderlyingByteSource, IntoUnderlyingSink)
  // through wasm-bindgen. Exports are roots, so the code behind them stays in the first load
  // although nothing here constructs one; the glue's classes call them only from their methods.
  // Removing them and the metadata no browser reads, then flattening, re-relooping and running
  // -Oz again, is worth about 2 KiB gzip (docs/performance.md).
  const before = (await readFile(main)).length;
  execFileSync(
    "wasm-opt",
    [main, ...WASM_FEATURES, "--remove-exports", "--pass-arg=remove-exports@*intounderlying*",
      "--strip-producers", "--strip-target-features", "--flatten", "--rereloop", "-Oz", "-Oz", "-o", main],
    { stdio: "inherit" },
  );
  console.log(`post-build.mjs: main module ${before} -> ${(await readFile(main)).length} bytes`);

  for (const path of (await files(staging)).filter((p) => p.endsWith(".js") && !p.endsWith(`${sep}sw.js`))) {
    const { code } = await minify(await readFile(path, "utf8"), { module: true, compress: true, mangle: true });
    if (!code) fail(`terser returned nothing for ${path}`);
    await writeFile(path, code);
  }
  // lightningcss with the oldest supported browsers (docs/testing.md) as targets, so it never writes
  // syntax they lack (Trunk's own minifier turns media queries into ranges Safari 16.0 ignores).
  const targets = { chrome: 97 << 16, edge: 97 << 16, firefox: 102 << 16, safari: 16 << 16, ios_saf: 16 << 16 };
  for (const path of (await files(staging)).filter((p) => p.endsWith(".css"))) {
    const { code } = transform({ filename: path, code: await readFile(path), minify: true, targets });
    await writeFile(path, code);
  }
}

// 3. The later screens' stylesheet -------------------------------------------------------------
// style/later.css holds the styles of the screens a first visit does not start on. Its <link>
// waits in a <template>, so the first load does not fetch it: the app moves it into <head> when
// it first shows such a screen or preloads them (src/platform/browser.js).
{
  const plain = join(staging, "later.css");
  const hashed = `later-${short(await readFile(plain))}.css`;
  await rename(plain, join(staging, hashed));
  if (!html.includes("</head>")) fail("index.html has no </head>");
  html = html.replace(
    "</head>",
    `  <template id="later-styles"><link rel="stylesheet" href="${base}${hashed}" integrity=""></template>\n</head>`,
  );
}

// 4. Languages ----------------------------------------------------------------------------------
let messages;
let englishMessages;
{
  const { first: firstGroups } = JSON.parse(await readFile("locales/parts.json", "utf8"));
  const RTL = new Set(["ar", "fa", "he", "ur"]);
  const codes = (await readdir("locales")).filter((n) => /^[a-z]{2}\.json$/.test(n)).map((n) => n.slice(0, 2)).sort();
  if (!codes.includes("en")) fail("locales/en.json is missing");
  const english = JSON.parse(await readFile("locales/en.json", "utf8"));
  // The order of the app's message ids (build.rs): the English keys but the page's own, sorted.
  const order = Object.keys(english).filter((k) => !k.startsWith("boot.")).sort();
  const table = {};
  for (const code of codes) {
    let texts;
    try {
      texts = JSON.parse(await readFile(`locales/${code}.json`, "utf8"));
    } catch (e) {
      fail(`locales/${code}.json is not valid JSON: ${e.message}`);
    }
    // Each part is an array with every message's text at its id's index: `first` has the first
    // screens' texts (null for the others), `all` every text. The app needs no keys to read them.
    // The first screen waits for `first` alone; `all` follows, and a change of language fetches
    // only `all`, in one request.
    const parts = { first: order.map(() => null), all: order.map(() => null) };
    const page = {};
    for (const [key, value] of Object.entries(texts)) {
      if (!(key in english)) fail(`locales/${code}.json has “${key}”, which locales/en.json lacks`);
      if (key.startsWith("boot.")) page[key.slice(5)] = value;
      else {
        parts.all[order.indexOf(key)] = value;
        if (firstGroups.some((prefix) => key.startsWith(prefix))) parts.first[order.indexOf(key)] = value;
      }
    }
    const entry = { dir: RTL.has(code) ? "rtl" : "ltr", texts: page };
    for (const [part, content] of Object.entries(parts)) {
      while (content.length > 0 && content[content.length - 1] === null) content.pop();
      const bytes = Buffer.from(JSON.stringify(content));
      const name = `locale-${code}-${part}-${short(bytes)}.json`;
      await writeFile(join(staging, name), bytes);
      entry[part] = `${base}${name}`;
      entry[`${part}Sri`] = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
    }
    table[code] = entry;
  }
  // Every text index.html and the loader name is in every language.
  const loaderSource = await readFile("boot/loader.js", "utf8");
  const named = [
    ...[...html.matchAll(/data-(?:text|label)="([a-z_]+)"/g)].map((m) => m[1]),
    ...[...loaderSource.matchAll(/texts\.([a-z_]+)/g)].map((m) => m[1]),
    "title", "too_old",
  ];
  // The loader's rarer messages are in each language's first part (`loader.*`); it gets where,
  // and the English for when no part could be fetched.
  messages = {};
  englishMessages = {};
  for (const key of order.filter((k) => k.startsWith("loader."))) {
    messages[key.slice(7)] = order.indexOf(key);
    englishMessages[key.slice(7)] = english[key];
  }
  for (const [, name] of loaderSource.matchAll(/'([a-z_]+)', \{/g)) {
    if (!(name in messages)) fail(`boot/loader.js names the message “${name}”, which locales/en.json lacks (loader.${name})`);
  }
  for (const code of codes) {
    for (const name of named) {
      if (typeof table[code].texts[name] !== "string") fail(`locales/${code}.json lacks boot.${name}`);
    }
  }
  const inline = async (file, text) => {
    const tag = `<script data-inline="${file}"></script>`;
    if (!html.includes(tag)) fail(`index.html lacks ${tag}`);
    const code = release ? (await minify(text, { compress: true, mangle: true })).code : text;
    html = html.replace(tag, () => `<script>${code}</script>`);
  };
  await inline("boot/lang.js", (await readFile("boot/lang.js", "utf8")).replace("'%LOCALES%'", () => JSON.stringify(table)));
  await inline("boot/texts.js", await readFile("boot/texts.js", "utf8"));
}

// 5. The loader and Subresource Integrity ---------------------------------------------------
// The import map's `integrity` section is checked by the browser when the loader imports the glue
// and the glue its snippets; the loader fetches the wasm with the wasm's digest. Every stylesheet
// <link> gets its digest (Trunk's, where there is one, was made before minifying).
const integrity = {};
for (const path of await files(staging)) {
  const name = nameOf(path);
  const url = `${base}${name}`;
  if (name.endsWith(".js") && name !== "sw.js") integrity[url] = await sha384(path);
  else if (name.endsWith(".css")) {
    const link = new RegExp(`(href="${url.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}")(?: integrity="[^"]*")?`);
    if (!link.test(html)) fail(`no <link> for ${url} in index.html`);
    const digest = await sha384(path);
    html = html.replace(link, (_, href) => `${href} integrity="${digest}"`);
  }
}
const LOADER_TAG = '<script type="module" data-inline="boot/loader.js"></script>';
if (!html.includes(LOADER_TAG)) fail(`index.html lacks ${LOADER_TAG}`);
let loader = (await readFile("boot/loader.js", "utf8"))
  .replace("'%JS%'", JSON.stringify(`${base}${nameOf(glue)}`))
  .replace("'%WASM%'", JSON.stringify(`${base}${nameOf(main)}`))
  .replace("'%WASM_SRI%'", JSON.stringify(await sha384(main)))
  .replace("'%MESSAGES%'", () => JSON.stringify(messages))
  .replace("'%ENGLISH%'", () => JSON.stringify(englishMessages));
if (loader.includes("%")) fail("boot/loader.js has a placeholder this script does not fill");
if (release) loader = (await minify(loader, { module: true, compress: true, mangle: true })).code;
html = html
  .replace(LOADER_TAG, () => `<script type="module">${loader}</script>`)
  .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <script type="importmap">${JSON.stringify({ integrity })}</script>`);

// 6. Content-Security-Policy -----------------------------------------------------------------
if (release) {
  const inline = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
  // No `manifest-src`: WebKit does not know it and reports it on every load; `default-src 'self'`
  // covers the manifest in every engine.
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
await writeFile(page, html);

// 7. The service worker's precache list and version ---------------------------------------------
const worker = join(staging, "sw.js");
const names = (await files(staging)).filter((path) => path !== worker).map(nameOf);
const hash = createHash("sha256");
for (const name of names) {
  hash.update(name);
  hash.update(await readFile(join(staging, name)));
}
const source = await readFile(worker, "utf8");
if (!source.includes("%BUILD_VERSION%") || !source.includes('["%PRECACHE_LIST%"]')) fail("sw.js lacks its placeholders");
await writeFile(
  worker,
  source
    .replace("%BUILD_VERSION%", hash.digest("hex").slice(0, 16))
    .replace('["%PRECACHE_LIST%"]', JSON.stringify(names.map((name) => `./${name}`))),
);
console.log(`post-build.mjs: ${release ? "release" : "debug"} build, ${names.length} files, public URL ${base}`);
