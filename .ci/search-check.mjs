// node search-check.mjs URL WORDS: on the overview timeline serve serves at
// URL, searching every event for WORDS lists the events that match, and the
// first, clicked, opens on its year's page. Exit 1 on a failure.
import { chromium } from 'playwright-core';

const [url, words] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const p = await (await b.newContext()).newPage();
const errors = [];
p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await p.goto(url);
await p.fill('#q-all', words);
await p.click('#search-all button');
await p.waitForSelector('#all-hits li', { timeout: 10000 });
const said = await p.textContent('#all-shown');
await p.click('#all-hits a');
await p.waitForSelector('tr.details', { timeout: 10000 });
const opened = p.url();
await b.close();
const ok = /^[1-9]\d* events?/.test(said) && /\/\d{4}(-\d\d)?\.html#event-/.test(opened) && errors.length === 0;
console.log(`${ok ? 'ok  ' : 'FAIL'} search every event for "${words}": ${said}; the first opens ${opened}${errors.length ? '; errors: ' + errors : ''}`);
process.exit(ok ? 0 : 1);
