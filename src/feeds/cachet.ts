import type {Component, ComponentStatus, Incident, IncidentStatus, Maintenance, MaintenanceStatus, Snapshot, Update} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {toComponentStatus, toIncidentStatus, toMaintenanceStatus, toSeverity} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader, idOf} from './field-reader.js';
import {markdownToText} from './markdown-text.js';

/** Cachet's component statuses: 1 operational, 2 performance issues, 3 partial outage, 4 major outage (0 is "unknown"). */
const COMPONENT: readonly ComponentStatus[] = ['degraded', 'operational', 'degraded', 'partial_outage', 'major_outage'];
/** Incident statuses: 0 scheduled (a maintenance, before Cachet 2.4 had schedules), 1 investigating, 2 identified, 3 watching, 4 fixed. */
const INCIDENT: readonly IncidentStatus[] = ['investigating', 'investigating', 'identified', 'monitoring', 'resolved'];
/** Schedule statuses: 0 upcoming, 1 in progress, 2 complete. */
const SCHEDULE: readonly MaintenanceStatus[] = ['scheduled', 'in_progress', 'completed'];

/** A Cachet enum: an integer (or its string) within the table, else the nearest end of it, else the name Cachet gives it. */
function cachetEnum<T>(table: readonly T[], value: unknown, name: unknown, byName: (word: unknown) => T): T {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return table[Math.min(Math.max(Math.round(n), 0), table.length - 1)]!;
  return byName(name ?? value);
}

/**
 * Reads Cachet's API v1 (Cachet 2.x): `/api/v1/components`,
 * `/api/v1/incidents` (with their `updates` from 2.4 on),
 * `/api/v1/incidents/<id>/updates`, `/api/v1/schedules`, or one of each
 * (`{"data": {…}}`). Every answer is `{"meta": {"pagination": …}, "data": […]}`;
 * statuses are integers; dates have no time zone (`2020-02-27 13:22:51`, in
 * the Cachet server's zone, which the API does not tell) and are read as UTC.
 * Cachet incidents have no severity: they read as `major`, as any unknown
 * severity does. Hidden incidents (`visible: 0`) and disabled components are
 * left out. Messages are Markdown, read as plain text (markdown-text.ts).
 */
