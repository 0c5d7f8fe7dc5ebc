// <status-history> given `count` incidents through `data`, for
// test/tools/bench.mjs: the first render and one "show more", each timed to
// the DOM update (the entries in the DOM; for "show more", updateComplete)
// and to the rendered frame, and the long
// tasks (over 50 ms) seen meanwhile. `given`: `feed`, a native feed object
// (parsed and validated by the element, as an app's data would be), or
// `snapshot`, the Snapshot an earlier element made of it (DESIGN.md §2: a
// snapshot is taken as it is), which leaves the rendering alone.
import {historyFeed} from './feeds.js';
import {afterNextFrame, timedFromTask} from './frames.js';

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

/** Watches long tasks (over 50 ms) from now; the function returned stops, a task later, and gives their durations. */
function watchLongTasks() {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({type: 'longtask'});
  return async () => {
    await nextTask();
    longTasks.push(...observer.takeRecords());
    observer.disconnect();
    return longTasks.map((t) => t.duration);
  };
}

/**
 * Resolves once the history shows entries: the first render of a history
 * shows every entry's summary, and the bodies of the closed ones come in a
 * task after that frame (updateComplete waits for them too).
 */
const entriesRendered = (host) =>
  new Promise((resolve) => {
    const shown = () => host.shadowRoot.querySelector('[part~="incident"]');
    if (shown()) return resolve();
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(host.shadowRoot, {childList: true, subtree: true});
  });

/** A <status-history days="0"> in the page, rendered and painted (its loading state). */
async function mountHistory(attributes = {}) {
  await customElements.whenDefined('status-history');
  const host = document.createElement('status-history');
  host.setAttribute('days', '0');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  document.body.append(host);
  await host.updateComplete;
  await afterNextFrame();
  return host;
}

window.benchHistory = async (count, given = 'feed') => {
  await customElements.whenDefined('status-history');
  const feed = given === 'snapshot' ? await snapshotOf(count) : historyFeed(count);
  const host = await mountHistory();
  const stopWatching = watchLongTasks();
  const result = {};
  const render = await timedFromTask(async () => {
    host.data = feed;
    await entriesRendered(host);
  });
  result.renderDom = render.dom;
  result.renderPaint = render.frame;
  await host.updateComplete;
  result.entries = host.shadowRoot.querySelectorAll('[part~="incident"]').length;
  const button = host.shadowRoot.querySelector('[part~="more-button"]');
  if (!button) throw new Error(`no "show more" button with ${count} incidents`);
  const more = await timedFromTask(async () => {
    button.click();
    await host.updateComplete;
  });
  result.moreDom = more.dom;
  result.morePaint = more.frame;
  result.entriesAfterMore = host.shadowRoot.querySelectorAll('[part~="incident"]').length;
  result.longTasks = await stopWatching();
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
  // To the DOM update: the frame after it is not counted here.
  const timed = async (action) =>
    (
      await timedFromTask(async () => {
        action();
        await host.updateComplete;
      })
    ).dom;
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
  const host = await mountHistory({refresh: '0'});
  const stopWatching = watchLongTasks();
  const result = await timedFromTask(async () => {
    const loaded = new Promise((done) => host.addEventListener('status-load', done, {once: true}));
    host.setAttribute('src', `/feed/history-${count}?run=${++fetchedRun}`);
    await loaded;
    await entriesRendered(host);
  });
  await host.updateComplete;
  result.entries = host.shadowRoot.querySelectorAll('[part~="incident"]').length;
  result.longTasks = await stopWatching();
  host.remove();
  return result;
};
