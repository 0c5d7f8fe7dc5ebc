import {fetchSource} from './client/fetch-source.js';
import type {FormatOption} from './feeds/parse-feed.js';
import {mirrors} from './feeds/sources.js';
import {chooseBanner, type BannerChoice} from './model/banner.js';
import {filterByComponents} from './model/filters.js';
import {isStale} from './model/staleness.js';
import {overallStatus} from './model/status.js';
import type {OverallStatus, Snapshot} from './model/types.js';

export interface LoadStatusOptions {
  format?: FormatOption;
  signal?: AbortSignal;
  /** Milliseconds before giving up; 10 000 by default. */
  timeoutMs?: number;
  /**
   * From a page URL (Statuspage, Uptime Kuma), also read the endpoints that
   * list past incidents; true by default.
   */
  history?: boolean;
}

/**
 * Fetches a feed and reads it into a Snapshot, without any element: for apps
 * that render status their own way. Mirrors (space-separated URLs) are tried
 * in order. Rejects with a FetchError or FeedError that says what went wrong.
 */
export async function loadStatus(src: string, options: LoadStatusOptions = {}): Promise<Snapshot> {
  let lastError: unknown = new Error('loadStatus: no feed URL given');
  for (const url of mirrors(src)) {
    try {
      const fetched = await fetchSource(new URL(url, globalThis.location?.href).href, options.format ?? 'auto', options.history ?? true, options);
      return await fetched.read();
    } catch (error) {
      if (options.signal?.aborted) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

export interface DerivedStatus {
  /** The overall status; `unknown` when the snapshot is older than `maxAge`. */
  overall: OverallStatus;
  /** What a banner would show now. */
  banner: BannerChoice;
}

/** The status an element would show for a snapshot, as pure data. */
export function deriveStatus(
  snapshot: Snapshot,
  options: {now?: number; components?: readonly string[]; upcomingHours?: number; fetchedAt?: number; maxAge?: number} = {},
): DerivedStatus {
  const now = options.now ?? Date.now();
  const view = filterByComponents(snapshot, options.components);
  return {
    overall: isStale(options.fetchedAt ?? now, options.maxAge, now) ? 'unknown' : overallStatus(view, now),
    banner: chooseBanner(view, now, options.upcomingHours),
  };
}
