import {FORMATS, type FormatOption} from '../feeds/parse-feed.js';
import {DEFAULT_REFRESH_SECONDS, feedStore} from './feed-store.js';

/**
 * The feeds of the elements already in the page, asked for as the CDN
 * module starts to run: before Lit, i18next and the elements' classes are
 * evaluated and the elements upgraded, which on a phone (a 4× slower CPU,
 * in the bench) took 112 ms between the script's last byte and the feed's
 * request. The feed and its reader's chunks are on their way that much
 * sooner.
 *
 * Each feed is subscribed to here as its element will subscribe: the same
 * page store (feed-store.ts), so everything the store decides is decided
 * once, as if the element had asked (a kept snapshot younger than
 * `refresh` is not fetched again, a preloaded feed is taken, another tab's
 * poll is shared). When the elements upgrade, a microtask later, they
 * subscribe to these stores and join the request in flight; the early
 * subscriptions end after the page's current task. An element given `data`
 * before it upgraded (by a framework) fetches nothing, and is left out.
 */

/** The elements that fetch a feed. The history and the uptime read a page URL's history endpoints too. */
const FETCHING = ':is(status-banner, status-indicator, status-history, status-uptime)[src]';

export function subscribeEarly(): void {
  const ends: (() => void)[] = [];
  for (const element of document.querySelectorAll(FETCHING)) {
    const name = element.localName;
    const src = element.getAttribute('src')!;
    // `format` and `refresh` as the element reads them (attribute-values.ts): a value it does not allow reads as the default.
    const format = element.getAttribute('format') as FormatOption;
    const refresh = Number(element.getAttribute('refresh')?.trim() || NaN);
    // Defined already (another copy of the library, the npm build): its elements subscribe themselves.
    if (customElements.get(name) || !src.trim() || Object.hasOwn(element, 'data')) continue;
    const history = name === 'status-history' || name === 'status-uptime';
    ends.push(
      feedStore(src, FORMATS.includes(format) ? format : 'auto', history).subscribe(
        () => {},
        refresh >= 0 && refresh < Infinity ? refresh : DEFAULT_REFRESH_SECONDS,
      ),
    );
  }
  if (ends.length) setTimeout(() => ends.forEach((end) => end()));
}
