import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import '../../src/define.js';
import type {StatusBanner, StatusElement, StatusHistory, StatusIndicator} from '../../src/index.js';
import {activeIncident, echoUrl, nativeFeed, NEVER_MS, uniqueKey} from '../helpers/feeds.js';
import {recordEvents, settle, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {watchTimers, type TimerWatch} from '../helpers/timers.js';
import {clearKept, nextPoll, POLL_MS, scriptFeed, serverCounts, setHidden, setOnline, watchListeners, type ListenerWatch} from './page-state.js';

const count = async (key: string) => (await serverCounts(key)).count;

describe('page lifecycle', () => {
  guardHostPage();

  let timers: TimerWatch;
  let listeners: ListenerWatch | undefined;
  beforeEach(() => {
    timers = watchTimers();
  });
  afterEach(() => {
    timers.restore();
    listeners?.restore();
    listeners = undefined;
    setHidden(false);
    setOnline(true);
    clearKept();
  });

  async function polling(key: string): Promise<StatusIndicator> {
    const el = await fixture<StatusIndicator>(
      html`<status-indicator lang="en" variant="text" refresh="20" src=${echoUrl(nativeFeed({incidents: [activeIncident()]}), key)}></status-indicator>`,
    );
    await waitForText(el, 'Partial outage');
    return el;
  }

  describe('hidden page', () => {
    it('does not poll while the page is hidden, and polls at once when it is shown again', async () => {
      const key = uniqueKey('hidden');
      await polling(key);
      const poll = await nextPoll(timers);
      setHidden(true);
      // The poll falls due while the page is hidden: no request, and nothing more is scheduled.
      timers.fire(poll);
      await settle();
      expect(await count(key)).to.equal(1);
      expect(timers.pending(POLL_MS)).to.deep.equal([]);

      setHidden(false);
      await waitUntil(async () => (await count(key)) === 2, 'no request when shown again');
      // Polling goes on from there.
      await nextPoll(timers);
    });

    it('does not fetch when shown again before a poll was due', async () => {
      const key = uniqueKey('hidden-briefly');
      await polling(key);
      const poll = await nextPoll(timers);
      setHidden(true);
      setHidden(false);
      await settle();
      expect(await count(key)).to.equal(1);
      expect(await nextPoll(timers)).to.equal(poll);
    });
  });

  describe('offline', () => {
    it('does not poll while offline, and polls at once when back online', async () => {
      const key = uniqueKey('offline');
      await polling(key);
      const poll = await nextPoll(timers);
      setOnline(false);
      timers.fire(poll);
      await settle();
      expect(await count(key)).to.equal(1);
      expect(timers.pending(POLL_MS)).to.deep.equal([]);

      setOnline(true);
      await waitUntil(async () => (await count(key)) === 2, 'no request when back online');
      await nextPoll(timers);
    });

    it('waits for both: back online but hidden, it polls when shown', async () => {
      const key = uniqueKey('offline-hidden');
      await polling(key);
      const poll = await nextPoll(timers);
      setOnline(false);
      setHidden(true);
      timers.fire(poll);
      setOnline(true);
      await settle();
      expect(await count(key)).to.equal(1);
      setHidden(false);
      await waitUntil(async () => (await count(key)) === 2, 'no request when shown again');
    });

    it('tries a failing feed again at once when the network comes back, without waiting for its backoff', async () => {
      const key = uniqueKey('failing-online');
      const good = {body: nativeFeed({incidents: [activeIncident()]})};
      const src = await scriptFeed(key, [good, {status: 503}, good]);
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="20" src=${src}></status-indicator>`);
      await waitForText(el, 'Partial outage');
      const errors = recordEvents(el, 'status-error');
      timers.fire(await nextPoll(timers));
      await waitUntil(() => errors.length === 1, 'the poll did not fail');
      const backoff = await nextPoll(timers);
      setOnline(false);
      setOnline(true);
      await waitUntil(async () => (await count(key)) === 3, 'no request when back online');
      // It answered: the backoff is over, and the next poll is one interval away.
      await waitUntil(() => !timers.pending(POLL_MS).includes(backoff), 'the backoff timer is still set');
      expect((await nextPoll(timers)).delay).to.be.within(19_000, 20_000);
      expect(errors).to.have.length(1);
    });

    it('does not fetch when the network comes back and nothing was missed', async () => {
      const key = uniqueKey('online-idle');
      await polling(key);
      await nextPoll(timers);
      setOnline(false);
      setOnline(true);
      await settle();
      expect(await count(key)).to.equal(1);
    });
  });

  describe('release', () => {
    it('leaves no timer and no listener once the last element is removed, even with a request in flight', async () => {
      listeners = watchListeners();
      const key = uniqueKey('release');
      const good = {body: nativeFeed({incidents: [activeIncident()]})};
      const src = await scriptFeed(key, [good, {...good, delay: NEVER_MS}]);
      const els: StatusElement[] = [
        await fixture<StatusBanner>(html`<status-banner lang="en" refresh="20" max-age="600" src=${src}></status-banner>`),
        await fixture<StatusIndicator>(html`<status-indicator lang="en" refresh="30" max-age="600" src=${src}></status-indicator>`),
        await fixture<StatusHistory>(html`<status-history lang="en" refresh="60" max-age="600" src=${src}></status-history>`),
      ];
      await waitForText(els[2]!, 'Package downloads are failing');
      await Promise.all(els.map((el) => el.updateComplete));
      // While they live: the poll, the elements' max-age checks, and the store's page listeners.
      expect(timers.pending(1).length).to.be.greaterThan(1);
      expect(listeners.remaining()).to.include.members(['document visibilitychange', 'window online']);
      // A request under way when they go.
      void els[0]!.reload();
      await waitUntil(async () => (await count(key)) === 2, 'the request did not start');

      for (const el of els) el.remove();
      await settle();
      // (Shorter timers are the test helpers' own.)
      expect(timers.pending(POLL_MS)).to.deep.equal([]);
      expect(listeners.remaining()).to.deep.equal([]);
    });

    it('keeps listening while one element is left', async () => {
      listeners = watchListeners();
      const src = echoUrl(nativeFeed(), uniqueKey('release-one'));
      const a = await fixture<StatusIndicator>(html`<status-indicator lang="en" refresh="20" src=${src}></status-indicator>`);
      const b = await fixture<StatusIndicator>(html`<status-indicator lang="en" refresh="20" src=${src}></status-indicator>`);
      await waitUntil(() => a.shadowRoot!.querySelector('[data-status="operational"]'), 'never loaded');
      a.remove();
      await settle();
      // The poll loop's listeners, and (where the tab lock is taken: client/tabs.ts) the one that gives it up when the page goes.
      expect(listeners.remaining().filter((l) => l !== 'window pagehide')).to.have.members(['document visibilitychange', 'window online']);
      b.remove();
      await settle();
      expect(listeners.remaining()).to.deep.equal([]);
    });
  });
});
