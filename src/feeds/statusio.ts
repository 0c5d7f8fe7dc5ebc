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

const STATUS: Record<number, ComponentStatus> = {
  100: 'operational',
  200: 'maintenance',
  300: 'degraded',
  400: 'partial_outage',
  500: 'major_outage',
  600: 'partial_outage',
};
const SEVERITY: Record<number, Severity> = {300: 'minor', 400: 'major', 500: 'critical', 600: 'major'};
const STATE: Record<number, Incident['status']> = {100: 'investigating', 200: 'identified', 300: 'monitoring'};
const code = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN);

export function parse(value: unknown): Snapshot {
  const result = isObject(value) ? value['result'] : undefined;
  if (!isObject(result) || !('status_overall' in result || 'status' in result)) {
    throw new FeedError(`Not a Status.io feed: expected {"result": {"status_overall": …, "status": [...]}}, got ${describe(value)}`);
  }
  const r = new FieldReader();
  const components = r.each(result['status'], 'result.status', (o, path): Component | undefined => {
    const id = r.id(o['id'], `${path}.id`);
    return id ? {id, name: r.optionalString(o['name'], `${path}.name`) || id, status: STATUS[code(o['status_code'])] ?? 'degraded'} : undefined;
  });

  /** Ids of the components an event affects (`components_affected`: `{name, _id}`). */
  const affected = (raw: unknown, path: string): string[] => r.each(raw, path, (o, p) => r.id(o['_id'], `${p}._id`));

  const messages = (raw: unknown, path: string): {updates: Update[]; worst: number; state: number} => {
    let worst = 0;
    let state = 0;
    const updates: Update[] = [];
    r.each(raw, path, (o, p, i) => {
      const at = r.date(o['datetime'], `${p}.datetime`, true);
      if (at === undefined) return;
      worst = Math.max(worst, code(o['status']) || 0);
      updates.push({id: `${i}`, at, text: r.optionalString(o['details'], `${p}.details`)});
      if (updates.every((u) => u.at <= at)) state = code(o['state']);
    });
    return {updates: updates.sort((a, b) => b.at - a.at), worst, state};
  };

  const incidents = r.each(result['incidents'], 'result.incidents', (o, path): Incident | undefined => {
    const id = r.id(o['_id'] ?? o['id'], `${path}._id`);
    const startedAt = r.date(o['datetime_open'], `${path}.datetime_open`, true);
    if (!id || startedAt === undefined) return undefined;
    const {updates, worst, state} = messages(o['messages'], `${path}.messages`);
    return {
      id,
      title: r.optionalString(o['name'], `${path}.name`) || '',
      severity: SEVERITY[worst] ?? 'major',
      status: STATE[state] ?? 'investigating',
      startedAt,
      components: affected(o['components_affected'], `${path}.components_affected`),
      updates,
    };
  });

  const maintenance = result['maintenance'] === undefined ? {} : (r.object(result['maintenance'], 'result.maintenance') ?? {});
  const maintenances = (['active', 'upcoming'] as const).flatMap((list) =>
    r.each(maintenance[list], `result.maintenance.${list}`, (o, path): Maintenance | undefined => {
      const id = r.id(o['_id'] ?? o['id'], `${path}._id`);
      const startsAt = r.date(o['datetime_planned_start'], `${path}.datetime_planned_start`, true);
      if (!id || startsAt === undefined) return undefined;
      const {updates} = messages(o['messages'], `${path}.messages`);
      return {
        id,
        title: r.optionalString(o['name'], `${path}.name`) || '',
        status: list === 'active' ? 'in_progress' : 'scheduled',
        startsAt,
        endsAt: r.date(o['datetime_planned_end'], `${path}.datetime_planned_end`, false),
        components: affected(o['components_affected'], `${path}.components_affected`),
        // The announcement is the first message; later ones are updates.
        text: updates[updates.length - 1]?.text,
        updates: updates.slice(0, -1),
      };
    }),
  );

  r.check('Status.io feed');
  return buildSnapshot('statusio', {}, components, incidents, maintenances, 'active');
}
