import type {Component, ComponentStatus, Snapshot, UptimeDay} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';
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
 * - The status reports (`type: "status_report"`) are not read yet: the
 *   history says the feed lists only what is going on.
 * - No real payload was at hand: the tests use one written from Better
 *   Stack's documentation of the JSON API.
 */
export function parse(value: unknown): Snapshot {
  const data = isObject(value) && isObject(value['data']) ? value['data'] : undefined;
  if (!data || data['type'] !== 'status_page') {
    throw new FeedError(`Not a Better Stack status page: expected the answer of /index.json ({"data": {"type": "status_page", …}, "included": […]}), got ${describe(value)}`);
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
  r.check('Better Stack status page');
  const name = r.optionalString(attributes['company_name'], 'data.attributes.company_name');
  return buildSnapshot('betterstack', {name, url: safeHttpUrl(r.optionalString(attributes['company_url'], 'data.attributes.company_url'))}, components, [], [], 'active');
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
