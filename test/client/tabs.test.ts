/**
 * One poll per visitor, not per tab (issue 12, src/client/tabs.ts): two
 * pages of one site in iframes — two tabs, as far as BroadcastChannel and
 * Web Locks go — on one feed. Each frame's timers are watched, so that a
 * poll is fired rather than waited for, and the feed server counts requests.
 */
import {expect} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import type {StatusElement, StatusHistory} from '../../src/index.js';
import {DEFAULT_TIMEOUT_MS} from '../../src/client/fetch-feed.js';
import {activeIncident, nativeFeed, uniqueKey} from '../helpers/feeds.js';
import {recordEvents, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {onlyIn} from '../helpers/engine.js';
import {watchTimers, type TimerWatch, type WatchedTimer} from '../helpers/timers.js';
import {clearKept, openSitePage, scriptFeed, serverCounts, type Step} from './page-state.js';

const CLEAR: Step = {body: nativeFeed()};
const INCIDENT: Step = {body: nativeFeed({incidents: [activeIncident()]})};
const TITLE = 'Package downloads are failing';
const NO_HISTORY = 'No incidents';

/** Both APIs, in every engine the suite runs (Safari has had them since 15.4). */
const SHARED = typeof BroadcastChannel === 'function' && !!navigator.locks;
const it = onlyIn(SHARED ? ['chromium', 'firefox', 'webkit'] : [], 'BroadcastChannel and Web Locks');

interface Tab {
  frame: HTMLIFrameElement;
  timers: TimerWatch;
  history: StatusHistory;
  loads: CustomEvent[];
  errors: CustomEvent[];
  /** Uncaught errors and unhandled rejections in the frame. */
  problems: string[];
}

/** A page of the site at /feed/dir/<site>/ showing `status.json` (refresh 60 s), its timers watched from the start. */
async function openTab(site: string): Promise<Tab> {
  const frame = await openSitePage(site);
  const win = frame.contentWindow!;
  const problems: string[] = [];
  win.addEventListener('error', (e) => problems.push(e.message));
  win.addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
  const timers = watchTimers(win);
  const history = frame.contentDocument!.createElement('status-history') as StatusHistory;
  history.setAttribute('lang', 'en');
  history.setAttribute('refresh', '60');
  history.setAttribute('src', 'status.json');
  const loads = recordEvents(history, 'status-load');
  const errors = recordEvents(history, 'status-error');
  frame.contentDocument!.body.append(history);
  return {frame, timers, history, loads, errors, problems};
}

/** The tab's pending poll timers (a request's timeout is shorter than refresh="60"). */
const polls = (tab: Tab): WatchedTimer[] => tab.timers.pending(DEFAULT_TIMEOUT_MS + 1);

/** The feed's lock, as the origin's lock manager reports it: how many tabs hold it, how many wait. */
async function lockState(site: string): Promise<[held: number, waiting: number]> {
  const name = `status-banner:auto ${new URL(`/feed/dir/${site}/status.json`, location.href).href}`;
  const {held = [], pending = []} = await navigator.locks.query();
  return [held.filter((l) => l.name === name).length, pending.filter((l) => l.name === name).length];
}

/** Waits until one of the tabs leads (holds the lock, has the one poll timer) and the others wait; returns [leader, ...followers]. */
async function leaderFirst(site: string, tabs: Tab[]): Promise<Tab[]> {
  let state = [0, 0];
  await waitUntil(
    async () => {
      state = await lockState(site);
      return state[0] === 1 && state[1] === tabs.length - 1 && tabs.reduce((n, t) => n + polls(t).length, 0) === 1;
    },
    `not one leader with the only poll timer: lock ${state.join('/')} (held/waiting), poll timers ${tabs.map((t) => polls(t).length).join()}`,
  );
  return [...tabs].sort((a, b) => polls(b).length - polls(a).length);
}

/** Makes a tab report itself hidden (or shown again), as a tab switch does, and tells it (setHidden, in the frame). */
function setTabHidden(tab: Tab, hidden: boolean): void {
  const doc = tab.frame.contentDocument!;
  if (hidden) {
    Object.defineProperty(doc, 'hidden', {configurable: true, get: () => true});
    Object.defineProperty(doc, 'visibilityState', {configurable: true, get: () => 'hidden'});
  } else {
    delete (doc as {hidden?: boolean}).hidden;
    delete (doc as {visibilityState?: string}).visibilityState;
  }
  doc.dispatchEvent(new Event('visibilitychange'));
}

describe('one poll per visitor, not per tab', () => {
  guardHostPage();

  const open: Tab[] = [];
  afterEach(() => {
    const problems = open.flatMap((t) => t.problems);
    for (const tab of open.splice(0)) {
      tab.timers.restore();
      tab.frame.remove();
    }
    clearKept();
    expect(problems, 'errors in the tabs').to.deep.equal([]);
  });

  it('polls once for two tabs, both show each answer, and the other tab takes over when the leader closes', async () => {
    const site = uniqueKey('tabs');
    const feed = `${site}/status.json`;
    await scriptFeed(feed, [CLEAR, INCIDENT]);

    const a = await openTab(site);
    open.push(a);
    await waitUntil(() => a.loads.length === 1, 'the first tab never loaded');
    const b = await openTab(site);
    open.push(b);
    // The second tab shows what the first fetched (kept a moment ago): no request of its own.
    await waitForText(b.history, NO_HISTORY);
    expect((await serverCounts(feed)).count).to.equal(1);

    const [leader, follower] = await leaderFirst(site, [a, b]);
    // Every poll timer of both tabs, fired: one request.
    for (const tab of [a, b]) for (const poll of polls(tab)) tab.timers.fire(poll);
    await waitForText(leader!.history, TITLE);
    await waitForText(follower!.history, TITLE, 'the other tab never got the leader’s answer');
    expect((await serverCounts(feed)).count).to.equal(2);
    expect(follower!.loads.length, 'status-load in the other tab').to.be.at.least(1);
    // The real fetch time travels with the answer (max-age counts from it): read through the element's state.
    const fetchedAt = (tab: typeof leader) => (tab!.history as unknown as {feed: {state: {fetchedAt?: number}}}).feed.state.fetchedAt;
    expect(fetchedAt(follower)).to.be.a('number');
    expect(fetchedAt(follower)).to.equal(fetchedAt(leader));
    // The leader polls on; the other tab still does not.
    await waitUntil(() => polls(leader!).length === 1, 'the leader polls no more');
    expect(polls(follower!)).to.have.length(0);

    // The leader's tab closes: the other takes the lock and polls, from when the last answer came.
    leader!.timers.restore();
    leader!.frame.remove();
    open.splice(open.indexOf(leader!), 1);
    await waitUntil(() => polls(follower!).length === 1, 'the other tab never took over');
    expect(polls(follower!)[0]!.delay).to.be.greaterThan(50_000);
    expect((await serverCounts(feed)).count).to.equal(2);
    expect(await lockState(site)).to.deep.equal([1, 0]);
    follower!.timers.fire(polls(follower!)[0]!);
    await waitUntil(async () => (await serverCounts(feed)).count === 3, 'the new leader never polled');
  });

  it('sends the other tabs the snapshot as JSON text, and a tab that has that text keeps its snapshot as it is', async () => {
    const site = uniqueKey('tabs-text');
    const feed = `${site}/status.json`;
    await scriptFeed(feed, [CLEAR, INCIDENT, INCIDENT]);
    const messages: unknown[] = [];
    const channel = new BroadcastChannel(`status-banner:auto ${new URL(`/feed/dir/${feed}`, location.href).href}`);
    channel.onmessage = (event) => messages.push(event.data);
    try {
      const a = await openTab(site);
      open.push(a);
      await waitUntil(() => a.loads.length === 1, 'the first tab never loaded');
      const b = await openTab(site);
      open.push(b);
      await waitForText(b.history, NO_HISTORY);
      const [leader, follower] = await leaderFirst(site, [a, b]);
      const state = (tab: Tab) => (tab.history as unknown as {feed: {state: {snapshot?: object; fetchedAt?: number}}}).feed.state;
      leader!.timers.fire(polls(leader!)[0]!);
      await waitForText(follower!.history, TITLE);
      const shown = state(follower!).snapshot;
      const loads = follower!.loads.length;
      // The same feed again: the other tab takes the new fetch time, and keeps its snapshot.
      const fetchedAt = state(follower!).fetchedAt!;
      await waitUntil(() => polls(leader!).length === 1, 'the leader polls no more');
      leader!.timers.fire(polls(leader!)[0]!);
      await waitUntil(() => state(follower!).fetchedAt! > fetchedAt, 'the other tab never got the second answer');
      expect(state(follower!).snapshot).to.equal(shown);
      expect(follower!.loads.length, 'status-load for an unchanged feed').to.equal(loads);
      const answers = messages.filter(Array.isArray);
      expect(answers.length).to.be.at.least(2);
      for (const [sent, , , json] of answers) {
        expect(sent).not.to.have.property('snapshot');
        expect(json).to.be.a('string');
      }
    } finally {
      channel.close();
    }
  });

  it('passes the polling on when its tab is hidden and another is shown; the hidden tab keeps receiving', async () => {
    const site = uniqueKey('tabs-hidden');
    const feed = `${site}/status.json`;
    await scriptFeed(feed, [CLEAR, INCIDENT]);
    const a = await openTab(site);
    open.push(a);
    await waitUntil(() => a.loads.length === 1, 'the first tab never loaded');
    const b = await openTab(site);
    open.push(b);
    const [leader, follower] = await leaderFirst(site, [a, b]);

    setTabHidden(leader!, true);
    await waitUntil(() => polls(follower!).length === 1 && polls(leader!).length === 0, 'the shown tab never took over');
    expect(await lockState(site)).to.deep.equal([1, 0]);
    follower!.timers.fire(polls(follower!)[0]!);
    await waitForText(follower!.history, TITLE);
    await waitForText(leader!.history, TITLE, 'the hidden tab stopped receiving');
    expect((await serverCounts(feed)).count).to.equal(2);

    // Shown again, it waits for the lock: the other tab polls on.
    setTabHidden(leader!, false);
    await waitUntil(async () => (await lockState(site)).join() === '1,1', 'the tab shown again does not wait for the lock');
    expect(polls(leader!)).to.have.length(0);
    expect(polls(follower!)).to.have.length(1);
  });

  it('shares a reload in any tab, and failures, with every tab', async () => {
    const site = uniqueKey('tabs-reload');
    const feed = `${site}/status.json`;
    await scriptFeed(feed, [CLEAR, INCIDENT, {status: 503}]);
    const a = await openTab(site);
    open.push(a);
    await waitUntil(() => a.loads.length === 1, 'the first tab never loaded');
    const b = await openTab(site);
    open.push(b);
    const [leader, follower] = await leaderFirst(site, [a, b]);
    const before = polls(leader!)[0]!;

    // reload() in the tab that does not poll: one request, and both tabs show its answer.
    await (follower!.history as StatusElement).reload();
    await waitForText(follower!.history, TITLE);
    await waitForText(leader!.history, TITLE, 'the leader never got the other tab’s answer');
    expect((await serverCounts(feed)).count).to.equal(2);
    // The leader's next poll counts from that answer.
    await waitUntil(() => polls(leader!).length === 1 && polls(leader!)[0] !== before, 'the leader kept its old poll');

    // The leader's poll fails: both tabs' elements say so.
    leader!.timers.fire(polls(leader!)[0]!);
    await waitUntil(() => leader!.errors.length === 1 && follower!.errors.length === 1, 'a failure did not reach both tabs');
    expect((await serverCounts(feed)).count).to.equal(3);
    const detail = follower!.errors[0]!.detail as {error: Error; url: string; status: number; attempt: number};
    expect(detail.error.message).to.include('HTTP 503');
    expect(detail.status).to.equal(503);
    expect(detail.attempt).to.equal(1);
    expect(detail.url).to.equal('status.json');
    // The last good state stays on show in both.
    expect(shadowText(follower!.history)).to.include(TITLE);
  });
});
