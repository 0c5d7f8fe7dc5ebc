// Times of the banner's appearance, for test/tools/bench.mjs: when the
// banner part entered the shadow root (MutationObserver), when the frame
// that shows it was rendered (requestAnimationFrame, then a message, which
// runs after that frame's style, layout and paint), and the page's first
// contentful paint (Paint Timing), which on this page is the banner's.
import {afterNextFrame} from './frames.js';

const result = {dom: undefined, painted: undefined, fcp: undefined};
window.benchBanner = result;

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime;
}).observe({type: 'paint', buffered: true});

const root = document.querySelector('status-banner').shadowRoot;
const seen = () => {
  if (result.dom !== undefined || !root.querySelector('[part~="banner"]')) return;
  result.dom = performance.now();
  afterNextFrame().then(() => (result.painted = performance.now()));
};
seen();
new MutationObserver(seen).observe(root, {childList: true, subtree: true});
