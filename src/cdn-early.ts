// The CDN build's first module: it asks for the feeds of the elements already
// in the page before the rest of the build (Lit, i18next, the elements) is
// evaluated (client/early-feeds.ts). cdn.ts imports it first, for that.
import {subscribeEarly} from './client/early-feeds.js';

subscribeEarly();
