// The benchmark: `npm run bench` (builds first), or `node test/tools/bench.mjs`
// after a build. Prints Markdown tables and writes every number, raw samples
// included, to bench-results.json at the top of the repository.
//
// Bytes are measured in Node; everything else in headless Chromium
// (test/tools/find-chrome.mjs) driven by playwright-core, against a Node HTTP
// server on 127.0.0.1 (test/tools/bench-server.mjs) serving dist/, the pages
// in test/bench/ and generated feeds. Chromium resolves no other host than
// 127.0.0.1 and the network section's three names for it (page.test,
// cdn.test, status.test). The server and the browser are stopped on exit,
// error and Ctrl-C.

import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {activeIncident, bannerFeed, bigFeeds, historyFeed} from '../bench/feeds.js';
import {NET_HOSTS, startBenchServer} from './bench-server.mjs';
import {cdnSizes, ownCodeSizes, pageSizes, statuspageSizes} from './bench-sizes.mjs';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
process.chdir(ROOT);

/** Repetitions of each timed measurement. */
const RUNS = {banner: 9, motion: 5, cached: 7, history: {100: 7, 1000: 7, 10000: 5}, fetched: 5, poll: 5, expanded: 5, uptime: 9, network: 5, longTasks: 3};
/** The tabs section: how long each count of tabs is watched (real time), and the counts. */
const TABS_WINDOW_MS = 60_000;
const TAB_COUNTS = [1, 5];
const TABS_REFRESH_S = 10;
/** `<status-uptime>`'s measured size: components × days (DESIGN.md §2's default 90 days, a large page's 20 components). */
const UPTIME_SIZES = [
  [20, 90],
  [20, 30],
  [5, 90],
];
const MEMORY_ROUNDS = 3;
/** "Show more" pages a reader opened before the expanded-history timings. */
const EXPANDED_PAGES = 50;
const HISTORY_COUNTS = [100, 1000, 10000];
/** Incidents in a history fetched with src: 4,000 of the bench's incidents make 4.8 MB, near the 5 MB a feed may weigh. */
const FETCHED_COUNTS = [100, 1000, 4000];
const MOUNT_CYCLES = 1000;
const HOUR_MS = 3_600_000;
const DEFAULT_REFRESH_MS = 60_000;

// ---------------------------------------------------------------- cleanup

