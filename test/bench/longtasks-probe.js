// The long tasks (over 50 ms on the main thread) a <status-history src> costs
// the page on a big feed, for test/tools/bench.mjs: from setting `src` to the
// entries rendered, their frame painted and a second more (what a poll
// scheduled then, the other tabs told, the last good state kept). The
// element polls at the default refresh (60 s), as a page's would: the
// store's sharing with other tabs (tabs.ts) is loaded as it is there.
import {afterNextFrame} from './frames.js';

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({type: 'longtask', buffered: true});

/** status-load events of the history, counted (the tabs row: answers another tab sent). */
window.benchLoads = 0;
/** The long tasks since `start` (performance.now() of this page). */
window.benchLongTasksSince = (start) => longTasks.filter((t) => t.startTime >= start).map((t) => Math.round(t.duration));

window.benchLongTasks = async (src, refresh) => {
  await customElements.whenDefined('status-history');
  const host = document.createElement('status-history');
  host.setAttribute('days', '0');
  if (refresh) host.setAttribute('refresh', refresh);
  host.addEventListener('status-load', () => window.benchLoads++);
  document.body.append(host);
  await host.updateComplete;
  await afterNextFrame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const start = performance.now();
  const loaded = new Promise((resolve, reject) => {
    host.addEventListener('status-load', resolve, {once: true});
    host.addEventListener('status-error', (event) => reject(new Error(String(event.detail.error?.message))), {once: true});
  });
  host.setAttribute('src', src);
  await loaded;
  await host.updateComplete;
  const dom = performance.now() - start;
  await afterNextFrame();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const seen = longTasks.filter((t) => t.startTime >= start).map((t) => Math.round(t.duration));
  return {dom, entries: host.shadowRoot.querySelectorAll('[part~="incident"]').length, longTasks: seen};
};
