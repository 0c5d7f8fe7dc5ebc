// What tells a native feed apart, without its reader: the CDN's first script
// sniffs a payload with this, and loads native.ts (a chunk) only to read one.

/** The native feed version this code reads (DESIGN.md §3). */
export const NATIVE_VERSION = 1;

/** Whether a parsed JSON value looks like a native feed. */
export function isNativeFeed(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'version' in value &&
    // `{"version": 1}` alone is a valid feed with nothing to report (only `version` is required).
    ((value as {version: unknown}).version === NATIVE_VERSION || 'incidents' in value || 'components' in value || 'page' in value || 'maintenances' in value)
  );
}
