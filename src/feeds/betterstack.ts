import type {Component, ComponentStatus, Incident, Maintenance, Severity, Snapshot, Update, UptimeDay} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader, idOf} from './field-reader.js';
import {isCalendarDate} from './uptime-days.js';

/** A resource's status now, and a day's. `not_monitored` is no status: the day was not measured. */
const STATUS: Record<string, ComponentStatus> = {operational: 'operational', degraded: 'degraded', downtime: 'major_outage', maintenance: 'maintenance'};

/**
 * Reads a Better Stack status page's `/index.json`: JSON:API, the page in
 * `data` (`type: "status_page"`, `attributes.company_name`, `company_url`),
 * and in `included` its resources (`type: "status_page_resource"`), each
 * with `public_name`, `status` and `status_history`: one entry per day,
 * `{day, status, downtime_duration, maintenance_duration}`, durations in
 * seconds.
 *
 * - Each resource is a component; each day of its history is measured:
 *   its uptime is the day less its downtime. A `downtime` day's colour
 *   follows how long it lasted (model/uptime.ts `statusOfUptime`), not the
 *   worst word; `degraded` and `maintenance` days keep theirs.
 * - A `not_monitored` day was not measured: left out.
 * - Its status reports (`type: "status_report"`, listed by
 *   `data.relationships.status_reports`), with their status updates
 *   (`type: "status_update"`, each report's
 *   `relationships.status_updates`, or their `status_report_id`), are its
 *   incidents and maintenances: `report_type` `maintenance` is a
 *   maintenance from `starts_at` to `ends_at`; `manual` and `automatic`
 *   ones are incidents. An incident's severity is the worst state any of
 *   its updates gave an affected resource (`degraded` minor, `downtime`
 *   critical, as a resource's `downtime` is a major outage), else the
 *   report's `aggregate_state`; it is resolved at its `ends_at`, else at the
 *   update that set every affected resource `resolved` (or when the report
 *   reads `operational`). Better Stack has no investigating / identified /
 *   monitoring phases: an open report reads `investigating`, and its updates
 *   carry no status but the one that resolves it.
 * - The history says the feed lists only what is going on: Better Stack
 *   documents no promise that `index.json` lists every past report, and a
 *   day it does not measure is not made up from the reports it lists.
 * - No real payload was at hand: the tests use one written from Better
 *   Stack's documentation of the JSON API and of status reports and
 *   updates (test/fixtures/betterstack/README.md).
 */
export function parse(value: unknown): Snapshot {
  const data = isObject(value) && isObject(value['data']) ? value['data'] : undefined;
  if (!data || data['type'] !== 'status_page') {
    throw new FeedError(
      `Not a Better Stack status page: expected the answer of /index.json ({"data": {"type": "status_page", …}, "included": […]}), got ${describe(value)}`,
    );
  }
  const r = new FieldReader();
  const attributes = isObject(data['attributes']) ? data['attributes'] : {};
  const components = r.each((value as Record<string, unknown>)['included'], 'included', (item, path): Component | undefined => {
    if (item['type'] !== 'status_page_resource') return undefined;
    const id = r.id(item['id'], `${path}.id`);
    const a = r.object(item['attributes'], `${path}.attributes`);
    if (!id || !a) return undefined;
    const status = typeof a['status'] === 'string' && Object.hasOwn(STATUS, a['status']) ? STATUS[a['status']]! : 'degraded';
    return {
      id,
      name: r.optionalString(a['public_name'], `${path}.attributes.public_name`) || id,
      status,
      uptime: readHistory(r, a['status_history'], `${path}.attributes.status_history`),
    };
  });
  const {incidents, maintenances} = readReports(r, (value as Record<string, unknown>)['included']);
  r.check('Better Stack status page');
  const name = r.optionalString(attributes['company_name'], 'data.attributes.company_name');
  return buildSnapshot(
    'betterstack',
    {name, url: safeHttpUrl(r.optionalString(attributes['company_url'], 'data.attributes.company_url'))},
    components,
    incidents,
    maintenances,
    'active',
  );
}

/** The severity a resource's state in a report says; `resolved` and `maintenance` say none. */
const SEVERITY: Record<string, Severity> = {degraded: 'minor', downtime: 'critical'};
const SEVERITY_RANK: Record<Severity, number> = {minor: 1, major: 2, critical: 3};
const lookup = <T>(table: Record<string, T>, word: unknown): T | undefined =>
  typeof word === 'string' && Object.hasOwn(table, word.toLowerCase()) ? table[word.toLowerCase()] : undefined;

/** A report's or an update's affected resources: `[{status_page_resource_id, status}]`. */
interface Affected {
  readonly id: string;
  readonly status?: string;
}

function readAffected(r: FieldReader, raw: unknown, path: string): Affected[] {
  if (raw === undefined || raw === null) return [];
  return r.array(raw, path).flatMap((entry, i) => {
    const o = r.object(entry, `${path}[${i}]`);
    const id = o && r.id(o['status_page_resource_id'], `${path}[${i}].status_page_resource_id`);
    return o && id ? [{id, status: typeof o['status'] === 'string' ? o['status'].toLowerCase() : undefined}] : [];
  });
}

