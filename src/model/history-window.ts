import {dateOf, firstMoment, lastMoment, type When} from './calendar-date.js';
import {isIncidentActive} from './status.js';
import type {Incident, Maintenance, Snapshot} from './types.js';

const DAY = 86_400_000;

/**
 * The incidents the history shows: those active now, and those that started
 * or ended within the last `days` days (`0` for no limit), newest first.
 * A calendar date lasts until the reader's next midnight.
 */
export function historyIncidents(snapshot: Snapshot, days: number, now: number): Incident[] {
  const since = days > 0 ? now - days * DAY : -Infinity;
  return newestFirst(
    snapshot.incidents.filter((i) => isIncidentActive(i) || lastMoment(incidentEndDate(i)) >= since),
    (i) => firstMoment(dateOf(i, 'startedAt')!),
  );
}

/**
 * Items sorted by a key, largest first (a stable sort, as Array#sort): each
 * key computed once, not twice per comparison, so that a history of
 * thousands of incidents is sorted in a few milliseconds, not in a long task.
 */
export function newestFirst<T>(items: readonly T[], key: (item: T) => number): T[] {
  const keyed = items.map((item) => ({item, key: key(item)}));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.map((k) => k.item);
}

/** When a past incident ended, in epoch ms: see incidentEndDate. */
export function incidentEnd(incident: Incident): number {
  return incidentEndDate(incident).at;
}

/** When a past incident ended: its resolution, else its last update, else its start. */
export function incidentEndDate(incident: Incident): When {
  const resolved = dateOf(incident, 'resolvedAt');
  if (resolved) return resolved;
  // A loop, not Math.max(...updates): spreading 150,000 arguments overflows the stack, and a feed may list that many.
  let end = dateOf(incident, 'startedAt')!;
  for (const update of incident.updates) {
    if (update.at > end.at) end = dateOf(update, 'at')!;
  }
  return end;
}

/** The maintenances the history shows: those that ended (or began) within the window, newest first. */
export function historyMaintenances(snapshot: Snapshot, days: number, now: number): Maintenance[] {
  const since = days > 0 ? now - days * DAY : -Infinity;
  const start = (m: Maintenance) => firstMoment(dateOf(m, 'startsAt')!);
  return newestFirst(
    snapshot.maintenances.filter((m) => start(m) <= now && lastMoment(dateOf(m, 'endsAt') ?? dateOf(m, 'startsAt')!) >= since),
    start,
  );
}
