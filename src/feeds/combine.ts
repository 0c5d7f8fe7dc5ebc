import type {Snapshot} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {FeedError} from './feed-error.js';
import {readJsonInSlices} from './body.js';
import {readFeed} from './parse-feed.js';
import type {EndpointBody, FormatOption, ReadOptions, SourcePlan} from './types.js';

/**
 * Reads what several endpoints of one source answered (sources.ts) as one
 * Snapshot: their JSON objects merged, later endpoints' keys over earlier
 * ones' (a Statuspage's `incidents.json` lists more than `summary.json`), then
 * read as one feed. Loaded on demand, as the adapters are.
 */
export async function readCombined(plan: SourcePlan, bodies: readonly EndpointBody[], format: FormatOption, options?: ReadOptions): Promise<Snapshot> {
  const payloads = [];
  for (const {url, body, contentType} of bodies) {
    try {
      payloads.push(await readJsonInSlices(body, contentType, options));
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      throw new FeedError(`${url}: ${error.message}`);
    }
  }
  // Never taken as a Snapshot, whatever a body says it is: the adapters check everything.
  const snapshot = await readFeed(Object.assign({}, ...payloads), format, options);
  return {
    ...snapshot,
    history: plan.history ?? snapshot.history,
    page: {...snapshot.page, url: snapshot.page.url ?? safeHttpUrl(plan.page)},
  };
}
