/**
 * One entry per input the elements read. Adding a feed format to the
 * injection and fuzz suites is one entry here: a function that builds a
 * payload of that format with a given string in every text, name, id and URL
 * field (and every enum, which must map to a known value, never crash).
 *
 * - `format`: the `format` attribute the elements get (`auto` sniffs).
 * - `build(s)`: the feed, as an object (JSON formats) or a string (XML). Dates
 *   are valid and recent, so that what the feed says is shown: an active
 *   incident (the banner) and, where the format has them, maintenance and
 *   report sections (the history).
 * - `via`: how the elements get it: `src` (served over HTTP by
 *   test/tools/security-server.mjs) and/or `data` (the property).
 * - `contentType`: what the server says it is.
 * - `verbatim`: every text field holds `s` as plain text, so the reader must
 *   see exactly `s`. A format whose text fields are HTML (an Atom
 *   `<content type="html">`) builds them escaped here, so that this holds; a
 *   second entry may place `s` raw to test the adapter's sanitizer, with
 *   `verbatim: false`.
 * - `sections`: the history shows report sections for this format.
 * - `adapter`: an adapter reads it (so the adapter fuzzing mutates it when
 *   given to `data`). A Snapshot is read by none; as a body, it goes through
 *   the adapters like any other JSON.
 */
import type {FormatOption} from '../../src/feeds/parse-feed.js';

export interface FormatEntry {
  readonly name: string;
  readonly format: FormatOption;
  readonly contentType: string;
  readonly via: readonly ('src' | 'data')[];
  readonly verbatim: boolean;
  readonly sections: boolean;
  readonly adapter: boolean;
  build(s: string): unknown;
}

const MINUTE = 60_000;
const iso = (minutesFromNow: number) => new Date(Date.now() + minutesFromNow * MINUTE).toISOString();

/** The native format (DESIGN.md §3): `s` in every field but `version` and the dates. */
function nativeFeed(s: string): unknown {
  return {
    version: 1,
    page: {name: s, url: s, lang: s},
    components: [
      {id: s, name: s, status: s},
      // A text given per language, with `s` also as a language tag.
      {id: `${s}-2`, name: {en: s, fr: s, [s]: s}, status: 'operational'},
    ],
    incidents: [
      {
        id: s,
        title: s,
        severity: s,
        status: s,
        started_at: iso(-30),
        components: [s],
        url: s,
        updates: [
          {id: s, at: iso(-5), status: s, text: s},
          {id: `${s}-old`, at: iso(-30), status: 'investigating', text: {en: s, [s]: s}},
        ],
        report: {impact: s, root_cause: {en: s}, root_cause_preliminary: true, resolution: s, mitigation: s, next_steps: {[s]: s, en: s}},
      },
    ],
    maintenances: [
      {
        id: s,
        title: s,
        status: s,
        starts_at: iso(-15),
        ends_at: iso(45),
        components: [s],
        text: s,
        url: s,
        updates: [{id: s, at: iso(-15), status: s, text: s}],
      },
    ],
  };
}

/**
 * A Snapshot handed to `data` (DESIGN.md §2: "give a feed object or a
 * snapshot directly"): no adapter reads it, so whatever the elements do with
 * its fields is all that stands between `s` and the page.
 */
function snapshot(s: string): unknown {
  const now = Date.now();
  return {
    kind: 'status-snapshot',
    format: 'native',
    page: {name: s, url: s, lang: s},
    components: [{id: s, name: s, status: 'degraded'}],
    incidents: [
      {
        id: s,
        title: s,
        severity: 'major',
        status: 'investigating',
        startedAt: now - 30 * MINUTE,
        components: [s],
        url: s,
        updates: [{id: s, at: now - 5 * MINUTE, status: 'investigating', text: s}],
        report: {impact: s, rootCause: s, rootCausePreliminary: true, resolution: s, mitigation: s, nextSteps: s},
      },
    ],
    maintenances: [
      {
        id: s,
        title: s,
        status: 'in_progress',
        startsAt: now - 15 * MINUTE,
        endsAt: now + 45 * MINUTE,
        components: [s],
        text: s,
        url: s,
        updates: [{id: s, at: now - 15 * MINUTE, status: 'in_progress', text: s}],
      },
    ],
    history: 'full',
  };
}

export const FORMAT_ENTRIES: readonly FormatEntry[] = [
  {name: 'native', format: 'native', contentType: 'application/json', via: ['data', 'src'], verbatim: true, sections: true, adapter: true, build: nativeFeed},
  {name: 'native (sniffed)', format: 'auto', contentType: 'application/json', via: ['src'], verbatim: true, sections: true, adapter: true, build: nativeFeed},
  {name: 'snapshot', format: 'auto', contentType: 'application/json', via: ['data'], verbatim: true, sections: true, adapter: false, build: snapshot},
  // Statuspage, Atom, RSS, Cachet, Uptime Kuma, Instatus: one entry each as their adapters land.
];

/** The body the test server serves for an entry's feed. */
export function serialize(feed: unknown): string {
  return typeof feed === 'string' ? feed : JSON.stringify(feed);
}
