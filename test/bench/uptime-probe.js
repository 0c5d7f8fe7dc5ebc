// <status-uptime> drawing `components` components × `days` days, for
// test/tools/bench.mjs: given the Snapshot an earlier element made of the
// feed (the rendering alone: its view's chunk is already loaded), the time
// from setting `data` to the DOM update (updateComplete) and to the frame
// that shows it; then the same element given a newer Snapshot (a poll that
// changed something), which re-renders every bar.
import {uptimeFeed} from './feeds.js';
import {afterNextFrame, timedFromTask as timed} from './frames.js';

/** The Snapshot an element makes of the feed, from its status-load event. */
async function snapshotOf(components, days) {
  const element = document.createElement('status-uptime');
  const loaded = new Promise((resolve) => element.addEventListener('status-load', (event) => resolve(event.detail.snapshot), {once: true}));
  element.data = uptimeFeed(components, days);
  document.body.append(element);
  const snapshot = await loaded;
  await element.updateComplete;
  element.remove();
  return snapshot;
}

window.benchUptime = async (components, days) => {
  await customElements.whenDefined('status-uptime');
  const snapshot = await snapshotOf(components, days);
  const newer = {...snapshot, components: snapshot.components.map((c) => ({...c}))};
  const element = document.createElement('status-uptime');
  element.setAttribute('days', String(days));
  document.body.append(element);
  await element.updateComplete;
  await afterNextFrame();
  const first = await timed(() => {
    element.data = snapshot;
    return element.updateComplete;
  });
  const bars = element.shadowRoot.querySelectorAll('[part~="day"]').length;
  const again = await timed(() => {
    element.data = newer;
    return element.updateComplete;
  });
  element.remove();
  return {first, again, bars};
};
