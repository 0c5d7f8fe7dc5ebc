import type {Incident, IncidentStatus, Maintenance, MaintenanceStatus, Snapshot, Update} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot} from './build-snapshot.js';
import {inferYear, monthIndex, parseFeedDate, utc, zoneOffset} from './dates.js';
import {incidentStatusWord, maintenanceStatusWord, toIncidentStatus, toMaintenanceStatus, toSeverity} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {isoDateKind} from './field-reader.js';
import {htmlToText} from './html-text.js';
import {childNamed, childrenNamed, localName, parseXmlSteps, serialize, textContent, type XmlElement} from './xml.js';
import {readInSlices} from './read-in-slices.js';
import type {ReadOptions} from './types.js';

/**
 * One dated update as Statuspage writes it in `history.atom` and
 * `history.rss`, once the entry's HTML is plain text:
 *
 *     Feb 8, 09:00 UTC
 *     Resolved - This incident has been resolved.
 *
 * (from `<p><small>Feb <var data-var='date'> 8</var>, <var data-var='time'>09:00</var> UTC</small><br>
 * <strong>Resolved</strong> - This incident has been resolved.</p>`), newest first, without a year.
 */
const UPDATE_HEADER = /^([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{1,2}):(\d{2})(?: ?([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?\n([A-Za-z][A-Za-z ]{0,30}?) -(?: |$)/gm;

/** A maintenance window: "THIS IS A SCHEDULED EVENT Apr 7, 13:00 - 20:00 UTC" (or "… Mar 30, 22:00 - Mar 31, 04:00 UTC"). */
const WINDOW =
  /SCHEDULED EVENT ([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{1,2}):(\d{2})(?: ?([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))? ?[-–] ?(?:([A-Z][a-z]{2,8})\.? (\d{1,2}), )?(\d{1,2}):(\d{2})(?: ?([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?/i;

/** Status words only a maintenance has on Statuspage. */
const MAINTENANCE_WORD = /^(scheduled|in progress|verifying|completed)$/i;

/** A status word a plain feed puts first in a title or text: "[Resolved] …", "Investigating: …", "Monitoring - …". */
const LEADING_STATUS = /^\W{0,3}(investigating|identified|monitoring|resolved|scheduled|in progress|completed)(?:\W|$)/i;

interface Entry {
  id: string;
  title: string;
  url?: string;
  /** The latest of its dates: published, updated, pubDate. */
  date: number;
  /** The earliest of them. */
  firstDate: number;
  /**
   * Whether every date it has is a day alone (RSS 1.0's `dc:date` may be
   * `2016-12-13`): a calendar date (DESIGN.md §3), that day wherever the reader is.
   */
  calendar: boolean;
  text: string;
}

/**
 * Reads an Atom or RSS feed: Statuspage's `history.atom` and `history.rss`
 * (each entry an incident or a maintenance, its HTML split into dated updates
 * with their status, the year of each update inferred from the entry's
 * date), and any other Atom, RSS 2.0 or RSS 1.0 feed (each entry a past
 * event, resolved unless its title or text starts with a status word).
 * Plain feeds carry no severity: it reads as `major`, as any unknown
 * severity does.
 */
export function parse(value: unknown, _format?: unknown, options?: ReadOptions): Snapshot | Promise<Snapshot> {
  return readInSlices(parseSteps(value), options?.pause);
}

/**
 * Entries read between two pauses of a sliced reading: each is split into
 * dated updates, its HTML turned to text, so a slice is a few milliseconds.
 */
const ENTRY_SLICE = 100;

/** The reading as steps (see readInSlices): the XML's tokens, then its entries, in slices. */
function* parseSteps(value: unknown): Generator<void, Snapshot, void> {
  if (typeof value !== 'string') throw new FeedError(`Expected an Atom or RSS feed (XML text), got ${describe(value)}`);
  const source = value.replace(/^\ufeff/, '').trim();
  const root = (yield* parseXmlSteps(source)).children.find((c): c is XmlElement => typeof c !== 'string');
  if (!root) {
    throw new FeedError(`Expected an Atom or RSS feed, got ${source ? `text that is not XML (${JSON.stringify(source.slice(0, 60))})` : 'an empty body'}`);
  }
  const rootName = localName(root.name);
  const format = rootName === 'feed' ? 'atom' : rootName === 'rss' || rootName === 'rdf' ? 'rss' : undefined;
  if (!format) {
    throw new FeedError(
      /^(html|head|body|div|p|h[1-6]|title|center|table|pre|span|br|a|meta|script)$/.test(rootName)
        ? `Expected an Atom or RSS feed, got an HTML page (${JSON.stringify(source.slice(0, 60))}…): check the src URL or the proxy in front of it`
        : `Expected an Atom or RSS feed, got an XML document whose root element is <${root.name}>`,
    );
  }
  if (!new RegExp(`</${root.name.replace(/[.]/g, '\\.')}\\s*>$`, 'i').test(source)) {
    throw new FeedError(`Truncated ${format === 'atom' ? 'Atom' : 'RSS'} feed: the XML ends before its closing </${root.name}> tag`);
  }

  const channel = format === 'atom' ? root : (childNamed(root, 'channel') ?? root);
  const items =
    format === 'atom' ? childrenNamed(root, 'entry') : [...childrenNamed(channel, 'item'), ...(channel === root ? [] : childrenNamed(root, 'item'))];
  const entries: Entry[] = [];
  const readItem = format === 'atom' ? readAtomEntry : readRssItem;
  for (const [i, item] of items.entries()) {
    const entry = readItem(item);
    if (entry) entries.push(entry);
    if ((i + 1) % ENTRY_SLICE === 0) yield;
  }
  if (items.length > 0 && entries.length === 0) {
    throw new FeedError(
      `Invalid ${format === 'atom' ? 'Atom' : 'RSS'} feed: none of its ${items.length} entries has a title or text and a date (${format === 'atom' ? 'published or updated' : 'pubDate'})`,
    );
  }

  const incidents: Incident[] = [];
  const maintenances: Maintenance[] = [];
  for (const [i, entry] of entries.entries()) {
    const item = readEntry(entry);
    if ('severity' in item) incidents.push(item);
    else maintenances.push(item);
    if ((i + 1) % ENTRY_SLICE === 0) yield;
  }
  const title = childNamed(channel, 'title');
  const page = {name: (format === 'atom' ? atomText(title) : plain(title)) || undefined, url: format === 'atom' ? alternateLink(root) : rssLink(channel)};
  return buildSnapshot(format, page, [], incidents, maintenances, 'full');
}

function readAtomEntry(entry: XmlElement): Entry | undefined {
  const content = childNamed(entry, 'content') ?? childNamed(entry, 'summary');
  return makeEntry(
    plain(childNamed(entry, 'id')),
    atomText(childNamed(entry, 'title')),
    alternateLink(entry),
    ['published', 'updated'].map((name) => plain(childNamed(entry, name))),
    atomText(content),
  );
}

function readRssItem(item: XmlElement): Entry | undefined {
  const guid = childNamed(item, 'guid');
  const link = rssLink(item) ?? (guid?.attrs['ispermalink'] !== 'false' ? safeHttpUrl(plain(guid)) : undefined);
  const html = textContent(childNamed(item, 'content:encoded') ?? childNamed(item, 'description'));
  return makeEntry(
    plain(guid) || link || '',
    plain(childNamed(item, 'title')),
    link,
    ['pubdate', 'date', 'published', 'updated'].map((name) => plain(childNamed(item, name))),
    htmlToText(html),
  );
}

function makeEntry(id: string, title: string, url: string | undefined, dates: string[], text: string): Entry | undefined {
  const written = dates.filter((d) => parseFeedDate(d) !== undefined);
  const known = written.map((d) => parseFeedDate(d)!);
  // RSS allows an item with a description and no title: its first line is the title.
  const heading = title || text.split('\n')[0]!.slice(0, 120);
  if (known.length === 0 || !heading) return undefined;
  const date = Math.max(...known);
  const calendar = written.every((d) => isoDateKind(d) === 'calendar');
  return {id: id || `${heading} ${date}`, title: heading, url, date, firstDate: Math.min(...known), calendar, text};
}

/** An Atom text construct: plain text, escaped HTML, or inline XHTML. */
function atomText(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = element.attrs['type'] ?? 'text';
  if (type === 'html' || type === 'text/html') return htmlToText(textContent(element));
  if (type === 'xhtml' || type === 'application/xhtml+xml') return htmlToText(serialize(element));
  return textContent(element).replace(/\r\n?/g, '\n').trim();
}

/** Text with its white space collapsed: titles, ids, dates. */
function plain(element: XmlElement | undefined): string {
  return textContent(element).replace(/\s+/g, ' ').trim();
}

function alternateLink(element: XmlElement): string | undefined {
  const links = childrenNamed(element, 'link');
  const link = links.find((l) => (l.attrs['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return safeHttpUrl(link?.attrs['href']);
}

/** RSS's `<link>` holds its URL as text; an `atom:link` beside it holds it in `href`. */
function rssLink(element: XmlElement): string | undefined {
  for (const link of childrenNamed(element, 'link')) {
    const url = safeHttpUrl(plain(link)) ?? safeHttpUrl(link.attrs['href']);
    if (url && link.attrs['rel'] !== 'self') return url;
  }
  return undefined;
}

interface DatedUpdate {
  at: number;
  word: string;
  text: string;
}

/** An entry as an incident or a maintenance, from Statuspage's markup if it has it. */
function readEntry(entry: Entry): Incident | Maintenance {
  const {text, date} = entry;
  const found: DatedUpdate[] = [];
  const headers = [...text.matchAll(UPDATE_HEADER)];
  headers.forEach((m, i) => {
    const month = monthIndex(m[1]!);
    const at = month < 0 ? undefined : inferYear(month, Number(m[2]), Number(m[3]), Number(m[4]), zoneOffset(m[5]), date, true);
    const end = headers[i + 1]?.index ?? text.length;
    if (at !== undefined) found.push({at, word: m[6]!.trim(), text: text.slice(m.index! + m[0].length, end).trim()});
  });
  const window = readWindow(text, date);
  // A plain entry dated by days alone: its dates are calendar dates.
  const days = found.length === 0 && window === undefined && entry.calendar;
  if (found.length === 0) {
    // A plain feed's entry: one update, the entry itself, past unless it says otherwise.
    const word = LEADING_STATUS.exec(entry.title)?.[1] ?? LEADING_STATUS.exec(text)?.[1];
    found.push({at: date, word: word ?? (window ? 'completed' : 'resolved'), text});
  }
  const isMaintenance = window !== undefined || found.some((u) => MAINTENANCE_WORD.test(u.word));
  found.sort((a, b) => b.at - a.at);
  const updates: Update[] = found.map((u, i) => ({
    id: `${entry.id}#${found.length - i}`,
    at: u.at,
    // "Update" (no change of status) and words no table knows carry no status.
    status: isMaintenance ? maintenanceStatusWord(u.word) : MAINTENANCE_WORD.test(u.word) ? undefined : incidentStatusWord(u.word),
    text: u.text || undefined,
    ...(days ? {calendarDates: ['at' as const]} : {}),
  }));
  const latest = updates.find((u) => u.status !== undefined)?.status;
  const first = Math.min(entry.firstDate, found[found.length - 1]!.at);

  if (isMaintenance) {
    return {
      id: entry.id,
      title: entry.title,
      status: toMaintenanceStatus(latest as MaintenanceStatus | undefined),
      startsAt: window?.[0] ?? first,
      endsAt: window?.[1],
      components: [],
      url: entry.url,
      updates,
      ...(days ? {calendarDates: ['startsAt' as const]} : {}),
    };
  }
  const status = toIncidentStatus(latest as IncidentStatus | undefined, false);
  // Resolved when the newest run of "resolved" updates began (a postmortem can follow).
  let resolvedAt: number | undefined;
  for (const u of updates) {
    if (u.status === undefined && resolvedAt === undefined) continue;
    if (u.status !== 'resolved') break;
    resolvedAt = u.at;
  }
  const resolved = status === 'resolved' ? (resolvedAt ?? date) : undefined;
  return {
    id: entry.id,
    title: entry.title,
    severity: toSeverity(undefined),
    status,
    startedAt: first,
    resolvedAt: resolved,
    components: [],
    url: entry.url,
    updates,
    ...(days ? {calendarDates: resolved === undefined ? ['startedAt' as const] : ['startedAt' as const, 'resolvedAt' as const]} : {}),
  };
}

/** The maintenance window of a Statuspage entry, as [start, end] epoch ms. */
function readWindow(text: string, reference: number): [number, number | undefined] | undefined {
  const m = WINDOW.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[1]!);
  const zone = zoneOffset(m[5] ?? m[10]);
  const start = month < 0 ? undefined : inferYear(month, Number(m[2]), Number(m[3]), Number(m[4]), zone, reference, false);
  if (start === undefined) return undefined;
  const year = new Date(start + zone * 60_000).getUTCFullYear();
  const endMonth = m[6] ? monthIndex(m[6]) : month;
  const endDay = m[7] ? Number(m[7]) : Number(m[2]);
  let end = utc(year, endMonth, endDay, Number(m[8]), Number(m[9]), 0, zoneOffset(m[10] ?? m[5]));
  // "22:00 - 02:00" ends the next day; "Dec 31 - Jan 1" the next year.
  if (end !== undefined && end <= start)
    end = m[6] ? utc(year + 1, endMonth, endDay, Number(m[8]), Number(m[9]), 0, zoneOffset(m[10] ?? m[5])) : end + 86_400_000;
  return [start, end];
}
