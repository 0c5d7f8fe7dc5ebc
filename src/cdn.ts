// The CDN build's entry. It exports nothing, so that everything the elements
// do not use is left out. It defines the four elements at once; what most
// pages never need comes from chunks beside it, when needed: the history's
// and the uptime's rendering when one first connects (its feed is fetched meanwhile),
// and each feed format's reader when a feed in that format is fetched.
import {StatusBanner} from './elements/status-banner/status-banner.js';
import {StatusHistory} from './elements/status-history/status-history.js';
import {StatusIndicator} from './elements/status-indicator/status-indicator.js';
import {StatusUptime} from './elements/status-uptime/status-uptime.js';

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element);
};

define('status-banner', StatusBanner);
define('status-history', StatusHistory);
define('status-indicator', StatusIndicator);
define('status-uptime', StatusUptime);
