import type {FeedFormat, Snapshot} from '../model/types.js';
import {bodyStart, readJsonInSlices} from './body.js';
import {isObject} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {isContentFile, readFrontMatter} from './front-matter.js';
import {isNativeFeed} from './native-shape.js';
import {read as readStatuspage} from './statuspage.js';
import type {FormatOption, ReadOptions, Reader} from './types.js';

/** One format: how to tell it, and how to read it. */
interface Format {
  /** What it is, for the message that lists what a feed could have been. */
  readonly label: string;
  /** For `auto`: whether a parsed JSON value has this format's shape. */
  readonly sniff?: (value: unknown) => boolean;
  /**
   * For a format read from text (XML, Markdown), not JSON: whether a body,
   * given its start, is read as this format's text — `given`: the format was
   * asked for; else, for `auto`, whether the body shows it.
   */
  readonly text?: (start: string, given: boolean, body: string) => boolean;
  /** Its adapter, loaded when first needed: in the CDN build, a chunk of its own. */
  readonly load: () => Reader | Promise<Reader>;
}

/**
 * Whether a value is an object with any of these keys. Typed loosely on
 * purpose: a sniffer looks a few levels down a payload nobody has checked
 * yet, and each look is guarded (`?.`, `word()`, a regular expression).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const has = (value: unknown, ...keys: string[]): value is Record<string, any> => isObject(value) && keys.some((key) => key in value);
/** The first object of an array. */
const first = (value: unknown) => (Array.isArray(value) ? value.find(isObject) : undefined);
/** A string, or '' (a regular expression tests a string: an object there, without a prototype, would throw). */
const word = (value: unknown) => (typeof value === 'string' ? value : '');
/** A text that starts as a Markdown page does (front matter, a heading): JSON never does. */
const MARKDOWN_START = /^(---\s*$|#{1,6}\s)/m;

/**
 * Every format (DESIGN.md §2 `format`), in the order `auto` tries them: a
 * new format is one adapter file and one entry here. Only the top-level keys
 * that tell the formats apart are looked at: each adapter then checks the
 * payload itself. Every entry's `name` is also in `FeedFormat` (the model)
 * and in parse-feed.ts's list of names, which TypeScript checks.
 *
 * This table is a chunk of the CDN build, loaded with the first feed that is
 * not native (parse-feed.ts reads a native feed without it). Statuspage, the
 * format most pages have, comes in it; every other adapter is a chunk of its
 * own, so that a page pays only for the formats it reads.
 */
const FORMATS: Record<FeedFormat, Format> = {
  native: {
    label: 'native ({"version": 1, …})',
    sniff: isNativeFeed,
    load: () => import('./native.js').then((m) => m.read),
  },
  // Two formats answer an array: Upptime's sites (with `slug`), Gatus's endpoints (with `results`).
  upptime: {label: 'Upptime', sniff: (v) => has(first(v), 'slug'), load: () => import('./upptime.js').then((m) => m.parse)},
  gatus: {label: 'Gatus', sniff: (v) => has(first(v), 'results'), load: () => import('./gatus.js').then((m) => m.parse)},
  'uptime-kuma': {label: 'Uptime Kuma', sniff: (v) => has(v, 'heartbeatList', 'publicGroupList'), load: () => import('./uptime-kuma.js').then((m) => m.parse)},
  statusio: {
    label: 'Status.io',
    sniff: (v) => has(v, 'result') && has(v['result'], 'status_overall'),
    load: () => import('./statusio.js').then((m) => m.parse),
  },
  incidentio: {
    label: 'incident.io',
    sniff: (v) => has(v, 'ongoing_incidents', 'in_progress_maintenances'),
    load: () => import('./incidentio.js').then((m) => m.parse),
  },
  // Its JSON API (`/index.json`), or one of its content files: Markdown under YAML front matter with cState's keys.
  cstate: {
    label: 'cState',
    sniff: (v) => has(v, 'systems') && v['is'] === 'index',
    text: (start, given, body) => (given ? start[0] !== '{' : isContentFile(readFrontMatter(body.split(/\r\n|\r|\n/, 40)))),
    load: () => import('./cstate.js').then((m) => m.read),
  },
  // Instatus writes its enums in capitals, run together: `HASISSUES`, `MAJOROUTAGE`.
  instatus: {
    label: 'Instatus',
    sniff: (v) =>
      has(v, 'activeIncidents', 'activeMaintenances') ||
      (has(v, 'page', 'components') &&
        (/^(UP|HASISSUES|UNDERMAINTENANCE)$/.test(word(v['page']?.status)) || /^[A-Z]+$/.test(word(v['components']?.[0]?.status)))),
    load: () => import('./instatus.js').then((m) => m.parse),
  },
  betterstack: {
    label: 'Better Stack',
    sniff: (v) => has(v, 'data') && has(v['data'], 'type') && v['data']['type'] === 'status_page',
    load: () => import('./betterstack.js').then((m) => m.parse),
  },
  // Cachet answers {"meta": …, "data": [...]}, or {"data": {…}} for one item.
  cachet: {
    label: 'Cachet',
    sniff: (v) => has(v, 'data') && (Array.isArray(v['data']) || isObject(v['data'])),
    load: () => import('./cachet.js').then((m) => m.parse),
  },
  statuspage: {
    label: 'Statuspage',
    sniff: (v) =>
      has(v, 'components', 'incidents', 'scheduled_maintenances', 'incident_updates') ||
      (has(v, 'status', 'incident') && (isObject(v['status']) || isObject(v['incident']))),
    load: () => readStatuspage,
  },
  // One adapter reads both, telling them apart by the root element.
  atom: {label: 'Atom', text: (start, given) => given || start[0] === '<', load: () => import('./syndication.js').then((m) => m.parse)},
  rss: {label: 'RSS', text: (_, given) => given, load: () => import('./syndication.js').then((m) => m.parse)},
  markdown: {
    label: 'a Markdown page',
    text: (start, given) => given || MARKDOWN_START.test(start),
    load: () => import('./markdown-page.js').then((m) => (body: unknown) => m.parse(body)),
  },
};

/** A format by its name; undefined for a name that is none (`constructor` included). */
const formatOf = (name: string): Format | undefined => (Object.hasOwn(FORMATS, name) ? FORMATS[name as FeedFormat] : undefined);

/** Starts loading a format's adapter, so that it arrives while the feed is on its way. */
export function loadAdapter(name: FeedFormat): void {
  void Promise.resolve(formatOf(name)?.load()).catch(() => {});
}

/**
 * Reads a response body in the format given or, with `auto`, the one it
 * shows: as text by a format read from text, else as JSON.
 */
export async function readText(body: string, format: FormatOption, contentType = '', options?: ReadOptions): Promise<Snapshot> {
  const start = bodyStart(body);
  const names = Object.keys(FORMATS) as FeedFormat[];
  if (format === 'auto') {
    const text = names.find((name) => FORMATS[name].text?.(start, false, body));
    return text ? readAs(text, body, options) : read(await readJsonInSlices(body, contentType, options), format, options);
  }
  const given = formatOf(format);
  return readAs(format, !given || given.text?.(start, true, body) ? body : await readJsonInSlices(body, contentType, options), options);
}

/** The format a parsed JSON value shows by its shape, for `auto`; undefined when it is none of them. */
export function sniffFormat(value: unknown): FeedFormat | undefined {
  return (Object.keys(FORMATS) as FeedFormat[]).find((name) => FORMATS[name].sniff?.(value));
}

/** Reads a parsed JSON value in the format given or, with `auto`, the one its shape shows. */
export async function read(value: unknown, format: FormatOption, options?: ReadOptions): Promise<Snapshot> {
  return readAs(format === 'auto' ? sniffFormat(value) : format, value, options);
}

async function readAs(name: string | undefined, payload: unknown, options?: ReadOptions): Promise<Snapshot> {
  const format = name === undefined ? undefined : formatOf(name);
  if (name === undefined) {
    const labels = Object.values(FORMATS).map((f) => f.label);
    throw new FeedError(`Unrecognized status feed: expected ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}; got ${describe(payload)}`);
  }
  if (!format) throw new FeedError(`Unknown feed format "${name}": expected auto, ${Object.keys(FORMATS).join(', ')}`);
  // A chunk that does not load (offline, or a copy of the CDN build without
  // its chunks/ folder) rejects with an Error naming the chunk's URL.
  return (await format.load())(payload, name as FeedFormat, options);
}
