// Page URLs read through several endpoints, what the network sees, and bad payloads
// over real HTTP: a status-error that says what was expected and what came.
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {StatusErrorDetail} from '../../src/index.js';
import {echoUrl, fileUrl, requestCount, uniqueKey} from '../helpers/feeds.js';
import {watchTimers} from '../helpers/timers.js';
import {DEFAULT_TIMEOUT_MS, MAX_SERVER_WAIT_SECONDS} from '../../src/client/fetch-feed.js';
import {parts, shadowText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';

type Tag = 'status-banner' | 'status-history' | 'status-indicator';
type StatusEl = HTMLElement & {updateComplete: Promise<unknown>; reload(): Promise<void>};

const mounted: HTMLElement[] = [];

function create(tag: Tag, src: string, attrs: Record<string, string> = {}): StatusEl {
  const el = document.createElement(tag) as StatusEl;
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  mounted.push(el);
  return el;
}

/** Appends the elements and waits until each has loaded or failed once. */
async function settle(...elements: StatusEl[]): Promise<Event[]> {
  const events = elements.map(
    (el) =>
      new Promise<Event>((resolve) => {
        el.addEventListener('status-load', resolve, {once: true});
        el.addEventListener('status-error', resolve, {once: true});
      }),
  );
  document.body.append(...elements);
  const done = await Promise.all(events);
  await Promise.all(elements.map((el) => el.updateComplete));
  return done;
}

describe('sources read through several endpoints', () => {
  guardHostPage();

  before(() => performance.setResourceTimingBufferSize(100_000));
  beforeEach(() => performance.clearResourceTimings());
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  it('a Statuspage page: every element, whichever way its src names the feed, shares one request per endpoint, and one per poll', async () => {
    const timers = watchTimers();
    try {
      const key = uniqueKey('statuspage-shared');
      // The fixture site's API root, each endpoint counted by the feed server under `${key}/<path>`.
      const api = `/feed/tree/${key}/statuspage/site/api/v2`;
      const count = (endpoint: string) => requestCount(`${key}/statuspage/site/api/v2/${endpoint}`);
      const banner = create('status-banner', api);
      const indicator = create('status-indicator', api, {variant: 'text'});
      const history = create('status-history', api, {days: '0'});
      // The same summary.json named as a file, absolute, in the format named.
      const badge = create('status-indicator', new URL(`${api}/summary.json`, location.href).href, {variant: 'badge', format: 'statuspage'});
      await settle(banner, indicator, history, badge);
      expect(shadowText(indicator)).to.equal('Partial outage');
      expect(parts(history, 'incident')).to.have.length(4);
      await expect(history).to.be.accessible();
      expect([await count('summary.json'), await count('incidents.json'), await count('scheduled-maintenances.json')]).to.deep.equal([1, 1, 1]);

      // The next poll of every store: each endpoint is fetched once more, for all of them.
      // The test server says `Cache-Control: max-age=31536000` for any path with an extension, so
      // each store's next poll waits as long as a server may make it: those timers are the polls.
      const polls = () => timers.pending(MAX_SERVER_WAIT_SECONDS * 1000 - DEFAULT_TIMEOUT_MS);
      // Three stores (banner and indicator; history; the file in format statuspage), one poll each.
      await waitUntil(() => polls().length === 3, `not one poll per store: ${JSON.stringify(timers.pending().map((t) => t.delay))}`);
      const due = polls();
      for (const poll of due) timers.fire(poll);
      await waitUntil(() => polls().length === 3, 'the polls were not set again');
      expect([await count('summary.json'), await count('incidents.json'), await count('scheduled-maintenances.json')]).to.deep.equal([2, 2, 2]);
    } finally {
      timers.restore();
    }
  });

  it('an Uptime Kuma status page: both endpoints once for every element, however its URL is spelled, and "details" lead to the page', async () => {
    const key = uniqueKey('kuma-shared');
    const src = `/feed/tree/${key}/uptime-kuma/site/status/wittyoneoff`;
    const indicator = create('status-indicator', src, {variant: 'badge'});
    const absolute = create('status-indicator', new URL(src, location.href).href, {variant: 'text'});
    const api = create('status-banner', `/feed/tree/${key}/uptime-kuma/site/api/status-page/wittyoneoff`, {'show-operational': ''});
    await settle(indicator, absolute, api, create('status-history', src));
    expect(await requestCount(`${key}/uptime-kuma/site/api/status-page/wittyoneoff`)).to.equal(1);
    expect(await requestCount(`${key}/uptime-kuma/site/api/status-page/heartbeat/wittyoneoff`)).to.equal(1);
    expect(shadowText(indicator)).to.equal('All systems operational');
    expect(indicator.shadowRoot!.querySelector('a')!.href).to.equal(new URL(src, location.href).href);
  });

  it('fails as a whole when one endpoint fails, naming it, and keeps nothing half-read', async () => {
    const history = create('status-history', '/test/fixtures/uptime-kuma/site/status/nosuchpage');
    const [event] = await settle(history);
    const {error, url} = (event as CustomEvent<StatusErrorDetail>).detail;
    expect(event.type).to.equal('status-error');
    expect(error.message).to.match(/^HTTP 404 .*\/test\/fixtures\/uptime-kuma\/site\/api\/status-page\/(heartbeat\/)?nosuchpage$/);
    expect(url).to.equal('/test/fixtures/uptime-kuma/site/status/nosuchpage');
    expect(shadowText(history)).to.include('The incident history could not be loaded.');
  });

  it('a single-file feed is shared by the banner and the history: one request', async () => {
    const key = uniqueKey('shared');
    const src = fileUrl('test/fixtures/instatus/instatus_manychat_summary.json', key);
    await settle(create('status-banner', src), create('status-history', src), create('status-indicator', src));
    expect(await requestCount(key)).to.equal(1);
  });
});

describe('bad payloads over HTTP', () => {
  guardHostPage();

  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  async function errorFor(src: string, tag: Tag = 'status-history', attrs: Record<string, string> = {}): Promise<{el: StatusEl; message: string}> {
    const el = create(tag, src, attrs);
    const [event] = await settle(el);
    expect(event.type, 'expected a status-error').to.equal('status-error');
    return {el, message: (event as CustomEvent<StatusErrorDetail>).detail.error.message};
  }

  it('an HTML page from a proxy', async () => {
    const {el, message} = await errorFor(echoUrl('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', uniqueKey('html'), {type: 'text/html'}));
    expect(message).to.include('Expected a status feed, got an HTML page');
    expect(shadowText(el)).to.include('The incident history could not be loaded.');
  });

  it('a truncated Atom feed', async () => {
    const atom = await (await fetch('/test/fixtures/atom/streamyard_history.atom')).text();
    const {message} = await errorFor(echoUrl(atom.slice(0, 2500), uniqueKey('cut'), {type: 'application/atom+xml'}));
    expect(message).to.equal('Truncated Atom feed: the XML ends before its closing </feed> tag');
  });

  it('truncated JSON', async () => {
    const {message} = await errorFor(echoUrl('{"page": {"name": "GitHub"}, "components": [{"id": "a", "na', uniqueKey('cut-json')));
    expect(message).to.include('Expected a JSON status feed, got text that is not JSON');
  });

  it('XML that is not a feed', async () => {
    const {message} = await errorFor(echoUrl('<?xml version="1.0"?><opml version="2.0"><body/></opml>', uniqueKey('opml'), {type: 'text/xml'}));
    expect(message).to.equal('Expected an Atom or RSS feed, got an XML document whose root element is <opml>');
  });

  it('JSON of the wrong shape, and of the wrong types', async () => {
    const shape = await errorFor(echoUrl({results: []}, uniqueKey('shape')), 'status-indicator', {variant: 'text'});
    expect(shape.message).to.include('Unrecognized status feed');
    expect(shape.message).to.include('got an object with keys results');
    expect(shadowText(shape.el)).to.equal('Status unavailable');

    const types = await errorFor(
      echoUrl({page: {name: 'x'}, components: 'all good', incidents: [{id: 'i', name: 'x', created_at: 'today'}]}, uniqueKey('types')),
    );
    expect(types.message).to.include('Invalid Statuspage feed: components: expected an array, got a string ("all good")');
    expect(types.message).to.include('incidents[0].created_at: expected an ISO 8601 date');
  });

  it('a format asked for that the payload is not', async () => {
    const el = create('status-banner', fileUrl('test/fixtures/cachet/yoti_components.json', uniqueKey('wrong-format')), {format: 'instatus'});
    const [event] = await settle(el);
    expect((event as CustomEvent<StatusErrorDetail>).detail.error.message).to.include('Not an Instatus feed');
  });

  it('keeps the last good state when the feed breaks later', async () => {
    const key = uniqueKey('breaks');
    const el = create('status-history', fileUrl('test/fixtures/cachet/handwritten_incidents.json', key, {failAfter: 1}), {days: '0'});
    await settle(el);
    expect(shadowText(el)).to.include('App sign-in failures');
    const failed = oneEvent(el, 'status-error');
    void el.reload();
    await failed;
    await el.updateComplete;
    expect(shadowText(el)).to.include('App sign-in failures');
    expect(shadowText(el)).to.match(/Could not be updated since/);
  });
});
