/**
 * Native feeds (DESIGN.md §3) built relative to now, for states a fixture
 * file cannot hold (an incident going on now, maintenance under way or due),
 * and the URLs of the test feed server (test/tools/feed-server.mjs) that
 * serve them over real HTTP on the test page's origin.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type Text = string | Record<string, string>;

export interface NativeUpdate {
  id: string;
  at: string;
  status?: string;
  text?: Text;
}

export interface NativeIncident {
  id: string;
  title: Text;
  severity?: string;
  status?: string;
  started_at: string;
  resolved_at?: string;
  components?: string[];
  url?: string;
  updates?: NativeUpdate[];
  report?: Record<string, unknown>;
}

export interface NativeMaintenance {
  id: string;
  title: Text;
  status?: string;
  starts_at: string;
  ends_at?: string;
  components?: string[];
  text?: Text;
  updates?: NativeUpdate[];
}

export interface NativeFeed {
  version: 1;
  page?: {name?: Text; url?: string; lang?: string};
  components?: {id: string; name: Text; status?: string}[];
  incidents?: NativeIncident[];
  maintenances?: NativeMaintenance[];
}

/** An ISO instant `minutes` from now (negative: in the past). */
export function minutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * MINUTE).toISOString();
}

export function hoursFromNow(hours: number): string {
  return new Date(Date.now() + hours * HOUR).toISOString();
}

export const PAGE_URL = 'https://status.example.com/';

/** A feed with one operational component and the given items. */
export function nativeFeed(parts: {incidents?: NativeIncident[]; maintenances?: NativeMaintenance[]; pageUrl?: string | null} = {}): NativeFeed {
  return {
    version: 1,
    page: {name: 'Example', ...(parts.pageUrl === null ? {} : {url: parts.pageUrl ?? PAGE_URL}), lang: 'en'},
    components: [
      {id: 'api', name: {en: 'API', fr: 'API'}, status: 'operational'},
      {id: 'downloads', name: {en: 'Package downloads', fr: 'Téléchargement des packages'}, status: 'operational'},
    ],
    incidents: parts.incidents ?? [],
    maintenances: parts.maintenances ?? [],
  };
}

/** An incident that started `minutesAgo` minutes ago and is not resolved. */
export function activeIncident(
  options: {
    id?: string;
    severity?: 'minor' | 'major' | 'critical';
    status?: string;
    minutesAgo?: number;
    title?: Text;
    updateText?: Text;
    updateId?: string;
    updateMinutesAgo?: number;
    url?: string;
  } = {},
): NativeIncident {
  const minutesAgo = options.minutesAgo ?? 30;
  const updateMinutesAgo = options.updateMinutesAgo ?? Math.min(minutesAgo, 5);
  return {
    id: options.id ?? 'inc-1',
    title: options.title ?? {en: 'Package downloads are failing', fr: 'Les téléchargements de packages échouent'},
    severity: options.severity ?? 'major',
    status: options.status ?? 'identified',
    started_at: minutesFromNow(-minutesAgo),
    components: ['downloads'],
    url: options.url ?? 'https://status.example.com/incidents/inc-1',
    updates: [
      {
        id: 'u1',
        at: minutesFromNow(-minutesAgo),
        status: 'investigating',
        text: {en: 'We are investigating failed downloads.', fr: 'Nous analysons les échecs de téléchargement.'},
      },
      {
        id: options.updateId ?? 'u2',
        at: minutesFromNow(-updateMinutesAgo),
        status: options.status ?? 'identified',
        text: options.updateText ?? {
          en: 'The CDN is returning corrupt packages; we are disabling it.',
          fr: 'Le CDN renvoie des packages corrompus ; nous le désactivons.',
        },
      },
    ],
  };
}

