import type {Snapshot} from '../model/types.js';
import {parseFeedText} from './parse-feed.js';
import type {EndpointBody, FormatOption, ReadOptions, SourcePlan} from './types.js';

export type {EndpointBody, SourcePlan} from './types.js';

/**
 * Sources read through several endpoints (DESIGN.md §2 "src forms"):
 *
 * - a Statuspage page URL (`https://www.githubstatus.com`) or its API root
 *   (`…/api/v2`, e.g. behind a proxy of your own): `summary.json`, and for
 *   the history also `incidents.json` and `scheduled-maintenances.json`;
 * - an Uptime Kuma status page URL (`…/status/<slug>`, or its API
 *   `…/api/status-page/<slug>`, under any path prefix a proxy adds):
 *   `/api/status-page/<slug>` and `/api/status-page/heartbeat/<slug>`.
 *
 * Any other URL is one feed file. This is pure planning and combining; the
 * client fetches (client/fetch-source.ts).
 */

/** The URLs of a `src` attribute: one, or several separated by spaces, mirrors tried in order. */
export const mirrors = (src: string): string[] => src.split(/\s+/).filter(Boolean);

const STATUSPAGE = /^(https?:\/\/[^/?#]+)\/?$|^(.*\/api\/v2)\/?$/i;
const UPTIME_KUMA = /^(.*?)\/(?:status|api\/status-page)\/([\w-]+)\/?$/;

/** The endpoints of one `src` URL; `history`: the element shows past incidents too. */
export function planSource(url: string, format: FormatOption, history: boolean): SourcePlan {
  const statuspage = format === 'auto' || format === 'statuspage' ? STATUSPAGE.exec(url) : null;
  if (statuspage) {
    const api = statuspage[1] ? `${statuspage[1]}/api/v2` : statuspage[2];
    return history
      ? {urls: [`${api}/summary.json`, `${api}/incidents.json`, `${api}/scheduled-maintenances.json`], history: 'full', format: 'statuspage'}
      : {urls: [`${api}/summary.json`], format: 'statuspage'};
  }
  const kuma = format === 'auto' || format === 'uptime-kuma' ? UPTIME_KUMA.exec(url) : null;
  if (kuma) {
    const [, base, slug] = kuma;
    return {urls: [`${base}/api/status-page/${slug}`, `${base}/api/status-page/heartbeat/${slug}`], page: `${base}/status/${slug}`, format: 'uptime-kuma'};
  }
  return {urls: [url]};
}

/**
 * What identifies a source on a page: elements whose sources fetch the same
 * endpoints share them. `resolve` makes each endpoint absolute (the client
 * resolves against the page's base URL), so that `status.json` on two pages
 * of a site are two sources, and `/s.json` and `https://host/s.json` one.
 */
export function sourceKey(src: string, format: FormatOption, history: boolean, resolve: (url: string) => string = (url) => url): string {
  return `${format} ${mirrors(src)
    .map((url) => planSource(url, format, history).urls.map(resolve))
    .join(' ')}`;
}

/** What a plan's endpoints answered, as one Snapshot: one body as any feed, several merged (combine.ts). */
export function readSource(plan: SourcePlan, bodies: readonly EndpointBody[], format: FormatOption, options?: ReadOptions): Promise<Snapshot> {
  return bodies.length === 1
    ? parseFeedText(bodies[0]!.body, format, bodies[0]!.contentType, options)
    : import('./combine.js').then((m) => m.readCombined(plan, bodies, format, options));
}
