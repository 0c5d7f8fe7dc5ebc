// <status-history> given `count` incidents through `data`, for
// test/tools/bench.mjs: the first render and one "show more", each timed to
// the DOM update (updateComplete) and to the rendered frame, and the long
// tasks (over 50 ms) seen meanwhile. `given`: `feed`, a native feed object
// (parsed and validated by the element, as an app's data would be), or
// `snapshot`, the Snapshot an earlier element made of it (DESIGN.md §2: a
// snapshot is taken as it is), which leaves the rendering alone.
import {historyFeed} from './feeds.js';
import {afterNextFrame} from './frames.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const snapshots = new Map();

/** The Snapshot an element makes of a feed of `count` incidents, from its status-load event. */
async function snapshotOf(count) {
  if (!snapshots.has(count)) {
    const element = document.createElement('status-history');
    const loaded = new Promise((resolve) => element.addEventListener('status-load', (event) => resolve(event.detail.snapshot), {once: true}));
    element.data = historyFeed(count);
    document.body.append(element);
    snapshots.set(count, await loaded);
    element.remove();
  }
  return snapshots.get(count);
}

window.benchHistory = async (count, given = 'feed') => {
  await customElements.whenDefined('status-history');
  const feed = given === 'snapshot' ? await snapshotOf(count) : historyFeed(count);
  const host = document.createElement('status-history');
  host.setAttribute('days', '0');
  document.body.append(host);
  await host.updateComplete;
  await afterNextFrame();

  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({type: 'longtask'});
  const result = {};
  // Started from a task of the page's own, as an app's script would.
  await new Promise((resolve) =>
    setTimeout(async () => {
      const start = performance.now();
      host.data = feed;
      await host.updateComplete;
      result.renderDom = performance.now() - start;
      await afterNextFrame();
      result.renderPaint = performance.now() - start;
      resolve();
    }),
  );
  result.entries = host.shadowRoot.querySelectorAll('[part~="incident"]').length;
  const button = host.shadowRoot.querySelector('[part~="more-button"]');
  if (!button) throw new Error(`no "show more" button with ${count} incidents`);
  await new Promise((resolve) =>
    setTimeout(async () => {
      const start = performance.now();
      button.click();
      await host.updateComplete;
      result.moreDom = performance.now() - start;
      await afterNextFrame();
      result.morePaint = performance.now() - start;
      resolve();
    }),
  );
  result.entriesAfterMore = host.shadowRoot.querySelectorAll('[part~="incident"]').length;
  await nextTask();
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  result.longTasks = longTasks.map((t) => t.duration);
  host.remove();
  return result;
};

/**
 * A reader who opened `pages` pages of "show more" on a history of `count`
 * incidents: the time of one more "show more", and of a re-render with
 * nothing changed (what an unchanged poll asks of the element).
 */
window.benchHistoryExpanded = async (count, pages) => {
  await customElements.whenDefined('status-history');
  const host = document.createElement('status-history');
  host.setAttribute('days', '0');
  host.data = historyFeed(count);
  document.body.append(host);
  await host.updateComplete;
  const more = () => host.shadowRoot.querySelector('[part~="more-button"]');
  for (let i = 1; i < pages; i++) {
    more().click();
    await host.updateComplete;
  }
  const shown = host.shadowRoot.querySelectorAll('[part~="incident"]').length;
  const timed = (action) =>
    new Promise((resolve) =>
      setTimeout(async () => {
        const start = performance.now();
        action();
        await host.updateComplete;
        resolve(performance.now() - start);
      }),
    );
  const rerender = await timed(() => host.requestUpdate());
  const showMore = await timed(() => more().click());
  host.remove();
  return {shown, rerender, showMore};
};

/**
 * <status-history src> on a feed of `count` incidents the bench server
 * serves (`/feed/history-<count>`, no-store): from setting `src` to the
 * entries rendered and their frame (fetch over loopback, read, render), and
 * the long tasks meanwhile. A query string new each run gives each run a
 * store of its own, with no last good state kept from the one before.
 */
let fetchedRun = 0;
window.benchHistoryFetched = async (count) => {
  await customElements.whenDefined('status-history');
  const host = document.createElement('status-history');
  host.setAttribute('days', '0');
  host.setAttribute('refresh', '0');
  document.body.append(host);
  await host.updateComplete;
  await afterNextFrame();
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({type: 'longtask'});
  const result = {};
  await new Promise((resolve) =>
    setTimeout(async () => {
      const start = performance.now();
      const loaded = new Promise((done) => host.addEventListener('status-load', done, {once: true}));
      host.setAttribute('src', `/feed/history-${count}?run=${++fetchedRun}`);
      await loaded;
      await host.updateComplete;
      result.dom = performance.now() - start;
      await afterNextFrame();
      result.frame = performance.now() - start;
      resolve();
    }),
  );
  result.entries = host.shadowRoot.querySelectorAll('[part~="incident"]').length;
  await nextTask();
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  result.longTasks = longTasks.map((t) => t.duration);
  host.remove();
  return result;
};
