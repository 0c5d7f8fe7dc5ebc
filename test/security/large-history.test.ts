// A feed of 50,000 incidents (about 4 MB, under the 5 MB limit) stays within the
// history's render budget: the history renders `limit` entries and a "show
// more" button, so its DOM is the same size as for a feed of 100 incidents
// with the same newest entries. Timings are logged for the record, never
// asserted.
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import {parseFeedText} from '../../src/feeds/parse-feed.js';
import {normalize, part, parts} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {serveFeed} from './serve.js';

type StatusEl = HTMLElement & {data: unknown; updateComplete: Promise<unknown>};

const COUNT = 50_000;
const ACTIVE = 100;
const DAY = 86_400_000;

/** `count` incidents, one a day back from yesterday, the newest `active` still going on. Short fields: 50,000 fit in 4 MB. */
function manyIncidents(count: number, active: number): string {
  const start = Date.now() - DAY;
  const incidents = Array.from({length: count}, (_, i) => {
    const day = new Date(start - i * DAY).toISOString().slice(0, 10);
    return i < active
      ? `{"id":"${i}","title":"Incident ${i}","severity":"minor","started_at":"${day}"}`
      : `{"id":"${i}","title":"Incident ${i}","status":"resolved","started_at":"${day}"}`;
  });
  return `{"version":1,"incidents":[${incidents.join(',')}]}`;
}

const elementCount = (el: Element) => el.shadowRoot!.querySelectorAll('*').length;

/** Long tasks (over 50 ms on the main thread) seen while `work` runs, for the log. */
async function longTasksDuring<T>(work: () => Promise<T>): Promise<{result: T; longTasks: number[]}> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(Math.round(e.duration))));
  observer.observe({type: 'longtask'});
  try {
    const result = await work();
    await new Promise((resolve) => setTimeout(resolve, 0));
    longTasks.push(...observer.takeRecords().map((e) => Math.round(e.duration)));
    return {result, longTasks};
  } finally {
    observer.disconnect();
  }
}

async function showHistory(attributes: Record<string, string>, feed: {src?: string; data?: unknown}): Promise<StatusEl> {
  const el = document.createElement('status-history') as StatusEl;
  for (const [name, value] of Object.entries({lang: 'en', days: '0', refresh: '0', ...attributes})) el.setAttribute(name, value);
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('status-load', () => resolve(), {once: true});
    el.addEventListener('status-error', (e) => reject((e as CustomEvent).detail.error), {once: true});
  });
  if (feed.src) el.setAttribute('src', feed.src);
  else el.data = feed.data;
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('a feed of 50,000 incidents', () => {
  guardHostPage();
  let body: string;
  let src: string;
  const shown: Element[] = [];
  before(async function () {
    this.timeout(20_000);
    body = manyIncidents(COUNT, ACTIVE);
    src = await serveFeed(body);
  });
  afterEach(() => shown.splice(0).forEach((el) => el.remove()));

  it('fits the 5 MB limit, and parses', async () => {
    expect(body.length).to.be.within(3 * 1024 * 1024, 5 * 1024 * 1024);
    const t0 = performance.now();
    const snapshot = await parseFeedText(body);
    console.log(`[security] 50,000 incidents (${(body.length / 1024 / 1024).toFixed(1)} MB): parsed in ${Math.round(performance.now() - t0)} ms`);
    expect(snapshot.incidents).to.have.length(COUNT);
  });

  it('renders only `limit` entries, fetched through src, and a "show more" button', async function () {
    this.timeout(20_000);
    const t0 = performance.now();
    const {result: el, longTasks} = await longTasksDuring(() => showHistory({}, {src}));
    shown.push(el);
    console.log(
      `[security] 50,000 incidents: fetched, parsed and rendered in ${Math.round(performance.now() - t0)} ms; long tasks: ${longTasks.join(', ') || 'none'} ms; ${elementCount(el)} elements in the shadow root`,
    );
    expect(parts(el, 'incident')).to.have.length(10);
    expect(normalize(part(el, 'more-button')!.textContent)).to.equal('Show 10 more');
    expect(parts(el, 'incident-title').map((t) => t.textContent)).to.deep.equal(Array.from({length: 10}, (_, i) => `Incident ${i}`));

    const t1 = performance.now();
    part(el, 'more-button')!.click();
    await el.updateComplete;
    console.log(`[security] 50,000 incidents: "show more" rendered in ${Math.round(performance.now() - t1)} ms`);
    expect(parts(el, 'incident')).to.have.length(20);
  });

  it('has a DOM the size of a 100-incident feed’s, whatever the limit', async function () {
    this.timeout(20_000);
    for (const limit of ['10', '25']) {
      const large = await showHistory({limit}, {src});
      const small = await showHistory({limit}, {data: JSON.parse(manyIncidents(100, ACTIVE))});
      shown.push(large, small);
      expect(parts(large, 'incident')).to.have.length(Number(limit));
      expect(elementCount(large), `limit ${limit}`).to.equal(elementCount(small));
    }
  });

  it('gives the banner and the indicator their answer too', async function () {
    this.timeout(20_000);
    const data = JSON.parse(body);
    const t0 = performance.now();
    const banner = document.createElement('status-banner') as StatusEl;
    const indicator = document.createElement('status-indicator') as StatusEl;
    for (const el of [banner, indicator]) {
      el.setAttribute('lang', 'en');
      el.data = data;
    }
    indicator.setAttribute('variant', 'text');
    document.body.append(banner, indicator);
    shown.push(banner, indicator);
    await banner.updateComplete;
    await indicator.updateComplete;
    console.log(`[security] 50,000 incidents given to data: banner and indicator in ${Math.round(performance.now() - t0)} ms`);
    expect(normalize(part(banner, 'title')!.textContent)).to.equal('Incident 0');
    expect(normalize(part(banner, 'more')!.textContent)).to.equal(`+${ACTIVE - 1} more`);
    expect(normalize(indicator.shadowRoot!.textContent)).to.equal('Degraded performance');
  });
});
