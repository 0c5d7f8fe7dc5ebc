import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import '../../src/define.js';
import type {StatusBanner, StatusElement, StatusHistory, StatusIndicator} from '../../src/index.js';
import {fetchFeedText, FetchError} from '../../src/client/fetch-feed.js';
import {MIN_REFRESH_SECONDS} from '../../src/client/feed-store.js';
import {activeIncident, echoUrl, fileUrl, NEVER_MS, nativeFeed, PSGALLERY_PATH, requestCount, uniqueKey} from '../helpers/feeds.js';
import {part, partTexts, recordEvents, settle, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {watchTimers, type TimerWatch} from '../helpers/timers.js';

/** A poll timer is at least MIN_REFRESH_SECONDS long; nothing else the widget sets is. */
const POLL_MS = MIN_REFRESH_SECONDS * 1000;

/** `count` indicators on `src`, each in its own fixture (fixture() of a plain <div> would wait for an animation frame). */
async function indicators(src: string, count: number, attrs: {refresh?: number} = {}): Promise<StatusIndicator[]> {
  const els: StatusIndicator[] = [];
  for (let i = 0; i < count; i++) {
    els.push(await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh=${attrs.refresh ?? 60} src=${src}></status-indicator>`));
  }
  return els;
}

const loaded = (el: StatusElement) => waitUntil(() => part(el, 'indicator')?.dataset['status'] !== 'unknown', 'never loaded');

const TITLES_EN = ['Unable to send emails via PowerShellGallery website', 'Database upgrade'];

describe('feed store', () => {
  guardHostPage();

  let timers: TimerWatch | undefined;
  afterEach(() => {
    timers?.restore();
    timers = undefined;
  });

  describe('sharing', () => {
    it('makes one request for five elements with the same src', async () => {
      const key = uniqueKey('five');
      const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
      const els: StatusElement[] = await indicators(src, 3);
      els.push(await fixture<StatusBanner>(html`<status-banner lang="en" src=${src}></status-banner>`));
      els.push(await fixture<StatusHistory>(html`<status-history lang="en" src=${src}></status-history>`));
      await waitForText(els[0]!, 'Partial outage');
      await waitForText(els[3]!, 'Package downloads are failing');
      await waitForText(els[4]!, 'Package downloads are failing');
      for (const el of els.slice(0, 3)) expect(shadowText(el)).to.equal('Partial outage');
      expect(await requestCount(key)).to.equal(1);
    });

    it('gives an element that joins later the snapshot without a request, and its own status-load', async () => {
      const key = uniqueKey('late');
      const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
      const [first] = await indicators(src, 1);
      await loaded(first!);
      const loads: Event[] = [];
      const late = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" variant="text" src=${src} @status-load=${(e: Event) => loads.push(e)}></status-indicator>`,
      );
      expect(shadowText(late)).to.equal('Partial outage');
      expect(loads).to.have.length(1);
      expect(await requestCount(key)).to.equal(1);
    });

    it('keeps feeds with different src apart', async () => {
      const a = uniqueKey('apart-a');
      const b = uniqueKey('apart-b');
      const [one] = await indicators(echoUrl(nativeFeed(), a), 1);
      const [two] = await indicators(echoUrl(nativeFeed({incidents: [activeIncident()]}), b), 1);
      await waitForText(one!, 'All systems operational');
      await waitForText(two!, 'Partial outage');
      expect([await requestCount(a), await requestCount(b)]).to.deep.equal([1, 1]);
    });
  });

  describe('polling', () => {
    it('fetches once with refresh="0": no poll timer is left', async () => {
      timers = watchTimers();
      const key = uniqueKey('refresh0');
      const [el] = await indicators(echoUrl(nativeFeed(), key), 2, {refresh: 0});
      await loaded(el!);
      await el!.updateComplete;
      expect(timers.pending(POLL_MS)).to.deep.equal([]);
      expect(await requestCount(key)).to.equal(1);
    });

    it('polls at the shortest refresh asked, never under the minimum, once for all', async () => {
      timers = watchTimers();
      const key = uniqueKey('poll');
      const src = echoUrl(nativeFeed(), key);
      const els = [...(await indicators(src, 1, {refresh: 120})), ...(await indicators(src, 1, {refresh: 1}))];
      await loaded(els[0]!);
      // The poll loop starts once this tab holds the feed's lock (client/tabs.ts, a chunk):
      // on a busy machine that takes a while. 9 s, under the timers looked for: waitUntil's
      // own deadline is a watched timer too. The poll is due 10 s after the fetch ended, so
      // set a millisecond later its delay is under 10 s: looked for from 9.5 s.
      const polls = () => timers!.pending(POLL_MS - 500);
      await waitUntil(() => polls().length === 1, 'no poll timer', {timeout: 9000});
      const [poll] = polls();
      expect(poll!.delay).to.be.within(MIN_REFRESH_SECONDS * 1000 - 1000, MIN_REFRESH_SECONDS * 1000);
      // Its time has come: one request serves both elements, and the next poll is set.
      timers.fire(poll!);
      await waitUntil(async () => (await requestCount(key)) === 2, 'the poll did not fetch');
      await waitUntil(() => polls().length === 1, 'no next poll', {timeout: 9000});
      expect(await requestCount(key)).to.equal(2);
    });

    it('refetches once for all on reload(), and shares a request in flight', async () => {
      const key = uniqueKey('reload');
      const src = echoUrl(nativeFeed(), key);
      const els = await indicators(src, 3, {refresh: 0});
      await loaded(els[0]!);
      expect(await requestCount(key)).to.equal(1);
      await els[1]!.reload();
      expect(await requestCount(key)).to.equal(2);
      await Promise.all(els.map((el) => el.reload()));
      expect(await requestCount(key)).to.equal(3);
    });

    it('fires no second status-load when the body has not changed', async () => {
      const key = uniqueKey('same-body');
      const src = fileUrl(PSGALLERY_PATH, key);
      const loads: Event[] = [];
      const el = await fixture<StatusHistory>(
        html`<status-history lang="en" days="0" refresh="0" src=${src} @status-load=${(e: Event) => loads.push(e)}></status-history>`,
      );
      await waitForText(el, 'Download items failed');
      await el.reload();
      await el.reload();
      expect(await requestCount(key)).to.equal(3);
      expect(loads).to.have.length(1);
    });

    it('fires status-load again when the body changes', async () => {
      // Two mirrors standing in for one feed that changes: the first answers
      // once and then fails, the second has a new incident.
      const before = uniqueKey('changes-a');
      const after = uniqueKey('changes-b');
      const src = `${echoUrl(nativeFeed(), before, {failAfter: 1})} ${echoUrl(nativeFeed({incidents: [activeIncident()]}), after)}`;
      const loads: Event[] = [];
      const changes: CustomEvent[] = [];
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" variant="text" refresh="0" src=${src}
          @status-load=${(e: Event) => loads.push(e)} @status-change=${(e: CustomEvent) => changes.push(e)}></status-indicator>`,
      );
      await waitForText(el, 'All systems operational');
      await el.reload();
      await el.updateComplete;
      expect(shadowText(el)).to.equal('Partial outage');
      expect(loads).to.have.length(2);
      expect(changes.map((e) => e.detail)).to.deep.equal([{previous: 'operational', current: 'partial_outage'}]);
    });
  });

  describe('mirrors and failures', () => {
    it('uses the second mirror when the first answers 500, without an error', async () => {
      const broken = uniqueKey('mirror-500');
      const good = uniqueKey('mirror-ok');
      const src = `${echoUrl('', broken, {status: 500})} ${echoUrl(nativeFeed({incidents: [activeIncident()]}), good)}`;
      const errors: Event[] = [];
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" variant="text" refresh="0" src=${src} @status-error=${(e: Event) => errors.push(e)}></status-indicator>`,
      );
      await waitForText(el, 'Partial outage');
      expect(errors).to.have.length(0);
      expect([await requestCount(broken), await requestCount(good)]).to.deep.equal([1, 1]);
      // The mirror that answered is asked first next time.
      await el.reload();
      expect([await requestCount(broken), await requestCount(good)]).to.deep.equal([1, 2]);
      expect(errors).to.have.length(0);
    });

    it('fires status-error once, naming the last URL tried, only when every mirror fails', async () => {
      const a = uniqueKey('all-fail-a');
      const b = uniqueKey('all-fail-b');
      const second = echoUrl('', b, {status: 503});
      const src = `${echoUrl('', a, {status: 500})}  ${second}`;
      const errors: CustomEvent<{error: Error; url: string}>[] = [];
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" variant="text" refresh="0" src=${src} @status-error=${(e: CustomEvent) => errors.push(e)}></status-indicator>`,
      );
      await waitForText(el, 'Status unavailable');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.url).to.equal(second);
      expect(errors[0]!.detail.error).to.be.instanceOf(FetchError);
      expect(errors[0]!.detail.error.message).to.include('HTTP 503');
      expect([await requestCount(a), await requestCount(b)]).to.deep.equal([1, 1]);
    });

    it('keeps the last good snapshot when the feed starts failing, and says since when', async () => {
      const key = uniqueKey('fail-after');
      const src = fileUrl(PSGALLERY_PATH, key, {failAfter: 1});
      const errors: CustomEvent<{error: Error; url: string}>[] = [];
      const el = await fixture<StatusHistory>(
        html`<status-history lang="en" days="0" refresh="0" src=${src} @status-error=${(e: CustomEvent) => errors.push(e)}></status-history>`,
      );
      await waitForText(el, 'Download items failed');
      expect(shadowText(el)).not.to.include('Could not be updated');
      await el.reload();
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.url).to.equal(src);
      expect(errors[0]!.detail.error.message).to.include('HTTP 500');
      expect(partTexts(el, 'incident-title').slice(0, 2)).to.deep.equal(TITLES_EN);
      expect(shadowText(el)).to.include('Could not be updated since');
      expect(await requestCount(key)).to.equal(2);
    });

    it('clears the failure when the feed answers again, even with the same body', async () => {
      const key = uniqueKey('recovers');
      const src = fileUrl(PSGALLERY_PATH, key);
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" refresh="0" src=${src}></status-history>`);
      await waitForText(el, 'Download items failed');
      const realFetch = window.fetch;
      // The network drops for one request.
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        await el.reload();
      } finally {
        window.fetch = realFetch;
      }
      await el.updateComplete;
      expect(shadowText(el)).to.include('Could not be updated since');
      await el.reload();
      await el.updateComplete;
      expect(shadowText(el)).not.to.include('Could not be updated since');
      expect(partTexts(el, 'incident-title').slice(0, 2)).to.deep.equal(TITLES_EN);
      expect(await requestCount(key)).to.equal(2);
    });

    it('reads a fresh fetch of the same body as fresh for max-age', async () => {
      const key = uniqueKey('fresh-again');
      const src = echoUrl(nativeFeed(), key);
      const changes: CustomEvent[] = [];
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" variant="text" refresh="0" max-age="2" src=${src} @status-change=${(e: CustomEvent) => changes.push(e)}></status-indicator>`,
      );
      await waitForText(el, 'All systems operational');
      // Past max-age with no new fetch, the status is unknown…
      await waitForText(el, 'Status unknown');
      // …and a fetch that brings the same body makes it known again.
      await el.reload();
      await el.updateComplete;
      expect(shadowText(el)).to.equal('All systems operational');
      expect(changes.map((e) => e.detail)).to.deep.equal([
        {previous: 'operational', current: 'unknown'},
        {previous: 'unknown', current: 'operational'},
      ]);
      expect(await requestCount(key)).to.equal(2);
    });
  });

  describe('fetchFeedText', () => {
    it('gives up after timeoutMs with a FetchError that says so', async () => {
      const url = echoUrl(nativeFeed(), uniqueKey('timeout'), {delay: NEVER_MS});
      const error = await fetchFeedText(url, {timeoutMs: 300}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(FetchError);
      expect((error as FetchError).message).to.equal(`No answer from ${url} within 0.3 s`);
      expect((error as FetchError).url).to.equal(url);
    });

    it('names the URL when the network fails', async () => {
      const url = echoUrl('', uniqueKey('network'), {status: 'network'});
      const error = (await fetchFeedText(url).catch((e: unknown) => e)) as FetchError;
      expect(error).to.be.instanceOf(FetchError);
      expect(error.name).to.equal('FetchError');
      expect(error.message).to.include(url);
      expect(error.message).to.match(/Could not reach/);
      expect(error.status).to.equal(undefined);
    });

    it('names the HTTP status', async () => {
      const url = echoUrl('', uniqueKey('404'), {status: 404});
      const error = (await fetchFeedText(url).catch((e: unknown) => e)) as FetchError;
      expect(error).to.be.instanceOf(FetchError);
      expect(error.status).to.equal(404);
      expect(error.message).to.include('HTTP 404');
      expect(error.message).to.include(url);
    });

    it('says a request was cancelled', async () => {
      const url = echoUrl(nativeFeed(), uniqueKey('cancel'), {delay: NEVER_MS});
      const controller = new AbortController();
      const pending = fetchFeedText(url, {signal: controller.signal}).catch((e: unknown) => e);
      controller.abort();
      const error = (await pending) as FetchError;
      expect(error).to.be.instanceOf(FetchError);
      expect(error.message).to.include('cancelled');
    });

    it('returns the body and content type', async () => {
      const url = echoUrl('{"version": 1}', uniqueKey('ok'));
      const fetched = await fetchFeedText(url);
      expect(fetched).to.deep.equal({url, body: '{"version": 1}', contentType: 'application/json; charset=utf-8', wait: 0});
    });
  });

  describe('stopping', () => {
    it('removing the last element stops the poll loop, and a new element starts afresh', async () => {
      timers = watchTimers();
      const key = uniqueKey('stop');
      const src = echoUrl(nativeFeed(), key);
      const els = await indicators(src, 2, {refresh: 30});
      await loaded(els[0]!);
      await waitUntil(() => timers!.pending(POLL_MS).length === 1, 'no poll timer');
      expect(timers.pending(POLL_MS)[0]!.delay).to.be.within(29_000, 30_000);

      els[0]!.remove();
      await settle();
      expect(timers.pending(POLL_MS), 'one element left: still polling').to.have.length(1);
      els[1]!.remove();
      // Elements let go of their feed at the end of the task (a move keeps it).
      await settle();
      expect(timers.pending(POLL_MS), 'no element left: no timer').to.deep.equal([]);

      // A removed element no longer fetches.
      await els[1]!.reload();
      expect(await requestCount(key)).to.equal(1);

      // The store was forgotten: a new element makes a fresh request (showing
      // the snapshot kept in storage meanwhile).
      const [fresh] = await indicators(src, 1, {refresh: 0});
      await loaded(fresh!);
      await waitUntil(async () => (await requestCount(key)) === 2, 'no fresh request');
    });

    it('cancels the request in flight when the last element goes', async () => {
      const key = uniqueKey('abort');
      const src = echoUrl(nativeFeed(), key, {delay: NEVER_MS});
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).includes(key) && init?.signal) signals.push(init.signal);
        return realFetch(input, init);
      };
      try {
        const events: Event[] = [];
        const el = await fixture<StatusIndicator>(
          html`<status-indicator lang="en" refresh="0" src=${src} @status-load=${(e: Event) => events.push(e)} @status-error=${(e: Event) => events.push(e)}></status-indicator>`,
        );
        await waitUntil(() => signals.length === 1, 'no request made');
        expect(signals[0]!.aborted).to.equal(false);
        el.remove();
        await settle();
        expect(signals[0]!.aborted).to.equal(true);
        expect(events).to.deep.equal([]);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('an element moved in the page keeps its feed, without a new request nor a loading state', async () => {
      timers = watchTimers();
      const key = uniqueKey('move');
      const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
      const [el] = await indicators(src, 1, {refresh: 30});
      await loaded(el!);
      const events = [recordEvents(el!, 'status-load'), recordEvents(el!, 'status-error')];
      const elsewhere = await fixture<StatusIndicator>(html`<status-indicator lang="en"></status-indicator>`);
      elsewhere.parentElement!.append(el!);
      await settle(el);
      expect(shadowText(el!)).to.equal('Partial outage');
      await settle(el);
      expect(shadowText(el!)).to.equal('Partial outage');
      expect(events.flat()).to.have.length(0);
      expect(timers.pending(POLL_MS)).to.have.length(1);
      expect(await requestCount(key)).to.equal(1);
    });

    it('a new refresh keeps the feed without a new request', async () => {
      timers = watchTimers();
      const key = uniqueKey('new-refresh');
      const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
      const loads: Event[] = [];
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" variant="text" refresh="30" src=${src} @status-load=${(e: Event) => loads.push(e)}></status-indicator>`,
      );
      await loaded(el);
      el.refresh = 45;
      await el.updateComplete;
      expect(shadowText(el)).to.equal('Partial outage');
      // 45 s after the fetch, not after the change.
      const [poll] = timers.pending(POLL_MS);
      expect(poll!.delay).to.be.within(40_000, 45_000);
      expect(loads).to.have.length(1);
      expect(await requestCount(key)).to.equal(1);
    });
  });
});
