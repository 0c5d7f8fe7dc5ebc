// The CDN build's entry. It exports `registerLocale` alone, so that everything
// else the elements do not use is left out. It defines the four elements at once; what most
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

/**
 * `registerLocale` (DESIGN.md §2 "Languages"), its code loaded when first
 * called: resolves once the elements on the page have the new strings.
 */
export const registerLocale = (tag: string, strings: Record<string, unknown>): Promise<void> =>
  import('./i18n/register-locale.js').then((m) => m.registerLocale(tag, strings));
