import type {Component, ComponentStatus, Incident, Maintenance, Severity, Snapshot} from '../model/types.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {toMaintenanceStatus} from './enums.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';
import {parseFeedDate} from './dates.js';
import {markdownToText} from './markdown-text.js';
import {daysFromChecks} from './uptime-days.js';

/** Heartbeat statuses: 0 down, 1 up, 2 pending (retrying), 3 maintenance. */
const BEAT: readonly ComponentStatus[] = ['major_outage', 'operational', 'degraded', 'maintenance'];
/** The pinned incident's `style` is all it says of its gravity. */
const STYLE: Record<string, Severity> = {danger: 'critical', warning: 'major'};

interface Beat {
  status: number;
  at: number;
}

/**
 * Reads an Uptime Kuma status page: its config, pinned incident, monitors and
 * maintenances (`/api/status-page/<slug>`) merged with its heartbeats
 * (`/api/status-page/heartbeat/<slug>`), as a status page URL
 * `…/status/<slug>` is read (sources.ts); either alone is read too.
 *
 * - Each public monitor is a component, its status the latest heartbeat's.
 *   A monitor with no heartbeat is left out rather than claimed up.
 * - A monitor that is down is an incident going on: since when its current
 *   run of down beats began (Uptime Kuma has no incidents for it, but that is
 *   what its status page shows in red).
 * - The pinned incident (`incident`, there is at most one) is an incident
 *   going on; its `style` is its severity (danger → critical, warning →
 *   major, others → minor).
 * - The heartbeats measure the days they fall on (`uptime`: the share of
 *   beats up, per UTC day): the status page API sends the last beats only
 *   (about 100 per monitor, hours rather than days), so the days before them
 *   are not measured, and `<status-uptime>` says so.
 * - `uptimeList` is not read: its keys are `"<id>_24"` in Uptime Kuma 1 and
 *   `"<id>"` in 2, and a ratio over the last 24 hours is not a calendar
 *   day's: shown as one, it would mix two days.
 * - Heartbeat times have no time zone (`2026-08-26 21:48:50.259`): Uptime
 *   Kuma stores them in UTC. Version 2 can send `0` for an empty slot.
 * - Uptime Kuma keeps no incident history: the history says so.
 */
