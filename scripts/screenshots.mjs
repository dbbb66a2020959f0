// node screenshots.mjs PAGE.html OUTDIR — the page in headless Chromium,
// offline, at 1400 px (desktop.png) and at a 390 px phone (phone.png), the
// first event of the table opened; prints the page's width at each, which
// is the viewport's when no column is cut off. Needs playwright-core (as
// the shared html-check.sh installs it) and Chromium.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const [page, out] = process.argv.slice(2);
const url = pathToFileURL(path.resolve(page)).href;
const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
let wide = false;
for (const [name, width, height, mobile] of [['desktop', 1400, 1000, false], ['phone', 390, 844, true]]) {
  const ctx = await b.newContext({ viewport: { width, height }, offline: true, isMobile: mobile, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForTimeout(1500);
  await p.click('#rows button.open');
  await p.waitForTimeout(300);
  const w = await p.evaluate(() => document.documentElement.scrollWidth);
  wide = wide || w > width;
  console.log(`${name}: ${width} px viewport, page ${w} px wide`);
  await p.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
}
await b.close();
process.exit(wide ? 1 : 0);
