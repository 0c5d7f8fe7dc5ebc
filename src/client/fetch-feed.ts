import {readBody} from './read-body.js';

/** Why a feed could not be fetched: network, HTTP status or timeout, with the URL. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    message: string,
    readonly url: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchedBody {
  readonly url: string;
  readonly body: string;
  readonly contentType: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * GETs a feed's text, giving up after `timeoutMs`. Every failure becomes a
 * FetchError whose message says what to check; nothing else is thrown.
 */
export async function fetchFeedText(url: string, options: {signal?: AbortSignal; timeoutMs?: number} = {}): Promise<FetchedBody> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const timer = setTimeout(() => controller.abort(new FetchError(`No answer from ${url} within ${timeoutMs / 1000} s`, url)), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {signal: controller.signal, headers: {accept: 'application/json, */*;q=0.5'}, credentials: 'omit'});
    } catch (error) {
      throw toFetchError(error, controller.signal, url);
    }
    if (!response.ok) {
      throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`, url, response.status);
    }
    let body: string;
    try {
      body = await readBody(response, (message) => new FetchError(`${message} (${url})`, url));
    } catch (error) {
      throw error instanceof FetchError ? error : toFetchError(error, controller.signal, url);
    }
    return {url, body, contentType: response.headers.get('content-type') ?? ''};
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
