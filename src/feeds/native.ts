import type {Component, Incident, Maintenance, Report, Snapshot, Update} from '../model/types.js';
import {buildSnapshot} from './build-snapshot.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {toComponentStatus, toIncidentStatus, toMaintenanceStatus, toSeverity} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';
import {NATIVE_VERSION} from './native-shape.js';

export {NATIVE_VERSION, isNativeFeed} from './native-shape.js';

/**
 * Reads a native feed into a Snapshot. Throws a FeedError that names every
 * bad field when a required field is missing or a field has the wrong type;
 * unknown fields are ignored and unknown enum values map to the nearest known.
 */
export function parseNativeFeed(value: unknown): Snapshot {
  const r = new FieldReader();
  const feed = r.object(value, 'feed');
  if (!feed) throw new FeedError(`Not a native status feed: expected a JSON object, got ${describe(value)}`, ['feed']);
  if (feed['version'] !== NATIVE_VERSION) {
    throw new FeedError(
      `Unsupported native feed version: expected "version": ${NATIVE_VERSION}, got ${describe(feed['version'])}`,
      ['version'],
    );
  }

  const pageIn = feed['page'] === undefined ? {} : r.object(feed['page'], 'page') ?? {};
  const page = {
    name: r.text(pageIn['name'], 'page.name', false),
    url: safeHttpUrl(r.optionalString(pageIn['url'], 'page.url')),
    lang: r.optionalString(pageIn['lang'], 'page.lang'),
  };

  const components: Component[] = [];
  r.array(feed['components'], 'components').forEach((raw, i) => {
    const path = `components[${i}]`;
    const c = r.object(raw, path);
    if (!c) return;
    const id = r.id(c['id'], `${path}.id`);
    const name = r.text(c['name'], `${path}.name`, false);
    if (id) components.push({id, name: name ?? id, status: c['status'] == null ? 'operational' : toComponentStatus(c['status'])});
  });

  const readUpdates = (raw: unknown, path: string, kind: 'incident' | 'maintenance'): Update[] => {
    const updates: Update[] = [];
    r.array(raw, path).forEach((u, i) => {
      const p = `${path}[${i}]`;
      const o = r.object(u, p);
      if (!o) return;
      const at = r.date(o['at'], `${p}.at`, true);
      const text = r.text(o['text'], `${p}.text`, false);
      if (at === undefined) return;
      updates.push({
        id: r.id(o['id'] ?? `${i}`, `${p}.id`) ?? `${i}`,
        at,
        text,
        status: o['status'] == null ? undefined : kind === 'incident' ? toIncidentStatus(o['status'], false) : toMaintenanceStatus(o['status']),
      });
    });
    return updates.sort((a, b) => b.at - a.at);
  };

  const idList = (raw: unknown, path: string): string[] =>
    r.array(raw, path).flatMap((id, i) => {
      const s = r.id(id, `${path}[${i}]`);
      return s ? [s] : [];
    });

  const incidents: Incident[] = [];
  r.array(feed['incidents'], 'incidents').forEach((raw, i) => {
    const path = `incidents[${i}]`;
    const o = r.object(raw, path);
    if (!o) return;
    const id = r.id(o['id'], `${path}.id`);
    const title = r.text(o['title'], `${path}.title`, true);
    const startedAt = r.date(o['started_at'], `${path}.started_at`, true);
    const resolvedAt = r.date(o['resolved_at'], `${path}.resolved_at`, false);
    const report = readReport(r, o['report'], `${path}.report`);
    const incident: Incident = {
      id: id ?? '',
      title: title ?? '',
      severity: toSeverity(o['severity']),
      status: toIncidentStatus(o['status'], resolvedAt !== undefined),
      startedAt: startedAt ?? 0,
      resolvedAt,
      components: idList(o['components'], `${path}.components`),
      url: safeHttpUrl(r.optionalString(o['url'], `${path}.url`)),
      updates: readUpdates(o['updates'], `${path}.updates`, 'incident'),
      report,
    };
    if (id && title !== undefined && startedAt !== undefined) incidents.push(incident);
  });

  const maintenances: Maintenance[] = [];
  r.array(feed['maintenances'], 'maintenances').forEach((raw, i) => {
    const path = `maintenances[${i}]`;
    const o = r.object(raw, path);
    if (!o) return;
    const id = r.id(o['id'], `${path}.id`);
    const title = r.text(o['title'], `${path}.title`, true);
    const startsAt = r.date(o['starts_at'], `${path}.starts_at`, true);
    const maintenance: Maintenance = {
      id: id ?? '',
      title: title ?? '',
      status: toMaintenanceStatus(o['status']),
      startsAt: startsAt ?? 0,
      endsAt: r.date(o['ends_at'], `${path}.ends_at`, false),
      components: idList(o['components'], `${path}.components`),
      text: r.text(o['text'], `${path}.text`, false),
      url: safeHttpUrl(r.optionalString(o['url'], `${path}.url`)),
      updates: readUpdates(o['updates'], `${path}.updates`, 'maintenance'),
    };
    if (id && title !== undefined && startsAt !== undefined) maintenances.push(maintenance);
  });

  r.check('native status feed');

  return buildSnapshot('native', page, components, incidents, maintenances, 'full');
}

function readReport(r: FieldReader, raw: unknown, path: string): Report | undefined {
  if (raw === undefined || raw === null) return undefined;
  const o = r.object(raw, path);
  if (!o) return undefined;
  const report: Report = {
    impact: r.text(o['impact'], `${path}.impact`, false),
    rootCause: r.text(o['root_cause'], `${path}.root_cause`, false),
    rootCausePreliminary: r.optionalBoolean(o['root_cause_preliminary'], `${path}.root_cause_preliminary`),
    resolution: r.text(o['resolution'], `${path}.resolution`, false),
    mitigation: r.text(o['mitigation'], `${path}.mitigation`, false),
    nextSteps: r.text(o['next_steps'], `${path}.next_steps`, false),
  };
  return Object.values(report).some((v) => v !== undefined) ? report : undefined;
}
