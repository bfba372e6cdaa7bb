// The three browser engines the journeys run in, driven by WebDriver from Debian's and crates.io's
// builds (scripts/setup installs them), and everything that differs between them: the driver, the
// capabilities, how page errors are collected, how storage is made unavailable.
//
// - Chromium: Debian's chromium + chromedriver, headless. Errors: WebDriver BiDi `log.entryAdded`.
//   Storage unavailable: a BiDi `script.addPreloadScript` that makes `window.localStorage` throw a
//   SecurityError before the page's own scripts run (what Chromium does when a person blocks
//   site data).
// - Firefox: Debian's firefox-esr + geckodriver, headless. The same BiDi log events and preload
//   script.
// - WebKit: WebKitGTK's WebKitWebDriver driving its MiniBrowser under Xvfb. Its driver has no BiDi
//   (a session asked for `webSocketUrl` is refused), so it has no way to run a script before the
//   page's, and its automation sessions (ephemeral) print no console messages even with
//   `enable-write-console-messages-to-stdout`. So: errors are recorded in the page by
//   ./recorder.js, which the test server injects as the first same-origin script (the page's
//   Content-Security-Policy allows it as 'self', untouched); storage is made unavailable with
//   WebKit's own setting, `--enable-html5-local-storage=false`, in a second session
//   (`window.localStorage` is then null). Console messages the browser writes itself (not
//   visible to scripts, e.g. a Content-Security-Policy it cannot parse) are checked once by
//   loading the app in a plain MiniBrowser that prints them (`firstLoadConsole`).
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder } from 'selenium-webdriver';
import { Page } from './page.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.join(HERE, '..', '..', 'scripts', 'static-server.mjs');
const RECORDER = path.join(HERE, 'recorder.js');
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const GECKODRIVER = process.env.GECKODRIVER || 'geckodriver';

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a process in a process group of its own; `stop()` ends that group (and only it). */
function launch(command, args, env = process.env) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killGroup = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // the whole group is gone
    }
  };
  return {
    output: () => output,
    exited,
    /** Ends the group, its leader's children included, and waits for the leader. */
    async stop() {
      killGroup();
      await exited;
    },
  };
}

/** Polls `probe` until it returns something truthy, for at most `ms`. */
async function poll(probe, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * scripts/static-server.mjs serving `dir`, which can be stopped (the offline journey) and started again
 * on the same port, so the origin, its storage and its service worker stay the same.
 */
async function startServer(dir, inject) {
  let port = 0;
  let proc;
  const start = async () => {
    proc = launch(process.execPath, [SERVER, '--dir', dir, '--port', String(port), ...(inject ? ['--inject', inject] : [])]);
    const url = await poll(async () => /at (http:\/\/\S+)/.exec(proc.output())?.[1], 5_000, 'the test server');
    port = Number(new URL(url).port);
    return url;
  };
  const url = await start();
  return { url, start, stop: () => proc.stop() };
}

/**
 * Serves a copy of `dir` whose wasm or JS glue `change` alters (returning the new bytes, or null to
 * delete the file): for the journeys about a first load that fails. Returns { url, stop }.
 */
export async function serveChangedCopy(dir, inject, file, change) {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'dist-changed-'));
  await cp(dir, copy, { recursive: true });
  const name = (await readdir(copy)).find((n) => (file === 'wasm' ? n.endsWith('_bg.wasm') : /^cto-or-cio-[0-9a-f]+\.js$/.test(n)));
  const target = path.join(copy, name);
  const changed = change(await readFile(target));
  if (changed === null) await rm(target);
  else await writeFile(target, changed);
  const server = await startServer(copy, inject);
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await rm(copy, { recursive: true, force: true });
    },
  };
}

/** @typedef {ReturnType<typeof defineEngine>} Engine */
function defineEngine(engine) {
  return engine;
}

/** Collects BiDi `log.entryAdded` errors: console errors and uncaught exceptions alike. */
async function bidiErrors(driver) {
  const errors = [];
  const bidi = await driver.getBidi();
  await bidi.subscribe('log.entryAdded');
  bidi.on('log.entryAdded', (entry) => {
    if (entry.level === 'error') errors.push(`${entry.type === 'javascript' ? 'pageerror' : 'console.error'}: ${entry.text}`);
  });
  // A command's answer comes after every event the browser sent before it, on the same socket:
  // once it is back, the errors of everything that already happened are in.
  const harvest = async () => {
    await bidi.send({ method: 'session.status', params: {} });
    return errors.splice(0);
  };
  return { bidi, harvest };
}

