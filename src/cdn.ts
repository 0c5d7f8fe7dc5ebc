// The CDN build's entry. It exports nothing, so that everything the elements
// do not use is left out. The banner and the indicator, which most pages
// show, are in this first script; the history, the largest element and the
// one most pages never show, comes in a chunk of its own, fetched at once
// beside it: a page with only a banner paints it without waiting for the
// history's code. A history in the page before its chunk arrives is upgraded
// when it is defined, as every custom element is.
import {StatusBanner} from './elements/status-banner/status-banner.js';
import {StatusIndicator} from './elements/status-indicator/status-indicator.js';

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element);
};

define('status-banner', StatusBanner);
define('status-indicator', StatusIndicator);
import('./elements/status-history/status-history.js').then(
  ({StatusHistory}) => define('status-history', StatusHistory),
  // A chunk that cannot load (a CSP, a broken CDN) must not become an
  // unhandled rejection in the host page.
  (error: unknown) => console.error('[status-banner] the history could not be loaded', error),
);