export function parse(value: unknown): Snapshot {
  if (!isObject(value) || !('publicGroupList' in value || 'heartbeatList' in value || 'config' in value)) {
    throw new FeedError(
      `Not an Uptime Kuma feed: expected the answer of /api/status-page/<slug> (config, publicGroupList) or /api/status-page/heartbeat/<slug> (heartbeatList), got ${describe(value)}`,
    );
  }
  const r = new FieldReader();
  const config = isObject(value['config']) ? value['config'] : {};
  const heartbeats = value['heartbeatList'] === undefined ? undefined : r.object(value['heartbeatList'], 'heartbeatList');
  if (!heartbeats) {
    r.check('Uptime Kuma feed');
    throw new FeedError(
      "Uptime Kuma status page without heartbeats: the monitors' statuses are in /api/status-page/heartbeat/<slug>; give the status page URL (…/status/<slug>) as src, and both are read",
      ['heartbeatList'],
    );
  }

  // Monitors by id, named by the status page's groups when it came along.
  const names = new Map<string, string>();
  r.array(value['publicGroupList'], 'publicGroupList').forEach((group, g) => {
    const monitors = isObject(group) ? r.array(group['monitorList'], `publicGroupList[${g}].monitorList`) : [];
    r.each(monitors, `publicGroupList[${g}].monitorList`, (o, path) => {
      const id = r.id(o['id'], `${path}.id`);
      if (id && !names.has(id)) names.set(id, r.optionalString(o['name'], `${path}.name`) || id);
    });
  });
  const ids = names.size > 0 ? [...names.keys()] : Object.keys(heartbeats);

  const components: Component[] = [];
  const incidents: Incident[] = [];
  let dataTime = -Infinity;
  for (const id of ids) {
    const beats: Beat[] = [];
    r.array(heartbeats[id], `heartbeatList.${id}`).forEach((raw, i) => {
      if (!isObject(raw)) return; // an empty slot
      const at = parseFeedDate(raw['time']);
      if (at === undefined || typeof raw['status'] !== 'number') return r.problem(`heartbeatList.${id}[${i}]`, 'a heartbeat {status, time}', raw);
      beats.push({status: raw['status'], at});
    });
    if (beats.length === 0) continue;
    beats.sort((a, b) => a.at - b.at);
    const latest = beats[beats.length - 1]!;
    dataTime = Math.max(dataTime, latest.at);
    const name = names.get(id) ?? id;
    const status = BEAT[latest.status] ?? 'degraded';
    components.push({id, name, status, uptime: daysFromChecks(beats.map((b) => ({at: b.at, status: BEAT[b.status] ?? 'degraded'})))});
    if (latest.status === 0) {
      let since = beats.length - 1;
      while (since > 0 && beats[since - 1]!.status === 0) since--;
      incidents.push({
        id: `monitor-${id}-${beats[since]!.at}`,
        title: name,
        severity: 'major',
        status: 'investigating',
        startedAt: beats[since]!.at,
        components: [id],
        updates: [],
      });
    }
  }

  const pinned = value['incident'];
  if (isObject(pinned)) {
    const id = r.id(pinned['id'], 'incident.id');
    const startedAt = r.date(pinned['createdDate'], 'incident.createdDate', true);
    const updatedAt = r.date(pinned['lastUpdatedDate'], 'incident.lastUpdatedDate', false);
    const text = markdownToText(r.optionalString(pinned['content'], 'incident.content') ?? '');
    if (id && startedAt !== undefined) {
      incidents.push({
        id: `incident-${id}`,
        title: r.optionalString(pinned['title'], 'incident.title') || '',
        severity: typeof pinned['style'] === 'string' && Object.hasOwn(STYLE, pinned['style']) ? STYLE[pinned['style']]! : 'minor',
        status: 'investigating',
        startedAt,
        components: [],
        updates: text ? [{id: `incident-${id}-${updatedAt ?? startedAt}`, at: updatedAt ?? startedAt, text}] : [],
      });
    }
  }

  const maintenances = r.each(value['maintenanceList'], 'maintenanceList', (o, path): Maintenance | undefined => {
    const id = r.id(o['id'], `${path}.id`);
    if (!id || o['status'] === 'inactive') return undefined;
    // Times of a window are in the maintenance's own zone, given beside them.
    const zone = typeof o['timezoneOffset'] === 'string' && /^[+-]\d{2}:\d{2}$/.test(o['timezoneOffset']) ? o['timezoneOffset'] : '';
    const slot = r.array(o['timeslotList'], `${path}.timeslotList`).find(isObject);
    const at = (v: unknown) => (typeof v === 'string' ? parseFeedDate(/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}${zone}`) : undefined);
    const status = toMaintenanceStatus(o['status']);
    // A manual maintenance has no window: under way as of the data's time.
    const startsAt = at(slot?.['startDate']) ?? (status === 'in_progress' && dataTime > -Infinity ? dataTime : undefined);
    if (startsAt === undefined) return undefined;
    return {
      id: String(id),
      title: r.optionalString(o['title'], `${path}.title`) || '',
      status,
      startsAt,
      endsAt: at(slot?.['endDate']),
      components: [],
      text: markdownToText(r.optionalString(o['description'], `${path}.description`) ?? '') || undefined,
      updates: [],
    };
  });

  r.check('Uptime Kuma feed');
  const title = r.optionalString(config['title'], 'config.title');
  return buildSnapshot('uptime-kuma', {name: title || undefined}, components, incidents, maintenances, 'active');
}
