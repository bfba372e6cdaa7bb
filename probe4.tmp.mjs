// SW + offline probe: open, wait for controller, kill server, reload.
import { Builder } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
const [engine, port] = process.argv.slice(2);
const caps = {
  firefox: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] } },
  webkit: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } },
}[engine];
const server = spawn('node', ['tests/e2e/server.mjs', '--dir', 'dist', '--port', '4391'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 500));
const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
try {
  await driver.get('http://127.0.0.1:4391/');
  await driver.wait(async () => driver.executeScript('return document.body.innerText.includes("Step 1 of 9")'), 10000);
  const t = Date.now();
  const r = await driver.executeAsyncScript('const done = arguments[arguments.length-1]; navigator.serviceWorker.ready.then(() => done("ready " + !!navigator.serviceWorker.controller), (e) => done("err " + e)); setTimeout(() => done("timeout"), 8000)');
  console.log(engine, 'sw', r, Date.now() - t);
  if (!(await driver.executeScript('return !!navigator.serviceWorker.controller'))) {
    await driver.navigate().refresh();
    await driver.wait(async () => driver.executeScript('return !!navigator.serviceWorker.controller'), 8000).catch(() => {});
  }
  console.log('controller', await driver.executeScript('return !!navigator.serviceWorker.controller'));
  server.kill();
  await new Promise((r) => server.once('exit', r));
  const how = process.argv[4] || 'refresh';
  if (how === 'refresh') await driver.navigate().refresh();
  else if (how === 'get') await driver.get('http://127.0.0.1:4391/');
  else { await driver.executeScript('location.reload()'); await new Promise((r) => setTimeout(r, 1000)); }
  const ok = await driver.wait(async () => driver.executeScript('return document.body.innerText.includes("Step 1 of 9")'), 10000).catch((e) => e.message);
  console.log('offline reload', ok, (await driver.executeScript('return document.body.innerText')).slice(0, 200));
} finally {
  await driver.quit();
  server.kill();
}