/** Makes `window.localStorage` throw, as a browser that blocks site data does. */
function storageBlocked() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Runs `journey` with a BiDi preload script that blocks storage, in the same session. */
async function withBidiStorageBlocked(page, journey) {
  const { bidi } = page.session;
  const added = await bidi.send({ method: 'script.addPreloadScript', params: { functionDeclaration: storageBlocked.toString() } });
  const script = added.result?.script;
  if (!script) throw new Error(`script.addPreloadScript failed: ${JSON.stringify(added)}`);
  try {
    await journey(page);
  } finally {
    await bidi.send({ method: 'script.removePreloadScript', params: { script } });
  }
}

const headlessChromium = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const ENGINES = [
  defineEngine({
    name: 'chromium',
    driver: (port) => ['chromedriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      webSocketUrl: true,
      'goog:chromeOptions': { binary: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: headlessChromium },
    }),
    errors: bidiErrors,
    withStorageUnavailable: withBidiStorageBlocked,
  }),
  defineEngine({
    name: 'firefox',
    driver: (port) => [GECKODRIVER, ['--port', String(port)]],
    capabilities: () => ({
      browserName: 'firefox',
      webSocketUrl: true,
      'moz:firefoxOptions': { binary: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', args: ['-headless'] },
    }),
    errors: bidiErrors,
    withStorageUnavailable: withBidiStorageBlocked,
  }),
  defineEngine({
    name: 'webkit',
    driver: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: ({ storage = true } = {}) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        args: ['--automation', ...(storage ? [] : ['--enable-html5-local-storage=false'])],
      },
    }),
    inject: RECORDER,
    async errors(driver) {
      const harvest = () =>
        driver.executeScript(() => (Array.isArray(window.__engineErrors) ? window.__engineErrors.splice(0) : [])).catch(() => []);
      return { harvest };
    },
    /** A second session whose browser has local storage switched off. */
    async withStorageUnavailable(page, journey) {
      const other = await page.session.open({ storage: false });
      try {
        await journey(other.page);
        await other.page.expectNoErrors();
      } finally {
        await other.close();
      }
    },
    /** The browser's own console messages while the app first loads, from a plain MiniBrowser. */
    async firstLoadConsole(url) {
      const home = await mkdtemp(path.join(os.tmpdir(), 'minibrowser-'));
      try {
        const proc = launch(
          'xvfb-run',
          ['-a', MINIBROWSER, '--enable-write-console-messages-to-stdout=true', '--exit-after-load', url],
          { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CACHE_HOME: home, XDG_CONFIG_HOME: home },
        );
        const timer = setTimeout(() => proc.stop(), 15_000);
        await proc.exited;
        clearTimeout(timer);
        await proc.stop(); // the browser's own child processes may outlive it
        return proc.output().split('\n').filter((line) => /CONSOLE .*(ERROR|WARNING)/.test(line));
      } finally {
        await rm(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      }
    },
  }),
];

/**
 * Starts a test server for `dir` and a session of the engine; returns the run's
 * `{ page, server, version, stop }`. Each session has a driver process of its own (WebKitWebDriver
 * allows one session at a time); more sessions with other settings come from
 * `page.session.open(options)`.
 */
export async function startEngine(engine, dir) {
  const server = await startServer(dir, engine.inject);
  const open = async (options = {}) => {
    const port = await freePort();
    const [command, args] = engine.driver(port);
    const driverProc = launch(command, args);
    let driver;
    const close = async () => {
      await driver?.quit().catch(() => {});
      await driverProc.stop();
    };
    try {
      const driverUrl = `http://127.0.0.1:${port}`;
      await poll(async () => (await fetch(`${driverUrl}/status`)).ok, 15_000, `${command} on port ${port}`);
      driver = await new Builder().usingServer(driverUrl).withCapabilities(engine.capabilities(options)).build();
      const { bidi, harvest } = await engine.errors(driver);
      const page = new Page(driver, server.url, harvest);
      page.session = { driver, bidi, open };
      const caps = await driver.getCapabilities();
      return { page, version: `${caps.get('browserName')} ${caps.get('browserVersion')}`, close };
    } catch (error) {
      await close();
      throw error;
    }
  };
  let first;
  try {
    first = await open();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    page: first.page,
    server,
    version: first.version,
    async stop() {
      await first.close();
      await server.stop();
    },
  };
}
