import { chromium } from 'playwright-core';
const [,, url, out, w, h, scheme, full] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
page.on('console', m => { if (m.type() === 'error') console.log('console error', m.text()); });
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
