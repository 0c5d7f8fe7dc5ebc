import type {Component, ComponentStatus, Snapshot, UptimeDay} from '../model/types.js';
import {utcDate} from '../model/uptime.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';
import {isCalendarDate} from './uptime-days.js';

const SITE: Record<string, ComponentStatus> = {up: 'operational', degraded: 'degraded', down: 'major_outage'};
const DAY = 86_400_000;
/** The most days read per site: a year more than any bar shows, however long the site's history. */
const MAX_DAYS = 366;

/**
 * Reads Upptime's `history/summary.json`: an array of sites, each with its
 * `status` (`up`, `degraded`, `down`) and `dailyMinutesDown`, an object of
 * UTC dates to minutes down, newest first and sparse.
 *
 * - A date not listed between the oldest and the newest listed had no
 *   downtime: Upptime lists only days with some. Those days are measured
 *   at 100 %.
 * - Before the oldest date and after the newest, nothing is claimed: the
 *   summary carries no date of its own, so the days since its newest
 *   downtime cannot be told from days it has not seen (`<status-uptime>`
 *   draws them as "no data").
 * - The `uptime*` percentages are strings (`"99.56%"`) over rolling
 *   windows, not calendar days: not read.
 * - Upptime opens GitHub issues for incidents, outside this file: the
 *   history says the feed lists none.
 */
export function parse(value: unknown): Snapshot {
  if (!Array.isArray(value) || !value.some((site) => isObject(site) && 'slug' in site)) {
    throw new FeedError(
      `Not an Upptime summary: expected the array of history/summary.json ([{name, slug, status, dailyMinutesDown}, …]), got ${describe(value)}`,
    );
  }
  const r = new FieldReader();
  const components = r.each(value, '', (site, path): Component | undefined => {
    const id = r.id(site['slug'], `${path}.slug`);
    if (!id) return undefined;
    const status = typeof site['status'] === 'string' && Object.hasOwn(SITE, site['status']) ? SITE[site['status']]! : 'degraded';
    const down = site['dailyMinutesDown'] == null ? {} : (r.object(site['dailyMinutesDown'], `${path}.dailyMinutesDown`) ?? {});
    return {id, name: r.optionalString(site['name'], `${path}.name`) || id, status, uptime: readDays(r, down, `${path}.dailyMinutesDown`)};
  });
  r.check('Upptime summary');
  return buildSnapshot('upptime', {}, components, [], [], 'active');
}

/** Every day from the oldest listed to the newest (at most MAX_DAYS back from it), oldest first. */
function readDays(r: FieldReader, down: Record<string, unknown>, path: string): UptimeDay[] {
  const minutes = new Map<string, number>();
  for (const [date, value] of Object.entries(down)) {
    if (!isCalendarDate(date)) r.problem(`${path}.${date}`, 'a date "YYYY-MM-DD" as key', date);
    else if (typeof value !== 'number' || !(value >= 0)) r.problem(`${path}.${date}`, 'minutes down', value);
    else minutes.set(date, Math.min(value, 1440));
  }
  if (minutes.size === 0) return [];
  const dates = [...minutes.keys()].sort();
  const last = Date.parse(`${dates[dates.length - 1]}T00:00:00Z`);
  const first = Math.max(Date.parse(`${dates[0]}T00:00:00Z`), last - (MAX_DAYS - 1) * DAY);
  const days: UptimeDay[] = [];
  for (let at = first; at <= last; at += DAY) {
    const date = utcDate(at);
    const downMinutes = minutes.get(date) ?? 0;
    days.push({date, uptime: 1 - downMinutes / 1440, downMinutes});
  }
  return days;
}
