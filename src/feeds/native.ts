import type {When} from '../model/calendar-date.js';
import type {Component, Incident, Maintenance, Report, Snapshot, Update, UptimeDay} from '../model/types.js';
import {buildSnapshot} from './build-snapshot.js';
import {toComponentStatus, toIncidentStatus, toMaintenanceStatus, toSeverity} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader, isCalendarDate} from './field-reader.js';
import {httpUrl} from './http-url.js';
import {NATIVE_VERSION} from './native-shape.js';
import {readInSlices} from './read-in-slices.js';
import type {ReadOptions, Reader} from './types.js';

export {NATIVE_VERSION, isNativeFeed} from './native-shape.js';

/**
 * How much is read between two pauses of a sliced reading: items (incidents,
 * maintenances, components) and their updates. About 5 ms on a laptop, well
 * under the 50 ms of a long task on a slow phone; and a usual feed, of tens
 * or hundreds of incidents, is read in one go, with no pause at all.
 */
export const SLICE = 2000;

/**
 * Reads a native feed into a Snapshot. Throws a FeedError that names every
 * bad field when a required field is missing or a field has the wrong type;
 * unknown fields are ignored and unknown enum values map to the nearest known.
 */
export function parseNativeFeed(value: unknown): Snapshot {
  return readInSlices(readNativeFeedSteps(value)) as Snapshot;
}

/**
 * Reads a native feed as parseNativeFeed() does; given `pause`, a big one
 * in slices (see readInSlices), so that reading years of history is never
 * one long task for the page. Without it, or for a usual feed, at once.
 */
export function readNativeFeed(value: unknown, options?: ReadOptions): Snapshot | Promise<Snapshot> {
  return readInSlices(readNativeFeedSteps(value), options?.pause);
}

/** readNativeFeed() as the table of formats calls every adapter (formats.ts). */
export const read: Reader = (value, _format, options) => readNativeFeed(value, options);

/**
 * The reading itself, as steps: it yields after every SLICE items and
 * updates read, and returns the Snapshot (or throws the FeedError) at the
 * end. Pure and clock-free: the caller decides whether, and how, to pause.
 */
export function* readNativeFeedSteps(value: unknown): Generator<void, Snapshot, void> {
  const r = new FieldReader();
  const feed = r.object(value, 'feed');
  if (!feed) throw new FeedError(`Not a native status feed: expected a JSON object, got ${describe(value)}`, ['feed']);
  if (feed['version'] !== NATIVE_VERSION) {
    throw new FeedError(`Unsupported native feed version: expected "version": ${NATIVE_VERSION}, got ${describe(feed['version'])}`, ['version']);
  }
  let work = 0;
  /**
   * Reads each item of an optional array as forEach() would (holes skipped,
   * the length read once), yielding once SLICE items and updates are read.
   */
  function* each(raw: unknown, path: string, read: (item: unknown, i: number) => void): Generator<void, void, void> {
    const list = r.array(raw, path);
    for (let i = 0, n = list.length; i < n; i++) {
      if (!(i in list)) continue;
      read(list[i], i);
      if (++work >= SLICE) {
        work = 0;
        yield;
      }
    }
  }

  const pageIn = feed['page'] === undefined ? {} : (r.object(feed['page'], 'page') ?? {});
  const page = {
    name: r.text(pageIn['name'], 'page.name', false),
    url: httpUrl(r.optionalString(pageIn['url'], 'page.url')),
    lang: r.optionalString(pageIn['lang'], 'page.lang'),
  };

  const components: Component[] = [];
  yield* each(feed['components'], 'components', (raw, i) => {
    const path = `components[${i}]`;
    const c = r.object(raw, path);
    if (!c) return;
    const id = r.id(c['id'], `${path}.id`);
    const name = r.text(c['name'], `${path}.name`, false);
    const uptime = c['uptime'] == null ? undefined : readUptime(r, c['uptime'], `${path}.uptime`);
    if (id) components.push({id, name: name ?? id, status: c['status'] == null ? 'operational' : toComponentStatus(c['status']), ...(uptime && {uptime})});
  });

  const readUpdates = (raw: unknown, path: string, kind: 'incident' | 'maintenance'): Update[] => {
    const updates: Update[] = [];
    const list = r.array(raw, path);
    work += list.length;
    list.forEach((u, i) => {
      const p = `${path}[${i}]`;
      const o = r.object(u, p);
      if (!o) return;
      const at = r.when(o['at'], `${p}.at`, true);
      const text = r.text(o['text'], `${p}.text`, false);
      if (at === undefined) return;
      updates.push({
        id: r.id(o['id'] ?? `${i}`, `${p}.id`) ?? `${i}`,
        at: at.at,
        text,
        status: o['status'] == null ? undefined : kind === 'incident' ? toIncidentStatus(o['status'], false) : toMaintenanceStatus(o['status']),
        ...calendarDates({at}),
      });
    });
    return updates.sort((a, b) => b.at - a.at);
  };

  const idList = (raw: unknown, path: string): string[] =>
    r.array(raw, path).flatMap((id, i) => {
      const s = r.id(id, `${path}[${i}]`);
      return s ? [s] : [];
    });

  const incidents: Incident[] = [];
  yield* each(feed['incidents'], 'incidents', (raw, i) => {
    const path = `incidents[${i}]`;
    const o = r.object(raw, path);
    if (!o) return;
    const id = r.id(o['id'], `${path}.id`);
    const title = r.text(o['title'], `${path}.title`, true);
    const started = r.when(o['started_at'], `${path}.started_at`, true);
    const resolved = r.when(o['resolved_at'], `${path}.resolved_at`, false);
    const startedAt = started?.at;
    const resolvedAt = resolved?.at;
    const report = readReport(r, o['report'], `${path}.report`);
    const incident: Incident = {
      id: id ?? '',
      title: title ?? '',
      severity: toSeverity(o['severity']),
      status: toIncidentStatus(o['status'], resolvedAt !== undefined),
      startedAt: startedAt ?? 0,
      resolvedAt,
      components: idList(o['components'], `${path}.components`),
      url: httpUrl(r.optionalString(o['url'], `${path}.url`)),
      updates: readUpdates(o['updates'], `${path}.updates`, 'incident'),
      report,
      ...calendarDates({startedAt: started, resolvedAt: resolved}),
    };
    if (id && title !== undefined && startedAt !== undefined) incidents.push(incident);
  });

  const maintenances: Maintenance[] = [];
  yield* each(feed['maintenances'], 'maintenances', (raw, i) => {
    const path = `maintenances[${i}]`;
    const o = r.object(raw, path);
    if (!o) return;
    const id = r.id(o['id'], `${path}.id`);
    const title = r.text(o['title'], `${path}.title`, true);
    const starts = r.when(o['starts_at'], `${path}.starts_at`, true);
    const ends = r.when(o['ends_at'], `${path}.ends_at`, false);
    const startsAt = starts?.at;
    const maintenance: Maintenance = {
      id: id ?? '',
      title: title ?? '',
      status: toMaintenanceStatus(o['status']),
      startsAt: startsAt ?? 0,
      endsAt: ends?.at,
      components: idList(o['components'], `${path}.components`),
      text: r.text(o['text'], `${path}.text`, false),
      url: httpUrl(r.optionalString(o['url'], `${path}.url`)),
      updates: readUpdates(o['updates'], `${path}.updates`, 'maintenance'),
      ...calendarDates({startsAt: starts, endsAt: ends}),
    };
    if (id && title !== undefined && startsAt !== undefined) maintenances.push(maintenance);
  });

  r.check('native status feed');

  return buildSnapshot('native', page, components, incidents, maintenances, 'full');
}

