import type {FeedFormat, Snapshot} from '../model/types.js';
import {FeedError} from './feed-error.js';
import {isNativeFeed} from './native-shape.js';
import type {ReadOptions} from './read-in-slices.js';

export type FormatOption = FeedFormat | 'auto';

export const FORMATS: readonly FormatOption[] = ['auto', 'native', 'statuspage', 'atom', 'rss', 'cachet', 'uptime-kuma', 'instatus',
  'markdown', 'cstate', 'incidentio', 'statusio', 'upptime', 'betterstack', 'gatus'];

/** Whether a value is already a Snapshot (given to `data`, or cached). */
export function isSnapshot(value: unknown): value is Snapshot {
  return value !== null && typeof value === 'object' && (value as {kind?: unknown}).kind === 'status-snapshot';
}

/**
 * Turns a parsed payload (or the XML text of an Atom or RSS feed) into a
 * Snapshot, in the format asked or, with `auto`, the one its shape shows.
 * A Snapshot is returned as it is, and a native feed read at once once its
 * reader has loaded (after the first native feed, or `loadNativeReader()`);
 * otherwise the result is a Promise, as the adapter may have to load first.
 * With `options.pause`, a big feed (native, Atom or RSS) is read in slices, with a pause
 * between them (then the result is a Promise), so that it is never one long
 * task: see ReadOptions.
 * Throws (or rejects with) a FeedError saying what was expected and what came.
 */
export function parseFeed(payload: unknown, format: FormatOption = 'auto', options?: ReadOptions): Snapshot | Promise<Snapshot> {
  if (isSnapshot(payload)) return payload;
  if (typeof payload === 'string') return parseFeedText(payload, format, '', options);
  return readFeed(payload, format, options);
}

/**
 * A payload read by its adapter. A response body is never taken as a
 * Snapshot, whatever it says it is: it would skip every check an adapter
 * makes (links, dates, shapes).
 */
export function readFeed(payload: unknown, format: FormatOption, options?: ReadOptions): Snapshot | Promise<Snapshot> {
  if (format === 'native' || (format === 'auto' && isNativeFeed(payload))) {
    const read = (reader: typeof import('./native.js')) => reader.readNativeFeed(payload, options);
    return nativeReader ? read(nativeReader) : loadNativeReader().then(read);
  }
  return adapt(format, payload, options);
}

/** The native feed's reader, once loaded. */
let nativeReader: typeof import('./native.js') | undefined;

/**
 * Loads the native feed's reader. It is a chunk of its own in the CDN build,
 * like every adapter: a page pays only for the format it reads. The client
 * calls this when it starts a fetch that may bring a native feed, so that
 * the reader arrives while the feed is on its way, not after.
 */
export function loadNativeReader(): Promise<typeof import('./native.js')> {
  return import('./native.js').then((reader) => (nativeReader = reader));
}

/**
 * Starts loading the reader of `format` (a chunk of the CDN build), so that
 * it arrives while the feed is on its way rather than after it. A reader
 * that cannot load is reported by the reading that needs it.
 */
export function loadReader(format: FeedFormat): void {
  const loading = format === 'native' ? loadNativeReader() : format === 'atom' || format === 'rss' ? import('./syndication.js') : import('./detect.js');
  loading.catch(() => {});
}

/**
 * Reads a feed in a format other than native with its adapter, loaded when a
 * feed first needs it: the CDN module stays within its size budget, and a
 * page pays only for the formats it reads (Rollup makes each import a chunk).
 * One adapter reads Atom and RSS; the JSON formats go through detect.ts,
 * which tells them apart and loads the others' own chunks.
 */
async function adapt(format: FormatOption, payload: unknown, options?: ReadOptions): Promise<Snapshot> {
  // A chunk that does not load (offline, or a copy of the CDN build without
  // its chunks/ folder) rejects with a TypeError naming the chunk's URL.
  if (format === 'atom' || format === 'rss') return (await import('./syndication.js')).parse(payload, format, options);
  return (await import('./detect.js')).parse(payload, format);
}

/**
 * Parses a response body: JSON (native, Statuspage, Cachet, Uptime Kuma,
 * Instatus), XML (Atom, RSS) or Markdown (a hand-written page). An HTML page (a proxy's error or login page,
 * a wrong URL) is named as such.
 */
export async function parseFeedText(body: string, format: FormatOption = 'auto', contentType = '', options?: ReadOptions): Promise<Snapshot> {
  const start = body.trimStart().slice(0, 200);
  // The body decides: a valid feed served as text/html by a misconfigured
  // server is still read; the content type only helps name what came.
  if (/^<(!doctype html|html)\b/i.test(start)) throw htmlPage(start);
  if (format === 'atom' || format === 'rss' || (format === 'auto' && start[0] === '<')) return adapt('atom', body, options);
  if (format === 'markdown' || (format === 'cstate' && start[0] !== '{') || (format === 'auto' && MARKDOWN_START.test(start))) return import('./text-formats.js').then((m) => m.parse(body, format));
  return readFeed(readJson(body, contentType), format, options);
}

/** A text that starts as a Markdown page does (front matter, a heading): JSON never does. */
const MARKDOWN_START = /^(---\s*$|#{1,6}\s)/m;

/** A body's JSON, or a FeedError saying what came instead. */
export function readJson(body: string, contentType = ''): unknown {
  const start = body.trimStart().slice(0, 200);
  try {
    return JSON.parse(body);
  } catch (error) {
    if (/text\/html/i.test(contentType) || /^<[a-z!]/i.test(start)) throw htmlPage(start);
    const shown = start.length === 0 ? 'an empty body' : `${JSON.stringify(start.slice(0, 60))}`;
    throw new FeedError(`Expected a JSON status feed, got text that is not JSON (${(error as Error).message}): ${shown}`);
  }
}

function htmlPage(start: string): FeedError {
  return new FeedError(`Expected a status feed, got an HTML page (${JSON.stringify(start.slice(0, 60))}…): check the src URL or the proxy in front of it`);
}
