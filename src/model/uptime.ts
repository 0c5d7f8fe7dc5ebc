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
  const spans = (start: number, end: number) => end >= first && start < today + DAY;
  const incidents = snapshot.incidents.filter((i) => spans(i.startedAt, isIncidentActive(i) ? now : incidentEnd(i)));
  const maintenances = snapshot.maintenances.filter((m) => m.status !== 'scheduled' || m.startsAt <= now).filter((m) => spans(m.startsAt, m.endsAt ?? m.startsAt));
  return components.map((component) => {
    // The whole page's row counts every incident, whatever components it names.
    const concerns = (ids: readonly string[]) => whole || ids.length === 0 || ids.includes(component.id);
    return buildRow(
      component,
      first,
      days,
      now,
      snapshot.history === 'full',
      incidents.filter((i) => concerns(i.components)),
      maintenances.filter((m) => concerns(m.components)),
    );
  });
}

function buildRow(
  component: Component,
  first: number,
  count: number,
  now: number,
  derives: boolean,
  incidents: readonly Incident[],
  maintenances: readonly Maintenance[],
): UptimeRow {
  const measured = new Map<string, UptimeDay>();
  for (const day of component.uptime ?? []) measured.set(day.date, day);
  const days: UptimeDayView[] = [];
  let sum = 0;
  let measuredDays = 0;
  let derivedDays = 0;
  let incidentDays = 0;
  for (let n = 0; n < count; n++) {
    const start = first + n * DAY;
    const end = start + DAY;
    const date = utcDate(start);
    const touched = incidents.filter((i) => i.startedAt < end && (isIncidentActive(i) ? now : incidentEnd(i)) >= start);
    const worked = maintenances.filter((m) => m.startsAt < end && (m.endsAt ?? m.startsAt) >= start);
    if (touched.length > 0) incidentDays++;
    const fromEvents = [...touched.map((i) => SEVERITY_STATUS[i.severity]), ...worked.map((): ComponentStatus => 'maintenance')];
    const figure = measured.get(date);
    if (figure) {
      measuredDays++;
      sum += figure.uptime;
      days.push({
        date,
        start,
        kind: 'measured',
        status: worstStatus([figure.status ?? statusOfUptime(figure.uptime), ...fromEvents]),
        uptime: figure.uptime,
        downMinutes: figure.downMinutes,
        checks: figure.checks,
        incidents: touched,
        maintenances: worked,
      });
    } else if (derives || fromEvents.length > 0) {
      // A feed of current incidents only still tells that a day it shows one was not all well.
      derivedDays++;
      days.push({date, start, kind: 'derived', status: worstStatus(fromEvents), incidents: touched, maintenances: worked});
    } else {
      days.push({date, start, kind: 'none', incidents: touched, maintenances: worked});
    }
  }
  return {component, days, uptime: measuredDays > 0 ? sum / measuredDays : undefined, measuredDays, derivedDays, incidentDays};
}