const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e) => console.error('bench: cleanup:', e.message));
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    console.error(`bench: ${signal}, stopping the server and the browser`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- statistics

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Median, min and max of timed samples (ms), with the samples. */
const stat = (samples) => ({median: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: samples.length, samples});

// ---------------------------------------------------------------- the machine

function machine(browserVersion) {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let nproc;
  try {
    nproc = Number(execFileSync('nproc', {encoding: 'utf8'}).trim());
  } catch {
    nproc = cpus().length;
  }
  return {
    nproc,
    cpu: model.trim(),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    memoryGB: Math.round(Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1048576),
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------- browser measurements

/** URLs the pages asked for elsewhere than the bench server (none expected; Chromium resolves no other host). */
const offsite = [];
/** The network section's origins: the same server under other names. */
const NET_ORIGINS = Object.fromEntries(Object.entries(NET_HOSTS).map(([role, host]) => [role, `http://${host}`]));

/** A fresh browser profile (no HTTP cache, no localStorage) that notes any request off the bench server. */
async function newContext(browser, server, options = {}) {
  const context = await browser.newContext(options);
  context.on('request', (request) => {
    const url = request.url();
    const onServer = [server.origin, ...Object.values(NET_ORIGINS)].some((origin) => url.startsWith(`${origin}/`));
    if (!onServer && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
  });
  return context;
}

/**
 * Feed response to banner painted, in a new browser profile each run (no
 * HTTP cache, no localStorage). With `cached`, the page is loaded once to
 * let the element store its last good state, then again with the feed held
 * back 2 s: a first paint before the feed's response can only come from that
 * state. Returns undefined when no `status-banner:` localStorage key (other
 * than the dismissals') was written: no cache yet.
 */
async function bannerRun(browser, server, {cached, motion = false}) {
  // Reduced motion unless asked: the banner's 0.2 s fade-in starts at
  // opacity 0, and Paint Timing counts text as painted only once it shows.
  const context = await newContext(browser, server, {reducedMotion: motion ? 'no-preference' : 'reduce'});
  try {
    const page = await context.newPage();
    const body = JSON.stringify(bannerFeed());
    server.setFeed('banner', {body, cache: 'no-store'});
    const waitPainted = () =>
      page.waitForFunction(() => window.benchBanner?.painted !== undefined && window.benchBanner.fcp !== undefined, null, {timeout: 15_000});
    let cacheKeys = [];
    if (cached) {
      await page.goto(`${server.origin}/bench/banner.html`);
      await waitPainted();
      await page.waitForTimeout(300); // a cache written just after the render
      cacheKeys = await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('status-banner:') && !key.startsWith('status-banner:dismissed')),
      );
      if (cacheKeys.length === 0) return undefined;
      server.setFeed('banner', {body, cache: 'no-store', delay: 2000});
    }
    await page.goto(`${server.origin}/bench/banner.html`);
    await waitPainted();
    return await page.evaluate((cacheKeys) => {
      const r = window.benchBanner;
      const entry = (path) => performance.getEntriesByName(new URL(path, location.href).href).at(-1);
      const feedEnd = entry('/feed/banner')?.responseEnd;
      const scriptStart = Math.max(performance.getEntriesByName('bench:script-start')[0].startTime, entry('/dist/cdn/status-banner.js').responseEnd);
      return {
        feedToDom: feedEnd === undefined ? undefined : r.dom - feedEnd,
        feedToFrame: feedEnd === undefined ? undefined : r.painted - feedEnd,
        feedToFcp: feedEnd === undefined ? undefined : r.fcp - feedEnd,
        scriptToFcp: r.fcp - scriptStart,
        // With a cache, the paint must come before the (held back) feed.
        paintedBeforeFeed: feedEnd === undefined || r.fcp < feedEnd,
        cacheKeys,
      };
    }, cacheKeys);
  } finally {
    await context.close();
  }
}

async function measureBanner(browser, server) {
  const plain = [];
  for (let i = 0; i < RUNS.banner; i++) plain.push(await bannerRun(browser, server, {cached: false}));
  const motion = [];
  for (let i = 0; i < RUNS.motion; i++) motion.push(await bannerRun(browser, server, {cached: false, motion: true}));
  const cached = [];
  for (let i = 0; i < RUNS.cached; i++) {
    const run = await bannerRun(browser, server, {cached: true});
    if (!run) break; // no cache yet: one look is enough
    cached.push(run);
  }
  const usedCache = cached.filter((r) => r.paintedBeforeFeed);
  return {
    method:
      'feed: PerformanceResourceTiming responseEnd; in DOM: MutationObserver on the shadow root; frame: requestAnimationFrame + message; paint: first-contentful-paint (the page paints nothing else), with prefers-reduced-motion: reduce unless said',
    feedToDom: stat(plain.map((r) => r.feedToDom)),
    feedToFrame: stat(plain.map((r) => r.feedToFrame)),
    feedToFcp: stat(plain.map((r) => r.feedToFcp)),
    feedToFcpWithFadeIn: stat(motion.map((r) => r.feedToFcp)),
    scriptToFcpNoCache: stat(plain.map((r) => r.scriptToFcp)),
    cached:
      cached.length === 0
        ? {status: 'n/a (no cache yet)'}
        : usedCache.length < cached.length
          ? {
              status: `n/a (cache written, ${cached[0].cacheKeys.join(', ')}, but the first paint waited for the feed in ${cached.length - usedCache.length} of ${cached.length} runs)`,
              runs: cached,
            }
          : {status: 'ok', keys: cached[0].cacheKeys, scriptToFcp: stat(usedCache.map((r) => r.scriptToFcp))},
  };
}

async function measureHistory(browser, server) {
  const context = await newContext(browser, server);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/history.html`);
    await page.waitForFunction(() => typeof window.benchHistory === 'function');
    const byCount = {};
    const snapshotByCount = {};
    const fetchedByCount = {};
    for (const count of FETCHED_COUNTS) {
      server.setFeed(`history-${count}`, {body: JSON.stringify(historyFeed(count)), cache: 'no-store'});
      const fetchedRuns = [];
      for (let i = 0; i < RUNS.fetched; i++) fetchedRuns.push(await page.evaluate((n) => window.benchHistoryFetched(n), count));
      if (fetchedRuns.some((r) => r.entries === 0)) throw new Error(`history fetched with ${count} incidents rendered no entry`);
      fetchedByCount[count] = {
        bytes: JSON.stringify(historyFeed(count)).length,
        dom: stat(fetchedRuns.map((r) => r.dom)),
        frame: stat(fetchedRuns.map((r) => r.frame)),
        longTasks: {maxPerRun: Math.max(...fetchedRuns.map((r) => r.longTasks.length)), longest: Math.max(0, ...fetchedRuns.flatMap((r) => r.longTasks))},
      };
    }
    for (const count of HISTORY_COUNTS) {
      const runs = [];
      const snapshotRuns = [];
      for (let i = 0; i < RUNS.history[count]; i++) {
        runs.push(await page.evaluate((n) => window.benchHistory(n, 'feed'), count));
        snapshotRuns.push(await page.evaluate((n) => window.benchHistory(n, 'snapshot'), count));
      }
      snapshotByCount[count] = {
        renderDom: stat(snapshotRuns.map((r) => r.renderDom)),
        renderFrame: stat(snapshotRuns.map((r) => r.renderPaint)),
        longTasks: {maxPerRun: Math.max(...snapshotRuns.map((r) => r.longTasks.length)), longest: Math.max(0, ...snapshotRuns.flatMap((r) => r.longTasks))},
      };
      const longTasks = runs.flatMap((r) => r.longTasks);
      byCount[count] = {
        renderDom: stat(runs.map((r) => r.renderDom)),
        renderFrame: stat(runs.map((r) => r.renderPaint)),
        moreDom: stat(runs.map((r) => r.moreDom)),
        moreFrame: stat(runs.map((r) => r.morePaint)),
        entries: runs[0].entries,
        entriesAfterMore: runs[0].entriesAfterMore,
        longTasks: {
          perRun: runs.map((r) => r.longTasks.length),
          maxPerRun: Math.max(...runs.map((r) => r.longTasks.length)),
          longest: longTasks.length ? Math.max(...longTasks) : 0,
        },
      };
    }
    const expandedRuns = [];
    for (let i = 0; i < RUNS.expanded; i++)
      expandedRuns.push(await page.evaluate(([n, pages]) => window.benchHistoryExpanded(n, pages), [1000, EXPANDED_PAGES]));
    const expanded = {
      count: 1000,
      shown: expandedRuns[0].shown,
      rerender: stat(expandedRuns.map((r) => r.rerender)),
      showMore: stat(expandedRuns.map((r) => r.showMore)),
    };
    const ratio = (table, key, a, b) => table[b][key].median / table[a][key].median;
    return {
      method:
        'data = generated native feed (days="0", limit 10), or the Snapshot an earlier element made of it (render alone); DOM: first render until the entries are in the shadow root (MutationObserver; the bodies of closed entries follow after that frame), "show more" until updateComplete; frame: then requestAnimationFrame + message; long tasks: PerformanceObserver("longtask") from setting data to after "show more"',
      byCount,
      snapshotByCount,
      fetchedByCount,
      expanded,
      growth: {
        render1kOver100: ratio(byCount, 'renderDom', 100, 1000),
        render10kOver100: ratio(byCount, 'renderDom', 100, 10000),
        renderSnapshot10kOver100: ratio(snapshotByCount, 'renderDom', 100, 10000),
        more10kOver100: ratio(byCount, 'moreDom', 100, 10000),
      },
    };
  } finally {
    await context.close();
  }
}

async function measureUptime(browser, server) {
  const context = await newContext(browser, server);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/uptime.html`);
    await page.waitForFunction(() => typeof window.benchUptime === 'function');
    const bySize = {};
    for (const [components, days] of UPTIME_SIZES) {
      const runs = [];
      for (let i = 0; i < RUNS.uptime; i++) runs.push(await page.evaluate(([c, d]) => window.benchUptime(c, d), [components, days]));
      if (runs.some((r) => r.bars !== components * days)) throw new Error(`uptime ${components} × ${days} drew ${runs[0].bars} bars`);
      bySize[`${components}x${days}`] = {
        components,
        days,
        bars: runs[0].bars,
        firstDom: stat(runs.map((r) => r.first.dom)),
        firstFrame: stat(runs.map((r) => r.first.frame)),
        againDom: stat(runs.map((r) => r.again.dom)),
        againFrame: stat(runs.map((r) => r.again.frame)),
      };
    }
    return {
      method:
        'data = the Snapshot an earlier element made of a generated native feed (components[].uptime every day, an incident a week per component), view chunk already loaded; DOM: until updateComplete; frame: then requestAnimationFrame + message; again: a newer Snapshot given to the same element',
      bySize,
    };
  } finally {
    await context.close();
  }
}

async function measurePoll(browser, server) {
  const context = await newContext(browser, server);
  try {
    const page = await context.newPage();
    const now = Date.now();
    server.setFeed('poll', {body: JSON.stringify(bannerFeed(now))});
    await page.goto(`${server.origin}/bench/poll.html`);
    await page.evaluate(() => window.benchPollReady());
    const unchanged = [];
    for (let i = 0; i < RUNS.poll; i++) unchanged.push(await page.evaluate(() => window.benchPollOnce()));
    const unchangedRequests = server.stats('poll');
    // The same feed with a new update to the incident: the check that mutations are seen at all.
    server.setFeed('poll', {body: JSON.stringify(bannerFeed(now, {updateId: 'u3', updateText: 'Rolling back the CDN change.'}))});
    const changed = await page.evaluate(() => window.benchPollOnce());
    return {
      method:
        "MutationObserver (childList, attributes, characterData, subtree) on the three shadow roots across reload() of the shared src, until every updateComplete and the next frame; updates: calls of each element class's performUpdate() (willUpdate, render and commit, updated), timed",
      unchanged: {
        mutations: unchanged.map((r) => r.mutations),
        kinds: [...new Set(unchanged.flatMap((r) => r.kinds))],
        updates: unchanged.map((r) => r.updates),
        updateMs: stat(unchanged.map((r) => r.updateMs)),
        updateMsByTag: Object.fromEntries(Object.keys(unchanged[0].updateMsByTag).map((tag) => [tag, stat(unchanged.map((r) => r.updateMsByTag[tag] ?? 0))])),
        requests: unchangedRequests,
      },
      changed,
    };
  } finally {
    await context.close();
  }
}

