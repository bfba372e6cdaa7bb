// Trunk post_build hook. First it adds the split chunks (see below); then, in release builds,
// it removes dead exports from the main module (0a), and minifies the JS (the wasm-bindgen glue
// and the crate's snippets) with terser, Trunk's own JS minifier cannot parse ES modules (0), and
// the CSS with lightningcss (0b); it puts the later screens' stylesheet in a <template> (0c); and
// then, in every build:
// 1. Subresource Integrity: computes the SHA-384 of the final JS and wasm files; writes the JS
//    files' hashes into an import map, whose `integrity` section the browser checks when the loader
//    imports the glue and the glue its snippets, and the wasm's into the loader, which fetches the
//    wasm with it; then, in release builds, minifies the loader;
// 2. adds a Content-Security-Policy to the staged index.html, allowing its inline scripts (the
//    import map, the loader and the `nomodule` fallback) by their hashes, computed once every
//    script is final (no 'unsafe-inline'), WebAssembly compilation, and nothing from elsewhere;
// 3. writes into the staged sw.js the exact list of files this build produced (hashed names
//    included) and a version derived from their contents. Nothing here is edited by hand.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { transform } from "lightningcss";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build.mjs: TRUNK_STAGING_DIR is not set; it runs as a Trunk post_build hook");
  process.exit(1);
}

// The WebAssembly features index.html gives Trunk's wasm-opt (data-wasm-opt-params).
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

// Split chunks -------------------------------------------------------------------------------
// A release build with the `split` feature was split by scripts/wasm-link: the glue imports
// ./__wasm_split.js, which loads the chunks when their screens are first shown. They join the
// build here, optimised like the main module and under content-hashed names, and each chunk is
// fetched with its integrity, so a tampered chunk is refused like a tampered main wasm.
const glue = (await files(staging)).find((p) => /cto-or-cio-[0-9a-f]+\.js$/.test(p));
if (glue && (await readFile(glue, "utf8")).includes("./__wasm_split.js")) {
  const split = join(process.env.CARGO_TARGET_DIR || join(process.cwd(), "target"), "wasm-split");
  const names = (await readdir(split)).filter((n) => n.endsWith(".wasm"));
  let loader = await readFile(join(split, "__wasm_split.js"), "utf8");
  if (names.length === 0 || !loader.includes('"./cto-or-cio.js"')) {
    console.error(`post-build.mjs: the glue imports ./__wasm_split.js, but ${split} holds no chunks or no loader`);
    process.exit(1);
  }
  const short = async (path) => createHash("sha256").update(await readFile(path)).digest("hex").slice(0, 16);
  for (const name of names) {
    const optimised = join(staging, name);
    execFileSync("wasm-opt", ["-Oz", ...WASM_FEATURES, join(split, name), "-o", optimised], { stdio: "inherit" });
    const hashed = name.replace(/\.wasm$/, `-${await short(optimised)}.wasm`);
    await rename(optimised, join(staging, hashed));
    const sri = `sha384-${createHash("sha384").update(await readFile(join(staging, hashed))).digest("base64")}`;
    const fetchOf = `fetch(new URL("./${name}", import.meta.url))`;
    if (!loader.includes(fetchOf)) {
      console.error(`post-build.mjs: ${split}/__wasm_split.js does not fetch ${name} as expected`);
      process.exit(1);
    }
    loader = loader.replace(fetchOf, `fetch(new URL("./${hashed}", import.meta.url), { integrity: "${sri}" })`);
  }
  loader = loader.replace('"./cto-or-cio.js"', `"./${relative(staging, glue)}"`);
  const loaderName = `__wasm_split-${createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
  await writeFile(join(staging, loaderName), loader);
  // The module's import keeps its name (it is inside the wasm); only where the glue loads it moves.
  const glueText = await readFile(glue, "utf8");
  if (!glueText.includes('from "./__wasm_split.js"')) {
    console.error(`post-build.mjs: ${glue} does not import ./__wasm_split.js as expected`);
    process.exit(1);
  }
  await writeFile(glue, glueText.replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`));
  console.log(`post-build.mjs: ${names.length} split chunk(s) and ${loaderName}`);
}

