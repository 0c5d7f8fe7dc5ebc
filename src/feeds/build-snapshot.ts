import type {Component, FeedFormat, Incident, Maintenance, Page, Snapshot} from '../model/types.js';

/** A Snapshot in the model's order: incidents newest first, maintenances soonest first. */
export function buildSnapshot(
  format: FeedFormat,
  page: Page,
  components: Component[],
  incidents: Incident[],
  maintenances: Maintenance[],
  history: Snapshot['history'],
): Snapshot {
  return {
    kind: 'status-snapshot',
    format,
    page,
    components,
    incidents: incidents.sort((a, b) => b.startedAt - a.startedAt),
    maintenances: maintenances.sort((a, b) => a.startsAt - b.startsAt),
    history,
  };
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
