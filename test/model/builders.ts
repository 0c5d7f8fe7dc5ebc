/**
 * Small builders for model tests: a Snapshot with only what a test cares
 * about, the rest filled with neutral values (no components, nothing active).
 */
import type {Component, Incident, Maintenance, Snapshot} from '../../src/model/types.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** A fixed "now" so that no test depends on the clock: 2026-03-01T12:00:00Z. */
export const NOW = Date.UTC(2026, 2, 1, 12);

export function incident(fields: Partial<Incident> & {id: string}): Incident {
  return {
    title: fields.id,
    severity: 'major',
    status: 'investigating',
    startedAt: NOW - HOUR,
    components: [],
    updates: [],
    ...fields,
  };
}

/** An incident that ended: status resolved, with its resolution time. */
export function resolved(fields: Partial<Incident> & {id: string}): Incident {
  return incident({status: 'resolved', resolvedAt: (fields.startedAt ?? NOW - HOUR) + HOUR, ...fields});
}

export function maintenance(fields: Partial<Maintenance> & {id: string}): Maintenance {
  return {
    title: fields.id,
    status: 'scheduled',
    startsAt: NOW + DAY,
    components: [],
    updates: [],
    ...fields,
  };
}

export function component(id: string, status: Component['status'] = 'operational', name: Component['name'] = id): Component {
  return {id, name, status};
}

export function snapshot(fields: Partial<Snapshot> = {}): Snapshot {
  return {
    kind: 'status-snapshot',
    format: 'native',
    page: {},
    components: [],
    incidents: [],
    maintenances: [],
    history: 'full',
    ...fields,
  };
}