/** The same incident, resolved. */
export function resolvedIncident(options: {id?: string; daysAgo?: number; title?: Text} = {}): NativeIncident {
  const daysAgo = options.daysAgo ?? 3;
  return {
    id: options.id ?? 'old-1',
    title: options.title ?? {en: 'Search was slow', fr: 'La recherche était lente'},
    severity: 'minor',
    status: 'resolved',
    started_at: hoursFromNow(-24 * daysAgo - 2),
    resolved_at: hoursFromNow(-24 * daysAgo),
    components: ['api'],
    updates: [{id: 'u1', at: hoursFromNow(-24 * daysAgo), status: 'resolved', text: 'Fixed.'}],
  };
}

/** Maintenance that began `minutesAgo` minutes ago and ends in `minutesLeft`. */
export function maintenanceInProgress(options: {id?: string; minutesAgo?: number; minutesLeft?: number; title?: Text} = {}): NativeMaintenance {
  return {
    id: options.id ?? 'm-now',
    title: options.title ?? {en: 'Database upgrade', fr: 'Mise à niveau de la base de données'},
    status: 'in_progress',
    starts_at: minutesFromNow(-(options.minutesAgo ?? 15)),
    ends_at: minutesFromNow(options.minutesLeft ?? 45),
    components: ['api'],
    text: {en: 'Publishing may be briefly unavailable.', fr: 'La publication peut être brièvement indisponible.'},
    updates: [],
  };
}

/** Maintenance scheduled to start in `hoursAhead` hours, for one hour. */
export function upcomingMaintenance(options: {id?: string; hoursAhead?: number; title?: Text} = {}): NativeMaintenance {
  const hoursAhead = options.hoursAhead ?? 3;
  return {
    id: options.id ?? 'm-soon',
    title: options.title ?? {en: 'Storage migration', fr: 'Migration du stockage'},
    status: 'scheduled',
    starts_at: hoursFromNow(hoursAhead),
    ends_at: hoursFromNow(hoursAhead + 1),
    components: ['api'],
    text: {en: 'Downloads will be read-only.', fr: 'Les téléchargements seront en lecture seule.'},
    updates: [],
  };
}

let serial = 0;
/** A request-counter key no other test uses (the server's counters live as long as the runner). */
export function uniqueKey(name: string): string {
  return `${name}-${Date.now().toString(36)}-${++serial}`;
}

/**
 * A `delay` for a request meant to be cut before it answers (a timeout, a
 * cancel, an element removed): the feed server's longest (MAX_DELAY_MS in
 * test/tools/feed-server.mjs), so that the answer never beats the cut, even
 * on a machine slow enough to take seconds to get there.
 */
export const NEVER_MS = 30_000;

/** /feed/echo serving `body` (an object is JSON-encoded) under counter `key`. */
export function echoUrl(body: unknown, key: string, params: Record<string, string | number> = {}): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const query = new URLSearchParams({body: text, key, ...stringify(params)});
  return `/feed/echo?${query}`;
}

/** /feed/file serving a fixture under counter `key`. */
export function fileUrl(path: string, key: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams({path, key, ...stringify(params)});
  return `/feed/file?${query}`;
}

function stringify(params: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}

/** How many requests the feed server has seen with `key`. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/feed/count?key=${encodeURIComponent(key)}`, {cache: 'no-store'});
  const body = (await response.json()) as {count: number};
  return body.count;
}

export const PSGALLERY_PATH = 'test/fixtures/native/psgallery.json';

/** The PowerShell Gallery fixture, fetched raw and parsed: a fresh object each call. */
export async function loadPsgallery(): Promise<PsgalleryFeed> {
  const response = await fetch(`/${PSGALLERY_PATH}`, {cache: 'no-store'});
  return JSON.parse(await response.text()) as PsgalleryFeed;
}

export interface PsgalleryFeed extends NativeFeed {
  incidents: (NativeIncident & {
    title: Record<string, string>;
    report: {
      impact: Record<string, string>;
      root_cause: Record<string, string>;
      root_cause_preliminary: boolean;
      resolution?: Record<string, string>;
      mitigation?: Record<string, string>;
      next_steps: Record<string, string>;
    };
  })[];
}
