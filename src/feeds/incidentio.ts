import type {Component, ComponentStatus, Incident, Maintenance, Severity, Snapshot, Update} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {toIncidentStatus} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';

/**
 * Format `incidentio`: the Widget API of an incident.io status page (the URL
 * its "Widget API" settings show; on a page incident.io hosts,
 * `https://<page>/proxy/<page host>`): `ongoing_incidents`,
 * `in_progress_maintenances`, `scheduled_maintenances`.
 *
 * - It lists only what goes on now, or is planned: the history says so.
 * - An incident has no start: its last update's time is the earliest known.
 * - There is no list of components: those named in `affected_components`
 *   are the ones shown, with their `current_status` (`full_outage` is
 *   incident.io's word for a major outage).
 */

const IMPACT: Record<string, Severity> = {degraded_performance: 'minor', partial_outage: 'major', full_outage: 'critical'};
const COMPONENT: Record<string, ComponentStatus> = {
  operational: 'operational',
  degraded_performance: 'degraded',
  partial_outage: 'partial_outage',
  full_outage: 'major_outage',
  under_maintenance: 'maintenance',
};
/** A table's value for a feed's word; never a property every object has (`constructor`, `__proto__`). */
const lookup = <T>(table: Record<string, T>, word: unknown): T | undefined =>
  typeof word === 'string' && Object.hasOwn(table, word) ? table[word] : undefined;
const RANK: readonly ComponentStatus[] = ['operational', 'maintenance', 'degraded', 'partial_outage', 'major_outage'];

export function parse(value: unknown): Snapshot {
  if (!isObject(value) || !('ongoing_incidents' in value || 'in_progress_maintenances' in value || 'scheduled_maintenances' in value)) {
    throw new FeedError(
      `Not an incident.io widget feed: expected ongoing_incidents, in_progress_maintenances and scheduled_maintenances, got ${describe(value)}`,
    );
  }
  const r = new FieldReader();
  const page = {name: r.optionalString(value['page_title'], 'page_title'), url: safeHttpUrl(value['page_url'])};
  const components = new Map<string, Component>();

  /** The components an item names, each kept with the worst status any item gives it. */
  const affected = (raw: unknown, path: string): string[] =>
    r.each(raw, path, (o, p) => {
      const id = r.id(o['id'], `${p}.id`);
      if (!id) return undefined;
      const status = lookup(COMPONENT, o['current_status']) ?? 'degraded';
      const known = components.get(id);
      const group = r.optionalString(o['group_name'], `${p}.group_name`);
      const name = r.optionalString(o['name'], `${p}.name`) || id;
      if (!known || RANK.indexOf(status) > RANK.indexOf(known.status)) components.set(id, {id, name: group ? `${group} – ${name}` : name, status});
      return id;
    });

  const lastUpdate = (o: Record<string, unknown>, path: string, status: Update['status']): Update[] => {
    const at = r.date(o['last_update_at'], `${path}.last_update_at`, false);
    const text = r.optionalString(o['last_update_message'], `${path}.last_update_message`);
    return at === undefined || !text ? [] : [{id: `${path}.last`, at, status, text}];
  };

  const incidents = r.each(value['ongoing_incidents'], 'ongoing_incidents', (o, path): Incident | undefined => {
    const id = r.id(o['id'], `${path}.id`);
    const startedAt = r.date(o['started_at'] ?? o['last_update_at'], `${path}.last_update_at`, true);
    if (!id || startedAt === undefined) return undefined;
    const status = toIncidentStatus(o['status'], false);
    return {
      id,
      title: r.optionalString(o['name'], `${path}.name`) || '',
      severity: lookup(IMPACT, o['current_worst_impact']) ?? 'major',
      status,
      startedAt,
      resolvedAt: status === 'resolved' ? startedAt : undefined,
      components: affected(o['affected_components'], `${path}.affected_components`),
      url: safeHttpUrl(o['url']),
      updates: lastUpdate(o, path, status),
    };
  });

  const readMaintenances = (list: string, status: Maintenance['status'], start: string, end: string) =>
    r.each(value[list], list, (o, path): Maintenance | undefined => {
      const id = r.id(o['id'], `${path}.id`);
      const startsAt = r.date(o[start] ?? o['starts_at'], `${path}.${start}`, true);
      if (!id || startsAt === undefined) return undefined;
      return {
        id,
        title: r.optionalString(o['name'], `${path}.name`) || '',
        status,
        startsAt,
        endsAt: r.date(o[end] ?? o['ends_at'], `${path}.${end}`, false),
        components: affected(o['affected_components'], `${path}.affected_components`),
        url: safeHttpUrl(o['url']),
        updates: lastUpdate(o, path, status),
      };
    });
  const maintenances = [
    ...readMaintenances('in_progress_maintenances', 'in_progress', 'started_at', 'scheduled_end_at'),
    ...readMaintenances('scheduled_maintenances', 'scheduled', 'starts_at', 'ends_at'),
  ];

  r.check('incident.io widget feed');
  return buildSnapshot('incidentio', page, [...components.values()], incidents, maintenances, 'active');
}
