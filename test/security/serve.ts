/** Feeds served over real HTTP by test/tools/security-server.mjs, for bodies too large for a query string. */
let serial = 0;

/** Stores `body` on the test server; resolves to the URL that serves it as `type`. */
export async function serveFeed(body: string, type = 'application/json'): Promise<string> {
  const key = `sec-${Date.now().toString(36)}-${++serial}`;
  const response = await fetch(`/security/feed?key=${key}&type=${encodeURIComponent(type)}`, {method: 'PUT', body});
  if (!response.ok) throw new Error(`the test server did not store the feed: HTTP ${response.status}`);
  return `/security/feed?key=${key}`;
}

/** A key no other test uses, for the server's byte counters. */
export function uniqueKey(name: string): string {
  return `${name}-${Date.now().toString(36)}-${++serial}`;
}

/** How many bytes the server wrote for `key`, and whether the client hung up before the end. */
export async function bytesSent(key: string): Promise<{sent: number; closed: boolean}> {
  const response = await fetch(`/security/sent?key=${encodeURIComponent(key)}`, {cache: 'no-store'});
  return (await response.json()) as {sent: number; closed: boolean};
}
