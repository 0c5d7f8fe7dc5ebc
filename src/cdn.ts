// The CDN build's entry. It exports `registerLocale` alone, so that everything
// else the elements do not use is left out. It defines the four elements at once; what most
// pages never need comes from chunks beside it, when needed: the history's
// and the uptime's rendering when one first connects (its feed is fetched meanwhile),
// and each feed format's reader when a feed in that format is fetched.
// Lit, then cdn-early.js: it runs before the modules below (i18next, the
// elements) are evaluated. Lit first makes the file 11 bytes smaller gzipped.
import 'lit';
import './cdn-early.js';
import {defineElements} from './elements/define-elements.js';

defineElements();

/**
 * `registerLocale` (DESIGN.md §2 "Languages"), its code loaded when first
 * called: resolves once the elements on the page have the new strings.
 */
export const registerLocale = (tag: string, strings: Record<string, unknown>): Promise<void> =>
  import('./i18n/register-locale.js').then((m) => m.registerLocale(tag, strings));