async function measureMemory(browser, server) {
  const results = {};
  for (const mode of ['data', 'src']) {
    const context = await newContext(browser, server);
    try {
      const page = await context.newPage();
      server.setFeed('mount', {body: JSON.stringify(historyFeed(3, Date.now(), {active: true}))});
      await page.goto(`${server.origin}/bench/mounts.html`);
      await page.waitForFunction(() => typeof window.benchMount === 'function');
      const cdp = await context.newCDPSession(page);
      const heap = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const {usedSize} = await cdp.send('Runtime.getHeapUsage');
        const {nodes, jsEventListeners} = await cdp.send('Memory.getDOMCounters');
        return {heap: usedSize, nodes, listeners: jsEventListeners};
      };
      // Warm up: what the first mounts allocate once (styles, templates, formatters) is not growth.
      await page.evaluate((mode) => window.benchMount(20, mode), mode);
      const baseline = await heap();
      const started = Date.now();
      const after = [];
      for (let round = 0; round < MEMORY_ROUNDS; round++) {
        await page.evaluate(([n, mode]) => window.benchMount(n, mode), [MOUNT_CYCLES, mode]);
        after.push(await heap());
      }
      const growth = (a, b) => ({heap: b.heap - a.heap, nodes: b.nodes - a.nodes, listeners: b.listeners - a.listeners});
      results[mode] = {
        baseline,
        after,
        // Round by round: a leak grows by the same amount every round.
        growthPerRound: after.map((h, i) => growth(i === 0 ? baseline : after[i - 1], h)),
        ms: Date.now() - started,
        requests: mode === 'src' ? server.stats('mount').requests : 0,
      };
    } finally {
      await context.close();
    }
  }
  return {
    method: `${MEMORY_ROUNDS} rounds of ${MOUNT_CYCLES} cycles of mounting <status-banner>, <status-indicator> and <status-history> together (data: a feed object; src: a served feed, one store made, fetching and stopped per cycle, with its kept last good state forgotten), after 20 warm-up cycles; after each round CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage (JS heap) and Memory.getDOMCounters`,
    ...results,
  };
}

/**
 * Requests in one hour for a page with three elements sharing one src at the
 * default refresh (60 s), counted by the server over a simulated hour:
 * Playwright's clock (page.clock) advances the page's timers 60 s at a time,
 * and the next step waits until the page has read the previous response.
 */
async function measureRequests(browser, server) {
  const results = {};
  for (const kind of ['unchanged', 'changed']) {
    const context = await newContext(browser, server);
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        // Counts feed bodies read, so that the clock moves only once the store has its answer.
        window.benchBodies = 0;
        for (const method of ['text', 'json', 'arrayBuffer']) {
          const read = Response.prototype[method];
          Response.prototype[method] = function (...args) {
            return read.apply(this, args).then((value) => {
              if (this.url.includes('/feed/')) window.benchBodies++;
              return value;
            });
          };
        }
        // The client reads a body as a stream (src/client/read-body.ts): counted when read to its end,
        // once the page has done with it (a task later: page.clock fakes timers, not messages).
        const counted = () => {
          const {port1, port2} = new MessageChannel();
          port1.onmessage = () => {
            port1.close();
            window.benchBodies++;
          };
          port2.postMessage(0);
        };
        const body = Object.getOwnPropertyDescriptor(Response.prototype, 'body');
        Object.defineProperty(Response.prototype, 'body', {
          configurable: true,
          get() {
            const stream = body.get.call(this);
            if (!stream || !this.url.includes('/feed/')) return stream;
            const getReader = stream.getReader.bind(stream);
            stream.getReader = (...args) => {
              const reader = getReader(...args);
              const read = reader.read.bind(reader);
              reader.read = () =>
                read().then((chunk) => {
                  if (chunk.done) counted();
                  return chunk;
                });
              return reader;
            };
            return stream;
          },
        });
      });
      await page.clock.install();
      const now = Date.now();
      let serial = 0;
      const body =
        kind === 'unchanged'
          ? JSON.stringify(bannerFeed(now))
          : () => JSON.stringify(bannerFeed(now, {updateId: `u${++serial + 2}`, updateText: `Update number ${serial}.`}));
      server.setFeed('requests', {body});
      await page.goto(`${server.origin}/bench/requests.html`);
      const bodies = (n) => page.waitForFunction((n) => window.benchBodies >= n, n, {timeout: 5000, polling: 10});
      await bodies(1);
      const steps = HOUR_MS / DEFAULT_REFRESH_MS;
      for (let i = 1; i <= steps; i++) {
        await page.clock.runFor(DEFAULT_REFRESH_MS);
        await bodies(i + 1).catch(() => {}); // fewer polls than expected: the count says so
      }
      await page.waitForTimeout(100);
      const stats = server.stats('requests');
      results[kind] = {...stats, okResponses: stats.requests - stats.notModified};
    } finally {
      await context.close();
    }
  }
  return {
    method:
      'counted by the server over one simulated hour (Playwright page.clock, 60 steps of 60 s) after the first load; 3 elements, one src, default refresh 60 s; feed served with ETag and Cache-Control: no-cache',
    ...results,
  };
}

/**
 * The long tasks a big feed costs the page: for a body of each format read
 * in slices, just under the 5 MiB a feed may weigh, a new browser context
 * per run loads a page and sets `src` on a <status-history days="0"> (the
 * default refresh, 60 s); Chromium's PerformanceObserver('longtask') counts
 * every task over 50 ms from then until a second after the entries are
 * painted. No CPU throttling: this machine as it is.
 */
