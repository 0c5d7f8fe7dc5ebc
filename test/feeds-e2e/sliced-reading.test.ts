// A big feed (years of history: native, Atom or RSS) is read in slices, the page running
// between them: given to `data` or fetched, it is never one long task. A
// usual feed is read at once, as before. What the reading says (the snapshot,
// or the FeedError) is the same either way, and a newer value ends it.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import {FeedError} from '../../src/feeds/feed-error.js';
import {parseNativeFeed} from '../../src/feeds/native.js';
import {parseFeed} from '../../src/feeds/parse-feed.js';
import {loadStatus, type StatusErrorDetail, type StatusHistory, type StatusLoadDetail} from '../../src/index.js';
import type {Snapshot} from '../../src/model/types.js';
import {scriptFeed} from '../client/page-state.js';
import {recordEvents, shadowText, waitForText} from '../helpers/dom.js';
import {activeIncident, nativeFeed, resolvedIncident, uniqueKey, type NativeFeed} from '../helpers/feeds.js';
import {clearWidgetStorage, guardHostPage} from '../helpers/guard.js';
import {onlyIn} from '../helpers/engine.js';

/** A feed of `count` resolved incidents, one a day, "Incident 0" the newest. */
function bigFeed(count: number): NativeFeed {
  return nativeFeed({incidents: Array.from({length: count}, (_, i) => resolvedIncident({id: `i${i}`, daysAgo: i + 1, title: `Incident ${i}`}))});
}

/** An Atom or RSS feed of `count` resolved incidents, one a day, "Incident 0" the newest. */
function bigSyndication(format: 'atom' | 'rss', count: number): string {
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1) - i * 86_400_000);
  const body = '&lt;p&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - This incident has been resolved.&lt;/p&gt;';
  const entries = Array.from({length: count}, (_, i) =>
    format === 'atom'
      ? `<entry><id>tag:status.example.com,2026:${i}</id><title>Incident ${i}</title><updated>${day(i).toISOString()}</updated><link rel="alternate" href="https://status.example.com/incidents/${i}"/><content type="html">${body}</content></entry>`
      : `<item><guid>https://status.example.com/incidents/${i}</guid><title>Incident ${i}</title><pubDate>${day(i).toUTCString()}</pubDate><link>https://status.example.com/incidents/${i}</link><description>${body}</description></item>`,
  ).join('\n');
  return format === 'atom'
    ? `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Big</title>${entries}</feed>`
    : `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title>${entries}</channel></rss>`;
}

interface Scheduler {
  yield?: () => Promise<void>;
}
const scope = globalThis as unknown as {scheduler?: Scheduler};

