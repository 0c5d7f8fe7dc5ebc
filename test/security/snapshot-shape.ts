/**
 * What every adapter must produce, checked field by field: the shape the
 * Snapshot type promises (src/model/types.ts), instants the Date object can
 * hold (the elements format them), links that are only http(s), and the
 * promised orders. Returns the problems, empty when the snapshot is sound.
 */
import type {Snapshot} from '../../src/model/types.js';

const SEVERITIES = ['minor', 'major', 'critical'];
const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'];
const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'completed'];
const COMPONENT_STATUSES = ['operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance'];
const FORMATS = ['native', 'statuspage', 'atom', 'rss', 'cachet', 'uptime-kuma', 'instatus', 'markdown', 'cstate', 'incidentio', 'statusio'];
/** The range of a Date: beyond it `new Date(t).toISOString()` throws. */
const MAX_TIME = 8.64e15;

export function snapshotProblems(value: unknown): string[] {
  const problems: string[] = [];
  const fail = (path: string, what: string, got: unknown) => problems.push(`${path}: expected ${what}, got ${String(got).slice(0, 60)}`);
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const text = (v: unknown, path: string, optional: boolean) => {
    if (v === undefined && optional) return;
    if (typeof v === 'string') return;
    if (isObject(v) && Object.keys(v).length > 0 && Object.values(v).every((s) => typeof s === 'string')) return;
    fail(path, 'a text', v);
  };
  const id = (v: unknown, path: string) => {
    if (typeof v !== 'string' || v === '') fail(path, 'a non-empty string id', v);
  };
  const time = (v: unknown, path: string, optional: boolean) => {
    if (v === undefined && optional) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > MAX_TIME) fail(path, 'an instant a Date can hold', v);
  };
  const oneOf = (v: unknown, allowed: string[], path: string, optional = false) => {
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || !allowed.includes(v)) fail(path, allowed.join('|'), v);
  };
  const url = (v: unknown, path: string) => {
    if (v === undefined) return;
    if (typeof v !== 'string' || !/^https?:\/\//i.test(v)) fail(path, 'an absolute http(s) URL', v);
  };
  /** Which dates are calendar dates (types.ts CalendarDates): absent, or a non-empty list of the item's date fields. */
  const calendarDates = (v: unknown, fields: string[], path: string) => {
    if (v === undefined) return;
    if (!Array.isArray(v) || v.length === 0 || !v.every((f) => fields.includes(f))) fail(path, `a non-empty list of ${fields.join('|')}`, v);
  };
  const array = (v: unknown, path: string): unknown[] => {
    if (Array.isArray(v)) return v;
    fail(path, 'an array', v);
    return [];
  };
  const updates = (v: unknown, path: string) => {
    const list = array(v, path);
    list.forEach((u, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(u)) return fail(p, 'an object', u);
      id(u['id'], `${p}.id`);
      time(u['at'], `${p}.at`, false);
      oneOf(u['status'], [...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES], `${p}.status`, true);
      text(u['text'], `${p}.text`, true);
      calendarDates(u['calendarDates'], ['at'], `${p}.calendarDates`);
      const previous = list[i - 1] as {at?: number} | undefined;
      if (previous && typeof previous.at === 'number' && typeof u['at'] === 'number' && previous.at < u['at']) fail(p, 'newest first', u['at']);
    });
  };

  if (!isObject(value)) return [`expected a Snapshot object, got ${String(value)}`];
  const s = value as Partial<Snapshot> & Record<string, unknown>;
  if (s.kind !== 'status-snapshot') fail('kind', '"status-snapshot"', s.kind);
  oneOf(s.format, FORMATS, 'format');
  oneOf(s.history, ['full', 'active'], 'history');
  if (!isObject(s.page)) fail('page', 'an object', s.page);
  else {
    text(s.page['name'], 'page.name', true);
    url(s.page['url'], 'page.url');
    if (s.page['lang'] !== undefined && typeof s.page['lang'] !== 'string') fail('page.lang', 'a string', s.page['lang']);
  }
  array(s.components, 'components').forEach((c, i) => {
    const p = `components[${i}]`;
    if (!isObject(c)) return fail(p, 'an object', c);
    id(c['id'], `${p}.id`);
    text(c['name'], `${p}.name`, false);
    oneOf(c['status'], COMPONENT_STATUSES, `${p}.status`);
  });
  const incidents = array(s.incidents, 'incidents');
  incidents.forEach((item, i) => {
    const p = `incidents[${i}]`;
    if (!isObject(item)) return fail(p, 'an object', item);
    id(item['id'], `${p}.id`);
    text(item['title'], `${p}.title`, false);
    oneOf(item['severity'], SEVERITIES, `${p}.severity`);
    oneOf(item['status'], INCIDENT_STATUSES, `${p}.status`);
    time(item['startedAt'], `${p}.startedAt`, false);
    time(item['resolvedAt'], `${p}.resolvedAt`, true);
    calendarDates(item['calendarDates'], ['startedAt', 'resolvedAt'], `${p}.calendarDates`);
    array(item['components'], `${p}.components`).forEach((c, j) => id(c, `${p}.components[${j}]`));
    url(item['url'], `${p}.url`);
    updates(item['updates'], `${p}.updates`);
    const report = item['report'];
    if (report !== undefined) {
      if (!isObject(report)) fail(`${p}.report`, 'an object', report);
      else {
        for (const key of ['impact', 'rootCause', 'resolution', 'mitigation', 'nextSteps']) text(report[key], `${p}.report.${key}`, true);
        if (report['rootCausePreliminary'] !== undefined && typeof report['rootCausePreliminary'] !== 'boolean')
          fail(`${p}.report.rootCausePreliminary`, 'a boolean', report['rootCausePreliminary']);
      }
    }
    const previous = incidents[i - 1] as {startedAt?: number} | undefined;
    if (previous && typeof previous.startedAt === 'number' && typeof item['startedAt'] === 'number' && previous.startedAt < item['startedAt'])
      fail(p, 'newest first', item['startedAt']);
  });
  const maintenances = array(s.maintenances, 'maintenances');
  maintenances.forEach((item, i) => {
    const p = `maintenances[${i}]`;
    if (!isObject(item)) return fail(p, 'an object', item);
    id(item['id'], `${p}.id`);
    text(item['title'], `${p}.title`, false);
    oneOf(item['status'], MAINTENANCE_STATUSES, `${p}.status`);
    time(item['startsAt'], `${p}.startsAt`, false);
    time(item['endsAt'], `${p}.endsAt`, true);
    calendarDates(item['calendarDates'], ['startsAt', 'endsAt'], `${p}.calendarDates`);
    array(item['components'], `${p}.components`).forEach((c, j) => id(c, `${p}.components[${j}]`));
    text(item['text'], `${p}.text`, true);
    url(item['url'], `${p}.url`);
    updates(item['updates'], `${p}.updates`);
    const previous = maintenances[i - 1] as {startsAt?: number} | undefined;
    if (previous && typeof previous.startsAt === 'number' && typeof item['startsAt'] === 'number' && previous.startsAt > item['startsAt'])
      fail(p, 'soonest first', item['startsAt']);
  });
  return problems;
}
