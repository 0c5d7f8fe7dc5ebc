import {readBody} from './read-body.js';

/** Why a feed could not be fetched: network, HTTP status or timeout, with the URL. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    readonly url: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
    /** How long the server asked us to wait before asking again (ms): see serverWait(). */
    readonly wait = 0,
  ) {
    super(message);
  }
}

export interface FetchedBody {
  readonly url: string;
  readonly body: string;
  readonly contentType: string;
  /** How long the server asked us to wait before asking again (ms): see serverWait(). */
  readonly wait: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** The longest wait a server can impose: a misconfigured `max-age` of a year must not stop a page's updates. */
export const MAX_SERVER_WAIT_SECONDS = 3600;

/**
 * The least time before the next request that the server asked for (ms):
 * `Retry-After` (seconds or an HTTP date), or what `Cache-Control: max-age`
 * leaves once `Age` is taken off, whichever is longer; capped.
 */
export function serverWait(headers: Headers): number {
  const retry = headers.get('retry-after') ?? '';
  // (`s-maxage`, for shared caches, does not match.)
  const maxAge = /max-age=(\d+)/.exec(headers.get('cache-control') ?? '');
  const seconds = Math.max(
    // A number of seconds, else a date; `+''` and a bad date give 0.
    +retry || (Date.parse(retry) - Date.now()) / 1000 || 0,
    maxAge ? +maxAge[1]! - (+headers.get('age')! || 0) : 0,
  );
  return Math.min(seconds > 0 ? seconds : 0, MAX_SERVER_WAIT_SECONDS) * 1000;
}

/**
 * GETs a feed's text, giving up after `timeoutMs`. Every failure becomes a
 * FetchError whose message says what to check; nothing else is thrown.
 *
 * Conditional requests are the browser's: `cache: 'no-cache'` makes it
 * revalidate its stored copy on every call (`If-None-Match` with the ETag,
 * `If-Modified-Since` with the Last-Modified date) and turn a `304` into the
 * stored body, which the store then finds unchanged. Sending those headers
 * ourselves would make every cross-origin poll a CORS preflight (they are not
 * safelisted), fail on servers that do not allow them, and need the ETag
 * exposed; and the default cache mode could answer from a heuristically
 * fresh copy, missing a new incident.
 *
 * The one exception is a page's first request for a feed (`revalidate:
 * false`): it takes what the browser already has, so that a page that
 * preloads its feed (`<link rel="preload" as="fetch" crossorigin href="…">`)
 * gets it in one request. That is why the request is made the way such a
 * preload is: the default cache mode (a `no-cache` request does not take a
 * preload in Firefox) and the default credentials, `same-origin` (an `omit`
 * request does not take it in Chromium; no cookie goes to another origin
 * either way). The next poll revalidates, however fresh the copy said it was.
 */
export async function fetchFeedText(url: string, options: {signal?: AbortSignal; timeoutMs?: number; revalidate?: boolean} = {}): Promise<FetchedBody> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const timer = setTimeout(() => controller.abort(new FetchError(`No answer from ${url} within ${timeoutMs / 1000} s`, url)), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: {accept: 'application/json, */*;q=0.5'},
        cache: options.revalidate === false ? 'default' : 'no-cache',
      });
    } catch (error) {
      throw toFetchError(error, controller.signal, url);
    }
    const wait = serverWait(response.headers);
    if (!response.ok) {
      throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`, url, response.status, wait);
    }
    let body: string;
    try {
      body = await readBody(response, (message) => new FetchError(`${message} (${url})`, url));
    } catch (error) {
      throw error instanceof FetchError ? error : toFetchError(error, controller.signal, url);
    }
    return {url, body, contentType: response.headers.get('content-type') ?? '', wait};
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function toFetchError(error: unknown, signal: AbortSignal, url: string): FetchError {
  if (signal.reason instanceof FetchError) return signal.reason;
  if (signal.aborted) return new FetchError(`Request to ${url} was cancelled`, url);
  return new FetchError(
    `Could not reach ${url} (${(error as Error)?.message ?? 'network error'}): the host may be down, offline, or not allow this origin (CORS)`,
    url,
  );
}