/** A pause the way yieldToPage() makes one without scheduler.yield(): a message to ourselves. */
function messageTask(): Promise<void> {
  return new Promise((resolve) => {
    const {port1, port2} = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
}

/**
 * Counts the pauses of sliced readings: yieldToPage() calls
 * `scheduler.yield()`. Where the engine has none (WebKit), one is put in
 * place for the count, pausing as the real fallback does; the fallback itself
 * is tested by withoutSchedulerYield(). `onPause` runs in each.
 */
function countPauses(onPause?: (count: number) => void): {readonly count: number; restore(): void} {
  const hadScheduler = 'scheduler' in scope;
  const scheduler = (scope.scheduler ??= {});
  const original = scheduler.yield ?? messageTask;
  const hadOwnYield = Object.hasOwn(scheduler, 'yield');
  const counter = {
    count: 0,
    restore: () => {
      if (!hadScheduler) delete scope.scheduler;
      else if (!hadOwnYield) delete scheduler.yield;
      else scheduler.yield = original;
    },
  };
  scheduler.yield = function (this: Scheduler) {
    counter.count++;
    onPause?.(counter.count);
    return original.call(this);
  };
  return counter;
}

/** Runs `body` as in a browser without `scheduler.yield()` (Safari): pauses are a MessageChannel's tasks. */
async function withoutSchedulerYield(body: () => Promise<void>): Promise<void> {
  const scheduler = scope.scheduler;
  if (!scheduler?.yield) return body();
  const hadOwnYield = Object.hasOwn(scheduler, 'yield');
  const own = scheduler.yield;
  Object.defineProperty(scheduler, 'yield', {value: undefined, configurable: true, writable: true});
  try {
    await body();
  } finally {
    if (hadOwnYield) scheduler.yield = own;
    else delete scheduler.yield;
  }
}

/** A task of the page's own, past every task queued before it (not counted as a pause). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Records, in order, a message posted now (a task of the page's own) and the element's next status-load. */
function orderOfTaskAndLoad(el: Element): {order: string[]; done: Promise<void>} {
  const order: string[] = [];
  const {port1, port2} = new MessageChannel();
  const message = new Promise<void>((resolve) => {
    port1.onmessage = () => {
      order.push('task');
      port1.close();
      resolve();
    };
  });
  port2.postMessage(0);
  const loaded = oneEvent(el, 'status-load').then(() => void order.push('load'));
  return {order, done: Promise.all([message, loaded]).then(() => undefined)};
}

describe('a big native feed is read in slices', () => {
  guardHostPage();
  afterEach(() => clearWidgetStorage());
  // Read at once once the reader is there: only the reading is looked at below.
  before(() => parseFeed({version: 1}));

  onlyIn(['chromium', 'firefox'], 'WebKit has no scheduler.yield(); the tests without it cover its way')(
    'this browser has scheduler.yield(), which the pauses use',
    () => {
      expect(scope.scheduler?.yield).to.be.a('function');
    },
  );

  it('given to `data`, 10,000 incidents are read over many tasks, then shown and announced once', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const loads = recordEvents<StatusLoadDetail>(el, 'status-load');
    const pauses = countPauses();
    try {
      el.data = bigFeed(10_000);
      await el.updateComplete;
    } finally {
      pauses.restore();
    }
    expect(pauses.count).to.be.at.least(5);
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.snapshot.incidents).to.have.length(10_000);
    expect(shadowText(el)).to.include('Incident 0');
    await expect(el).to.be.accessible();
  });

  it('without scheduler.yield(), the page’s own tasks run between the slices', async () => {
    await withoutSchedulerYield(async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
      el.data = bigFeed(10_000);
      const {order, done} = orderOfTaskAndLoad(el);
      await done;
      expect(order).to.deep.equal(['task', 'load']);
      await waitForText(el, 'Incident 0');
    });
  });

  it('fetched, 10,000 incidents are read over many tasks', async () => {
    const src = await scriptFeed(uniqueKey('big'), [{body: bigFeed(10_000)}]);
    const pauses = countPauses();
    try {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" refresh="0" src=${src}></status-history>`);
      const {detail} = (await oneEvent(el, 'status-load')) as CustomEvent<StatusLoadDetail>;
      expect(detail.snapshot.incidents).to.have.length(10_000);
      await waitForText(el, 'Incident 0');
    } finally {
      pauses.restore();
    }
    expect(pauses.count).to.be.at.least(5);
  });

  it('fetched without scheduler.yield(), the page’s own tasks run between the slices', async () => {
    const src = await scriptFeed(uniqueKey('big'), [{body: bigFeed(10_000)}]);
    await withoutSchedulerYield(async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" refresh="0"></status-history>`);
      // The page's task is posted at the reading's first pause (yieldToPage() without
      // scheduler.yield() makes a MessageChannel): a body over 1 MB is parsed in slices too.
      let recorded!: (value: ReturnType<typeof orderOfTaskAndLoad>) => void;
      // No deadline of its own: on a slow machine the body takes what it takes.
      const paused = new Promise<ReturnType<typeof orderOfTaskAndLoad>>((resolve) => (recorded = resolve));
      const Channel = globalThis.MessageChannel;
      globalThis.MessageChannel = class extends Channel {
        constructor() {
          super();
          globalThis.MessageChannel = Channel;
          recorded(orderOfTaskAndLoad(el));
        }
      };
      let order: string[];
      try {
        el.src = src;
        const recording = await paused;
        await recording.done;
        order = recording.order;
      } finally {
        globalThis.MessageChannel = Channel;
      }
      expect(order).to.deep.equal(['task', 'load']);
    });
  });

  it('given to `data`, a big Atom feed (3,000 entries) is read over many tasks too', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const loads = recordEvents<StatusLoadDetail>(el, 'status-load');
    const pauses = countPauses();
    try {
      el.data = bigSyndication('atom', 3000);
      await el.updateComplete;
    } finally {
      pauses.restore();
    }
    expect(pauses.count).to.be.at.least(5);
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.snapshot.incidents).to.have.length(3000);
    expect(shadowText(el)).to.include('Incident 0');
  });

  it('a big RSS feed, without scheduler.yield(): the page’s own tasks run between the slices', async () => {
    await withoutSchedulerYield(async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
      el.data = bigSyndication('rss', 3000);
      const {order, done} = orderOfTaskAndLoad(el);
      await done;
      expect(order).to.deep.equal(['task', 'load']);
      await waitForText(el, 'Incident 0');
    });
  });

  it('parseFeed() reads a big Atom or RSS feed in slices when given a pause, to the same snapshot', async () => {
    for (const format of ['atom', 'rss'] as const) {
      const text = bigSyndication(format, 3000);
      let pauses = 0;
      const sliced = await parseFeed(text, format, {pause: async () => void pauses++});
      const atOnce = await parseFeed(text, format);
      expect(pauses, format).to.be.at.least(5);
      expect(sliced, format).to.deep.equal(atOnce);
      expect(sliced.incidents, format).to.have.length(3000);
    }
  });

  it('a usual feed is read at once: no pause, announced before any other task', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const pauses = countPauses();
    try {
      el.data = bigFeed(100);
      const {order, done} = orderOfTaskAndLoad(el);
      await done;
      expect(order).to.deep.equal(['load', 'task']);
    } finally {
      pauses.restore();
    }
    expect(pauses.count).to.equal(0);
    expect(shadowText(el)).to.include('Incident 0');
  });

  it('a bad big feed fails with the same FeedError as read at once, naming every bad field', async () => {
    const feed = bigFeed(10_000);
    feed.incidents![2]!.started_at = 'yesterday';
    feed.incidents![5000]!.title = 42 as unknown as string;
    feed.incidents![9999]!.id = '';
    let expected: FeedError | undefined;
    try {
      parseNativeFeed(feed);
    } catch (error) {
      expected = error as FeedError;
    }
    expect(expected).to.be.instanceOf(FeedError);
    expect(expected!.fields).to.deep.equal(['incidents[2].started_at', 'incidents[5000].title', 'incidents[9999].id']);

    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const pauses = countPauses();
    try {
      const failed = oneEvent(el, 'status-error');
      el.data = feed;
      const {detail} = (await failed) as CustomEvent<StatusErrorDetail>;
      expect(detail.error).to.be.instanceOf(FeedError);
      expect(detail.error.message).to.equal(expected!.message);
      expect((detail.error as FeedError).fields).to.deep.equal(expected!.fields);
    } finally {
      pauses.restore();
    }
    expect(pauses.count).to.be.at.least(5);
  });

  it('a newer value given while a big feed is being read wins, and ends that reading', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const loads = recordEvents<StatusLoadDetail>(el, 'status-load');
    const errors = recordEvents(el, 'status-error');
    // The second pause of the big reading: the app gives a newer feed.
    const pauses = countPauses((count) => {
      if (count === 2) el.data = nativeFeed({incidents: [activeIncident({title: 'Newer wins'})]});
    });
    try {
      el.data = bigFeed(10_000);
      await waitForText(el, 'Newer wins');
      // Tasks enough for the big reading to go on, had it not ended.
      for (let i = 0; i < 10; i++) await nextTask();
      await el.updateComplete;
    } finally {
      pauses.restore();
    }
    expect(pauses.count).to.equal(2);
    expect(loads.map((e) => (e.detail.snapshot as Snapshot).incidents.length)).to.deep.equal([1]);
    expect(errors).to.have.length(0);
    expect(shadowText(el)).to.include('Newer wins');
    expect(shadowText(el)).not.to.include('Incident 0');
  });

  it('loadStatus reads a big feed in slices too, and an abort meanwhile rejects with its reason', async () => {
    const src = await scriptFeed(uniqueKey('big'), [{body: bigFeed(10_000)}]);
    const controller = new AbortController();
    const pauses = countPauses((count) => {
      if (count === 2) controller.abort();
    });
    let error: unknown;
    try {
      await loadStatus(src, {signal: controller.signal});
    } catch (e) {
      error = e;
    } finally {
      pauses.restore();
    }
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(pauses.count).to.equal(2);
    const snapshot = await loadStatus(src);
    expect(snapshot.incidents).to.have.length(10_000);
  });
});
