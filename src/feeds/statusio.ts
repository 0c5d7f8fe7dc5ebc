import type {Component, ComponentStatus, Incident, Maintenance, Severity, Snapshot, Update} from '../model/types.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';

/**
 * Format `statusio`: Status.io's public status API,
 * `https://api.status.io/1.0/status/<page id>` (GitLab's page uses it):
 * `{"result": {status_overall, status, incidents, maintenance: {active, upcoming}}}`.
 *
 * - Statuses are numeric codes: 100 operational, 200 planned maintenance,
 *   300 degraded performance, 400 partial service disruption, 500 service
 *   disruption, 600 security event.
 * - A message's `state` is the incident's stage (100 investigating,
 *   200 identified, 300 monitoring); its `status`, the code it gave the
 *   components, sets the incident's severity.
 * - Each component lists the `containers` (locations) it runs in; the same
 *   container id recurs across components, so a component is its own id.
 * - The API lists only current incidents and maintenances: the history says so.
 */

const STATUS: Record<number, ComponentStatus> = {100: 'operational', 200: 'maintenance', 300: 'degraded', 400: 'partial_outage', 500: 'major_outage', 600: 'partial_outage'};
const SEVERITY: Record<number, Severity> = {300: 'minor', 400: 'major', 500: 'critical', 600: 'major'};
const STATE: Record<number, Incident['status']> = {100: 'investigating', 200: 'identified', 300: 'monitoring'};
const code = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN);

export function parse(value: unknown): Snapshot {
  const result = isObject(value) ? value['result'] : undefined;
  if (!isObject(result) || !('status_overall' in result || 'status' in result)) {
    throw new FeedError(`Not a Status.io feed: expected {"result": {"status_overall": …, "status": [...]}}, got ${describe(value)}`);
  }
  const r = new FieldReader();
  const components: Component[] = [];
  r.array(result['status'], 'result.status').forEach((raw, i) => {
    const path = `result.status[${i}]`;
    const o = r.object(raw, path);
    const id = o && r.id(o['id'], `${path}.id`);
    if (!o || !id) return;
    components.push({id, name: r.optionalString(o['name'], `${path}.name`) || id, status: STATUS[code(o['status_code'])] ?? 'degraded'});
  });

  /** Ids of the components an event affects (`components_affected`: `{name, _id}`). */
  const affected = (raw: unknown, path: string): string[] =>
    r.array(raw, path).flatMap((c, i) => {
      const o = r.object(c, `${path}[${i}]`);
      const id = o && r.id(o['_id'], `${path}[${i}]._id`);
      return id ? [id] : [];
    });

  const messages = (raw: unknown, path: string): {updates: Update[]; worst: number; state: number} => {
    let worst = 0;
    let state = 0;
    const updates: Update[] = [];
    r.array(raw, path).forEach((m, i) => {
      const p = `${path}[${i}]`;
      const o = r.object(m, p);
      const at = o && r.date(o['datetime'], `${p}.datetime`, true);
      if (!o || at == null) return;
      worst = Math.max(worst, code(o['status']) || 0);
      updates.push({id: `${i}`, at, text: r.optionalString(o['details'], `${p}.details`)});
      if (updates.every((u) => u.at <= at)) state = code(o['state']);
    });
    return {updates: updates.sort((a, b) => b.at - a.at), worst, state};
  };

  const incidents: Incident[] = [];
  r.array(result['incidents'], 'result.incidents').forEach((raw, i) => {
    const path = `result.incidents[${i}]`;
    const o = r.object(raw, path);
    const id = o && r.id(o['_id'] ?? o['id'], `${path}._id`);
    const startedAt = o && r.date(o['datetime_open'], `${path}.datetime_open`, true);
    if (!o || !id || startedAt == null) return;
    const {updates, worst, state} = messages(o['messages'], `${path}.messages`);
    incidents.push({
      id,
      title: r.optionalString(o['name'], `${path}.name`) || '',
      severity: SEVERITY[worst] ?? 'major',
      status: STATE[state] ?? 'investigating',
      startedAt,
      components: affected(o['components_affected'], `${path}.components_affected`),
      updates,
    });
  });

  const maintenance = result['maintenance'] === undefined ? {} : r.object(result['maintenance'], 'result.maintenance') ?? {};
  const maintenances: Maintenance[] = [];
  for (const [list, status] of [['active', 'in_progress'], ['upcoming', 'scheduled']] as const) {
    r.array(maintenance[list], `result.maintenance.${list}`).forEach((raw, i) => {
      const path = `result.maintenance.${list}[${i}]`;
      const o = r.object(raw, path);
      const id = o && r.id(o['_id'] ?? o['id'], `${path}._id`);
      const startsAt = o && r.date(o['datetime_planned_start'], `${path}.datetime_planned_start`, true);
      if (!o || !id || startsAt == null) return;
      const {updates} = messages(o['messages'], `${path}.messages`);
      maintenances.push({
        id,
        title: r.optionalString(o['name'], `${path}.name`) || '',
        status,
        startsAt,
        endsAt: r.date(o['datetime_planned_end'], `${path}.datetime_planned_end`, false),
        components: affected(o['components_affected'], `${path}.components_affected`),
        // The announcement is the first message; later ones are updates.
        text: updates[updates.length - 1]?.text,
        updates: updates.slice(0, -1),
      });
    });
  }

  r.check('Status.io feed');
  return buildSnapshot('statusio', {}, components, incidents, maintenances, 'active');
}
