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
 * - `collapsesWhiteSpace`: the format's text reaches the reader with its
 *   white space collapsed and trimmed, as XML and HTML text does (an Atom or
 *   RSS title, an update body read from HTML), and a body of XML text cannot
 *   carry lone surrogates (they arrive as U+FFFD): the `verbatim` checks then
 *   compare text with white space collapsed, lone surrogates as U+FFFD (and
 *   so do the title checks, which every format gets: titles are never read
 *   as Markdown or HTML).
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
  readonly collapsesWhiteSpace?: boolean;
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

/** `s` as HTML text: read back by an HTML-to-text step as exactly `s` (white space aside). */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** XML escapes are HTML escapes. */
const escapeXml = escapeHtml;

/**
 * Statuspage API v2 `summary.json`: `s` in the page, components, incidents
 * and a maintenance; `html(s)` in their updates' bodies (HTML).
 */
function statuspageSummary(s: string, html: (s: string) => string): unknown {
  const body = html(s);
  return {
    page: {id: s, name: s, url: s, time_zone: s, updated_at: iso(-1)},
    status: {indicator: s, description: s},
    components: [{id: s, name: s, status: s, description: s, group_id: s, group: false, only_show_if_degraded: false}],
    incidents: [
      {
        id: s,
        name: s,
        status: s,
        impact: s,
        shortlink: s,
        created_at: iso(-30),
        started_at: iso(-30),
        updated_at: iso(-5),
        components: [{id: s, name: s, status: s}],
        incident_updates: [
          {id: s, status: s, body, created_at: iso(-5), display_at: iso(-5), affected_components: [{code: s, name: s, old_status: s, new_status: s}]},
          {id: `${s}-old`, status: 'investigating', body, created_at: iso(-30), display_at: iso(-30)},
        ],
      },
    ],
    scheduled_maintenances: [
      {
        id: `${s}-m`,
        name: s,
        status: 'in_progress',
        impact: 'maintenance',
        shortlink: s,
        created_at: iso(-60),
        scheduled_for: iso(-15),
        scheduled_until: iso(45),
        components: [{id: s, name: s, status: s}],
        incident_updates: [{id: s, status: s, body, created_at: iso(-15), display_at: iso(-15)}],
      },
    ],
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A time as Statuspage writes it in its history feeds: "Nov 24, 05:20". */
function statuspageTime(minutesFromNow: number): string {
  const d = new Date(Date.now() + minutesFromNow * MINUTE);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * The HTML of a Statuspage history entry: an incident going on (two dated
 * updates) or a maintenance under way (its window, then an update), `text`
 * being each update's text as HTML.
 */
function historyHtml(text: string, maintenance: boolean): string {
  const update = (minutes: number, word: string) => `<p><small>${statuspageTime(minutes)} UTC</small><br><strong>${word}</strong> - ${text}</p>`;
  return maintenance
    ? `<p><strong>THIS IS A SCHEDULED EVENT ${statuspageTime(-15)} - ${statuspageTime(45).replace(/^.*, /, '')} UTC</strong></p>${update(-15, 'In progress')}`
    : `${update(-5, 'Identified')}${update(-30, 'Investigating')}`;
}

/** Statuspage's `history.atom`: `s` as the feed's and entries' title, id and link; `html(s)` the updates' text. */
function atomHistory(s: string, html: (s: string) => string): string {
  const x = escapeXml(s);
  const entry = (id: string, maintenance: boolean, updated: number) => `
  <entry>
    <id>${id}</id>
    <published>${iso(maintenance ? -60 : -30)}</published>
    <updated>${iso(updated)}</updated>
    <link rel="alternate" type="text/html" href="${x}"/>
    <title>${x}</title>
    <content type="html">${escapeXml(historyHtml(html(s), maintenance))}</content>
  </entry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
  <id>${x}</id>
  <link rel="alternate" type="text/html" href="${x}"/>
  <link rel="self" type="application/atom+xml" href="${x}"/>
  <title>${x}</title>
  <updated>${iso(-5)}</updated>${entry(x, false, -5)}${entry(`${x}-m`, true, -15)}
</feed>`;
}

/** Statuspage's `history.rss`: the same, in RSS 2.0. */
function rssHistory(s: string, html: (s: string) => string): string {
  const x = escapeXml(s);
  const rfc822 = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toUTCString().replace('GMT', '+0000');
  const item = (id: string, maintenance: boolean, date: number) => `
    <item>
      <title>${x}</title>
      <description>${escapeXml(historyHtml(html(s), maintenance))}</description>
      <pubDate>${rfc822(date)}</pubDate>
      <link>${x}</link>
      <guid>${id}</guid>
    </item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${x}</title>
    <link>${x}</link>
    <description>${x}</description>
    <pubDate>${rfc822(-5)}</pubDate>${item(x, false, -5)}${item(`${x}-m`, true, -15)}
  </channel>
</rss>`;
}

/** A Cachet time: no zone, read as UTC. */
const cachetTime = (minutesFromNow: number) => iso(minutesFromNow).replace('T', ' ').slice(0, 19);

/** Cachet API v1: an incident going on with an update, a schedule under way and a component, `s` in each. */
function cachetList(s: string): unknown {
  return {
    meta: {pagination: {total: 3, count: 3}},
    data: [
      {id: s, name: s, status: s, status_name: s, enabled: true, description: s, link: s},
      {
        id: `${s}-i`,
        component_id: s,
        name: s,
        status: s,
        human_status: s,
        visible: 1,
        message: s,
        permalink: s,
        occurred_at: cachetTime(-30),
        created_at: cachetTime(-30),
        updated_at: cachetTime(-5),
        updates: [{id: s, incident_id: `${s}-i`, status: s, human_status: s, message: s, created_at: cachetTime(-5), permalink: s}],
      },
      {
        id: `${s}-s`,
        name: s,
        message: s,
        status: s,
        human_status: s,
        scheduled_at: cachetTime(-15),
        completed_at: null,
        permalink: s,
      },
    ],
  };
}

/** Time as Uptime Kuma's heartbeats write it: UTC, no zone. */
const kumaTime = (minutesFromNow: number) => iso(minutesFromNow).replace('T', ' ').replace('Z', '');

/**
 * An Uptime Kuma status page merged with its heartbeats (as a status page
 * URL is read, sources.ts): a monitor that is down, a pinned incident, a
 * maintenance under way.
 */
function uptimeKumaPage(s: string): unknown {
  return {
    config: {slug: s, title: s, description: s, icon: s, footerText: s, customCSS: s, theme: s},
    incident: {id: s, style: s, title: s, content: s, createdDate: kumaTime(-30), lastUpdatedDate: kumaTime(-5)},
    publicGroupList: [{id: s, name: s, monitorList: [{id: s, name: s, type: s, url: s}]}],
    maintenanceList: [
      {id: s, title: s, description: s, strategy: s, status: 'under-maintenance', timezoneOffset: s, timeslotList: [{startDate: iso(-15), endDate: iso(45)}]},
    ],
    heartbeatList: {
      [s]: [
        {status: 1, time: kumaTime(-10), msg: s},
        {status: 0, time: kumaTime(-2), msg: s},
      ],
    },
  };
}

/** Instatus `summary.json`: the page, an incident and a maintenance going on. */
function instatusSummary(s: string): unknown {
  return {
    page: {name: s, url: s, status: s},
    activeIncidents: [{id: s, name: s, started: iso(-30), status: s, impact: s, url: s, updatedAt: iso(-5)}],
    activeMaintenances: [{id: `${s}-m`, name: s, start: iso(-15), status: s, duration: '60', url: s, updatedAt: iso(-15)}],
  };
}

/** incident.io's Widget API: an incident and two maintenances, `s` in every field. */
function incidentioWidget(s: string): unknown {
  const component = {id: s, name: s, group_name: s, current_status: s};
  return {
    page_title: s,
    page_url: s,
    ongoing_incidents: [
      {id: s, name: s, status: s, url: s, last_update_at: iso(-5), last_update_message: s, current_worst_impact: s, affected_components: [component]},
    ],
    in_progress_maintenances: [
      {
        id: `${s}-m`,
        name: s,
        status: s,
        url: s,
        last_update_at: iso(-15),
        last_update_message: s,
        affected_components: [component],
        started_at: iso(-15),
        scheduled_end_at: iso(45),
      },
    ],
    scheduled_maintenances: [],
  };
}

/** Status.io's public status API: a component, an incident and a maintenance going on. */
function statusioStatus(s: string): unknown {
  return {
    result: {
      status_overall: {updated: iso(-5), status: s, status_code: s},
      status: [{id: s, name: s, status: s, status_code: 400, containers: [{id: s, name: s, status: s, status_code: s}]}],
      incidents: [
        {
          _id: s,
          name: s,
          datetime_open: iso(-30),
          messages: [{details: s, state: s, status: 400, datetime: iso(-5)}],
          components_affected: [{_id: s, name: s}],
          containers_affected: [],
        },
      ],
      maintenance: {
        active: [
          {
            _id: `${s}-m`,
            name: s,
            datetime_planned_start: iso(-15),
            datetime_planned_end: iso(45),
            messages: [{details: s, state: s, status: s, datetime: iso(-15)}],
            components_affected: [{_id: s, name: s}],
          },
        ],
        upcoming: [],
      },
    },
  };
}

/** cState's /index.json: a system with an unresolved issue. */
function cstateIndex(s: string): unknown {
  const issue = {
    is: 'issue',
    title: s,
    createdAt: iso(-30),
    lastMod: iso(-5),
    permalink: s,
    severity: s,
    resolved: false,
    informational: false,
    resolvedAt: '',
    affected: [s],
    filename: s,
  };
  const pinned = {...issue, permalink: `${s}-pinned`, createdAt: iso(-60), lastMod: iso(-50), resolved: true, resolvedAt: iso(-40)};
  return {
    is: 'index',
    title: s,
    baseURL: s,
    languageCode: s,
    summaryStatus: s,
    systems: [{name: s, category: s, status: s, unresolvedIssues: [issue]}],
    pinnedIssues: [pinned],
  };
}

export const FORMAT_ENTRIES: readonly FormatEntry[] = [
  {name: 'native', format: 'native', contentType: 'application/json', via: ['data', 'src'], verbatim: true, sections: true, adapter: true, build: nativeFeed},
  {name: 'native (sniffed)', format: 'auto', contentType: 'application/json', via: ['src'], verbatim: true, sections: true, adapter: true, build: nativeFeed},
  {name: 'snapshot', format: 'auto', contentType: 'application/json', via: ['data'], verbatim: true, sections: true, adapter: false, build: snapshot},
  // Update bodies are HTML: escaped, they read as `s`, white space collapsed; raw, they test the HTML-to-text step.
  {
    name: 'statuspage',
    format: 'statuspage',
    contentType: 'application/json',
    via: ['data', 'src'],
    verbatim: true,
    collapsesWhiteSpace: true,
    sections: false,
    adapter: true,
    build: (s) => statuspageSummary(s, escapeHtml),
  },
  {
    name: 'statuspage (raw HTML, sniffed)',
    format: 'auto',
    contentType: 'application/json',
    via: ['data', 'src'],
    verbatim: false,
    sections: false,
    adapter: true,
    build: (s) => statuspageSummary(s, (t) => t),
  },
  // Titles, ids and links are XML text; the updates, HTML escaped in it (`verbatim`), or `s` raw in that HTML (the sanitizer).
  {
    name: 'atom',
    format: 'atom',
    contentType: 'application/atom+xml',
    via: ['src'],
    verbatim: true,
    collapsesWhiteSpace: true,
    sections: false,
    adapter: true,
    build: (s) => atomHistory(s, escapeHtml),
  },
  {
    name: 'atom (raw HTML)',
    format: 'auto',
    contentType: 'application/atom+xml',
    via: ['src'],
    verbatim: false,
    collapsesWhiteSpace: true,
    sections: false,
    adapter: true,
    build: (s) => atomHistory(s, (t) => t),
  },
  {
    name: 'rss',
    format: 'rss',
    contentType: 'application/rss+xml',
    via: ['src'],
    verbatim: true,
    collapsesWhiteSpace: true,
    sections: false,
    adapter: true,
    build: (s) => rssHistory(s, escapeHtml),
  },
  {
    name: 'rss (raw HTML)',
    format: 'auto',
    contentType: 'application/rss+xml',
    via: ['src'],
    verbatim: false,
    collapsesWhiteSpace: true,
    sections: false,
    adapter: true,
    build: (s) => rssHistory(s, (t) => t),
  },
  // Messages are Markdown, read as the text a reader would see: `*`, `#`, `[…](…)` go.
  {name: 'cachet', format: 'cachet', contentType: 'application/json', via: ['data', 'src'], verbatim: false, sections: false, adapter: true, build: cachetList},
  // Markdown too; and a monitor that is down is an incident of its own (three titles, not two).
  {
    name: 'uptime-kuma',
    format: 'uptime-kuma',
    contentType: 'application/json',
    via: ['data', 'src'],
    verbatim: false,
    sections: false,
    adapter: true,
    build: uptimeKumaPage,
  },
  // The summary holds no update text: nothing for the banner's message to show.
  {
    name: 'instatus',
    format: 'instatus',
    contentType: 'application/json',
    via: ['data', 'src'],
    verbatim: false,
    sections: false,
    adapter: true,
    build: instatusSummary,
  },
  // Component names get their group's name before them: not verbatim.
  {
    name: 'incidentio',
    format: 'incidentio',
    contentType: 'application/json',
    via: ['data', 'src'],
    verbatim: false,
    sections: false,
    adapter: true,
    build: incidentioWidget,
  },
  {
    name: 'statusio',
    format: 'statusio',
    contentType: 'application/json',
    via: ['data', 'src'],
    verbatim: true,
    sections: false,
    adapter: true,
    build: statusioStatus,
  },
  // Component ids are slugs of the system names: the issue's id is its permalink.
  {
    name: 'cstate',
    format: 'cstate',
    contentType: 'application/json',
    via: ['data', 'src'],
    verbatim: false,
    sections: false,
    adapter: true,
    build: cstateIndex,
  },
];

/** The body the test server serves for an entry's feed. */
export function serialize(feed: unknown): string {
  return typeof feed === 'string' ? feed : JSON.stringify(feed);
}