export function parse(value: unknown): Snapshot {
  const data = isObject(value) ? value['data'] : undefined;
  const list = Array.isArray(data) ? data : isObject(data) ? [data] : undefined;
  if (!list) {
    throw new FeedError(
      `Not a Cachet feed: expected {"data": [...]} as /api/v1/components or /api/v1/incidents answer, got ${isObject(value) ? `data as ${describe(data)}` : describe(value)}`,
      ['data'],
    );
  }
  const r = new FieldReader();
  const components: Component[] = [];
  const incidents: Incident[] = [];
  const maintenances: Maintenance[] = [];
  /** Updates listed on their own (`/incidents/<id>/updates`), by incident id. */
  const orphanUpdates = new Map<string, Update[]>();

  r.each(list, 'data', (o, path) => {
    const id = r.id(o['id'], `${path}.id`);
    if (!id) return;
    if ('incident_id' in o && !('name' in o)) {
      // An incident update.
      const update = readUpdate(r, o, path);
      const incident = idOf(o['incident_id']);
      if (update && incident) orphanUpdates.set(incident, [...(orphanUpdates.get(incident) ?? []), update]);
      return;
    }
    const name = typeof o['name'] === 'string' ? o['name'] : void r.problem(`${path}.name`, 'a string', o['name']);
    if (name === undefined) return;
    if (!('message' in o)) {
      // A disabled component is not on the status page either.
      if (o['enabled'] !== false) components.push({id, name, status: cachetEnum(COMPONENT, o['status'], o['status_name'], toComponentStatus)});
      return;
    }
    if (o['visible'] === 0 || o['visible'] === false) return;
    const text = markdownToText(r.optionalString(o['message'], `${path}.message`) ?? '') || undefined;
    const created = r.date(o['created_at'], `${path}.created_at`, false);
    const componentId = idOf(o['component_id']);
    const componentIds = componentId && Number(componentId) > 0 ? [componentId] : [];
    const url = safeHttpUrl(o['permalink']);
    const updates = r.each(o['updates'], `${path}.updates`, (u, p) => readUpdate(r, u, p));

    const isSchedule = 'completed_at' in o || (o['status'] === 0 && !('occurred_at' in o) && 'scheduled_at' in o);
    if (isSchedule) {
      const startsAt = r.date(o['scheduled_at'], `${path}.scheduled_at`, true);
      if (startsAt === undefined) return;
      const status = 'completed_at' in o ? cachetEnum(SCHEDULE, o['status'], o['human_status'], toMaintenanceStatus) : 'scheduled';
      const completedAt = r.date(o['completed_at'], `${path}.completed_at`, false);
      maintenances.push({id, title: name, status, startsAt, endsAt: completedAt, components: componentIds, text, url, updates: sortUpdates(updates)});
      return;
    }
    const startedAt = r.date(o['occurred_at'], `${path}.occurred_at`, false) ?? created;
    if (startedAt === undefined) return r.problem(`${path}.created_at`, 'a date such as "2020-02-27 13:22:51"', o['created_at']);
    // The incident's status is its current one, which is also its latest
    // update's (Cachet 2.4 resolves an incident by a "fixed" update): its own
    // message, the first thing said, carries a status only when nothing followed.
    const own = cachetEnum(INCIDENT, o['status'], o['human_status'], (w) => toIncidentStatus(w, false));
    const status = sortUpdates(updates)[0]?.status ?? own;
    const latest = updates[0];
    updates.push({id: `${id}-0`, at: startedAt, status: latest ? undefined : own, text});
    incidents.push({
      id,
      title: name,
      severity: toSeverity(undefined),
      status: status as IncidentStatus,
      startedAt,
      resolvedAt: status === 'resolved' ? (latest?.at ?? r.date(o['updated_at'], `${path}.updated_at`, false) ?? startedAt) : undefined,
      components: componentIds,
      url,
      // Its own message goes last only if it is the oldest: a feed's dates can say otherwise.
      updates: sortUpdates(updates),
    });
  });

  // Updates fetched on their own join their incident, or stand for it.
  for (const [incidentId, updates] of orphanUpdates) {
    const incident = incidents.find((x) => x.id === incidentId);
    const merged = sortUpdates([...(incident?.updates ?? []), ...updates]);
    const latest = merged[0]!;
    const status = (latest.status ?? 'investigating') as IncidentStatus;
    const next: Incident = {
      id: incidentId,
      title: incident?.title ?? `#${incidentId}`,
      severity: toSeverity(undefined),
      status,
      startedAt: incident?.startedAt ?? merged[merged.length - 1]!.at,
      resolvedAt: status === 'resolved' ? latest.at : undefined,
      components: incident?.components ?? [],
      url: incident?.url,
      updates: merged,
    };
    if (incident) incidents[incidents.indexOf(incident)] = next;
    else incidents.push(next);
  }

  r.check('Cachet feed');
  // Components alone say nothing of past incidents.
  return buildSnapshot('cachet', {}, components, incidents, maintenances, incidents.length > 0 || maintenances.length > 0 ? 'full' : 'active');
}

function readUpdate(r: FieldReader, o: Record<string, unknown>, path: string): Update | undefined {
  const at = r.date(o['created_at'], `${path}.created_at`, true);
  if (at === undefined) return undefined;
  return {
    id: `${idOf(o['incident_id']) ?? ''}-${idOf(o['id']) ?? at}`,
    at,
    status: cachetEnum(INCIDENT, o['status'], o['human_status'], (w) => toIncidentStatus(w, false)),
    text: markdownToText(r.optionalString(o['message'], `${path}.message`) ?? '') || undefined,
  };
}

function sortUpdates(updates: Update[]): Update[] {
  return updates.sort((a, b) => b.at - a.at);
}