interface ReadUpdate {
  readonly id: string;
  readonly at: number;
  readonly text?: string;
  readonly affected: readonly Affected[];
}

/** Every resource named is `resolved`. */
const allResolved = (affected: readonly Affected[]) => affected.length > 0 && affected.every((a) => a.status === 'resolved');

/** The status reports of `included`, with their updates: incidents and maintenances. */
function readReports(r: FieldReader, included: unknown): {incidents: Incident[]; maintenances: Maintenance[]} {
  const items = Array.isArray(included) ? included : [];
  // The updates first, by id: a report names its own (relationships), or they name it (status_report_id).
  const updates = new Map<string, ReadUpdate & {report?: string}>();
  items.forEach((raw, i) => {
    if (!isObject(raw) || raw['type'] !== 'status_update') return;
    const path = `included[${i}]`;
    const id = r.id(raw['id'], `${path}.id`);
    const a = r.object(raw['attributes'], `${path}.attributes`);
    if (!id || !a) return;
    const at = r.date(a['published_at'], `${path}.attributes.published_at`, true);
    if (at === undefined) return;
    updates.set(id, {
      id,
      at,
      text: r.optionalString(a['message'], `${path}.attributes.message`) || undefined,
      affected: readAffected(r, a['affected_resources'], `${path}.attributes.affected_resources`),
      report: idOf(a['status_report_id']),
    });
  });

  const incidents: Incident[] = [];
  const maintenances: Maintenance[] = [];
  items.forEach((raw, i) => {
    if (!isObject(raw) || raw['type'] !== 'status_report') return;
    const path = `included[${i}]`;
    const id = r.id(raw['id'], `${path}.id`);
    const a = r.object(raw['attributes'], `${path}.attributes`);
    if (!id || !a) return;
    const startsAt = r.date(a['starts_at'], `${path}.attributes.starts_at`, true);
    const endsAt = r.date(a['ends_at'], `${path}.attributes.ends_at`, false);
    if (startsAt === undefined) return;
    const title = r.optionalString(a['title'], `${path}.attributes.title`) || '';
    const relationships =
      isObject(raw['relationships']) && isObject(raw['relationships']['status_updates']) ? raw['relationships']['status_updates']['data'] : undefined;
    const named = (Array.isArray(relationships) ? relationships : []).flatMap((ref) => {
      const update = isObject(ref) ? updates.get(idOf(ref['id']) ?? '') : undefined;
      return update ? [update] : [];
    });
    const own = [...new Set([...named, ...[...updates.values()].filter((u) => u.report === id)])].sort((x, y) => y.at - x.at);
    const reportAffected = readAffected(r, a['affected_resources'], `${path}.attributes.affected_resources`);
    const affected = [...reportAffected, ...own.flatMap((u) => u.affected)];
    const components = [...new Set(affected.map((x) => x.id))];

    if (a['report_type'] === 'maintenance') {
      maintenances.push({
        id,
        title,
        status: 'scheduled',
        startsAt,
        endsAt,
        components,
        updates: own.map((u): Update => ({id: u.id, at: u.at, ...(u.text && {text: u.text})})),
      });
      return;
    }

    // Resolved at its end; else by the newest update that set every resource it names resolved, if no later one reopened it.
    const latest = own.find((u) => u.affected.length > 0);
    const resolving = latest && allResolved(latest.affected) ? latest : undefined;
    const closed =
      endsAt !== undefined ||
      resolving !== undefined ||
      (own.length === 0 ? allResolved(reportAffected) : false) ||
      (typeof a['aggregate_state'] === 'string' && a['aggregate_state'].toLowerCase() === 'operational');
    const resolvedAt = endsAt ?? resolving?.at ?? (closed ? (own[0]?.at ?? startsAt) : undefined);
    let severity: Severity | undefined;
    for (const x of affected) {
      const said = lookup(SEVERITY, x.status);
      if (said && (!severity || SEVERITY_RANK[said] > SEVERITY_RANK[severity])) severity = said;
    }
    incidents.push({
      id,
      title,
      severity: severity ?? lookup(SEVERITY, a['aggregate_state']) ?? 'major',
      status: closed ? 'resolved' : 'investigating',
      startedAt: startsAt,
      resolvedAt,
      components,
      updates: own.map((u): Update => ({id: u.id, at: u.at, ...(u === resolving && {status: 'resolved' as const}), ...(u.text && {text: u.text})})),
    });
  });
  return {incidents, maintenances};
}

function readHistory(r: FieldReader, raw: unknown, path: string): UptimeDay[] {
  const days = r.each(raw, path, (o, p): UptimeDay | undefined => {
    if (o['status'] === 'not_monitored') return undefined;
    const downtime = o['downtime_duration'] ?? 0;
    if (!isCalendarDate(o['day'])) return r.problem(`${p}.day`, 'a date "YYYY-MM-DD"', o['day']);
    if (typeof downtime !== 'number' || !(downtime >= 0)) return r.problem(`${p}.downtime_duration`, 'seconds', downtime);
    const uptime = Math.max(0, 1 - downtime / 86_400);
    const said = o['status'] === 'degraded' || o['status'] === 'maintenance' ? STATUS[o['status']] : undefined;
    return {date: o['day'], uptime, downMinutes: Math.round(downtime / 60), ...(said && {status: said})};
  });
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}
