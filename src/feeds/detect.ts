import type {FeedFormat, Snapshot} from '../model/types.js';
import {FORMATS, type FormatOption} from './parse-feed.js';
import {isObject} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {isNativeFeed} from './native-shape.js';
import {parse as parseStatuspage} from './statuspage.js';

/**
 * The format a parsed JSON payload shows by its shape, for `format="auto"`;
 * undefined when it is none of them. Only the top-level keys that tell the
 * formats apart are looked at: each adapter then checks the payload itself.
 */
export function sniffFormat(value: unknown): FeedFormat | undefined {
  // Two formats answer an array: Upptime's sites (with `slug`), Gatus's endpoints (with `results`).
  if (Array.isArray(value)) {
    const first = value.find(isObject);
    return first && 'slug' in first ? 'upptime' : first && 'results' in first ? 'gatus' : undefined;
  }
  if (!isObject(value)) return undefined;
  if (isNativeFeed(value)) return 'native';
  const o = value as Record<string, any>;
  const has = (...keys: string[]) => keys.some((key) => key in o);
  if (has('heartbeatList', 'publicGroupList')) return 'uptime-kuma';
  if (isObject(o['result']) && 'status_overall' in o['result']) return 'statusio';
  if (has('ongoing_incidents', 'in_progress_maintenances')) return 'incidentio';
  if (o['is'] === 'index' && 'systems' in o) return 'cstate';
  // Instatus writes its enums in capitals, run together: `HASISSUES`, `MAJOROUTAGE`.
  // (A regular expression tests a string: an object there, without a prototype, would throw.)
  const word = (v: unknown) => (typeof v === 'string' ? v : '');
  if (has('activeIncidents', 'activeMaintenances') || /^(UP|HASISSUES|UNDERMAINTENANCE)$/.test(word(o['page']?.status)) || /^[A-Z]+$/.test(word(o['components']?.[0]?.status))) {
    return 'instatus';
  }
  if (isObject(o['data']) && o['data']['type'] === 'status_page') return 'betterstack';
  // Cachet answers {"meta": …, "data": [...]}, or {"data": {…}} for one item.
  if (Array.isArray(o['data']) || isObject(o['data'])) return 'cachet';
  if (has('components', 'incidents', 'scheduled_maintenances', 'incident_updates') || isObject(o['status']) || isObject(o['incident'])) return 'statuspage';
  return undefined;
}

/**
 * Reads a JSON payload in the format asked or, with `auto`, the one its
 * shape shows. Loaded on demand (a native feed is read without it):
 * Statuspage, the format most pages have, comes in this chunk; the others
 * load their own.
 */
export async function parse(value: unknown, format: FormatOption = 'auto'): Promise<Snapshot> {
  const chosen = format === 'auto' ? sniffFormat(value) : format;
  switch (chosen) {
    case 'statuspage':
      return parseStatuspage(value);
    case 'cachet':
      return (await import('./cachet.js')).parse(value);
    case 'uptime-kuma':
      return (await import('./uptime-kuma.js')).parse(value);
    case 'instatus':
      return (await import('./instatus.js')).parse(value);
    case 'upptime':
      return (await import('./upptime.js')).parse(value);
    case 'betterstack':
      return (await import('./betterstack.js')).parse(value);
    case 'gatus':
      return (await import('./gatus.js')).parse(value);
    case 'cstate':
      return (await import('./cstate.js')).parse(value);
    case 'incidentio':
      return (await import('./incidentio.js')).parse(value);
    case 'statusio':
      return (await import('./statusio.js')).parse(value);
    case undefined:
      throw new FeedError(
        `Unrecognized status feed: expected native ({"version": 1, …}), Statuspage, Cachet, Uptime Kuma, Instatus, Upptime, Better Stack, Gatus, cState, incident.io or Status.io JSON, Atom or RSS XML, or a Markdown page; got ${describe(value)}`,
      );
    default:
      throw new FeedError(`Unknown feed format "${chosen}": expected ${FORMATS.join(', ')}`);
  }
}