async function measureLongTasks(browser, server) {
  const feeds = bigFeeds();
  const TYPES = {native: 'application/json', statuspage: 'application/json', atom: 'application/atom+xml', rss: 'application/rss+xml'};
  const byFormat = {};
  const loadAverage = loadavg().map((l) => Math.round(l * 100) / 100);
  const runs = Object.fromEntries(Object.keys(feeds).map((format) => [format, []]));
  // Formats in turn within each round, so that a burst of load on the machine falls on all of them.
  for (let i = 0; i < RUNS.longTasks; i++) {
    for (const [format, {body}] of Object.entries(feeds)) {
      const name = `big-${format}`;
      server.setFeed(name, {body, cache: 'no-store', type: TYPES[format]});
      const context = await newContext(browser, server);
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}/bench/longtasks.html`);
        await page.waitForFunction(() => typeof window.benchLongTasks === 'function');
        runs[format].push(await page.evaluate((src) => window.benchLongTasks(src), `/feed/${name}`));
      } finally {
        await context.close();
      }
    }
  }
  // Two tabs on a native feed that changes at every request (its page name), refresh 10 s: the long
  // tasks of the tab that polls (fetch, read) and of the other (it takes the answer from the first) over
  // the leader's next poll, from after both tabs show the feed.
  const twoTabs = {leader: [], other: [], received: []};
  for (let i = 0; i < RUNS.longTasks; i++) {
    let serial = 0;
    const base = feeds.native.body;
    server.setFeed('big-tabs', {body: () => base.replace('"name":"Example"', `"name":"Example ${++serial}"`), cache: 'no-store'});
    const context = await newContext(browser, server);
    try {
      const tabs = [];
      for (let t = 0; t < 2; t++) {
        const page = await context.newPage();
        await page.goto(`${server.origin}/bench/longtasks.html`);
        await page.waitForFunction(() => typeof window.benchLongTasks === 'function');
        await page.evaluate(() => window.benchLongTasks('/feed/big-tabs', '10'));
        tabs.push(page);
      }
      const since = await Promise.all(tabs.map((page) => page.evaluate(() => [performance.now(), window.benchLoads])));
      await new Promise((resolve) => setTimeout(resolve, 14_000));
      const [a, b] = await Promise.all(
        tabs.map((page, t) => page.evaluate(([start, loads]) => [window.benchLongTasksSince(start), window.benchLoads - loads], since[t])),
      );
      // The tab that polled is the one that made the request: the other only received. Headless tabs are all visible.
      const requests = server.stats('big-tabs').requests;
      twoTabs.leader.push(a[0]);
      twoTabs.other.push(b[0]);
      twoTabs.received.push({loads: [a[1], b[1]], requests});
    } finally {
      await context.close();
    }
  }
  for (const [format, list] of Object.entries(runs)) {
    if (list.some((r) => r.entries === 0)) throw new Error(`long tasks: the ${format} feed rendered no entry`);
    byFormat[format] = {
      bytes: feeds[format].body.length,
      incidents: feeds[format].count,
      longest: stat(list.map((r) => Math.max(0, ...r.longTasks))),
      over50: stat(list.map((r) => r.longTasks.length)),
      dom: stat(list.map((r) => r.dom)),
      tasks: list.map((r) => r.longTasks),
    };
  }
  return {
    method: `a body of each format just under 5 MiB served over loopback (no-store); per run a new browser context, a page with the CDN module, then src set on <status-history days="0"> (default refresh); PerformanceObserver("longtask") from setting src to 1 s after the frame that shows the entries; ${RUNS.longTasks} runs, formats in turn; no CPU throttling`,
    loadAverage,
    loadAverageAfter: loadavg().map((l) => Math.round(l * 100) / 100),
    byFormat,
    twoTabs: {
      method:
        'two tabs of one context on a native feed of nearly 5 MiB that changes at every request, refresh 10 s; long tasks of each tab over the 14 s after both show the feed (one poll by the leader, its answer taken by the other); loads: status-load in the first and second tab meanwhile; requests: by the server, in all',
      ...twoTabs,
      longestFirstTab: stat(twoTabs.leader.map((l) => Math.max(0, ...l))),
      longestSecondTab: stat(twoTabs.other.map((l) => Math.max(0, ...l))),
    },
  };
}

/**
 * Requests per hour the status origin gets from one visitor with 1 tab, then
 * 5 tabs, of a page with <status-banner refresh="10"> (the shortest refresh):
 * one browser context (one site's storage, so one set of Web Locks and
 * BroadcastChannels), the tabs opened one after the other, then the server's
 * count over a window of real time (TABS_WINDOW_MS) once every tab has its
 * first answer, extrapolated to an hour. Each count of tabs has a feed of its
 * own (a lock of its own). The page loads' own requests (each tab's first
 * fetch) are counted apart.
 */
async function measureTabs(browser, server) {
  const results = {};
  for (const tabs of TAB_COUNTS) {
    const name = `tabs-${tabs}`;
    server.setFeed(name, {body: JSON.stringify(bannerFeed())});
    const context = await newContext(browser, server);
    try {
      const pages = [];
      for (let i = 0; i < tabs; i++) {
        const page = await context.newPage();
        await page.goto(`${server.origin}/bench/tabs.html?src=${encodeURIComponent(`/feed/${name}`)}`);
        await page.waitForFunction(() => document.querySelector('status-banner')?.shadowRoot?.querySelector('[part~="banner"]'), null, {timeout: 15_000});
        pages.push(page);
      }
      const atLoad = server.stats(name).requests;
      const visibility = await Promise.all(pages.map((page) => page.evaluate(() => document.visibilityState)));
      const started = Date.now();
      await new Promise((resolve) => setTimeout(resolve, TABS_WINDOW_MS));
      const seconds = (Date.now() - started) / 1000;
      const stats = server.stats(name);
      const inWindow = stats.requests - atLoad;
      results[tabs] = {
        tabs,
        pageLoadRequests: atLoad,
        requestsInWindow: inWindow,
        seconds,
        perHour: (inWindow * 3600) / seconds,
        notModified: stats.notModified,
        visibility,
      };
    } finally {
      await context.close();
    }
  }
  const one = results[TAB_COUNTS[0]];
  return {
    method: `headless Chromium, one browser context, ${TAB_COUNTS.join(' then ')} tabs of a page with <status-banner refresh="${TABS_REFRESH_S}"> on a native feed (ETag, no-cache); the server counts the feed's requests over ${TABS_WINDOW_MS / 1000} s of real time once every tab shows the feed, times 3600 / seconds`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    byTabs: results,
    withoutSharing: Object.fromEntries(TAB_COUNTS.map((n) => [n, n * one.perHour])),
  };
}

// ---------------------------------------------------------------- network

/**
 * Chrome DevTools' throttling presets, as its frontend defines them
 * (devtools-frontend, front_end/core/sdk/NetworkManager.ts; the same numbers
 * as puppeteer-core's PredefinedNetworkConditions,
 * node_modules/puppeteer-core/lib/esm/puppeteer/cdp/PredefinedNetworkConditions.js,
 * which says "Generally aligned with DevTools"). Throughputs in bytes per
 * second, latency in ms. DevTools' "Slow 4G" is its former "Fast 3G"
 * (crbug.com/342406608): 562.5 ms, 1.44 Mbps down, 675 kbps up.
 */
const NETWORK_PROFILES = {
  'Slow 4G': {latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9},
  'Fast 4G': {latency: 60 * 2.75, downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9},
};
/** Emulation.setCPUThrottlingRate: a mid-range phone, as Lighthouse's mobile runs assume. */
const CPU_SLOWDOWN = 4;
/** What the Statuspage site (test/fixtures/statuspage/site/) says: its incident, and the overall status Atlassian's widget shows. */
const STATUSPAGE_SUMMARY = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/statuspage/site/api/v2/summary.json'), 'utf8'));