// 0a. The main module, once more --------------------------------------------------------------
// Leptos always builds in its server functions' browser side, whose wasm-streams dependency
// exports three JS classes (IntoUnderlyingSource, IntoUnderlyingByteSource, IntoUnderlyingSink)
// through wasm-bindgen. Exports are roots, so the code behind them stays in the first load
// although nothing here ever constructs one. The glue's classes only call these exports from
// their methods, so without the exports they are dead code that is never reached. Removing
// them, and the `producers` and `target_features` metadata no browser reads, and flattening and
// re-relooping the control flow before -Oz runs again, takes 2.2 KiB (gzip) off the wasm: 1.3
// for the exports, 0.2 for the metadata, 0.75 for the second pass.
if (process.env.TRUNK_PROFILE === "release") {
  const main = (await files(staging)).find((p) => /cto-or-cio-[0-9a-f]+_bg\.wasm$/.test(p));
  if (!main) {
    console.error(`post-build.mjs: no main module (cto-or-cio-*_bg.wasm) in ${staging}`);
    process.exit(1);
  }
  const before = (await readFile(main)).length;
  execFileSync(
    "wasm-opt",
    [
      main,
      ...WASM_FEATURES,
      "--remove-exports",
      "--pass-arg=remove-exports@*intounderlying*",
      "--strip-producers",
      "--strip-target-features",
      "--flatten",
      "--rereloop",
      "-Oz",
      "-Oz",
      "-o",
      main,
    ],
    { stdio: "inherit" },
  );
  console.log(`post-build.mjs: main module ${before} -> ${(await readFile(main)).length} bytes`);
}

// 0. Minified JS ------------------------------------------------------------------------------
if (process.env.TRUNK_PROFILE === "release") {
  let before = 0;
  let after = 0;
  for (const path of (await files(staging)).filter((p) => p.endsWith(".js") && !p.endsWith(`${sep}sw.js`))) {
    const source = await readFile(path, "utf8");
    const { code } = await minify(source, { module: true, compress: true, mangle: true });
    if (!code) {
      console.error(`post-build.mjs: terser returned nothing for ${path}`);
      process.exit(1);
    }
    await writeFile(path, code);
    before += source.length;
    after += code.length;
  }
  console.log(`post-build.mjs: JS minified, ${before} -> ${after} bytes`);
}

// 0b. Minified CSS ----------------------------------------------------------------------------
// lightningcss with the oldest browsers the README supports as targets, so it never writes
// syntax they lack (Trunk's own minifier turns media queries into ranges Safari 16.0 ignores).
if (process.env.TRUNK_PROFILE === "release") {
  // lightningcss's targets: a browser's major version in the high 16 bits.
  const targets = { chrome: 97 << 16, edge: 97 << 16, firefox: 102 << 16, safari: 16 << 16, ios_saf: 16 << 16 };
  for (const path of (await files(staging)).filter((p) => p.endsWith(".css"))) {
    const source = await readFile(path);
    const { code } = transform({ filename: path, code: source, minify: true, targets });
    await writeFile(path, code);
    console.log(`post-build.mjs: CSS minified, ${source.length} -> ${code.length} bytes`);
  }
}

// 0c. The later screens' stylesheet --------------------------------------------------------
// style/later.css (copied by Trunk as it is) holds the styles of the screens a first visit does
// not start on. It gets a content-hashed name, and index.html gets its <link> inside a
// <template>, so the first load does not fetch it: the app moves the link into <head> when it
// first shows one of those screens or preloads them (src/platform/page.rs). Step 1 fills in the
// link's integrity like the main stylesheet's.
const page = join(staging, "index.html");
let html = await readFile(page, "utf8");
{
  const plain = join(staging, "later.css");
  const hashed = `later-${createHash("sha256").update(await readFile(plain)).digest("hex").slice(0, 16)}.css`;
  await rename(plain, join(staging, hashed));
  if (!html.includes("</head>")) {
    console.error("post-build.mjs: index.html has no </head> to put the later stylesheet's template before");
    process.exit(1);
  }
  html = html.replace(
    "</head>",
    `  <template id="later-styles"><link rel="stylesheet" href="./${hashed}" integrity=""></template>\n</head>`,
  );
  console.log(`post-build.mjs: ${hashed} for the later screens, in a <template>`);
}

