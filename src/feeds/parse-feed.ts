import type {FeedFormat, Snapshot} from '../model/types.js';
import {bodyStart, htmlPageError, readJsonInSlices} from './body.js';
import {FeedError} from './feed-error.js';
import {isNativeFeed} from './native-shape.js';
import type {FormatOption, ReadOptions} from './types.js';

export type {FormatOption} from './types.js';

/**
 * The name of every format, as the table of formats (formats.ts) has them,
 * for the elements' `format` attribute and the CLI's `--format`: here, as
 * that table is a chunk of the CDN build. TypeScript checks that it names
 * every `FeedFormat`, and nothing else.
 */
const NAMES: Record<FeedFormat, 0> = {
  native: 0,
  statuspage: 0,
  atom: 0,
  rss: 0,
  cachet: 0,
  'uptime-kuma': 0,
  instatus: 0,
  markdown: 0,
  cstate: 0,
  incidentio: 0,
  statusio: 0,
  upptime: 0,
  betterstack: 0,
  gatus: 0,
};

/** Every value of the `format` attribute: `auto`, then each format's name. */
export const FORMATS: readonly FormatOption[] = ['auto', ...(Object.keys(NAMES) as FeedFormat[])];

/** Whether a value is already a Snapshot (given to `data`, or cached). */
export function isSnapshot(value: unknown): value is Snapshot {
  return value !== null && typeof value === 'object' && (value as {kind?: unknown}).kind === 'status-snapshot';
}

/**
 * Turns a parsed payload (or the text of a feed: XML, Markdown, JSON) into a
 * Snapshot, in the format asked or, with `auto`, the one its shape shows; a
 * Snapshot is returned as it is. Always a Promise: the adapter of a format
 * may have to load first (a chunk of the CDN build).
 * With `options.pause`, a big feed (native, Atom or RSS) is read in slices,
 * with a pause between them, so that it is never one long task.
 * Rejects with a FeedError saying what was expected and what came.
 */
export async function parseFeed(payload: unknown, format: FormatOption = 'auto', options?: ReadOptions): Promise<Snapshot> {
  if (isSnapshot(payload)) return payload;
  if (typeof payload === 'string') return parseFeedText(payload, format, '', options);
  return readFeed(payload, format, options);
}

/**
 * A parsed JSON payload read by its adapter. A response body is never taken
 * as a Snapshot, whatever it says it is: it would skip every check an
 * adapter makes (links, dates, shapes).
 *
 * The native feed, this library's own format, is read by its reader alone;
 * any other goes through the table of formats (formats.ts), a chunk of the
 * CDN build that loads the adapters of the others: a page pays only for
 * the formats it reads.
 */
export async function readFeed(payload: unknown, format: FormatOption, options?: ReadOptions): Promise<Snapshot> {
  if (format === 'native' || (format === 'auto' && isNativeFeed(payload))) return (await nativeReader()).readNativeFeed(payload, options);
  return (await formatTable()).read(payload, format, options);
}

/**
 * The native reader's chunk and the table of formats' chunk, each kept once
 * loaded: a later reading then takes microtasks, not a task for import()
 * (a native feed given to `data` shows before the page's next task). A
 * chunk that does not load (offline, or a copy of the CDN build without its
 * chunks/ folder) rejects with an Error naming the chunk's URL, and is
 * requested again by the next reading.
 */
let native: typeof import('./native.js') | undefined;
let table: typeof import('./formats.js') | undefined;
const nativeReader = async () => native ?? (native = await import('./native.js'));
const formatTable = async () => table ?? (table = await import('./formats.js'));

/**
 * Parses a response body: JSON (native, Statuspage, Cachet, …), XML (Atom,
 * RSS) or Markdown (a hand-written page, a cState content file). An HTML
 * page (a proxy's error or login page, a wrong URL) is named as such.
 */
export async function parseFeedText(body: string, format: FormatOption = 'auto', contentType = '', options?: ReadOptions): Promise<Snapshot> {
  const start = bodyStart(body);
  // The body decides: a valid feed served as text/html by a misconfigured
  // server is still read; the content type only helps name what came.
  const html = htmlPageError(start);
  if (html) throw html;
  if (format === 'native') return readFeed(await readJsonInSlices(body, contentType, options), format, options);
  // JSON is parsed here, to tell a native feed; the table of formats reads anything else.
  const json = format === 'auto' && /^[{[]/.test(start) ? await tryJson(body, options) : undefined;
  if (json) return readFeed(json.value, format, options);
  return (await formatTable()).readText(body, format, contentType, options);
}

/** The body's JSON (in slices when big), or undefined when it is not JSON; a pause that rejects ends the reading. */
async function tryJson(body: string, options?: ReadOptions): Promise<{value: unknown} | undefined> {
  try {
    return {value: await readJsonInSlices(body, '', options)};
  } catch (error) {
    if (error instanceof FeedError) return undefined;
    throw error;
  }
}

/**
 * Starts loading the reader of a feed's format (a chunk of the CDN build),
 * so that it arrives while the feed is on its way rather than after it; for
 * a format not known yet, the table of formats. A reader that cannot load
 * is reported by the reading that needs it.
 */
export function loadReader(format?: FeedFormat): void {
  const loading = format === 'native' ? nativeReader() : formatTable().then((m) => format && m.loadAdapter(format));
  loading.catch(() => {});
}
