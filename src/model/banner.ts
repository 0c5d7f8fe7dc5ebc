import {dateOf, firstMoment} from './calendar-date.js';
import {compareSeverity, isIncidentActive, isMaintenanceInProgress} from './status.js';
import type {Incident, Maintenance, Snapshot} from './types.js';

const HOUR = 3_600_000;

/** What the banner shows, and the others of the same kind it does not. */
export type BannerChoice =
  | {readonly kind: 'incident'; readonly incident: Incident; readonly others: readonly Incident[]}
  | {readonly kind: 'maintenance'; readonly maintenance: Maintenance; readonly others: readonly Maintenance[]}
  | {readonly kind: 'upcoming'; readonly maintenance: Maintenance; readonly others: readonly Maintenance[]}
  | {readonly kind: 'none'};

/**
 * The banner's choice (DESIGN.md §2): the worst active incident (the most
 * recent among equals), else maintenance in progress, else maintenance due
 * within `upcomingHours`, else none.
 */
export function chooseBanner(snapshot: Snapshot, now: number, upcomingHours = 24): BannerChoice {
  // A calendar date begins at the reader's midnight.
  const started = (i: Incident) => firstMoment(dateOf(i, 'startedAt')!);
  const starts = (m: Maintenance) => firstMoment(dateOf(m, 'startsAt')!);
  const active = snapshot.incidents.filter(isIncidentActive).sort((a, b) => compareSeverity(b.severity, a.severity) || started(b) - started(a));
  if (active.length > 0) return {kind: 'incident', incident: active[0]!, others: active.slice(1)};

  const inProgress = snapshot.maintenances.filter((m) => isMaintenanceInProgress(m, now)).sort((a, b) => starts(a) - starts(b));
  if (inProgress.length > 0) return {kind: 'maintenance', maintenance: inProgress[0]!, others: inProgress.slice(1)};

  const horizon = now + Math.max(0, upcomingHours) * HOUR;
  const upcoming = snapshot.maintenances
    .filter((m) => m.status === 'scheduled' && starts(m) > now && starts(m) <= horizon)
    .sort((a, b) => starts(a) - starts(b));
  if (upcoming.length > 0) return {kind: 'upcoming', maintenance: upcoming[0]!, others: upcoming.slice(1)};

  return {kind: 'none'};
}

/** The id of the newest update of an item, or of the item itself: what a dismissal remembers. */
export function latestUpdateId(item: Incident | Maintenance): string {
  return item.updates[0]?.id ?? item.id;
}
