import type {Component, ComponentStatus, Incident, Maintenance, Snapshot} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {toComponentStatus, toIncidentStatus, toMaintenanceStatus, toSeverity} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';

/** The page's own status. */
const PAGE: Record<string, ComponentStatus> = {up: 'operational', hasissues: 'degraded', undermaintenance: 'maintenance'};

/**
 * Reads Instatus's public `/summary.json` (`page` with its status,
 * `activeIncidents`, `activeMaintenances`) and `/v2/components.json`
 * (`components`, with their `children`).
 *
 * - The page's `status` is not the worst thing going on (Manychat's said
 *   `UP` while an incident was open): it is one component, the page itself,
 *   and the overall status is the worst of it and the incidents.
 * - Enum words are written together in capitals (`DEGRADEDPERFORMANCE`,
 *   `PARTIALOUTAGE`, `NOTSTARTEDYET`, `INPROGRESS`); enums.ts reads them.
 * - A healthy page omits `activeIncidents` and `activeMaintenances`.
 * - A maintenance's `duration` is in minutes.
 * - The summary lists only what is going on now: the history says so.
 */
export function parse(value: unknown): Snapshot {
  if (!isObject(value) || !('page' in value || 'activeIncidents' in value || 'activeMaintenances' in value || 'components' in value)) {
    throw new FeedError(`Not an Instatus feed: expected the answer of /summary.json (page, activeIncidents, activeMaintenances), got ${describe(value)}`);
  }
  const r = new FieldReader();
  const pageIn = value['page'] === undefined ? {} : (r.object(value['page'], 'page') ?? {});
  const name = r.optionalString(pageIn['name'], 'page.name');
  const page = {name, url: safeHttpUrl(r.optionalString(pageIn['url'], 'page.url'))};

  const components: Component[] = [];
  const pageStatus = typeof pageIn['status'] === 'string' ? pageIn['status'].toLowerCase() : '';
  if (Object.hasOwn(PAGE, pageStatus)) components.push({id: 'page', name: name || 'Status', status: PAGE[pageStatus]!});
  const readComponents = (list: unknown, path: string): void =>
    void r.each(list, path, (c, p) => {
      const id = r.id(c['id'], `${p}.id`);
      if (!id) return;
      components.push({id, name: r.optionalString(c['name'], `${p}.name`) || id, status: toComponentStatus(c['status'])});
      readComponents(c['children'], `${p}.children`);
    });
  readComponents(value['components'], 'components');

  const incidents = r.each(value['activeIncidents'], 'activeIncidents', (o, path): Incident | undefined => {
    const id = r.id(o['id'], `${path}.id`);
    const startedAt = r.date(o['started'], `${path}.started`, true);
    if (!id || startedAt === undefined) return undefined;
    return {
      id,
      title: r.optionalString(o['name'], `${path}.name`) || '',
      severity: toSeverity(o['impact']),
      status: toIncidentStatus(o['status'], false),
      startedAt,
      components: [],
      url: safeHttpUrl(o['url']),
      updates: [],
    };
  });

  const maintenances = r.each(value['activeMaintenances'], 'activeMaintenances', (o, path): Maintenance | undefined => {
    const id = r.id(o['id'], `${path}.id`);
    const startsAt = r.date(o['start'], `${path}.start`, true);
    if (!id || startsAt === undefined) return undefined;
    const duration = o['duration'];
    const minutes = typeof duration === 'number' || typeof duration === 'string' ? Number(duration) : NaN;
    // An end a Date cannot hold (a duration of 1e300 minutes) is no end.
    const endsAt = minutes > 0 && Math.abs(startsAt + minutes * 60_000) <= 8.64e15 ? startsAt + minutes * 60_000 : undefined;
    return {
      id,
      title: r.optionalString(o['name'], `${path}.name`) || '',
      status: toMaintenanceStatus(o['status']),
      startsAt,
      endsAt,
      components: [],
      url: safeHttpUrl(o['url']),
      updates: [],
    };
  });

  r.check('Instatus feed');
  return buildSnapshot('instatus', page, components, incidents, maintenances, 'active');
}
