import type {Incident, Maintenance, Snapshot} from './types.js';

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
  const touches = (item: Incident | Maintenance) => item.components.length === 0 || item.components.some((id) => ids.has(id) || ids.has(id.toLowerCase()));
  return {
    ...snapshot,
    components,
    incidents: snapshot.incidents.filter(touches),
    maintenances: snapshot.maintenances.filter(touches),
  };
}

/** Parses a `components` attribute value into its entries. */
export function parseComponentList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
