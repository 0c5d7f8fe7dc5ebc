import {isIncidentActive} from './status.js';
import type {Incident, Maintenance, Snapshot} from './types.js';

const DAY = 86_400_000;

/**
 * The incidents the history shows: those active now, and those that started
 * or ended within the last `days` days (`0` for no limit), newest first.
 */
export function historyIncidents(snapshot: Snapshot, days: number, now: number): Incident[] {
  const since = days > 0 ? now - days * DAY : -Infinity;
  return snapshot.incidents
    .filter((i) => isIncidentActive(i) || incidentEnd(i) >= since)
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** When a past incident ended: its resolution, else its last update, else its start. */
export function incidentEnd(incident: Incident): number {
  // Not Math.max(...updates): spreading 150,000 arguments overflows the stack, and a feed may list that many.
  return incident.resolvedAt ?? incident.updates.reduce((end, u) => Math.max(end, u.at), incident.startedAt);
}

/** The maintenances the history shows: those that ended (or began) within the window, newest first. */
export function historyMaintenances(snapshot: Snapshot, days: number, now: number): Maintenance[] {
  const since = days > 0 ? now - days * DAY : -Infinity;
  return snapshot.maintenances
    .filter((m) => m.startsAt <= now && (m.endsAt ?? m.startsAt) >= since)
    .sort((a, b) => b.startsAt - a.startsAt);
}
