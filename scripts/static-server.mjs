#!/usr/bin/env node
// Tiny dependency-free static file server for the built app (default: dist/).
//
//   node scripts/static-server.mjs [--dir dist] [--port 4173] [--host 127.0.0.1] [--base /sub/path/]
//                             [--inject test-script.js]
//
// Environment fallbacks: SERVE_DIR, PORT, HOST, BASE_PATH.
// - Every response carries `Cache-Control: no-cache`, so Chromium's HTTP cache
//   can never mask a broken service worker.
// - With --base, the directory is served only under that URL prefix; every
//   other path is a 404 (this is how sub-path hosting is tested).
// - Directory requests serve index.html; missing files are 404; paths that
//   escape the directory are refused.
// - Text and wasm go out gzipped to a browser that accepts it, as any static host sends them
//   (the figures in docs/performance.md depend on it).
// - With --inject, every index.html it serves runs that script first: a same-origin
//   `<script src="__test/inject.js">` goes right after the page's Content-Security-Policy (which
//   allows it as 'self', so the policy stays as built). tests/engines uses it where a browser's
//   WebDriver has no way to run a script before the page's own.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import process from 'node:process';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function parseArgs(argv) {
  const opts = {
    dir: process.env.SERVE_DIR || 'dist',
    port: Number(process.env.PORT || 4173),
    host: process.env.HOST || '127.0.0.1',
    base: process.env.BASE_PATH || '/',
    inject: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--dir': opts.dir = value(); break;
      case '--port': opts.port = Number(value()); break;
      case '--host': opts.host = value(); break;
      case '--base': opts.base = value(); break;
      case '--inject': opts.inject = path.resolve(value()); break;
      case '-h':
      case '--help':
        console.log('usage: node scripts/static-server.mjs [--dir DIR] [--port N] [--host H] [--base /prefix/] [--inject FILE]');
        process.exit(0);
        break;
      default:
        // A bare positional argument is the directory.
        if (!arg.startsWith('-')) { opts.dir = arg; break; }
        console.error(`unknown option: ${arg}`);
        process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error(`invalid port: ${opts.port}`);
    process.exit(2);
  }
  // Normalise the prefix to "/x/y/" (or "/").
  let base = opts.base.trim();
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  opts.base = base.replace(/\/{2,}/g, '/');
  opts.dir = path.resolve(opts.dir);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const INJECTED = '__test/inject.js';
const root = opts.dir;
try {
  if (!statSync(root).isDirectory()) throw new Error('not a directory');
} catch {
  console.error(`server.mjs: ${root} is not a directory (build the app first: scripts/build)`);
  process.exit(1);
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

async function resolveFile(urlPath) {
  // urlPath is already relative to the base prefix, starting without "/".
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, `.${path.posix.sep}${decoded}`);
  if (full !== root && !full.startsWith(root + path.sep)) return null; // traversal
  let st;
  try {
    st = await stat(full);
  } catch {
    return null;
  }
  if (st.isDirectory()) {
    // "/dir" → "/dir/" so that relative URLs inside its index.html resolve.
    if (decoded !== '' && !decoded.endsWith('/')) return { redirect: true };
    const index = path.join(full, 'index.html');
    try {
      const ist = await stat(index);
      if (ist.isFile()) return { file: index, size: ist.size };
    } catch {
      return null;
    }
    return null;
  }
  return st.isFile() ? { file: full, size: st.size } : null;
}

const COMPRESSIBLE = /\.(html|m?js|css|json|webmanifest|svg|wasm|txt)$/i;
/** Each file gzipped once per version of it (level 6, what hosts use by default). */
const gzipCache = new Map();
async function gzipped(file) {
  const { mtimeMs, size } = await stat(file);
  const key = `${file}:${mtimeMs}:${size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(await readFile(file), { level: 6 }));
  return gzipCache.get(key);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const { pathname, search } = new URL(req.url, 'http://localhost');
    // The prefix without its trailing slash redirects to the prefix.
    if (opts.base !== '/' && pathname === opts.base.slice(0, -1)) {
      send(res, 301, '', { Location: opts.base });
      return;
    }
    if (!pathname.startsWith(opts.base)) {
      send(res, 404, 'Not Found\n');
      return;
    }
    const rel = pathname.slice(opts.base.length);
    if (opts.inject && rel === INJECTED) {
      send(res, 200, await readFile(opts.inject), { 'Content-Type': MIME['.js'] });
      return;
    }
    const found = await resolveFile(rel);
    if (!found) {
      send(res, 404, 'Not Found\n');
      return;
    }
    if (found.redirect) {
      send(res, 301, '', { Location: `${pathname}/${search}` });
      return;
    }
    const type = MIME[path.extname(found.file).toLowerCase()] || 'application/octet-stream';
    if (opts.inject && path.basename(found.file) === 'index.html') {
      const html = (await readFile(found.file, 'utf8')).replace(
        /<meta http-equiv="Content-Security-Policy"[^>]*>/,
        (csp) => `${csp}\n  <script src="${INJECTED}"></script>`,
      );
      send(res, 200, req.method === 'HEAD' ? '' : html, { 'Content-Type': type });
      return;
    }
    if (COMPRESSIBLE.test(found.file) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const body = await gzipped(found.file);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': found.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
    else res.destroy();
  }
});

server.listen(opts.port, opts.host, () => {
  const { port } = server.address();
  console.log(`serving ${root} at http://${opts.host}:${port}${opts.base}`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
