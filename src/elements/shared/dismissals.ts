/**
 * Which banner items the reader dismissed, remembered per item *update* in
 * localStorage: a new update has a new key, so it shows again. Storage that
 * is full, disabled or corrupt is tolerated: the banner then simply stays
 * dismissed for this page view only.
 */
const KEY = 'status-banner:dismissed:v1';
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

export function isDismissed(key: string): boolean {
  return memory.has(key) || read().includes(key);
}

export function dismiss(key: string): void {
  memory.add(key);
  try {
    const entries = read().filter((k) => k !== key);
    entries.push(key);
    localStorage.setItem(KEY, JSON.stringify(entries.slice(-MAX_ENTRIES)));
  } catch {
    // Kept in memory only.
  }
}
