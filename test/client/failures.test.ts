import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import '../../src/define.js';
import type {StatusBanner, StatusErrorDetail, StatusHistory, StatusIndicator} from '../../src/index.js';
import {MAX_BACKOFF_SECONDS} from '../../src/client/feed-store.js';
import {DEFAULT_TIMEOUT_MS, FetchError} from '../../src/client/fetch-feed.js';
import {formatDate} from '../../src/i18n/format.js';
import {activeIncident, echoUrl, nativeFeed, NEVER_MS, uniqueKey} from '../helpers/feeds.js';
import {finishAnimations, part, recordEvents, settle, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {watchTimers, type TimerWatch} from '../helpers/timers.js';
import {clearKept, nextPoll, scriptFeed, serverCounts, type Step} from './page-state.js';

const GOOD: Step = {body: nativeFeed({incidents: [activeIncident()]})};

describe('failures', () => {
  guardHostPage();

  let timers: TimerWatch;
  const realRandom = Math.random;
  beforeEach(() => {
    timers = watchTimers();
  });
  afterEach(() => {
    timers.restore();
    Math.random = realRandom;
    clearKept();
  });

  describe('timeout', () => {
    /** Waits for the fetch's timeout timer (the only long one with refresh="0") and runs it now. */
    async function timeOut(): Promise<void> {
      await waitUntil(() => timers.pending(DEFAULT_TIMEOUT_MS).length === 1, 'no request in flight');
      const [timeout] = timers.pending(DEFAULT_TIMEOUT_MS);
      expect(timeout!.delay).to.equal(DEFAULT_TIMEOUT_MS);
      timers.fire(timeout!);
    }

    it('gives up on a mirror that does not answer within 10 s and uses the next, which it asks first next time', async () => {
      const slow = uniqueKey('timeout-slow');
      const fast = uniqueKey('timeout-fast');
      const src = `${echoUrl(nativeFeed(), slow, {delay: NEVER_MS})} ${echoUrl(nativeFeed({incidents: [activeIncident()]}), fast)}`;
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="0" src=${src}></status-indicator>`);
      const errors = recordEvents(el, 'status-error');
      // The slow request must have reached the server before it times out:
      // Firefox may still be sending it when the timer is there to fire.
      await waitUntil(async () => (await serverCounts(slow)).count === 1, 'the slow mirror was never asked', {timeout: 9000}); // under the 10 s timers timeOut() looks for
      await timeOut();
      await waitForText(el, 'Partial outage');
      expect(errors).to.have.length(0);
      await el.reload();
      expect([(await serverCounts(slow)).count, (await serverCounts(fast)).count]).to.deep.equal([1, 2]);
    });

    it('reports a feed that does not answer in time, keeping the last good state', async () => {
      const key = uniqueKey('timeout');
      const src = await scriptFeed(key, [GOOD, {...GOOD, delay: NEVER_MS}]);
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="0" src=${src}></status-indicator>`);
      await waitForText(el, 'Partial outage');
      const errors = recordEvents<StatusErrorDetail>(el, 'status-error');
      const reloaded = el.reload();
      await timeOut();
      await reloaded;
      expect(errors).to.have.length(1);
      const {error, url, status, attempt} = errors[0]!.detail;
      expect(error).to.be.instanceOf(FetchError);
      expect(error.message).to.equal(`No answer from ${src} within 10 s`);
      expect({url, status, attempt}).to.deep.equal({url: src, status: undefined, attempt: 1});
      expect(shadowText(el)).to.equal('Partial outage');
    });
  });

  describe('backoff', () => {
    it('backs off exponentially with jitter, capped, keeps the last good state meanwhile, and returns to the interval once the feed answers', async () => {
      const key = uniqueKey('backoff');
      const failures = 9;
      const src = await scriptFeed(key, [GOOD, ...Array<Step>(failures).fill({status: 500}), GOOD]);
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="20" src=${src}></status-indicator>`);
      await waitForText(el, 'Partial outage');
      const fetchedAt = Date.now();
      const errors = recordEvents<StatusErrorDetail>(el, 'status-error');
      expect((await nextPoll(timers)).delay).to.be.within(19_000, 20_000);

      for (let attempt = 1; attempt <= failures; attempt++) {
        // The jitter's extremes in turn: no wait added, then half the backoff.
        const jitter = attempt % 2 ? 0 : 0.9999;
        Math.random = () => jitter;
        timers.fire(await nextPoll(timers));
        await waitUntil(() => errors.length === attempt, `no status-error for attempt ${attempt}`);
        const backoff = Math.min(MAX_BACKOFF_SECONDS * 1000, 20_000 * 2 ** (attempt - 1));
        const expected = backoff * (1 + jitter / 2);
        expect((await nextPoll(timers)).delay, `wait after failure ${attempt}`).to.be.within(expected - 1000, expected);
        expect(errors[attempt - 1]!.detail).to.include({url: src, status: 500, attempt});
      }
      // Capped: the last waits were at most MAX_BACKOFF_SECONDS and its jitter.
      expect((await nextPoll(timers)).delay).to.be.at.most(MAX_BACKOFF_SECONDS * 1500);

      // Meanwhile, the last good state, and since when it could not be updated.
      await el.updateComplete;
      expect(shadowText(el)).to.equal('Partial outage');
      // The minute of the last good fetch, as the reader's clock shows it.
      const since = [fetchedAt, fetchedAt - 60_000].map((at) => `Partial outage. Could not be updated since ${formatDate(at, 'en', 'dateTime')}.`);
      expect(since).to.include(part(el, 'indicator')!.title);

      timers.fire(await nextPoll(timers));
      await waitUntil(() => part(el, 'indicator')!.title === 'Partial outage', 'the failure is still shown');
      expect((await nextPoll(timers)).delay).to.be.within(19_000, 20_000);
      expect((await serverCounts(key)).count).to.equal(failures + 2);
    });

    it('tells the reader in French since when the feed could not be updated, in all three elements', async () => {
      const key = uniqueKey('stale-fr');
      const src = await scriptFeed(key, [GOOD, {status: 503}]);
      const els = [
        await fixture<StatusBanner>(html`<status-banner lang="fr" refresh="0" src=${src}></status-banner>`),
        await fixture<StatusIndicator>(html`<status-indicator lang="fr" variant="badge" refresh="0" src=${src}></status-indicator>`),
        await fixture<StatusHistory>(html`<status-history lang="fr" refresh="0" src=${src}></status-history>`),
      ] as const;
      await waitForText(els[0], 'Les téléchargements de packages échouent');
      const fetchedAt = Date.now();
      await els[0].reload();
      await Promise.all(els.map((el) => el.updateComplete));
      // The minute of the last good fetch, as the reader's clock shows it.
      const since = (at: number) => `Mise à jour impossible depuis le ${formatDate(at, 'fr', 'dateTime')}.`;
      const oneOf = [since(fetchedAt), since(fetchedAt - 60_000)];
      expect(oneOf).to.include(part(els[0], 'stale')!.textContent);
      expect(part(els[0], 'meta')!.contains(part(els[0], 'stale'))).to.equal(true);
      expect(oneOf.map((s) => `Panne partielle. ${s}`)).to.include(part(els[1], 'indicator')!.title);
      expect(shadowText(els[2])).to.satisfy((text: string) => oneOf.some((s) => text.includes(s)));
      // The last good state stays.
      expect(shadowText(els[1])).to.equal('Panne partielle');
      finishAnimations(els[0]);
      await expect(els[0]).to.be.accessible();
      await expect(els[2]).to.be.accessible();
    });

    it('says so in the operational banner too', async () => {
      const key = uniqueKey('stale-operational');
      const src = await scriptFeed(key, [{body: nativeFeed()}, {status: 'network'}]);
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" show-operational refresh="0" src=${src}></status-banner>`);
      await waitForText(el, 'All systems operational');
      await el.reload();
      await el.updateComplete;
      expect(part(el, 'stale')!.textContent).to.match(/^Could not be updated since .+\.$/);
      expect(part(el, 'stale')!.closest('[part~="banner"]')).to.not.equal(null);
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('Retry-After', () => {
    async function delayAfterFailure(step: Step): Promise<number> {
      const key = uniqueKey('retry-after');
      const src = await scriptFeed(key, [GOOD, step]);
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" refresh="20" src=${src}></status-indicator>`);
      const errors = recordEvents(el, 'status-error');
      timers.fire(await nextPoll(timers));
      await waitUntil(() => errors.length === 1, 'no status-error');
      return (await nextPoll(timers)).delay;
    }

    it('waits as long as Retry-After says, in seconds', async () => {
      Math.random = () => 0;
      expect(await delayAfterFailure({status: 503, retryAfter: '120'})).to.be.within(119_000, 120_000);
    });

    it('waits until the Retry-After date', async () => {
      Math.random = () => 0;
      // HTTP dates have whole seconds: 300 s from now, give or take one.
      const at = new Date(Date.now() + 300_000);
      expect(await delayAfterFailure({status: 429, retryAfter: at.toUTCString()})).to.be.within(298_000, 301_000);
    });

    it('backs off as usual when Retry-After is shorter', async () => {
      Math.random = () => 0;
      expect(await delayAfterFailure({status: 503, retryAfter: '1'})).to.be.within(19_000, 20_000);
    });
  });

  it('keeps polling after a failure whose body is not a feed, and fires status-error with no HTTP status', async () => {
    const key = uniqueKey('bad-body');
    const src = await scriptFeed(key, [GOOD, {body: '<!doctype html><title>Login</title>', type: 'text/html'}]);
    const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="20" src=${src}></status-indicator>`);
    await waitForText(el, 'Partial outage');
    const errors = recordEvents<StatusErrorDetail>(el, 'status-error');
    timers.fire(await nextPoll(timers));
    await waitUntil(() => errors.length === 1, 'no status-error');
    expect(errors[0]!.detail).to.include({url: src, status: undefined, attempt: 1});
    expect(errors[0]!.detail.error.message).to.match(/HTML page/);
    expect(await nextPoll(timers)).to.not.equal(undefined);
    await settle(el);
    expect(shadowText(el)).to.equal('Partial outage');
  });
});
