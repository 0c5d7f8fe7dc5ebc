import {loadReader, type FormatOption} from '../feeds/parse-feed.js';
import {planSource, readSource} from '../feeds/sources.js';
import type {Snapshot} from '../model/types.js';
import {fetchEndpoint, type EndpointOptions} from './endpoint-requests.js';
import {yieldToPage} from './yield-to-page.js';

export interface FetchedSource {
  /** Every endpoint's body, to tell an unchanged answer. */
  readonly body: string;
  /** The longest wait any endpoint's server asked for before the next request (ms). */
  readonly wait: number;
  /** When the oldest of the answers came (epoch ms): earlier than now when one was another store's, reused. */
  readonly at: number;
  /** The answer as a Snapshot (the adapter may have to load first; a big native feed is read in slices). */
  read(): Promise<Snapshot>;
}

/** Statuspage's API, Cachet's, an Atom or RSS file: not a native feed, most likely. */
const OTHER_FORMAT_URL = /\/api\/|\.(?:xml|atom|rss)(?:[?#]|$)/i;

/**
 * Fetches one `src` URL: one feed file, or every endpoint a page URL stands
 * for (feeds/sources.ts), at once, each through the page's one request per
 * endpoint (endpoint-requests.ts). Fails as soon as one endpoint fails.
 */
export async function fetchSource(url: string, format: FormatOption, history: boolean, options: EndpointOptions = {}): Promise<FetchedSource> {
  const plan = planSource(url, format, history);
  // Each reader is a chunk of its own: requested with the feed, not after
  // it, when its format is known before the feed comes: given, a page URL's
  // (Statuspage, Uptime Kuma), or a native feed most likely (one file whose
  // URL names no other format's files). Otherwise the body's shape tells,
  // through the table of formats, requested now.
  const oneFile = plan.urls.length === 1 && plan.urls[0] === url;
  const reader = format !== 'auto' ? format : (plan.format ?? (oneFile && !OTHER_FORMAT_URL.test(url) ? 'native' : undefined));
  loadReader(reader);
  const fetched = await Promise.all(plan.urls.map((endpoint) => fetchEndpoint(endpoint, options)));
  // The status page a relative page URL names, as a link can use it.
  const page = plan.page && new URL(plan.page, location.href).href;
  return {
    body: fetched.map((f) => f.body).join('\n'),
    wait: Math.max(0, ...fetched.map((f) => f.wait)),
    at: Math.min(...fetched.map((f) => f.at)),
    // In slices when big, never one long task; a store stopped meanwhile ends the reading.
    read: () => readSource({...plan, page}, fetched, format, {pause: () => yieldToPage().then(() => options.signal?.throwIfAborted())}),
  };
}
