// node page-use.mjs OVERVIEW.html YEAR.html DENSE.html: what a newcomer
// meets on the pages, in headless Chromium, offline. OVERVIEW is the
// overview of some hundreds of events of 2017-18 and one of 2000, YEAR the page
// of 2017, DENSE a page of thousands. Checks: the overview counts events a
// month, opens its time chart on the years that hold the events, and links
// to a page per year whose counts add up to every event; on a year's page,
// an event opens and closes from the keyboard, the focus staying on it;
// links and quotes are named and marked with their language; the country
// filter names countries; the table pages; a permalink keeps the search and
// lands below the table's header; every chart has a text alternative; with
// thousands of events the time chart counts them a month; at 390 px
// nothing is cut off and the table comes before the charts. Exit 1 on any
// failure.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageEvents } from './page-data.mjs';

const [overview, spread, dense] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const open = async (page, width) => {
  const p = await (await b.newContext({ viewport: { width, height: 900 }, offline: true, isMobile: width < 600 })).newPage();
  await p.goto(pathToFileURL(path.resolve(page)).href, { waitUntil: 'load' });
  await p.waitForFunction(() => window.echarts && echarts.getInstanceByDom(document.getElementById('timechart')), null, { timeout: 60000 });
  await p.waitForTimeout(800);
  return p;
};

let p = await open(overview, 1400);
const zoom = await p.evaluate(() => echarts.getInstanceByDom(document.getElementById('timechart')).getOption().dataZoom[0].startValue);
// the events run from January 2017; the window may open some months before
check(new Date(zoom) >= new Date('2016-01-01') && new Date(zoom) <= new Date('2017-01-03'),
  `the time chart opens on the years of the events, not on a lone one of 2000 (from ${new Date(zoom).toISOString().slice(0, 10)})`);
const counts = await p.evaluate(() => {
  const o = echarts.getInstanceByDom(document.getElementById('timechart')).getOption();
  const links = [...document.querySelectorAll('#pages a')].map((a) => a.getAttribute('href'));
  const shown = [...document.querySelectorAll('#pages .count')].reduce((n, c) => n + Number(c.textContent.replace(/\D/g, '')), 0);
  return { type: o.series[0].type, links, shown, summary: document.querySelector('.summary').textContent };
});
check(counts.type === 'bar', `the overview counts the events a month (${counts.type})`);
check(counts.links.includes('2017.html') && counts.links.includes('2000.html'), `it links to the page of each year (${counts.links})`);
check(counts.summary.startsWith(`${counts.shown} dated events`), `whose counts add up to every event (${counts.shown}; ${counts.summary})`);

p = await open(spread, 1400);
// the keyboard alone: Tab to the first event, Enter opens it, Enter closes it
let reached = false;
for (let i = 0; i < 300 && !reached; i++) {
  await p.keyboard.press('Tab');
  reached = await p.evaluate(() => document.activeElement.matches('#rows button.open'));
}
check(reached, 'Tab reaches the first event of the table');
const state = () => p.evaluate(() => {
  const b = document.activeElement, id = b.getAttribute('data-id');
  const d = document.getElementById('details-' + id);
  return { focused: b.matches('#rows button.open'), expanded: b.getAttribute('aria-expanded'), shown: !!d && d.offsetHeight > 0 };
});
await p.keyboard.press('Enter');
let s = await state();
check(s.focused && s.expanded === 'true' && s.shown, `Enter opens it and the focus stays on it (${JSON.stringify(s)})`);
const langs = await p.$$eval('#rows tr.details q', (qs) => qs.map((q) => q.getAttribute('lang')));
check(langs.length > 0 && langs.every((l) => l === 'en'), `its quotes carry their language (${langs})`);
await p.keyboard.press('Enter');
s = await state();
check(s.focused && s.expanded === 'false' && !s.shown, `Enter again closes it, the focus still on it (${JSON.stringify(s)})`);
const names = await p.$$eval('a.permalink', (as) => as.map((a) => a.getAttribute('aria-label') || a.textContent));
check(names.length > 0 && names.every((n) => n.startsWith('Link to this event: ')), `the ${names.length} permalinks are named by their event`);
const countries = await p.$$eval('#f-country option', (os) => os.map((o) => o.textContent));
check(countries.includes('Tajikistan (TJ)'), `the country filter names countries (${countries.slice(1, 4).join('; ')})`);
const pager = async () => p.textContent('#more');
check(/page 1 of [2-9]/.test(await pager()), `the table pages (${(await pager()).trim()})`);
const first = await p.textContent('#rows tr.event');
await p.click('#more button:has-text("next")');
const second = await p.textContent('#rows tr.event');
check(/page 2 of/.test(await pager()) && first !== second, 'next shows the second page');
await p.fill('#q', 'Dushanbe');
await p.waitForTimeout(200);
await p.click('#rows tr.event:nth-child(2) a.permalink');
await p.waitForTimeout(400);
const landed = await p.evaluate(() => {
  const id = location.hash.slice(1), row = document.getElementById(id);
  return { q: document.getElementById('q').value, top: row.getBoundingClientRect().top,
    header: document.querySelector('thead th').getBoundingClientRect().bottom };
});
check(landed.q === 'Dushanbe', `a permalink keeps the search (${landed.q})`);
check(landed.top >= landed.header - 1, `and lands below the table's header (row at ${landed.top}, header ends at ${landed.header})`);
const alts = await p.$$eval('.echart', (ds) => ds.map((d) => d.getAttribute('role') === 'img' && (d.getAttribute('aria-label') || '').length > 20));
check(alts.length === 4 && alts.every(Boolean), 'each chart has a text alternative');

p = await open(spread, 390);
const phone = await p.evaluate(() => ({ width: document.documentElement.scrollWidth,
  table: document.getElementById('table').getBoundingClientRect().top, heatmap: document.getElementById('heatmap').getBoundingClientRect().top }));
check(phone.width <= 390, `at 390 px the page is ${phone.width} px wide`);
check(phone.table < phone.heatmap, 'on a phone the table comes before the charts');

p = await open(dense, 1400);
const o = await p.evaluate(() => { const o = echarts.getInstanceByDom(document.getElementById('timechart')).getOption(); return { type: o.series[0].type, y: o.yAxis[0].type }; });
o.n = (await p.evaluate(pageEvents)).length;
check(o.type === 'bar' && o.y === 'value', `with ${o.n} events the time chart counts them a month (${o.type}, ${o.y} axis)`);
await b.close();
console.log(failures.length ? 'FAILED' : 'passed');
process.exit(failures.length ? 1 : 0);
