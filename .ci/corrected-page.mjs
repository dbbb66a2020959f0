// node corrected-page.mjs CORRECTED_IDS GONE_IDS PAGE...: opens the pages
// offline in headless Chromium and checks that exactly the corrected events
// (ids joined by commas) are marked corrected in the pages' data, that the
// events gone are on no page, and that a corrected event, opened by its
// permalink, shows the editor's note. Exit 1 on a failure.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageEvents } from './page-data.mjs';

const [corrected, gone, ...pages] = process.argv.slice(2);
const want = corrected.split(',').filter(Boolean), away = gone.split(',').filter(Boolean);
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} page: ${what}`); if (!ok) failures.push(what); };
const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1300, height: 900 }, offline: true });
const marked = [], shown = [], home = {};
for (const page of pages) {
  const p = await ctx.newPage();
  await p.goto(pathToFileURL(path.resolve(page)).href, { waitUntil: 'load' });
  const events = await p.evaluate(pageEvents);
  for (const e of events) {
    shown.push(e.id);
    home[e.id] = page;
    if (e.corrected) marked.push(e.id);
  }
  await p.close();
}
check(marked.length === want.length && want.every((id) => marked.includes(id)), `the ${want.length} corrected events, and no other, are marked (${marked.length} marked)`);
check(away.every((id) => !shown.includes(id)), `the ${away.length} events hidden or merged away are on no page`);
const p = await ctx.newPage();
await p.goto(pathToFileURL(path.resolve(home[want[0]])).href + '#event-' + want[0], { waitUntil: 'load' });
await p.waitForSelector('tr.details .corrected');
const note = await p.textContent('tr.details .corrected');
check(/^Corrected by the editor/.test(note || ''), `an opened corrected event shows "${note}"`);
await b.close();
process.exit(failures.length ? 1 : 0);
