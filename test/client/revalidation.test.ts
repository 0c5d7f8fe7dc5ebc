import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import '../../src/define.js';
import type {StatusHistory, StatusIndicator} from '../../src/index.js';
import {MAX_SERVER_WAIT_SECONDS} from '../../src/client/fetch-feed.js';
import {activeIncident, echoUrl, fileUrl, nativeFeed, PSGALLERY_PATH, uniqueKey} from '../helpers/feeds.js';
import {part, recordEvents, settle, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {watchTimers, type TimerWatch} from '../helpers/timers.js';
import {engine, onlyIn} from '../helpers/engine.js';
import {clearKept, nextPoll, scriptFeed, serverCounts} from './page-state.js';

/** Every change to an element's shadow DOM, from now on. */
function watchDom(el: Element): {changes: MutationRecord[]; stop(): void} {
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});
  return {
    changes,
    stop() {
      changes.push(...observer.takeRecords());
      observer.disconnect();
    },
  };
}

/**
 * Conditional requests are made by the browser's HTTP cache. MiniBrowser (our
 * WebKit) keeps none in automation mode, so there every poll is a plain GET:
 * the 304 tests run in Chromium and Firefox, the others count what WebKit sends.
 */
const httpCache = engine !== 'webkit';
const withHttpCache = onlyIn(['chromium', 'firefox'], 'MiniBrowser keeps no HTTP cache in automation mode');

describe('conditional requests', () => {
  guardHostPage();

  let timers: TimerWatch;
  beforeEach(() => {
    timers = watchTimers();
  });
  afterEach(() => {
    timers.restore();
    clearKept();
  });

  /**
   * A history and an indicator on `src`, loaded, then one poll: resolves to
   * what the poll changed in their shadow DOMs and the status-load events.
   */
  async function pollOnce(src: string, key: string, expected: string) {
    const history = await fixture<StatusHistory>(html`<status-history lang="en" days="0" refresh="20" src=${src}></status-history>`);
    const indicator = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="20" src=${src}></status-indicator>`);
    await waitForText(history, expected);
    await settle(indicator);
    const loads = [recordEvents(history, 'status-load'), recordEvents(indicator, 'status-load')];
    const dom = [watchDom(history), watchDom(indicator)];
    timers.fire(await nextPoll(timers));
    await waitUntil(async () => (await serverCounts(key)).count === 2, 'the poll did not fetch');
    // The store is done with the answer once it has set the next poll.
    await nextPoll(timers);
    await settle(history);
    await settle(indicator);
    return {loads: loads.flat(), changes: dom.flatMap((d) => (d.stop(), d.changes)), history, indicator};
  }

  withHttpCache('revalidates with the ETag: a 304 re-renders nothing and fires no status-load', async () => {
    const key = uniqueKey('etag');
    const {loads, changes, history} = await pollOnce(fileUrl(PSGALLERY_PATH, key, {etag: 'v1'}), key, 'Download items failed');
    expect(await serverCounts(key)).to.deep.equal({count: 2, conditional: 1, notModified: 1});
    expect(loads).to.have.length(0);
    expect(changes).to.deep.equal([]);
    expect(shadowText(history)).to.include('Download items failed');
  });

  withHttpCache('revalidates with Last-Modified when there is no ETag', async () => {
    const key = uniqueKey('last-modified');
    const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key, {lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT'});
    const {loads, changes, indicator} = await pollOnce(src, key, 'Package downloads are failing');
    expect(await serverCounts(key)).to.deep.equal({count: 2, conditional: 1, notModified: 1});
    expect(loads).to.have.length(0);
    expect(changes).to.deep.equal([]);
    expect(shadowText(indicator)).to.equal('Partial outage');
  });

  it('re-renders nothing when a new body says the same', async () => {
    // `serial` adds a field the native format ignores, and a new ETag, on every request.
    const key = uniqueKey('same-snapshot');
    const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key, {etag: 'v', serial: 1});
    const {loads, changes} = await pollOnce(src, key, 'Package downloads are failing');
    expect(await serverCounts(key)).to.deep.equal({count: 2, conditional: httpCache ? 1 : 0, notModified: 0});
    expect(loads).to.have.length(0);
    expect(changes).to.deep.equal([]);
  });

  it('shows a changed feed: the conditional request gets a 200 with the new body', async () => {
    const key = uniqueKey('changed');
    const src = await scriptFeed(key, [
      {body: nativeFeed(), etag: 'a'},
      {body: nativeFeed({incidents: [activeIncident()]}), etag: 'b'},
    ]);
    const {loads, indicator, history} = await pollOnce(src, key, 'No incidents');
    expect(await serverCounts(key)).to.deep.equal({count: 2, conditional: httpCache ? 1 : 0, notModified: 0});
    expect(shadowText(indicator)).to.equal('Partial outage');
    expect(shadowText(history)).to.include('Package downloads are failing');
    expect(loads).to.have.length(2);
  });

  withHttpCache('takes a feed the page preloads in one request, and revalidates it on the next poll', async () => {
    const key = uniqueKey('preload');
    const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key, {etag: 'v1'});
    // As the README says to write it: <link rel="preload" as="fetch" crossorigin href="…">.
    const link = Object.assign(document.createElement('link'), {rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: src});
    const preloaded = new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
    document.head.append(link);
    try {
      await preloaded;
      expect((await serverCounts(key)).count, 'the preload').to.equal(1);
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="20" src=${src}></status-indicator>`);
      await waitForText(el, 'Partial outage');
      expect(await serverCounts(key)).to.deep.equal({count: 1, conditional: 0, notModified: 0});
      timers.fire(await nextPoll(timers));
      await waitUntil(async () => (await serverCounts(key)).count === 2, 'the poll did not fetch');
      expect(await serverCounts(key)).to.deep.equal({count: 2, conditional: 1, notModified: 1});
    } finally {
      link.remove();
    }
  });

  describe('what the server asks', () => {
    async function delayAfter(step: Record<string, string>): Promise<number> {
      const key = uniqueKey('server-wait');
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" refresh="20" src=${echoUrl(nativeFeed(), key, step)}></status-indicator>`);
      await waitUntil(() => part(el, 'indicator')?.dataset['status'] === 'operational', 'never loaded');
      return (await nextPoll(timers)).delay;
    }

    it('polls no sooner than Cache-Control max-age', async () => {
      expect(await delayAfter({cacheControl: 'public, max-age=300'})).to.be.within(299_000, 300_000);
    });

    it('polls at its own interval when max-age is shorter', async () => {
      expect(await delayAfter({cacheControl: 'max-age=5'})).to.be.within(19_000, 20_000);
    });

    it('caps what a server can ask at an hour', async () => {
      expect(await delayAfter({cacheControl: 'max-age=31536000'})).to.be.within(MAX_SERVER_WAIT_SECONDS * 1000 - 1000, MAX_SERVER_WAIT_SECONDS * 1000);
    });
  });
});
