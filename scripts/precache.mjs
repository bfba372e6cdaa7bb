// Trunk post_build hook: writes into the staged sw.js the exact list of files this build produced
// (hashed names included) and a version derived from their contents. Never edited by hand.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("precache.mjs: TRUNK_STAGING_DIR is not set; it runs as a Trunk post_build hook");
  process.exit(1);
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const worker = join(staging, "sw.js");
const names = (await files(staging))
  .filter((path) => path !== worker)
  .map((path) => relative(staging, path).split(sep).join("/"))
  .sort();
if (!names.includes("index.html") || !names.some((n) => n.endsWith(".wasm"))) {
  console.error(`precache.mjs: the build in ${staging} has no index.html or .wasm: ${names.join(", ")}`);
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
  console.error("precache.mjs: sw.js lacks its placeholders");
  process.exit(1);
}
await writeFile(
  worker,
  source.replace("%BUILD_VERSION%", version).replace('["%PRECACHE_LIST%"]', JSON.stringify(list)),
);
console.log(`precache.mjs: sw.js version ${version}, ${list.length} files`);
