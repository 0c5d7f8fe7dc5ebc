import {fetchFeedText, FetchError, type FetchedBody} from './fetch-feed.js';
import {resolveUrl} from './resolve-url.js';

/**
 * One request per endpoint URL on the page (DESIGN.md §1), whichever store
 * asks for it. The stores of a page may read the same endpoint: a banner's
 * and a history's on one Statuspage page URL both read `summary.json`, and
 * so does a banner whose `src` names that file, or spells it relative. Each
 * store keeps its own poll loop (its mirrors, backoff, last good state); the
 * endpoint is fetched once for all of them:
 *
 * - a request in flight is joined, and cancelled only when every store
 *   waiting for it has given up;
 * - a poll takes an answer that came less than one of its intervals before
 *   it was due (another store's, fetched meanwhile): as fresh as its own
 *   request would have been, so an endpoint is fetched once per interval
 *   however the stores' polls fall.
 *
 * Endpoints are keyed by their resolved URL, and forgotten with the last
 * store that uses them (as a store is with its last element): the next page
 * load asks again.
 */
interface Endpoint {
  /** How many running stores read this endpoint. */
  users: number;
  request?: SharedRequest;
  /** The last successful answer, and when it came (epoch ms). */
  answer?: {readonly fetched: FetchedBody; readonly at: number};
}

interface SharedRequest {
  readonly promise: Promise<FetchedBody>;
  readonly controller: AbortController;
  /** Stores waiting for it; at 0 it is cancelled. */
  waiting: number;
}

export interface EndpointAnswer extends FetchedBody {
  /** When the server gave this answer (epoch ms): earlier than now when it was reused. */
  readonly at: number;
}

export interface EndpointOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** An answer that came after this time (epoch ms) is reused; by default the server is always asked (a request in flight is joined). */
  readonly reuseAfter?: number;
  /** Ask the server even for this page's first request of the endpoint (a reload(), or a poll once the page has an answer, its own or another tab's); else only later requests do. */
  readonly revalidate?: boolean;
}

const endpoints = new Map<string, Endpoint>();

/**
 * Endpoints this page has asked for already: its first request for each takes
 * what the browser has (a preloaded response), every later one revalidates
 * (fetch-feed.ts).
 */
const asked = new Set<string>();

/** A running store reads these endpoints until the returned function is called. */
export function useEndpoints(urls: readonly string[]): () => void {
  const keys = urls.map(resolveUrl);
  for (const key of keys) {
    const endpoint = endpoints.get(key) ?? {users: 0};
    endpoint.users++;
    endpoints.set(key, endpoint);
  }
  return () => {
    for (const key of keys) {
      const endpoint = endpoints.get(key);
      if (endpoint && --endpoint.users <= 0) endpoints.delete(key);
    }
  };
}

/** The endpoint's body: a reused answer, the request in flight, or a new request. */
export async function fetchEndpoint(url: string, options: EndpointOptions = {}): Promise<EndpointAnswer> {
  const {signal, timeoutMs, reuseAfter = Infinity, revalidate: again} = options;
  signal?.throwIfAborted();
  const key = resolveUrl(url);
  // A store that does not run (a one-off read) shares nothing past its own request.
  const endpoint = endpoints.get(key) ?? {users: 0};
  const {answer} = endpoint;
  // Strictly after: a store's own last answer, which came in the millisecond its poll ended, is never taken for a new one.
  if (answer && answer.at > reuseAfter) return {...answer.fetched, at: answer.at};

  let request = endpoint.request;
  if (!request) {
    const controller = new AbortController();
    // Fetched as the first store spelled it: a relative URL names the same file in its errors as in `src`.
    const revalidate = again || asked.has(key);
    asked.add(key);
    const promise = fetchFeedText(url, {signal: controller.signal, timeoutMs, revalidate}).then((fetched) => {
      endpoint.answer = {fetched, at: Date.now()};
      return fetched;
    });
    const done = () => {
      if (endpoint.request === request) endpoint.request = undefined;
    };
    promise.then(done, done);
    request = {promise, controller, waiting: 0};
    endpoint.request = request;
  }
  return wait(request, signal);
}

/** Waits for a shared request; giving up leaves it to the other stores, or cancels it when none is left. */
async function wait(request: SharedRequest, signal: AbortSignal | undefined): Promise<EndpointAnswer> {
  request.waiting++;
  let onAbort: (() => void) | undefined;
  try {
    const cancelled = new Promise<never>((_, reject) => {
      onAbort = () => reject(new FetchError('Request was cancelled', ''));
      signal?.addEventListener('abort', onAbort);
    });
    const fetched = await Promise.race([request.promise, cancelled]);
    return {...fetched, at: Date.now()};
  } finally {
    signal?.removeEventListener('abort', onAbort!);
    if (--request.waiting === 0 && signal?.aborted) request.controller.abort();
  }
}
