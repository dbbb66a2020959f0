// node page-check.mjs PAGE.html [SHOTS_DIR]: opens the page offline in
// headless Chromium, at a desktop width and at 390 px, and checks what a
// reader meets first: the agenda lists planned events in date order and
// none whose days are over; the latest held events newest first; the time
// chart marks today; a source shows its outlet and date, an article quoted
// twice is named once, articles quoting the same words share a paragraph; the table sorts by date either way; "Download CSV"
// gives the rows shown. Screenshots go to SHOTS_DIR when given. Exit 1 on
// any failure.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageEvents } from './page-data.mjs';

const [page, shots] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
for (const [name, width] of [['desktop', 1300], ['phone', 390]]) {
  const p = await (await b.newContext({ viewport: { width, height: 900 }, offline: true, acceptDownloads: true })).newPage();
  await p.goto(pathToFileURL(path.resolve(page)).href, { waitUntil: 'load' });
  await p.waitForFunction(() => window.echarts && echarts.getInstanceByDom(document.getElementById('timechart')), null, { timeout: 60000 });
  await p.waitForTimeout(1500); // the charts' entry animation
  if (shots) await p.screenshot({ path: path.join(shots, `${name}.png`) });
  if (name !== 'desktop') continue;
  const data = await p.evaluate(pageEvents);
  const byId = Object.fromEntries(data.map((e) => [e.id, e]));
  const r = await p.evaluate(() => {
    const listed = (id) => [...document.querySelectorAll(`#${id} li a`)].map((a) => a.getAttribute('href').slice(7));
    const line = echarts.getInstanceByDom(document.getElementById('timechart')).getOption().series[0].markLine;
    return { today: new Date().toISOString().slice(0, 10), upcoming: listed('upcoming'), latest: listed('latest'),
      line: line && line.data && line.data[0] && line.data[0].xAxis };
  });
  r.upcoming = r.upcoming.map((id) => byId[id]);
  r.latest = r.latest.map((id) => byId[id]);
  r.planned = data.filter((e) => e.status === 'planned' && e.last >= r.today && e.note !== 'cancelled').length;
  const sorted = (xs, cmp) => xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) <= 0);
  check(r.upcoming.length === Math.min(10, r.planned) && r.upcoming.length > 0, `the agenda lists the ${r.planned} planned events ahead (${r.upcoming.length} shown)`);
  check(r.upcoming.every((e) => e.status === 'planned' && e.last >= r.today), 'no agenda entry is held or over');
  check(sorted(r.upcoming, (a, c) => a.start.localeCompare(c.start)), 'the agenda is in date order');
  check(r.latest.length > 0 && r.latest.every((e) => e.status === 'held' && e.start <= r.today), 'the latest events are held ones');
  check(sorted(r.latest, (a, c) => c.start.localeCompare(a.start)), 'the latest events are newest first');
  check(r.line === r.today, `the time chart marks today (${r.line})`);
  // a source: outlet and date, not a file id
  await p.click('#upcoming li a');
  await p.waitForSelector('tr.details .src');
  const src = await p.textContent('tr.details .src');
  check(/^[^,]+, \d{1,2} [A-Z][a-z]{2} \d{4} — /.test(src), `a source shows its outlet and date: "${src.slice(0, 80)}"`);
  // an article quoted twice is named once, its quotes side by side; a
  // reprint that quotes the same words shares the paragraph
  const said = (e) => {
    const q = {};
    for (const s of e.sources) (q[s.article] ||= []).push(s.quote);
    return q;
  };
  const reprinted = (e) => new Set(Object.values(said(e)).map((q) => JSON.stringify(q))).size < Object.keys(said(e)).length;
  for (const [what, e] of [['an article quoted twice', data.find((e) => new Set(e.sources.map((s) => s.article)).size < e.sources.length)],
    ['a reprint', data.find(reprinted)]]) {
    if (!e) {
      check(false, `the page has an event with ${what}`);
      continue;
    }
    await p.evaluate((id) => { location.hash = 'event-' + id; }, e.id);
    const sel = `#details-${e.id}`;
    await p.waitForSelector(`${sel} .src`);
    const [paras, quotes, named] = await p.$eval(sel, (td) => [td.querySelectorAll('.src').length,
      td.querySelectorAll('.src q').length, td.querySelectorAll('.src a, .src span').length]);
    const articles = said(e), cited = new Map(Object.values(articles).map((q) => [JSON.stringify(q), q.length]));
    const want = [...cited.values()].reduce((a, n) => a + n, 0);
    check(paras === cited.size && quotes === want && named === Object.keys(articles).length,
      `${what}: an event of ${e.sources.length} quotes from ${Object.keys(articles).length} articles shows ${named} articles in ${paras} paragraphs and ${quotes} quotes (want ${cited.size} and ${want})`);
  }
  const dates = async (order) => {
    await p.selectOption('#f-order', order);
    return (await p.$$eval('#rows tr.event td:first-child', (tds) => tds.map((td) => td.textContent)))
      .filter((d) => /^\d{4}/.test(d)).map((d) => d.slice(0, 10));
  };
  const desc = await dates('desc'), asc = await dates('asc');
  // the CSV of what the filters show
  await p.fill('#q', 'Samarkand');
  const shown = parseInt(await p.textContent('#shown'), 10);
  const [dl] = await Promise.all([p.waitForEvent('download'), p.click('#csv')]);
  const csv = await (await import('node:fs/promises')).readFile(await dl.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  check(shown > 0 && lines.length === shown + 1 && lines[0].startsWith('id,start,end,precision,type,cameo,title'),
    `"Download CSV" gives the header and the ${shown} events shown (${lines.length - 1} rows)`);
  await p.fill('#q', '');
  check(desc.length > 1 && sorted(desc, (a, c) => c.localeCompare(a)), `newest first: ${desc[0]} … ${desc[desc.length - 1]}`);
  check(sorted(asc, (a, c) => a.localeCompare(c)), `oldest first: ${asc[0]} … ${asc[asc.length - 1]}`);
}
await b.close();
console.log(`${failures.length ? 'FAILED' : 'passed'}`);
process.exit(failures.length ? 1 : 0);
