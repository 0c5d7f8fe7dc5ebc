import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import '../../src/define.js';
import type {StatusBanner, StatusElement, StatusHistory, StatusIndicator} from '../../src/index.js';
import {MAX_ENTRY_CHARS} from '../../src/client/last-good.js';
import {activeIncident, echoUrl, nativeFeed, uniqueKey} from '../helpers/feeds.js';
import {finishAnimations, part, settle, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {watchTimers, type TimerWatch} from '../helpers/timers.js';
import {ageKeptEntry, clearKept, keptEntry, lastGoodKey, nextPoll, openSitePage, scriptFeed, serverCounts, type Step} from './page-state.js';

const INCIDENT: Step = {body: nativeFeed({incidents: [activeIncident()]})};
const TITLE = 'Package downloads are failing';

/** A page's three elements on `src`. */
async function page(src: string, attrs: {refresh?: number; maxAge?: number; lang?: string} = {}) {
  const refresh = attrs.refresh ?? 60;
  const lang = attrs.lang ?? 'en';
  const maxAge = attrs.maxAge;
  const banner = await fixture<StatusBanner>(html`<status-banner lang=${lang} refresh=${refresh} max-age=${maxAge ?? ''} src=${src}></status-banner>`);
  const indicator = await fixture<StatusIndicator>(
    html`<status-indicator lang=${lang} variant="text" refresh=${refresh} max-age=${maxAge ?? ''} src=${src}></status-indicator>`,
  );
  const history = await fixture<StatusHistory>(html`<status-history lang=${lang} refresh=${refresh} max-age=${maxAge ?? ''} src=${src}></status-history>`);
  return {banner, indicator, history, all: [banner, indicator, history] as StatusElement[]};
}

/** Removes every element, so that their stores are forgotten: what a page reload does to memory. */
async function leave(els: StatusElement[]): Promise<void> {
  for (const el of els) el.remove();
  await settle();
}

describe('last good state', () => {
  guardHostPage();

  let timers: TimerWatch | undefined;
  const realSetItem = Storage.prototype.setItem;
  const realGetItem = Storage.prototype.getItem;
  afterEach(() => {
    timers?.restore();
    timers = undefined;
    Storage.prototype.setItem = realSetItem;
    Storage.prototype.getItem = realGetItem;
    clearKept();
  });

  it('shows the snapshot kept by the last page at once, with its age, while the feed is checked', async () => {
    const key = uniqueKey('reload');
    // The second page's request takes its time, so that what it shows meanwhile can be read.
    const src = await scriptFeed(key, [INCIDENT, {...INCIDENT, delay: 2500}]);
    const first = await page(src);
    await waitForText(first.history, TITLE);
    expect(keptEntry(src)!.snapshot.kind).to.equal('status-snapshot');
    await leave(first.all);
    ageKeptEntry(src, 5 * 60_000);

    const loads: CustomEvent[] = [];
    const onLoad = (e: Event) => loads.push(e as CustomEvent);
    document.addEventListener('status-load', onLoad);
    try {
      const second = await page(src);
      // Before the feed answers: the kept state, and how old it is.
      expect((await serverCounts(key)).count).to.be.at.most(2);
      expect(shadowText(second.indicator)).to.equal('Partial outage');
      expect(part(second.indicator, 'indicator')!.title).to.equal('Partial outage. Last checked 5 minutes ago.');
      expect(part(second.banner, 'title')!.textContent).to.equal(TITLE);
      expect(part(second.banner, 'stale')!.textContent).to.equal('Last checked 5 minutes ago.');
      expect(shadowText(second.history)).to.include('Last checked 5 minutes ago.');
      expect(shadowText(second.history)).to.include(TITLE);
      expect(part(second.history, 'history')!.getAttribute('aria-busy')).to.equal('true');
      expect(loads.map((e) => (e.target as Element).localName)).to.deep.equal(['status-banner', 'status-indicator', 'status-history']);
      finishAnimations(second.banner);
      await expect(second.banner).to.be.accessible();

      // The feed answers the same: the note goes, and nothing is loaded again.
      await waitUntil(() => part(second.indicator, 'indicator')!.title === 'Partial outage', 'the age never went', {timeout: 5000});
      await Promise.all(second.all.map((el) => el.updateComplete));
      expect(part(second.banner, 'stale')).to.equal(null);
      expect(shadowText(second.history)).to.not.include('Last checked');
      expect(part(second.history, 'history')!.getAttribute('aria-busy')).to.equal('false');
      expect(loads).to.have.length(3);
      expect((await serverCounts(key)).count).to.equal(2);
      expect(keptEntry(src)!.fetchedAt).to.be.greaterThan(Date.now() - 60_000);
    } finally {
      document.removeEventListener('status-load', onLoad);
    }
  });

  it('says it in French', async () => {
    const key = uniqueKey('reload-fr');
    const src = await scriptFeed(key, [INCIDENT, {...INCIDENT, delay: 2500}]);
    const first = await page(src, {lang: 'fr'});
    await waitForText(first.history, 'Les téléchargements de packages échouent');
    await leave(first.all);
    ageKeptEntry(src, 2 * 3600_000);
    const second = await page(src, {lang: 'fr'});
    expect(part(second.indicator, 'indicator')!.title).to.equal('Panne partielle. Dernière vérification il y a 2 heures.');
    expect(part(second.banner, 'stale')!.textContent).to.equal('Dernière vérification il y a 2 heures.');
  });

  it('keeps the kept state, and says since when, when the feed fails on the next page', async () => {
    const key = uniqueKey('reload-fails');
    const src = await scriptFeed(key, [INCIDENT, {status: 500}]);
    const first = await page(src, {refresh: 0});
    await waitForText(first.history, TITLE);
    const fetchedAt = keptEntry(src)!.fetchedAt;
    await leave(first.all);

    // Listened to on the document before the elements exist: the failure may come before page() has awaited them all.
    const errors: Event[] = [];
    const onError = (e: Event) => errors.push(e);
    document.addEventListener('status-error', onError);
    try {
      const second = await page(src, {refresh: 0});
      await waitUntil(() => errors.length === 3, 'no status-error');
      expect(
        second.all.every((el) => errors.some((e) => e.target === el)),
        'one from each element',
      ).to.equal(true);
      await Promise.all(second.all.map((el) => el.updateComplete));
      expect(shadowText(second.indicator)).to.equal('Partial outage');
      expect(part(second.banner, 'stale')!.textContent).to.match(/^Could not be updated since .+\.$/);
      expect(shadowText(second.history)).to.include(part(second.banner, 'stale')!.textContent!);
      expect(shadowText(second.history)).to.include(TITLE);
      // The entry is left as it was: the last *good* state.
      expect(keptEntry(src)!.fetchedAt).to.equal(fetchedAt);
    } finally {
      document.removeEventListener('status-error', onError);
    }
  });

  it('reads a kept snapshot older than max-age as unknown, until the feed answers', async () => {
    const key = uniqueKey('reload-max-age');
    const src = await scriptFeed(key, [INCIDENT, {...INCIDENT, delay: 2500}]);
    const first = await page(src, {maxAge: 60});
    await waitForText(first.indicator, 'Partial outage');
    await leave(first.all);
    ageKeptEntry(src, 5 * 60_000);

    const second = await page(src, {maxAge: 60});
    expect(shadowText(second.indicator)).to.equal('Status unknown');
    expect(part(second.indicator, 'indicator')!.title).to.equal('Status unknown. Last checked 5 minutes ago.');
    await waitForText(second.indicator, 'Partial outage');
  });

  it('waits for the next poll when the kept snapshot is younger than the refresh interval', async () => {
    timers = watchTimers();
    const key = uniqueKey('reload-young');
    const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
    const first = await page(src);
    await waitForText(first.history, TITLE);
    await leave(first.all);

    const second = await page(src);
    await Promise.all(second.all.map((el) => el.updateComplete));
    expect(shadowText(second.indicator)).to.equal('Partial outage');
    // As fresh as a poll would make it: no note, no busy history, no request yet.
    expect(part(second.indicator, 'indicator')!.title).to.equal('Partial outage');
    expect(part(second.history, 'history')!.getAttribute('aria-busy')).to.equal('false');
    expect((await serverCounts(key)).count).to.equal(1);
    const poll = await nextPoll(timers);
    expect(poll.delay).to.be.within(50_000, 60_000);
    timers.fire(poll);
    await waitUntil(async () => (await serverCounts(key)).count === 2, 'the poll did not fetch');
  });

  it('fetches at once with refresh="0", however young the kept snapshot', async () => {
    const key = uniqueKey('reload-once');
    const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
    const first = await page(src, {refresh: 0});
    await waitForText(first.history, TITLE);
    await leave(first.all);
    await page(src, {refresh: 0});
    await waitUntil(async () => (await serverCounts(key)).count === 2, 'no request');
  });

  it('keeps apart two pages of a site whose src is the same relative URL', async () => {
    const site = uniqueKey('relative');
    // /feed/dir/<site>/a/status.json answers an incident; /b/'s own feed fails.
    await scriptFeed(`${site}/a/status.json`, [INCIDENT]);
    await scriptFeed(`${site}/b/status.json`, [{status: 500}]);
    const mount = async (frame: HTMLIFrameElement) => {
      const doc = frame.contentDocument!;
      const history = doc.createElement('status-history') as StatusHistory;
      history.setAttribute('lang', 'en');
      history.setAttribute('refresh', '0');
      history.setAttribute('src', 'status.json');
      const settled = new Promise<string>((resolve) => {
        history.addEventListener('status-load', () => resolve('load'), {once: true});
        history.addEventListener('status-error', () => resolve('error'), {once: true});
      });
      doc.body.append(history);
      return {history, settled};
    };

    const a = await openSitePage(`${site}/a`);
    const onA = await mount(a);
    expect(await onA.settled).to.equal('load');
    await waitForText(onA.history, TITLE);
    a.remove();

    const b = await openSitePage(`${site}/b`);
    try {
      const onB = await mount(b);
      // What page /b/ shows before and after its own feed fails: never page /a/'s incident.
      expect(shadowText(onB.history)).to.not.include(TITLE);
      expect(await onB.settled).to.equal('error');
      await onB.history.updateComplete;
      expect(shadowText(onB.history)).to.not.include(TITLE);
      expect(shadowText(onB.history)).to.include('The incident history could not be loaded.');
      expect([(await serverCounts(`${site}/a/status.json`)).count, (await serverCounts(`${site}/b/status.json`)).count]).to.deep.equal([1, 1]);
    } finally {
      b.remove();
    }
  });

  it('keeps one entry for a feed however its src is spelled, and reads none of version 1', async () => {
    const key = uniqueKey('spelling');
    const relative = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
    const absolute = new URL(relative, location.href).href;
    // What version 1 kept under the src as written: not read, and removed.
    const old = `status-banner:feed:v1:auto ${relative}`;
    localStorage.setItem(
      old,
      JSON.stringify({fetchedAt: Date.now(), snapshot: {kind: 'status-snapshot', page: {}, components: [], incidents: [], maintenances: []}}),
    );
    const first = await page(relative, {refresh: 0});
    expect(shadowText(first.indicator)).to.equal('Checking status…');
    await waitForText(first.history, TITLE);
    expect(localStorage.getItem(old)).to.equal(null);
    await leave(first.all);

    const second = await page(absolute, {refresh: 0});
    // The entry kept for the relative spelling, shown at once for the absolute one.
    expect(shadowText(second.indicator)).to.equal('Partial outage');
    expect(keptEntry(absolute)).to.deep.equal(keptEntry(relative));
  });

  describe('storage trouble', () => {
    it('works when storage is full, keeping nothing', async () => {
      let tries = 0;
      Storage.prototype.setItem = function () {
        tries++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const key = uniqueKey('storage-full');
      const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
      const first = await page(src, {refresh: 0});
      await waitForText(first.history, TITLE);
      expect(tries).to.be.greaterThan(0);
      expect(keptEntry(src)).to.equal(null);
      await leave(first.all);
      // The next page starts from nothing, as without storage.
      const second = await page(src, {refresh: 0});
      expect(shadowText(second.indicator)).to.equal('Checking status…');
      await waitForText(second.indicator, 'Partial outage');
    });

    it('works when storage is disabled', async () => {
      const denied = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Storage.prototype.getItem = denied;
      Storage.prototype.setItem = denied;
      const key = uniqueKey('storage-disabled');
      const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
      const first = await page(src, {refresh: 0});
      await waitForText(first.history, TITLE);
      await leave(first.all);
      const second = await page(src, {refresh: 0});
      expect(shadowText(second.indicator)).to.equal('Checking status…');
      await waitForText(second.indicator, 'Partial outage');
    });

    for (const [name, value] of [
      ['not JSON', '{"fetchedAt": 1, "snapshot": '],
      ['not a snapshot', '{"fetchedAt": 1700000000000, "snapshot": {"kind": "status-snapshot", "incidents": "none"}}'],
      ['without a date', '{"snapshot": {"kind": "status-snapshot", "page": {}, "components": [], "incidents": [], "maintenances": []}}'],
    ] as const) {
      it(`ignores a kept entry that is ${name}`, async () => {
        const key = uniqueKey('storage-corrupt');
        const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
        localStorage.setItem(lastGoodKey(src), value);
        const {indicator} = await page(src, {refresh: 0});
        expect(shadowText(indicator)).to.equal('Checking status…');
        await waitForText(indicator, 'Partial outage');
        expect(keptEntry(src)!.snapshot.kind).to.equal('status-snapshot');
      });
    }

    it(`keeps no snapshot over ${MAX_ENTRY_CHARS} characters`, async () => {
      const key = uniqueKey('storage-cap');
      const huge = activeIncident({updateText: 'x'.repeat(MAX_ENTRY_CHARS)});
      // Too long for a URL: served from a script.
      const scripted = await scriptFeed(key, [{body: nativeFeed({incidents: [huge]})}]);
      const {indicator} = await page(scripted, {refresh: 0});
      await waitForText(indicator, 'Partial outage');
      expect(keptEntry(scripted)).to.equal(null);
    });
  });
});