/**
 * `{calendarDates: [...]}` naming the fields the feed gave as calendar dates,
 * or nothing when none is: a Snapshot of date-times only stays as it was.
 */
function calendarDates<Field extends string>(dates: Partial<Record<Field, When>>): {calendarDates?: Field[]} {
  const fields = (Object.keys(dates) as Field[]).filter((field) => dates[field]?.calendar);
  return fields.length > 0 ? {calendarDates: fields} : {};
}

function readReport(r: FieldReader, raw: unknown, path: string): Report | undefined {
  if (raw === undefined || raw === null) return undefined;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const report: Report = {
    impact: r.text(o['impact'], `${path}.impact`, false),
    rootCause: r.text(o['root_cause'], `${path}.root_cause`, false),
    rootCausePreliminary: r.optionalBoolean(o['root_cause_preliminary'], `${path}.root_cause_preliminary`),
    resolution: r.text(o['resolution'], `${path}.resolution`, false),
    mitigation: r.text(o['mitigation'], `${path}.mitigation`, false),
    nextSteps: r.text(o['next_steps'], `${path}.next_steps`, false),
  };
  return Object.values(report).some((v) => v !== undefined) ? report : undefined;
}

/**
 * `components[].uptime`: measured daily figures, `{date, uptime, down_minutes}`,
 * oldest first; a date listed twice keeps its last figure.
 */
function readUptime(r: FieldReader, raw: unknown, path: string): UptimeDay[] {
  const byDate = new Map<string, UptimeDay>();
  r.array(raw, path).forEach((item, i) => {
    const p = `${path}[${i}]`;
    const o = r.object(item, p);
    if (!o) return;
    const {date, uptime} = o;
    const down = o['down_minutes'];
    if (!isCalendarDate(date)) return r.problem(`${p}.date`, 'a calendar date "YYYY-MM-DD"', date);
    if (typeof uptime !== 'number' || !(uptime >= 0 && uptime <= 1)) return r.problem(`${p}.uptime`, 'a ratio from 0 to 1', uptime);
    if (down != null && (typeof down !== 'number' || !(down >= 0 && down <= 1440))) return r.problem(`${p}.down_minutes`, 'minutes from 0 to 1440', down);
    byDate.set(date, {date, uptime, ...(typeof down === 'number' && {downMinutes: down})});
  });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
