// node corrected-page.mjs PAGE CORRECTED_IDS GONE_IDS: opens the page
// offline in headless Chromium and checks that exactly the corrected events
// (ids joined by commas) are marked corrected, that the events gone have no
// row, and that a corrected event, opened, shows the editor's note. Exit 1
// on a failure.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [page, corrected, gone] = process.argv.slice(2);
const want = corrected.split(',').filter(Boolean), away = gone.split(',').filter(Boolean);
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} page: ${what}`); if (!ok) failures.push(what); };
const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext({ viewport: { width: 1300, height: 900 }, offline: true })).newPage();
await p.goto(pathToFileURL(path.resolve(page)).href, { waitUntil: 'load' });
await p.waitForSelector('#rows tr.event');
const marked = await p.$$eval('#rows tr.event', (rows) => rows.filter((r) => r.querySelector('.badge')).map((r) => r.id.slice(6)));
check(marked.length === want.length && want.every((id) => marked.includes(id)), `the ${want.length} corrected events, and no other, are marked (${marked.length} marked)`);
const rows = await p.$$eval('#rows tr.event', (rows) => rows.map((r) => r.id.slice(6)));
check(away.every((id) => !rows.includes(id)), `the ${away.length} events hidden or merged away have no row`);
await p.click(`#event-${want[0]}`);
const note = await p.textContent('tr.details .corrected');
check(/^Corrected by the editor/.test(note || ''), `an opened corrected event shows "${note}"`);
await b.close();
process.exit(failures.length ? 1 : 0);