/**
 * The network section's pages (test/bench/net-*.html) and the text each must
 * paint: the incident's title in the shadow root of every element named. Our
 * banner shows the incident; Atlassian's widget shows only the page's overall
 * status (its `.status-text`, summary.json's status.description), which is
 * how it shows the same incident. `feed`: the native feed the page reads.
 */
const NETWORK_ROWS = [
  {page: 'native', label: 'banner, native feed', hosts: ['status-banner'], text: activeIncident(0).title.en, feed: true},
  {page: 'statuspage', label: 'banner, Statuspage page URL', hosts: ['status-banner'], text: STATUSPAGE_SUMMARY.incidents[0].name},
  {
    page: 'three',
    label: 'banner, indicator and history, native feed (title in banner and history)',
    hosts: ['status-banner', 'status-history'],
    text: activeIncident(0).title.en,
    feed: true,
  },
  {page: 'iife', label: 'banner, IIFE build (`defer`), native feed', hosts: ['status-banner'], text: activeIncident(0).title.en, feed: true},
  {
    page: 'preload',
    label: 'banner, native feed preloaded (`<link rel="preload" as="fetch" crossorigin>`)',
    hosts: ['status-banner'],
    text: activeIncident(0).title.en,
    feed: true,
  },
  {page: 'atlassian', label: "Atlassian's `<statuspage-widget>`, Statuspage page", hosts: ['statuspage-widget'], text: STATUSPAGE_SUMMARY.status.description},
  // The same two, their feed sent `no-cache` (ETag): a warm visit cannot take it from the HTTP cache. Compared with each other.
  {
    id: 'native-revalidated',
    page: 'native',
    label: 'banner, native feed sent `no-cache`',
    hosts: ['status-banner'],
    text: activeIncident(0).title.en,
    feed: true,
    revalidate: true,
  },
  {
    id: 'atlassian-revalidated',
    page: 'atlassian',
    label: "Atlassian's `<statuspage-widget>`, Statuspage API sent `no-cache`",
    hosts: ['statuspage-widget'],
    text: STATUSPAGE_SUMMARY.status.description,
    revalidate: true,
  },
];
const rowId = (row) => row.id ?? row.page;
/** The console message by which a network page says when the text was painted. */
const NETWORK_PAINTED = 'bench-network-painted';

/**
 * Runs in each page before its own scripts: on every frame, looks for `text`
 * in the shadow roots (nested ones included) of the elements named, in a
 * visible element; once every one shows it, notes the time after that
 * frame's paint (a message posted from requestAnimationFrame, as
 * test/bench/frames.js), ms from navigation start, and says it with a
 * console message (NETWORK_PAINTED). The bench learns it from that message
 * rather than by asking the page: Playwright's waitForFunction() first
 * evaluates its own injected script in the page, 80 ms of main thread at 4×
 * CPU, which fell inside the time measured (on the warm visits most).
 */
function networkProbe({hosts, text, painted}) {
  const shows = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.data.includes(text) && node.parentElement?.checkVisibility({opacityProperty: true, visibilityProperty: true})) return true;
      } else if (node.shadowRoot && shows(node.shadowRoot)) return true;
    }
    return false;
  };
  const frame = () => {
    if (!hosts.every((tag) => [...document.querySelectorAll(tag)].some((el) => el.shadowRoot && shows(el.shadowRoot)))) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => console.debug(`${painted} ${performance.now()}`);
    channel.port2.postMessage(undefined);
  };
  requestAnimationFrame(frame);
}

/**
 * The requests of the visit until the text was painted, from Resource Timing
 * (the servers send Timing-Allow-Origin), ms from navigation start: the page
 * itself, then each resource. `cached`: answered from the HTTP cache without
 * a request (nothing transferred); a 304 counts as a request.
 */
function waterfall(page, until) {
  return page.evaluate((until) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const entries = [nav, ...performance.getEntriesByType('resource')].filter((e) => e.startTime <= until);
    return entries.map((e) => ({
      url: e.name,
      start: Math.round(e.startTime),
      end: Math.round(e.responseEnd),
      cached: e.transferSize === 0 && e.encodedBodySize > 0,
      bytes: e.transferSize,
    }));
  }, until);
}

/**
 * The largest sum of `cost` along a chain of requests each started after the
 * previous one had ended (requests answered from the cache left out).
 */
function longestChain(requests, cost) {
  const sent = requests.filter((r) => !r.cached).sort((a, b) => a.start - b.start);
  const chain = sent.map(cost);
  sent.forEach((r, i) => {
    for (let j = 0; j < i; j++) if (sent[j].end <= r.start) chain[i] = Math.max(chain[i], chain[j] + cost(r));
  });
  return Math.max(0, ...chain);
}

/**
 * The least time the visit's chain of requests could take on this network
 * with no CPU at all: along each chain of requests one after another, each
 * costs the profile's latency and its bytes at its throughput (requests side
 * by side are counted as if each had the whole bandwidth: a lower bound).
 * No page making the same requests, one after another, paints sooner.
 */
const networkFloor = (requests, {latency, downloadThroughput}) => longestChain(requests, (r) => latency + (r.bytes / downloadThroughput) * 1000);

/** The longest chain of requests each started after the previous one had ended: the round trips a visit waits for one after another. */
const depth = (requests) => longestChain(requests, () => 1);

/** One cold visit (a new browser profile: empty cache and storage) and a warm one (the same profile, a second visit), throttled. */
async function networkRun(browser, server, profile, row) {
  // Reduced motion: the banner's 0.2 s fade-in starts at opacity 0 (as the banner section).
  const context = await newContext(browser, server, {reducedMotion: 'reduce'});
  try {
    const page = await context.newPage();
    await page.addInitScript(networkProbe, {hosts: row.hosts, text: row.text, painted: NETWORK_PAINTED});
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {offline: false, ...NETWORK_PROFILES[profile]});
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
    // A feed fresh for each profile, counted from zero; cacheable 30 s like a Statuspage API.
    const feedCache = row.revalidate ? 'no-cache' : 'public, max-age=30';
    if (row.feed) server.setFeed('net', {body: JSON.stringify(bannerFeed()), cache: feedCache});
    server.setApiCache(feedCache);
    const visit = async () => {
      const before = server.stats('net').requests ?? 0;
      // From about:blank: a navigation to the URL already shown would be a reload, which revalidates.
      await page.goto('about:blank');
      const painted = page.waitForEvent('console', {predicate: (message) => message.text().startsWith(NETWORK_PAINTED), timeout: 120_000});
      await page.goto(`${NET_ORIGINS.page}/bench/net-${row.page}.html`, {waitUntil: 'commit'});
      const ms = Number((await painted).text().slice(NETWORK_PAINTED.length + 1));
      const requests = await waterfall(page, ms);
      const lastByte = Math.max(...requests.map((r) => r.end));
      return {
        ms,
        depth: depth(requests),
        floor: networkFloor(requests, NETWORK_PROFILES[profile]),
        afterLastByte: ms - lastByte,
        feedRequests: row.feed ? server.stats('net').requests - before : undefined,
        requests,
      };
    };
    const cold = await visit();
    const warm = await visit();
    return {cold, warm};
  } finally {
    await context.close();
  }
}

