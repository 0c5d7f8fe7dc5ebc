import type {FeedFormat, Snapshot} from '../model/types.js';
import {FeedError, describe} from './feed-error.js';
import {isNativeFeed, parseNativeFeed} from './native.js';

export type FormatOption = FeedFormat | 'auto';

export const FORMATS: readonly FormatOption[] = ['auto', 'native', 'statuspage', 'atom', 'rss', 'cachet', 'uptime-kuma', 'instatus'];

/** Whether a value is already a Snapshot (given to `data`, or cached). */
export function isSnapshot(value: unknown): value is Snapshot {
  return value !== null && typeof value === 'object' && (value as {kind?: unknown}).kind === 'status-snapshot';
}

/**
 * Turns a parsed payload into a Snapshot, in the format asked or, with
 * `auto`, the one its shape shows. Throws a FeedError saying what was
 * expected and what came.
 */
export function parseFeed(payload: unknown, format: FormatOption = 'auto'): Snapshot {
  return isSnapshot(payload) ? payload : readFeed(payload, format);
}

/**
 * A payload read by its adapter. A response body is never taken as a
 * Snapshot, whatever it says it is: it would skip every check an adapter
 * makes (links, dates, shapes).
 */
function readFeed(payload: unknown, format: FormatOption): Snapshot {
  if (format === 'native' || (format === 'auto' && isNativeFeed(payload))) return parseNativeFeed(payload);
  if (format === 'auto') {
    throw new FeedError(`Unrecognized status feed: expected a native status feed ({"version": 1, …}), got ${describe(payload)}`);
  }
  throw new FeedError(`The "${format}" format is not supported by this version; use format="native" or "auto"`);
}

/**
 * Parses a response body. JSON is required of native feeds; an HTML page (a
 * proxy's error or login page, a wrong URL) is named as such.
 */
export function parseFeedText(body: string, format: FormatOption = 'auto', contentType = ''): Snapshot {
  const start = body.trimStart().slice(0, 200);
  // The body decides: a valid feed served as text/html by a misconfigured
  // server is still read; the content type only helps name what came.
  if (/^<(!doctype html|html)\b/i.test(start)) throw htmlPage(start);
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch (error) {
    if (/text\/html/i.test(contentType) || /^<[a-z!]/i.test(start)) throw htmlPage(start);
    const shown = start.length === 0 ? 'an empty body' : `${JSON.stringify(start.slice(0, 60))}`;
    throw new FeedError(`Expected a JSON status feed, got text that is not JSON (${(error as Error).message}): ${shown}`);
  }
  return readFeed(payload, format);
}

function htmlPage(start: string): FeedError {
  return new FeedError(`Expected a JSON status feed, got an HTML page (${JSON.stringify(start.slice(0, 60))}…): check the src URL or the proxy in front of it`);
}
