import {dateOf, firstMoment, lastMoment} from './calendar-date.js';
import type {ComponentStatus, Incident, Maintenance, OverallStatus, Severity, Snapshot} from './types.js';

/** From best to worst; `maintenance` is planned work, milder than any outage. */
const STATUS_RANK: Record<OverallStatus, number> = {
  operational: 0,
  maintenance: 1,
  degraded: 2,
  partial_outage: 3,
  major_outage: 4,
  // Unknown is not "worse" than an outage, but it must never read as green.
  unknown: -1,
};

const SEVERITY_RANK: Record<Severity, number> = {minor: 1, major: 2, critical: 3};

/** The component status an active incident of this severity implies. */
export const SEVERITY_STATUS: Record<Severity, ComponentStatus> = {
  minor: 'degraded',
  major: 'partial_outage',
  critical: 'major_outage',
};

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const status of statuses) if (STATUS_RANK[status] > STATUS_RANK[worst]) worst = status;
  return worst;
}

export function isIncidentActive(incident: Incident): boolean {
  return incident.resolvedAt === undefined && incident.status !== 'resolved';
}

export function isMaintenanceInProgress(maintenance: Maintenance, now: number): boolean {
  if (maintenance.status === 'in_progress') return true;
  if (maintenance.status === 'completed') return false;
  // A scheduled window whose time has come counts as under way until it ends
  // (a calendar date from the reader's midnight to the next).
  const end = dateOf(maintenance, 'endsAt');
  return firstMoment(dateOf(maintenance, 'startsAt')!) <= now && (end === undefined || now < lastMoment(end));
}

/**
 * The overall status of a snapshot: the worst of its components' statuses,
 * of what its active incidents imply, and `maintenance` while work is under
 * way and nothing is worse.
 */
export function overallStatus(snapshot: Snapshot, now: number = Date.now()): ComponentStatus {
  const statuses: ComponentStatus[] = snapshot.components.map((c) => c.status);
  for (const incident of snapshot.incidents) {
    if (isIncidentActive(incident)) statuses.push(SEVERITY_STATUS[incident.severity]);
  }
  for (const maintenance of snapshot.maintenances) {
    if (isMaintenanceInProgress(maintenance, now)) statuses.push('maintenance');
  }
  return worstStatus(statuses);
}
