import {isSnapshot} from '../feeds/parse-feed.js';
import type {Snapshot} from '../model/types.js';

/**
 * The last good snapshot of each feed, kept in localStorage so that the next
 * page load shows it at once, with its age, while the feed is fetched again.
 * One key per feed, namespaced and versioned: a new Snapshot shape takes a
 * new version, and entries of the old one are simply not read. The key is
 * the store's: the format and every endpoint of every mirror, resolved
 * (feed-store.ts), so that `src="status.json"` on /a/ and on /b/ of one site
 * keep apart. Version 1 keyed by `src` as written, which mixed such pages:
 * its entries cannot be told apart, so they are not read, and are removed
 * whenever something is kept. An entry over
 * MAX_ENTRY_CHARS is not stored: a page must not fill its origin's storage
 * for us. Storage that is disabled, full or corrupt is tolerated: the widget
 * then works as it would without it.
 */
export const LAST_GOOD_PREFIX = 'status-banner:feed:v2:';
const OLD_PREFIX = 'status-banner:feed:v1:';
export const MAX_ENTRY_CHARS = 200_000;

export interface LastGood {
  readonly snapshot: Snapshot;
  /** When it was fetched (epoch ms). */
  readonly fetchedAt: number;
}

export function readLastGood(key: string): LastGood | undefined {
  try {
    const entry = JSON.parse(localStorage.getItem(LAST_GOOD_PREFIX + key)!) as LastGood | null;
    const s = entry?.snapshot;
    // Only a whole snapshot: a damaged one would break rendering, not just be old.
    if (isSnapshot(s) && s.page && [s.components, s.incidents, s.maintenances].every(Array.isArray) && entry!.fetchedAt > 0) {
      // A clock set back since must not make the snapshot look newer than now.
      return {snapshot: s, fetchedAt: Math.min(entry!.fetchedAt, Date.now())};
    }
  } catch {
    // Disabled (SecurityError), or not JSON: as if nothing was kept.
  }
  return undefined;
}

/** Stores a snapshot given as its JSON text (the store has it already). */
export function writeLastGood(key: string, snapshotJson: string, fetchedAt: number): void {
  const entry = `{"fetchedAt":${fetchedAt},"snapshot":${snapshotJson}}`;
  try {
    removeOldEntries();
    if (entry.length <= MAX_ENTRY_CHARS) localStorage.setItem(LAST_GOOD_PREFIX + key, entry);
  } catch {
    // Full (QuotaExceededError) or disabled: the page keeps working from memory.
  }
}

/** Frees the room version 1 entries take (up to MAX_ENTRY_CHARS each): they are never read again. */
function removeOldEntries(): void {
  for (const name of Object.keys(localStorage)) if (name.startsWith(OLD_PREFIX)) localStorage.removeItem(name);
}
