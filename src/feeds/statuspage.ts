import type {Component, ComponentStatus, Incident, IncidentStatus, Maintenance, Snapshot, Update} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {incidentStatusWord, toComponentStatus, toIncidentStatus, toMaintenanceStatus, toSeverity} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader, idOf} from './field-reader.js';
import {htmlToText} from './html-text.js';
import {readInSlices} from './read-in-slices.js';
import type {Reader} from './types.js';

/** What `status.indicator` says of the page as a whole. */
const INDICATOR: Record<string, ComponentStatus> = {
  none: 'operational',
  minor: 'degraded',
  major: 'partial_outage',
  critical: 'major_outage',
  maintenance: 'maintenance',
};

/** Statuses only a scheduled maintenance has. */
const MAINTENANCE_STATUS = /^(scheduled|in_progress|verifying|completed)$/;

/**
 * Reads Atlassian Statuspage's public API v2 (and the pages that copy it,
 * such as incident.io's): `summary.json`, `status.json`, `components.json`,
 * `incidents.json`, `incidents/unresolved.json`,
 * `scheduled-maintenances.json` (and `/upcoming`, `/active`), one incident
 * or maintenance object, or several of these merged into one object (a page
 * URL read through its endpoints, see sources.ts).
 *
 * What the real payloads taught:
 * - the page's `status.indicator` is not the worst thing going on (GitHub
 *   said `minor` while an incident's impact was `major`): the overall status
 *   is derived from components and incidents, and the indicator is used only
 *   when the payload has no components (`status.json`);
 * - `affected_components` can be null; old incidents have no `started_at`
 *   (their `created_at` is the start); maintenances start at
 *   `scheduled_for`, not at `started_at` (when they were announced);
 * - pages hosted on incident.io omit `incidents` and
 *   `scheduled_maintenances`: absent reads as none;
 * - update bodies hold HTML (`<br />`): they become plain text with their
 *   line breaks.
 */
export function parse(value: unknown): Snapshot {
  return readInSlices(parseSteps(value)) as Snapshot;
}

/** parse() as the table of formats calls every adapter (formats.ts): given `pause`, a big history in slices (see readInSlices). */
export const read: Reader = (value, _format, options) => readInSlices(parseSteps(value), options?.pause);

/**
 * Incidents and maintenances read between two pauses of a sliced reading,
 * each with its updates (HTML to text): a few milliseconds. A summary.json,
 * or a history of a few hundred incidents, is read in one go.
 */
export const ITEM_SLICE = 100;

