// node render.mjs PAGE.html: milliseconds from navigation to every chart
// painted, and for a search typed into the table to redraw it.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const p = await (await b.newContext({ viewport: { width: 1400, height: 1000 }, offline: true })).newPage();
const t0 = Date.now();
await p.goto(pathToFileURL(path.resolve(process.argv[2])).href, { waitUntil: 'load' });
await p.waitForFunction(() => ['timechart', 'heatmap', 'map', 'graph'].every((id) => {
  const el = document.getElementById(id);
  return el && window.echarts && window.echarts.getInstanceByDom(el) && el.querySelector('canvas');
}), null, { timeout: 120000, polling: 50 });
await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const first = Date.now() - t0;
const t1 = Date.now();
await p.fill('#q', 'Tashkent');
await p.waitForFunction(() => /of/.test(document.getElementById('shown').textContent));
const search = Date.now() - t1;
console.log(`first_render_ms=${first} search_ms=${search}`);
await b.close();
