import {incidentEnd} from './history-window.js';
import {isIncidentActive, SEVERITY_STATUS, worstStatus} from './status.js';
import type {Component, ComponentStatus, Incident, Maintenance, Snapshot, UptimeDay} from './types.js';

const DAY = 86_400_000;

/**
 * Where a day's figure comes from:
 * - `measured`: the feed gives the day's uptime (a ratio, or checks made that day);
 * - `derived`: the feed lists its past incidents, and none measured the day:
 *   its status is the worst of the incidents that touched the component;
 * - `none`: nothing is known of the day. Never drawn, nor counted, as up.
 */
export type DayKind = 'measured' | 'derived' | 'none';

export interface UptimeDayView {
  /** `YYYY-MM-DD`: days are UTC calendar days, the days the feeds measure. */
  readonly date: string;
  /** 00:00 UTC that day, epoch milliseconds. */
  readonly start: number;
  readonly kind: DayKind;
  /** The worst status that day; undefined when there is no data. */
  readonly status?: ComponentStatus;
  /** The measured share of the day up (0–1); only on measured days. */
  readonly uptime?: number;
  readonly downMinutes?: number;
  readonly checks?: number;
  /** The incidents that touched the component that day, newest first. */
  readonly incidents: readonly Incident[];
  /** The maintenances that touched it that day, soonest first. */
  readonly maintenances: readonly Maintenance[];
}

export interface UptimeRow {
  /** The component, or the whole page (id `''`) when the feed names no component. */
  readonly component: Component;
  /** Oldest first, the last one being today. */
  readonly days: readonly UptimeDayView[];
  /**
   * The mean uptime of the measured days; undefined when no day of the
   * period was measured: a derived or empty day is never counted as up.
   */
  readonly uptime?: number;
  readonly measuredDays: number;
  readonly derivedDays: number;
  /** Days with at least one incident. */
  readonly incidentDays: number;
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function utcDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** 00:00 UTC of an instant's day. */
export function utcDayStart(at: number): number {
  return Math.floor(at / DAY) * DAY;
}

/**
 * The status a measured ratio shows when the feed gives no status of its own.
 * The thresholds follow how a day reads to a user: under 1 % of the day down
 * (about 14 minutes) is degraded, under 5 % a partial outage, more a major one.
 */
export function statusOfUptime(uptime: number): ComponentStatus {
  if (uptime >= 1) return 'operational';
  if (uptime >= 0.99) return 'degraded';
  if (uptime >= 0.95) return 'partial_outage';
  return 'major_outage';
}

/**
 * One row per component of the snapshot (or one for the whole page when the
 * feed names none, as Atom and RSS feeds do), one day per UTC calendar day
 * for the last `days` days up to `now`'s.
 *
 * An incident that names no component concerns the whole service: it counts
 * for every row (and in the whole page's row, every incident counts). Days are derived only from a feed that lists its past
 * incidents (`history: 'full'`); one that lists only the incidents going on
 * (Uptime Kuma, Gatus, Better Stack) says nothing of the days it does not measure.
 */
export function uptimeRows(snapshot: Snapshot, days: number, now: number): UptimeRow[] {
  const today = utcDayStart(now);
  const first = today - (days - 1) * DAY;
  const whole = snapshot.components.length === 0;
  const components: readonly Component[] = whole ? [{id: '', name: snapshot.page.name ?? '', status: 'operational'}] : snapshot.components;
  // Each event's span, worked out once for every row: the first and last day (indexes into the period) it touches.
  const spanOf = (start: number, end: number): Span | undefined => {
    if (end < first || start >= today + DAY) return undefined;
    return {from: Math.max(0, Math.floor((start - first) / DAY)), to: Math.min(days - 1, Math.floor((end - first) / DAY))};
  };
  const incidents: Spanned<Incident>[] = [];
  for (const item of snapshot.incidents) {
    const span = spanOf(item.startedAt, isIncidentActive(item) ? now : incidentEnd(item));
    if (span) incidents.push({item, ...span});
  }
  const maintenances: Spanned<Maintenance>[] = [];
  for (const item of snapshot.maintenances) {
    if (item.status === 'scheduled' && item.startsAt > now) continue;
    const span = spanOf(item.startsAt, item.endsAt ?? item.startsAt);
    if (span) maintenances.push({item, ...span});
  }
  // The rows share their days' dates: 90 dates for a page of 20 rows, not 1,800.
  const dates: string[] = [];
  for (let n = 0; n < days; n++) dates.push(utcDate(first + n * DAY));
  const derives = snapshot.history === 'full';
  return components.map((component) => {
    // The whole page's row counts every incident, whatever components it names.
    const concerns = ({item}: Spanned<Incident | Maintenance>) => whole || item.components.length === 0 || item.components.includes(component.id);
    return buildRow(component, first, dates, derives, incidents.filter(concerns), maintenances.filter(concerns));
  });
}

/** The days an event touches, as indexes into the period: `from` to `to`, both included. */
interface Span {
  readonly from: number;
  readonly to: number;
}
type Spanned<T> = Span & {readonly item: T};

/** The events of each day of the period, in the order given (incidents newest first, maintenances soonest first). */
function byDay<T>(events: readonly Spanned<T>[], count: number): (readonly T[])[] {
  const days: T[][] = new Array(count);
  for (const {item, from, to} of events) {
    for (let n = from; n <= to; n++) (days[n] ??= []).push(item);
  }
  return days;
}

const NONE: readonly never[] = Object.freeze([]);

function buildRow(
  component: Component,
  first: number,
  dates: readonly string[],
  derives: boolean,
  incidents: readonly Spanned<Incident>[],
  maintenances: readonly Spanned<Maintenance>[],
): UptimeRow {
  const count = dates.length;
  const measured = new Map<string, UptimeDay>();
  for (const day of component.uptime ?? []) measured.set(day.date, day);
  const incidentsOf = byDay(incidents, count);
  const maintenancesOf = byDay(maintenances, count);
  const days: UptimeDayView[] = [];
  let sum = 0;
  let measuredDays = 0;
  let derivedDays = 0;
  let incidentDays = 0;
  for (let n = 0; n < count; n++) {
    const start = first + n * DAY;
    const date = dates[n]!;
    const touched = incidentsOf[n] ?? NONE;
    const worked = maintenancesOf[n] ?? NONE;
    if (touched.length > 0) incidentDays++;
    // The worst of the day's events: its incidents' severities, its maintenances.
    let fromEvents: ComponentStatus | undefined = worked.length > 0 ? 'maintenance' : undefined;
    for (const incident of touched) fromEvents = worstStatus([fromEvents ?? 'operational', SEVERITY_STATUS[incident.severity]]);
    const figure = measured.get(date);
    if (figure) {
      measuredDays++;
      sum += figure.uptime;
      const own = figure.status ?? statusOfUptime(figure.uptime);
      days.push({
        date,
        start,
        kind: 'measured',
        status: fromEvents ? worstStatus([own, fromEvents]) : own,
        uptime: figure.uptime,
        downMinutes: figure.downMinutes,
        checks: figure.checks,
        incidents: touched,
        maintenances: worked,
      });
    } else if (derives || fromEvents) {
      // A feed of current incidents only still tells that a day it shows one was not all well.
      derivedDays++;
      days.push({date, start, kind: 'derived', status: fromEvents ?? 'operational', incidents: touched, maintenances: worked});
    } else {
      days.push({date, start, kind: 'none', incidents: touched, maintenances: worked});
    }
  }
  return {component, days, uptime: measuredDays > 0 ? sum / measuredDays : undefined, measuredDays, derivedDays, incidentDays};
}