/** The reading as steps (see readInSlices): it yields after every ITEM_SLICE incidents and maintenances. */
function* parseSteps(value: unknown): Generator<void, Snapshot, void> {
  if (!isObject(value)) throw new FeedError(`Not a Statuspage feed: expected a JSON object, got ${describe(value)}`, ['feed']);
  const r = new FieldReader();
  const pageIn = isObject(value['page']) ? value['page'] : {};
  const pageUrl = safeHttpUrl(r.optionalString(pageIn['url'], 'page.url'));
  const page = {name: r.optionalString(pageIn['name'], 'page.name'), url: pageUrl};

  const components: Component[] = r.each(value['components'], 'components', (c, path) => {
    const id = r.id(c['id'], `${path}.id`);
    return id ? {id, name: r.optionalString(c['name'], `${path}.name`) || id, status: toComponentStatus(c['status'])} : undefined;
  });
  const indicatorIn = isObject(value['status']) ? value['status']['indicator'] : undefined;
  const indicator = typeof indicatorIn === 'string' ? indicatorIn : undefined;
  if (components.length === 0 && indicator && Object.hasOwn(INDICATOR, indicator)) {
    // `status.json` says how the page is doing and nothing else: that is one
    // component, the page itself, so that the overall status tells it.
    components.push({id: 'page', name: page.name || 'Status', status: INDICATOR[indicator]!});
  }

  const incidents = new Map<string, Incident>();
  const maintenances = new Map<string, Maintenance>();
  const readItem = (o: Record<string, unknown>, path: string, maintenance: boolean) => {
    const id = r.id(o['id'], `${path}.id`);
    const title = typeof o['name'] === 'string' ? o['name'] : void r.problem(`${path}.name`, 'a string', o['name']);
    const created = r.date(o['created_at'], `${path}.created_at`, false);
    const status = typeof o['status'] === 'string' ? o['status'].toLowerCase() : '';
    const isMaintenance = maintenance || o['scheduled_for'] != null || o['impact'] === 'maintenance' || MAINTENANCE_STATUS.test(status);
    const updates = readUpdates(r, o, path, isMaintenance);
    // Ids of the components the item names, else those its updates touched.
    const ids = new Set<string>();
    for (const c of r.array(o['components'], `${path}.components`)) {
      const id = isObject(c) ? idOf(c['id']) : undefined;
      if (!isObject(c) || !id) continue;
      ids.add(id);
      // incidents.json alone lists no components: those an incident names
      // (with their status now) are known by name all the same.
      if (!components.some((known) => known.id === id)) {
        components.push({id, name: typeof c['name'] === 'string' && c['name'] ? c['name'] : id, status: toComponentStatus(c['status'])});
      }
    }
    if (ids.size === 0) {
      for (const u of r.array(o['incident_updates'], `${path}.incident_updates`)) {
        const affected = isObject(u) && Array.isArray(u['affected_components']) ? u['affected_components'] : [];
        for (const c of affected) {
          const code = isObject(c) ? idOf(c['code']) : undefined;
          if (code) ids.add(code);
        }
      }
    }
    const url =
      (pageUrl && id ? safeHttpUrl(`${pageUrl.replace(/\/$/, '')}/incidents/${encodeURIComponent(id)}`) : undefined) ??
      safeHttpUrl(r.optionalString(o['shortlink'], `${path}.shortlink`));
    if (!id || title === undefined) return;
    if (isMaintenance) {
      const startsAt = r.date(o['scheduled_for'], `${path}.scheduled_for`, false) ?? r.date(o['started_at'], `${path}.started_at`, false) ?? created;
      if (startsAt === undefined) return r.problem(`${path}.scheduled_for`, 'an ISO 8601 date', o['scheduled_for']);
      maintenances.set(id, {
        id,
        title,
        status: toMaintenanceStatus(status),
        startsAt,
        endsAt: r.date(o['scheduled_until'], `${path}.scheduled_until`, false),
        components: [...ids],
        url,
        updates,
      });
    } else {
      const startedAt = r.date(o['started_at'], `${path}.started_at`, false) ?? created;
      if (startedAt === undefined) return r.problem(`${path}.created_at`, 'an ISO 8601 date', o['created_at']);
      const resolvedAt = r.date(o['resolved_at'], `${path}.resolved_at`, false);
      incidents.set(id, {
        id,
        title,
        severity: toSeverity(o['impact_override'] ?? o['impact']),
        // A status no table knows reads as the latest update's, the nearest thing the page said.
        status: incidentStatusWord(status) ?? (updates[0]?.status as IncidentStatus | undefined) ?? toIncidentStatus(status, resolvedAt !== undefined),
        startedAt,
        resolvedAt,
        components: [...ids],
        url,
        updates,
      });
    }
  };

  // As r.each(), yielding as it goes.
  let work = 0;
  for (const [key, maintenance] of [
    ['incidents', false],
    ['scheduled_maintenances', true],
  ] as const) {
    const list = r.array(value[key], key);
    for (let i = 0, n = list.length; i < n; i++) {
      if (!(i in list)) continue;
      const path = `${key}[${i}]`;
      const item = r.object(list[i], path);
      if (item) readItem(item, path, maintenance);
      if (++work % ITEM_SLICE === 0) yield;
    }
  }
  // One incident or maintenance: as `incidents.json` holds them, or wrapped
  // in `{"incident": …}` as Statuspage's webhooks send it.
  const single = isObject(value['incident']) ? value['incident'] : 'incident_updates' in value ? value : undefined;
  if (single) readItem(single, 'incident', false);

  if (!single && !(['components', 'incidents', 'scheduled_maintenances'].some((key) => key in value) || indicator)) {
    throw new FeedError(
      `Not a Statuspage feed: expected an object with components, incidents, scheduled_maintenances or status (as /api/v2/summary.json has), or one incident with incident_updates; got ${describe(value)}`,
    );
  }
  r.check('Statuspage feed');

  // Only `incidents.json` lists past incidents; summary.json and
  // unresolved.json list those going on now (a page URL read through its
  // endpoints says so itself, in sources.ts).
  const listsPast = single !== undefined || (!('components' in value) && !('status' in value) && [...incidents.values()].some((i) => i.status === 'resolved'));
  return buildSnapshot('statuspage', page, components, [...incidents.values()], [...maintenances.values()], listsPast ? 'full' : 'active');
}

function readUpdates(r: FieldReader, item: Record<string, unknown>, path: string, maintenance: boolean): Update[] {
  const updates = r.each(item['incident_updates'], `${path}.incident_updates`, (u, p, i): Update | undefined => {
    const at = r.date(u['display_at'] ?? u['created_at'], `${p}.display_at`, true);
    const body = r.optionalString(u['body'], `${p}.body`);
    if (at === undefined) return undefined;
    return {
      id: r.id(u['id'] ?? `${i}`, `${p}.id`) ?? `${i}`,
      at,
      status: u['status'] == null ? undefined : maintenance ? toMaintenanceStatus(u['status']) : toIncidentStatus(u['status'], false),
      text: body ? htmlToText(body, true) : undefined,
    };
  });
  // A published postmortem closes the timeline, as on the status page.
  const postmortem = r.optionalString(item['postmortem_body'], `${path}.postmortem_body`);
  const publishedAt = r.date(item['postmortem_published_at'], `${path}.postmortem_published_at`, false);
  if (postmortem && publishedAt !== undefined) {
    updates.push({id: 'postmortem', at: publishedAt, status: maintenance ? 'completed' : 'resolved', text: htmlToText(postmortem, true)});
  }
  return updates.sort((a, b) => b.at - a.at);
}
