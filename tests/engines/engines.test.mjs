// Runs the journeys (./journeys.mjs) in Firefox and WebKit through WebDriver, one browser session
// per engine reused across the journeys, and fails on any page error or console error an engine
// reports. Run by `scripts/test engines` against the release build in dist/. Chromium, the third
// engine, runs every Playwright spec (tests/e2e/), which covers each journey; the journeys run
// there too when asked:
//
//   node --test tests/engines/                                   # Firefox and WebKit
//   ENGINES=chromium,firefox,webkit node --test tests/engines/   # any of them (comma-separated)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ENGINES, serveChangedCopy, startEngine } from './engines.mjs';
import { JOURNEYS } from './journeys.mjs';
import { fragmentOf, CIO_CASE } from '../fixtures.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const wanted = (process.env.ENGINES || 'firefox,webkit').split(',');
const unknown = wanted.filter((name) => !ENGINES.some((e) => e.name === name));
if (unknown.length > 0) throw new Error(`unknown engine(s) ${unknown.join(', ')}; known: ${ENGINES.map((e) => e.name).join(', ')}`);
if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/index.html is missing: build first (trunk build --release)`);

for (const engine of ENGINES.filter((e) => wanted.includes(e.name))) {
  describe(engine.name, { timeout: 300_000 }, () => {
    let run;
    before(async () => {
      run = await startEngine(engine, DIST);
      console.log(`# ${engine.name}: ${run.version}`);
    });
    after(async () => {
      await run?.stop();
    });

    for (const journey of JOURNEYS) {
      it(journey.name, { timeout: 90_000 }, async () => {
        await run.page.forget();
        const started = Date.now();
        await journey.run({
          page: run.page,
          engine,
          server: run.server,
          serveChangedCopy: (file, change) => serveChangedCopy(DIST, engine.inject, file, change),
          note: (text) => console.log(`# ${engine.name}: ${text}`),
        });
        await run.page.expectNoErrors();
        console.log(`# ${engine.name}: ${journey.name}: ${Date.now() - started} ms`);
      });
    }

    if (engine.firstLoadConsole) {
      it('the browser’s own console stays clean while the app loads', async () => {
        const messages = await engine.firstLoadConsole(`${run.server.url}#${fragmentOf(CIO_CASE)}`);
        assert.deepEqual(messages, []);
      });
    }
  });
}
