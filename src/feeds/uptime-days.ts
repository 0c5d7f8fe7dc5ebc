import type {ComponentStatus, UptimeDay} from '../model/types.js';
import {utcDate} from '../model/uptime.js';
import {worstStatus} from '../model/status.js';

export {isCalendarDate} from './field-reader.js';

/** One check of a monitor: when, and the status it found (`maintenance` is neither up nor down). */
export interface Check {
  readonly at: number;
  readonly status: ComponentStatus;
}

/**
 * Daily figures from individual checks (Uptime Kuma heartbeats, Gatus
 * results), one per UTC day that has checks, oldest first: the share of the
 * day's checks that found the component up (or degraded), the count, and the worst status
 * found. Checks during maintenance are left out of the ratio (they neither
 * pass nor fail); a day of maintenance only is measured as up, and shows
 * maintenance. Days without checks are left out: they were not measured.
 */
export function daysFromChecks(checks: readonly Check[]): UptimeDay[] {
  const byDate = new Map<string, Check[]>();
  for (const check of checks) {
    const date = utcDate(check.at);
    const list = byDate.get(date);
    if (list) list.push(check);
    else byDate.set(date, [check]);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, list]) => {
      const counted = list.filter((c) => c.status !== 'maintenance');
      // A check that found the component slow or retrying (degraded) found it up.
      const up = counted.filter((c) => c.status === 'operational' || c.status === 'degraded').length;
      return {date, uptime: counted.length ? up / counted.length : 1, checks: list.length, status: worstStatus(list.map((c) => c.status))};
    });
}