async function measureNetwork(browser, server) {
  const byProfile = {};
  const loadAverage = {};
  for (const profile of Object.keys(NETWORK_PROFILES)) {
    loadAverage[profile] = loadavg().map((l) => Math.round(l * 100) / 100);
    const runs = Object.fromEntries(NETWORK_ROWS.map((row) => [rowId(row), []]));
    // Rows taken in turn within each round, so that a burst of load on the machine falls on all of them.
    for (let i = 0; i < RUNS.network; i++) for (const row of NETWORK_ROWS) runs[rowId(row)].push(await networkRun(browser, server, profile, row));
    const visits = (id, kind) => runs[id].map((r) => r[kind]);
    byProfile[profile] = Object.fromEntries(
      NETWORK_ROWS.map((row) => {
        const summary = (kind) => {
          const list = visits(rowId(row), kind);
          const time = stat(list.map((v) => v.ms));
          const atlassian = median(visits(row.revalidate ? 'atlassian-revalidated' : 'atlassian', kind).map((v) => v.ms));
          // The waterfall of the run whose time is the median (the lower middle one with an even count).
          const typical = list.find((v) => v.ms === time.median) ?? [...list].sort((a, b) => a.ms - b.ms)[(list.length - 1) >> 1];
          return {
            time,
            ratioToAtlassian: time.median / atlassian,
            depth: {typical: typical.depth, all: list.map((v) => v.depth)},
            floor: stat(list.map((v) => v.floor)),
            afterLastByte: stat(list.map((v) => v.afterLastByte)),
            feedRequests: row.feed ? list.map((v) => v.feedRequests) : undefined,
            waterfall: typical.requests,
            waterfalls: list.map((v) => v.requests),
          };
        };
        return [rowId(row), {label: row.label, text: row.text, cold: summary('cold'), warm: summary('warm')}];
      }),
    );
  }
  return {
    method: `headless Chromium; CDP Network.emulateNetworkConditions with DevTools' presets (${Object.entries(NETWORK_PROFILES)
      .map(
        ([name, p]) =>
          `${name}: ${p.latency} ms, ${((p.downloadThroughput * 8) / 1e6).toFixed(2)} Mbps down, ${((p.uploadThroughput * 8) / 1e6).toFixed(2)} Mbps up`,
      )
      .join(
        '; ',
      )}) and Emulation.setCPUThrottlingRate(${CPU_SLOWDOWN}); page, CDN and feed on ${Object.values(NET_HOSTS).join(', ')} (--host-resolver-rules to the bench server), gzip, ETag, CORS; chunks immutable, entry scripts max-age=300, feeds max-age=30 (no-cache in the two rows that say so, each compared with the other); cold: a new browser context; warm: a second visit in it; time: navigation start to the frame after the incident's text is visible in the shadow root (requestAnimationFrame + message), prefers-reduced-motion: reduce; ${RUNS.network} runs, rows in turn; depth: longest chain of requests (the page included; not those answered from cache) each starting after the previous one ended`,
    loadAverage,
    byProfile,
  };
}

// ---------------------------------------------------------------- report

