// What one page costs the status server in an hour at the default refresh
// (60 s): `npm run build && node test/tools/requests-per-hour.mjs`.
//
// A real Chromium (playwright-core) opens a page with the built CDN module
// and the three elements on one feed served by test/tools/feed-server.mjs,
// then lives an hour on a fake clock (page.clock): every poll is a real HTTP
// request, and Chromium reports the bytes each one took on the wire (request
// and response headers, and body). Two feeds: one that does not change (an
// ETag, so each poll is revalidated and answered 304), and one that changes
// on every request (a new body and ETag each time: a 200 per poll, the worst
// case). The body is the PowerShell Gallery history fixture (the feed server
// does not compress; the gzip size of the body is printed beside it).
//
// Exits 1 when a scenario does not make exactly one request per minute.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import Koa from 'koa';
import {chromium} from 'playwright-core';
import {feedServer} from './feed-server.mjs';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURE = 'test/fixtures/native/psgallery.json';
const BUNDLE = resolve(ROOT, 'dist/cdn/status-banner.js');
const POLLS = 60; // one hour at refresh="60"
const MINUTE = 60_000;

const bundle = await readFile(BUNDLE, 'utf8').catch(() => {
  console.error(`requests-per-hour: ${BUNDLE} is missing: run \`npm run build\` first`);
  process.exit(1);
});

const page = (src) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>requests per hour</title>
<script type="module" src="/status-banner.js"></script></head>
<body>
<status-banner src="${src}"></status-banner>
<status-indicator src="${src}" variant="badge"></status-indicator>
<status-history src="${src}"></status-history>
</body></html>`;

const app = new Koa();
app.use(feedServer());
app.use(async (ctx) => {
  if (ctx.path === '/status-banner.js') {
    ctx.type = 'text/javascript';
    ctx.body = bundle;
  } else if (ctx.path === '/page') {
    ctx.type = 'text/html';
    ctx.body = page(String(ctx.query.src));
  } else {
    ctx.status = 404;
  }
});
const server = createServer(app.callback());
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs.filter((a) => !a.startsWith('--headless'))});

/** One page for an hour on `src`: every feed request it made, with its status and bytes on the wire. */
async function anHourOn(src) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  tab.on('requestfinished', async (request) => {
    if (!request.url().includes('/feed/')) return;
    const entry = {sent: 0, received: 0};
    requests.push(entry);
    const sizes = await request.sizes();
    entry.sent = sizes.requestHeadersSize + sizes.requestBodySize;
    entry.received = sizes.responseHeadersSize + sizes.responseBodySize;
  });
  const feedAnswered = () => tab.waitForEvent('requestfinished', {predicate: (r) => r.url().includes('/feed/'), timeout: 15_000});
  await tab.clock.install();
  let answered = feedAnswered();
  await tab.goto(`${origin}/page?src=${encodeURIComponent(src)}`);
  await answered;
  for (let minute = 1; minute <= POLLS; minute++) {
    // Let the store take the answer in and set its next poll, then live a minute.
    await new Promise((r) => setTimeout(r, 30));
    answered = feedAnswered();
    await tab.clock.runFor(MINUTE);
    await answered;
  }
  await new Promise((r) => setTimeout(r, 100));
  const shown = await tab.evaluate(() => document.querySelector('status-indicator').shadowRoot.textContent.trim());
  await context.close();
  return {requests, shown};
}

const body = await readFile(resolve(ROOT, FIXTURE));
const feedUrl = (params) => `/feed/file?${new URLSearchParams({path: FIXTURE, ...params})}`;
const scenarios = [
  ['feed does not change', 'unchanged', feedUrl({key: 'unchanged', etag: 'v1'})],
  ['feed changes every minute', 'changing', feedUrl({key: 'changing', etag: 'v1', serial: '1'})],
];
/** What the feed server saw: requests, conditional ones, 304s. */
const counted = async (key) => (await fetch(`${origin}/feed/count?key=${key}`)).json();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
console.log(`One page (banner, indicator, history on one feed), refresh 60 s, ${POLLS} polls in an hour.`);
console.log(`Feed: ${FIXTURE}, ${body.length} B (${gzipSync(body, {level: 9}).length} B gzip -9; this server sends it uncompressed).\n`);
for (const [name, key, src] of scenarios) {
  const {requests, shown} = await anHourOn(src);
  const {count, notModified} = await counted(key);
  const [first, ...polls] = requests;
  const sum = (field) => polls.reduce((total, r) => total + r[field], 0);
  const sent = sum('sent');
  const received = sum('received');
  console.log(`${name}:`);
  console.log(`  page load: 1 request, ${first.sent} B sent, ${first.received} B received`);
  console.log(`  per hour:  ${polls.length} requests (server: ${notModified} answered 304, ${count - 1 - notModified} answered 200)`);
  console.log(
    `             ${sent} B sent + ${received} B received = ${kb(sent + received)}; per request ${Math.round(sent / polls.length)} + ${Math.round(received / polls.length)} B`,
  );
  console.log(`  indicator shows: ${shown}\n`);
  if (polls.length !== POLLS || count !== POLLS + 1) {
    console.error(`  expected ${POLLS} polls after the page load, saw ${polls.length} (server counted ${count} requests)`);
    failed = true;
  }
}

await browser.close();
server.close();
process.exit(failed ? 1 : 0);
