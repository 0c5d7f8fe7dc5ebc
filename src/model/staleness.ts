/**
 * Whether a snapshot fetched at `fetchedAt` is older than `maxAgeSeconds`
 * (DESIGN.md §2 `max-age`): such a snapshot must read as `unknown`, never as
 * a stale green. Without a max-age nothing is stale.
 */
export function isStale(fetchedAt: number | undefined, maxAgeSeconds: number | undefined, now: number): boolean {
  if (maxAgeSeconds === undefined || !Number.isFinite(maxAgeSeconds) || maxAgeSeconds <= 0) return false;
  return fetchedAt === undefined || now - fetchedAt > maxAgeSeconds * 1000;
}
