import {isIncidentActive} from './status.js';
import type {Incident, Maintenance, Snapshot} from './types.js';

const DAY = 86_400_000;

/**
 * Keeps the components named by a `components` attribute (ids or names,
 * comma-separated, case-insensitive), and the incidents and maintenances that
 * touch one of them. Items that name no component are about the whole service
 * and are kept. An empty or absent list keeps everything.
 */
export function filterByComponents(snapshot: Snapshot, wanted: readonly string[] | undefined): Snapshot {
  const keys = (wanted ?? []).map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (keys.length === 0) return snapshot;
  const matches = (name: unknown) =>
    typeof name === 'string'
      ? keys.includes(name.toLowerCase())
      : name != null && Object.values(name as Record<string, string>).some((n) => keys.includes(String(n).toLowerCase()));
  const components = snapshot.components.filter((c) => keys.includes(c.id.toLowerCase()) || matches(c.name));
  const ids = new Set(components.map((c) => c.id));
  // Ids given that the feed does not list as components still select items by id.
  for (const key of keys) ids.add(key);
  const touches = (item: Incident | Maintenance) =>
    item.components.length === 0 || item.components.some((id) => ids.has(id) || ids.has(id.toLowerCase()));
  return {
    ...snapshot,
    components,
    incidents: snapshot.incidents.filter(touches),
    maintenances: snapshot.maintenances.filter(touches),
  };
}

/** Parses a `components` attribute value into its entries. */
export function parseComponentList(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

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
