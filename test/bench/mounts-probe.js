// Mounts and unmounts the three elements `cycles` times, for the memory
// measurement of test/tools/bench.mjs. Mode `data`: each is given a feed
// object (an incident going on and three past ones; nothing fetched). Mode
// `src`: each reads /feed/mount, so every cycle makes the page's store,
// fetches, and stops it on removal (the last good state a store keeps in
// localStorage is forgotten each cycle: with it, a new store would show it
// and not fetch).
import {historyFeed} from './feeds.js';

const TAGS = ['status-banner', 'status-indicator', 'status-history'];

function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

window.benchMount = async (cycles, mode) => {
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  const stage = document.getElementById('stage');
  for (let i = 0; i < cycles; i++) {
    const elements = TAGS.map((tag) => document.createElement(tag));
    let loaded;
    if (mode === 'data') {
      const feed = historyFeed(3, Date.now(), {active: true});
      for (const element of elements) element.data = feed;
    } else {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('status-banner:') && !key.startsWith('status-banner:dismissed')) localStorage.removeItem(key);
      loaded = new Promise((resolve) => elements[0].addEventListener('status-load', resolve, {once: true}));
      for (const element of elements) element.setAttribute('src', '/feed/mount');
    }
    stage.append(...elements);
    await loaded;
    await Promise.all(elements.map((element) => element.updateComplete));
    for (const element of elements) element.remove();
    // The elements let go of their store a microtask after removal; a
    // message, unlike a chain of setTimeout(0), is not clamped to 4 ms.
    await nextTask();
  }
};
