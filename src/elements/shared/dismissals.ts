/**
 * Which banner items the reader dismissed, remembered per feed and item
 * *update* in localStorage: a new update has a new key, so it shows again.
 * The feed is part of the key because ids are only unique within one feed
 * (Cachet numbers incidents 1, 2, 3…): two feeds' incident "1" are two
 * items. Version 1 keyed by item and update alone; its entries cannot be
 * told apart by feed, so they are not read (such a banner shows once more),
 * and go with the next dismissal. Storage that is full, disabled or corrupt
 * is tolerated: the banner then simply stays dismissed for this page view only.
 */
const KEY = 'status-banner:dismissed:v2';
const OLD_KEY = 'status-banner:dismissed:v1';
const MAX_ENTRIES = 50;
const memory = new Set<string>();

function read(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The key of one update of one item of one feed. `feed` says which feed:
 * its resolved `src` URLs, or for a `data` value its page URL.
 */
export const dismissalKey = (feed: string, itemId: string, updateId: string): string => JSON.stringify([feed, itemId, updateId]);

export function isDismissed(key: string): boolean {
  return memory.has(key) || read().includes(key);
}

export function dismiss(key: string): void {
  memory.add(key);
  try {
    const entries = read().filter((k) => k !== key);
    entries.push(key);
    localStorage.setItem(KEY, JSON.stringify(entries.slice(-MAX_ENTRIES)));
    localStorage.removeItem(OLD_KEY);
  } catch {
    // Kept in memory only.
  }
}