const int = (n) => (n === undefined || Number.isNaN(n) ? '—' : Math.round(n).toLocaleString('en-US'));
const ms = (s) => (s ? `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '—');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const x = (n) => `${n.toFixed(2)}×`;

/** A request's name in a waterfall: its host's role and file, e.g. `cdn:native-D3eWHocF.js`. */
function requestName(url) {
  const {hostname, pathname} = new URL(url);
  const role = Object.entries(NET_HOSTS).find(([, host]) => host === hostname)?.[0] ?? hostname;
  return `${role}:${pathname.split('/').filter(Boolean).at(-1) ?? '/'}`;
}

/** One table per network profile, then the waterfall of each row's median run. */
function reportNetwork(n) {
  const lines = [];
  for (const [profile, rows] of Object.entries(n.byProfile)) {
    lines.push(
      `**Network, ${profile}**, CPU ${CPU_SLOWDOWN}× slower (ms from navigation start to the incident's text painted, median (min–max) of ${RUNS.network}; load average ${n.loadAverage[profile][0]} at the start; depth: longest chain of requests one after another)`,
      '',
    );
    lines.push(
      '| page | cold | ÷ Atlassian | depth | floor | after the last byte | warm | ÷ Atlassian | depth | floor | after the last byte |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    const ms0 = (s) => `${int(s.median)} (${int(s.min)}–${int(s.max)})`;
    const visit = (v) => `${ms0(v.time)} | ${x(v.ratioToAtlassian)} | ${v.depth.typical} | ${int(v.floor.median)} | ${int(v.afterLastByte.median)}`;
    for (const row of Object.values(rows)) lines.push(`| ${row.label} | ${visit(row.cold)} | ${visit(row.warm)} |`);
    lines.push(
      '',
      `*Floor*: the least time the visit's chain of requests takes on this network with no CPU at all (each request one latency, ${NETWORK_PROFILES[profile].latency} ms, and its bytes at ${((NETWORK_PROFILES[profile].downloadThroughput * 8) / 1e6).toFixed(2)} Mbps, along the longest chain; median of the runs). *After the last byte*: from the end of the last request to the paint, the page's CPU work (median).`,
      '',
    );
    const preload = rows.preload;
    if (preload)
      lines.push(
        `Feed requests with the preload, per visit (cold; warm): ${preload.cold.feedRequests.join(', ')}; ${preload.warm.feedRequests.join(', ')}.`,
        '',
      );
    lines.push(`Waterfalls, ${profile} (the median run; request start–end in ms; *cached*: from the HTTP cache, no request):`, '');
    for (const row of Object.values(rows)) {
      for (const kind of ['cold', 'warm']) {
        const w = row[kind].waterfall.map((r) => `${requestName(r.url)} ${r.cached ? '*cached*' : `${int(r.start)}–${int(r.end)}`}`).join(' · ');
        lines.push(`- ${row.label}, ${kind}: ${w}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

function report(r) {
  const lines = [];
  const m = r.machine;
  lines.push(
    `Measured on ${m.nproc} × ${m.cpu} (nproc ${m.nproc}), ${m.memoryGB} GB, load average ${m.loadAverage[0]} at the start, Chromium ${m.chromium} headless, Node ${m.node}; ${m.date.slice(0, 10)}.`,
    '',
  );
  if (r.offsite.length) lines.push(`**Requests that left 127.0.0.1 (refused):** ${r.offsite.join(', ')}`, '');

  const s = r.sizes;
  lines.push('**Bytes** (gzip -9, brotli -11; each file compressed on its own)', '');
  lines.push('| what a page loads | minified | gzip | brotli |', '|---|--:|--:|--:|');
  const row = (label, z) => lines.push(`| ${label} | ${int(z.min)} | ${int(z.gzip)} | ${int(z.brotli)} |`);
  row('`dist/cdn/status-banner.js` (first script)', s.cdn.esm.first);
  // A chunk's file name carries a content hash that changes with every build: the table names it without.
  for (const c of s.cdn.esm.chunks) row(`\`${c.file.replace(/-[\w-]{8}\.js$/, '-….js')}\` (lazy)`, c);
  if (s.cdn.esm.chunks.length) row(`ES module total (${s.cdn.esm.chunks.length + 1} files)`, s.cdn.esm.total);
  row('`dist/cdn/status-banner.iife.js`', s.cdn.iife);
  row('our own code in the first script (without Lit and i18next, with the en/fr strings; budget in check-size.mjs)', s.own.first);
  row('Lit + i18next in the first script (the difference)', {
    min: s.cdn.esm.first.min - s.own.first.min,
    gzip: s.cdn.esm.first.gzip - s.own.first.gzip,
    brotli: s.cdn.esm.first.brotli - s.own.first.brotli,
  });
  row('our own code, all files', s.own.total);
  row(`\`@statuspage/status-widget\` ${s.statuspage.version} (\`dist/index.js\`)`, s.statuspage);
  lines.push('');
  lines.push('**What a page downloads** (CDN module: the first script and the chunks the page needs, with their imports)', '');
  lines.push("| page | files | minified | gzip | brotli | Atlassian's widget ÷ this (gzip) |", '|---|--:|--:|--:|--:|--:|');
  for (const page of s.pages)
    lines.push(`| ${page.label} | ${page.files} | ${int(page.min)} | ${int(page.gzip)} | ${int(page.brotli)} | ${x(s.statuspage.gzip / page.gzip)} |`);
  lines.push(
    `| the whole ES module, every file | ${s.cdn.esm.chunks.length + 1} | ${int(s.cdn.esm.total.min)} | ${int(s.cdn.esm.total.gzip)} | ${int(s.cdn.esm.total.brotli)} | ${x(s.statuspage.gzip / s.cdn.esm.total.gzip)} |`,
  );
  lines.push('');

  const b = r.banner;
  if (b) {
    lines.push('**Banner** (ms, median (min–max))', '');
    lines.push('| from → to | time |', '|---|--:|');
    lines.push(`| feed response → banner in the shadow DOM | ${ms(b.feedToDom)} |`);
    lines.push(`| feed response → its frame rendered | ${ms(b.feedToFrame)} |`);
    lines.push(`| feed response → first contentful paint | ${ms(b.feedToFcp)} |`);
    lines.push(`| feed response → first contentful paint, with the banner's 0.2 s fade-in (no reduced motion) | ${ms(b.feedToFcpWithFadeIn)} |`);
    lines.push(`| script start → first contentful paint, first visit (feed answers at once) | ${ms(b.scriptToFcpNoCache)} |`);
    lines.push(
      `| script start → first contentful paint, cached last good state (feed held back 2 s) | ${b.cached.status === 'ok' ? ms(b.cached.scriptToFcp) : b.cached.status} |`,
      '',
    );
  }

  const h = r.history;
  if (h) {
    lines.push('**`<status-history>`** given N incidents through `data` (ms, median (min–max); shows 10, then 10 more)', '');
    lines.push(
      `| | ${HISTORY_COUNTS.map(int).join(' | ')} | ${int(HISTORY_COUNTS.at(-1))} ÷ ${int(HISTORY_COUNTS[0])} |`,
      `|---|${HISTORY_COUNTS.map(() => '--:|').join('')}--:|`,
    );
    const hrow = (label, key) =>
      lines.push(
        `| ${label} | ${HISTORY_COUNTS.map((n) => ms(h.byCount[n][key])).join(' | ')} | ${x(h.byCount[HISTORY_COUNTS.at(-1)][key].median / h.byCount[HISTORY_COUNTS[0]][key].median)} |`,
      );
    hrow('first render of a feed object (parse + render), to the entries in the DOM', 'renderDom');
    hrow('first render of a feed object, to frame', 'renderFrame');
    lines.push(
      `| first render of a Snapshot (render alone), to the entries in the DOM | ${HISTORY_COUNTS.map((n) => ms(h.snapshotByCount[n].renderDom)).join(' | ')} | ${x(h.growth.renderSnapshot10kOver100)} |`,
    );
    hrow('"show more", to DOM', 'moreDom');
    hrow('"show more", to frame', 'moreFrame');
    const tasks = (t) => `${t.maxPerRun} / ${t.longest ? `${t.longest.toFixed(0)} ms` : '—'}`;
    lines.push(`| long tasks > 50 ms in a run (most) / longest, feed object | ${HISTORY_COUNTS.map((n) => tasks(h.byCount[n].longTasks)).join(' | ')} | |`);
    lines.push(
      `| long tasks > 50 ms in a run (most) / longest, Snapshot | ${HISTORY_COUNTS.map((n) => tasks(h.snapshotByCount[n].longTasks)).join(' | ')} | |`,
    );
    lines.push('');
    lines.push(
      `With ${int(h.expanded.count)} incidents and ${h.expanded.shown} shown (${EXPANDED_PAGES} pages of "show more"): a re-render with nothing changed (what an unchanged poll asks) ${ms(h.expanded.rerender)} ms; one more "show more" ${ms(h.expanded.showMore)} ms (to DOM).`,
      '',
    );
    const f = h.fetchedByCount;
    lines.push(`**\`<status-history src>\`** fetching a feed of N incidents over loopback (ms, median (min–max); ${RUNS.fetched} runs)`, '');
    lines.push(`| | ${FETCHED_COUNTS.map(int).join(' | ')} |`, `|---|${FETCHED_COUNTS.map(() => '--:|').join('')}`);
    lines.push(`| feed size | ${FETCHED_COUNTS.map((n) => `${(f[n].bytes / 1e6).toFixed(2)} MB`).join(' | ')} |`);
    lines.push(`| set src → entries in the DOM (fetch, read, render) | ${FETCHED_COUNTS.map((n) => ms(f[n].dom)).join(' | ')} |`);
    lines.push(`| set src → frame | ${FETCHED_COUNTS.map((n) => ms(f[n].frame)).join(' | ')} |`);
    lines.push(`| long tasks > 50 ms in a run (most) / longest | ${FETCHED_COUNTS.map((n) => tasks(f[n].longTasks)).join(' | ')} |`, '');
  }

  const u = r.uptime;
  if (u) {
    lines.push(`**\`<status-uptime>\`** given a Snapshot (ms, median (min–max); ${RUNS.uptime} runs; the view's chunk already loaded)`, '');
    lines.push('| components × days | bars | first render, to DOM | to frame | new snapshot, to DOM | to frame |', '|---|--:|--:|--:|--:|--:|');
    for (const v of Object.values(u.bySize))
      lines.push(`| ${v.components} × ${v.days} | ${int(v.bars)} | ${ms(v.firstDom)} | ${ms(v.firstFrame)} | ${ms(v.againDom)} | ${ms(v.againFrame)} |`);
    lines.push('');
  }

  const lt = r.longtasks;
  if (lt) {
    lines.push(
      `**Long tasks, a feed of nearly 5 MiB in \`<status-history src>\`** (no CPU throttling; median (min–max) of ${RUNS.longTasks} runs; load average ${lt.loadAverage.join(', ')} at the start, ${lt.loadAverageAfter.join(', ')} at the end)`,
      '',
    );
    lines.push('| format | size | incidents | longest task (ms) | tasks over 50 ms | set src → entries in the DOM (ms) |', '|---|--:|--:|--:|--:|--:|');
    for (const [format, f] of Object.entries(lt.byFormat))
      lines.push(`| ${format} | ${(f.bytes / 1e6).toFixed(2)} MB | ${int(f.incidents)} | ${ms(f.longest)} | ${ms(f.over50)} | ${ms(f.dom)} |`);
    lines.push('');
    const tt = lt.twoTabs;
    lines.push(
      `Two tabs, native feed changing at every request, one poll: long tasks > 50 ms in the first tab ${JSON.stringify(tt.leader)}, in the second ${JSON.stringify(tt.other)} (per run); status-load in each tab meanwhile ${tt.received.map((r) => r.loads.join('/')).join(', ')}; requests in all ${tt.received.map((r) => r.requests).join(', ')}.`,
      '',
    );
  }
  const t = r.tabs;
  if (t) {
    lines.push(
      `**Requests per hour, one visitor** (refresh ${TABS_REFRESH_S} s; ${TABS_WINDOW_MS / 1000} s of real time per row, extrapolated; load average ${t.loadAverage[0]})`,
      '',
    );
    lines.push(
      '| tabs | requests at page load | requests in the window | per hour | per hour if every tab polled (tabs × 1 tab) | tabs visible |',
      '|--:|--:|--:|--:|--:|--:|',
    );
    for (const row of Object.values(t.byTabs))
      lines.push(
        `| ${row.tabs} | ${row.pageLoadRequests} | ${row.requestsInWindow} in ${row.seconds.toFixed(0)} s | ${int(row.perHour)} | ${int(t.withoutSharing[row.tabs])} | ${row.visibility.filter((v) => v === 'visible').length} |`,
      );
    lines.push('');
  }
  if (!r.poll) return lines.join('\n');

  const p = r.poll;
  lines.push('**Work per poll** (banner, indicator and history sharing one src)', '');
  lines.push(
    '| poll | DOM mutations in the shadow roots | element updates | update time, all three (ms) | of which banner / indicator / history |',
    '|---|--:|--:|--:|--:|',
  );
  const byTag = (t) =>
    ['status-banner', 'status-indicator', 'status-history']
      .map((tag) => t[tag])
      .map((v) => (typeof v === 'number' ? v : (v?.median ?? 0)).toFixed(1))
      .join(' / ');
  lines.push(
    `| feed unchanged (${p.unchanged.mutations.length} polls) | ${p.unchanged.mutations.join(', ')} | ${p.unchanged.updates.join(', ')} | ${ms(p.unchanged.updateMs)} | ${byTag(p.unchanged.updateMsByTag)} (medians) |`,
  );
  lines.push(
    `| feed changed (the check that mutations are seen) | ${p.changed.mutations} | ${p.changed.updates} | ${p.changed.updateMs.toFixed(1)} | ${byTag(p.changed.updateMsByTag)} |`,
    '',
  );

  const mem = r.memory;
  lines.push(`**Memory**: rounds of ${int(MOUNT_CYCLES)} mounts and unmounts of the three elements, growth after GC`, '');
  lines.push(
    `| elements given | JS heap before | growth, ${Array.from({length: MEMORY_ROUNDS}, (_, i) => `round ${i + 1}`).join(' / ')} | DOM nodes growth | event listeners growth |`,
    '|---|--:|--:|--:|--:|',
  );
  for (const mode of ['data', 'src']) {
    const g = mem[mode];
    const rounds = (key, f) => g.growthPerRound.map((d) => f(d[key])).join(' / ');
    lines.push(
      `| ${mode === 'data' ? '`data` (a feed object)' : `\`src\` (${int(g.requests)} ${g.requests === 1 ? 'fetch' : 'fetches'})`} | ${kb(g.baseline.heap)} | ${rounds('heap', kb)} | ${rounds('nodes', String)} | ${rounds('listeners', String)} |`,
    );
  }
  lines.push('');

  const q = r.requests;
  lines.push('**Requests in one hour**, three elements sharing a src, default refresh 60 s (simulated hour)', '');
  lines.push('| feed | requests | 200 | 304 | body bytes |', '|---|--:|--:|--:|--:|');
  for (const kind of ['unchanged', 'changed'])
    lines.push(`| ${kind} | ${q[kind].requests} | ${q[kind].okResponses} | ${q[kind].notModified} | ${int(q[kind].bodyBytes)} |`);
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const step = (what) => console.error(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  step('bytes');
  const sizes = {cdn: cdnSizes(ROOT), own: await ownCodeSizes(ROOT), pages: pageSizes(ROOT), statuspage: statuspageSizes(ROOT)};
  sizes.method = {
    own: "src/cdn.ts bundled again with lit, @lit/* and i18next external, through the plugins of rollup.config.mjs's CDN ES build (TypeScript, JSON, Lit template minifier, terser)",
    statuspage: `${sizes.statuspage.file}: the script its README loads (package.json main "${sizes.statuspage.declaredMain}" is not in the package)`,
  };

  const server = await startBenchServer();
  cleanups.push(() => server.close());
  const browser = await chromium.launch({
    executablePath: findChrome(),
    // Playwright passes its own --headless; nothing but 127.0.0.1 resolves.
    // The network section's three names lead to the bench server's port (the first MAP that matches applies).
    args: [
      ...chromeArgs.filter((a) => !a.startsWith('--headless')),
      `--host-resolver-rules=${Object.values(NET_HOSTS)
        .map((host) => `MAP ${host} 127.0.0.1:${new URL(server.origin).port}`)
        .join(', ')}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    ],
  });
  cleanups.push(() => browser.close());

  const results = {machine: machine(browser.version()), sizes};
  // `BENCH_ONLY=uptime npm run bench`: the bytes and the steps named, for a quick look; the README's tables come from a whole run.
  const only = process.env.BENCH_ONLY?.split(',');
  const steps = {
    banner: measureBanner,
    history: measureHistory,
    uptime: measureUptime,
    poll: measurePoll,
    memory: measureMemory,
    requests: measureRequests,
    network: measureNetwork,
    longtasks: measureLongTasks,
    tabs: measureTabs,
  };
  for (const [name, measure] of Object.entries(steps)) {
    if (only && !only.includes(name)) continue;
    step(name);
    results[name] = await measure(browser, server);
  }
  results.offsite = offsite;
  results.seconds = (Date.now() - started) / 1000;

  // The network section has tables of its own, after the others (it may run alone: BENCH_ONLY=network).
  const table = [report(results), ...(results.network ? [reportNetwork(results.network)] : [])].join('\n');
  results.table = table;
  writeFileSync(resolve(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table);
  console.error(`bench: done in ${results.seconds.toFixed(0)} s; bench-results.json written`);
  if (offsite.length) {
    console.error(`bench: FAILED: the pages asked for ${offsite.length} URL(s) beyond 127.0.0.1: ${offsite.join(', ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  if (!interrupted) console.error('bench: FAILED:', error?.stack ?? error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
