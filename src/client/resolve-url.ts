import {mirrors} from '../feeds/sources.js';

/**
 * A feed URL as the browser fetches it: absolute, resolved against the
 * document's base URL (what `fetch()` does with a relative one). What the
 * page keeps per feed (its shared requests, its last good state, its
 * dismissals) is keyed by it: `src="status.json"` on /a/ and on /b/ are two
 * feeds. A URL that does not parse is kept as written (its fetch fails, and
 * says why).
 */
export function resolveUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** The feed a `src` names: its mirrors, resolved, in order. */
export const resolveSrc = (src: string): string => mirrors(src).map(resolveUrl).join(' ');
