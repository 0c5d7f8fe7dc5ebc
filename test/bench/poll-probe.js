// What a poll does to the page, for test/tools/bench.mjs: DOM mutations in
// the shadow roots (target: none when the feed did not change), which element updates
// ran and how long they took, across one reload() of the shared feed.
import {afterNextFrame} from './frames.js';

const TAGS = ['status-banner', 'status-indicator', 'status-history'];
const elements = () => TAGS.map((tag) => document.querySelector(tag));

const updates = {count: 0, ms: 0, byTag: {}};
for (const tag of TAGS) {
  const proto = customElements.get(tag)?.prototype;
  if (!proto) continue;
  const performUpdate = proto.performUpdate;
  // Own property on each class: counts that class's updates only, once.
  proto.performUpdate = function () {
    const start = performance.now();
    try {
      return performUpdate.call(this);
    } finally {
      const ms = performance.now() - start;
      updates.count++;
      updates.ms += ms;
      updates.byTag[tag] = (updates.byTag[tag] ?? 0) + ms;
    }
  };
}

/** Resolves when every element shows its feed (the banner its incident, the history its entries). */
window.benchPollReady = async () => {
  for (;;) {
    const [banner, indicator, history] = elements();
    if (
      banner.shadowRoot?.querySelector('[part~="banner"]') &&
      indicator.shadowRoot?.querySelector('[part~="indicator"][data-status]') &&
      history.shadowRoot?.querySelector('[part~="incident"]')
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** Reloads the shared feed once and counts what changed in the shadow roots. */
window.benchPollOnce = async () => {
  const records = [];
  const observer = new MutationObserver((list) => records.push(...list));
  for (const element of elements()) observer.observe(element.shadowRoot, {childList: true, subtree: true, attributes: true, characterData: true});
  updates.count = 0;
  updates.ms = 0;
  updates.byTag = {};
  await elements()[0].reload();
  await Promise.all(elements().map((element) => element.updateComplete));
  await afterNextFrame();
  records.push(...observer.takeRecords());
  observer.disconnect();
  const describe = (r) => `${r.type}${r.attributeName ? ` ${r.attributeName}` : ''} in ${r.target.nodeName.toLowerCase()}`;
  return {
    mutations: records.length,
    kinds: [...new Set(records.map(describe))].slice(0, 8),
    updates: updates.count,
    updateMs: updates.ms,
    updateMsByTag: updates.byTag,
  };
};