// 1. Subresource Integrity -----------------------------------------------------------------
const sha384 = async (path) => `sha384-${createHash("sha384").update(await readFile(path)).digest("base64")}`;
const integrity = {};
let wasm;
for (const path of (await files(staging)).sort()) {
  const name = relative(staging, path).split(sep).join("/");
  // The main module; split chunks carry their own integrity in their loader (see above).
  if (/^cto-or-cio-[0-9a-f]+_bg\.wasm$/.test(name)) wasm = await sha384(path);
  else if (name.endsWith(".js") && name !== "sw.js") integrity[`./${name}`] = await sha384(path);
  else if (name.endsWith(".css")) {
    // Trunk hashed the stylesheet before it was minified above; its link gets the new digest.
    const link = new RegExp(`(href="\\./${name.replace(/[.]/g, "\\.")}" integrity=")[^"]*"`);
    if (!link.test(html)) {
      console.error(`post-build.mjs: no <link integrity> for ${name} in index.html`);
      process.exit(1);
    }
    const digest = await sha384(path);
    html = html.replace(link, (_, head) => `${head}${digest}"`);
  }
}
if (!html.includes("{/*SRI*/}") || !wasm || Object.keys(integrity).length === 0) {
  console.error("post-build.mjs: the loader in index.html lacks its {/*SRI*/} placeholder, or the build has no JS or wasm");
  process.exit(1);
}
html = html
  .replace("{/*SRI*/}", wasm)
  .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <script type="importmap">${JSON.stringify({ integrity })}</script>`);
console.log(`post-build.mjs: SHA-384 integrity for the wasm and ${Object.keys(integrity).length} JS files`);

// In release builds the inline loader is minified too (it is most of index.html's weight).
if (process.env.TRUNK_PROFILE === "release") {
  const loaders = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
  for (const [, code] of loaders) {
    const { code: small } = await minify(code, { module: true, compress: true, mangle: true });
    html = html.replace(code, () => small);
  }
}

// 2. Content-Security-Policy ----------------------------------------------------------------
const inline = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) {
  console.error("post-build.mjs: no inline loader script found in index.html");
  process.exit(1);
}
const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
// No `manifest-src`: WebKit does not know that directive and reports it as a console error on
// every load; `default-src 'self'` covers the manifest in every engine just the same.
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
if (!html.includes('<meta charset="utf-8">')) {
  console.error("post-build.mjs: index.html has no <meta charset=\"utf-8\"> to put the policy after");
  process.exit(1);
}
await writeFile(
  page,
  html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`),
);
console.log(`post-build.mjs: Content-Security-Policy with ${hashes.length} script hash(es)`);

// 3. Precache list and version for the service worker -------------------------------------
const worker = join(staging, "sw.js");
const names = (await files(staging))
  .filter((path) => path !== worker)
  .map((path) => relative(staging, path).split(sep).join("/"))
  .sort();
if (!names.includes("index.html") || !names.some((n) => n.endsWith(".wasm"))) {
  console.error(`post-build.mjs: the build in ${staging} has no index.html or .wasm: ${names.join(", ")}`);
  process.exit(1);
}

const hash = createHash("sha256");
for (const name of names) {
  hash.update(name);
  hash.update(await readFile(join(staging, name)));
}
const version = hash.digest("hex").slice(0, 16);
const list = names.map((name) => `./${name}`);

const source = await readFile(worker, "utf8");
if (!source.includes("%BUILD_VERSION%") || !source.includes('["%PRECACHE_LIST%"]')) {
  console.error("post-build.mjs: sw.js lacks its placeholders");
  process.exit(1);
}
await writeFile(
  worker,
  source.replace("%BUILD_VERSION%", version).replace('["%PRECACHE_LIST%"]', JSON.stringify(list)),
);
console.log(`post-build.mjs: sw.js version ${version}, ${list.length} files`);
