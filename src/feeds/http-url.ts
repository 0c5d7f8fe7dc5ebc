import {safeHttpUrl} from '../model/safe-url.js';

/**
 * A URL that `new URL()` returns unchanged as its href: http or https, a
 * lower-case host name (no user, no port, no IP address), a path and an
 * optional query of characters the parser keeps as they are. DOT_SEGMENT
 * then excludes what the parser would rewrite (`.` and `..` segments) and
 * international names (`xn--`, which it checks).
 */
const PLAIN = /^https?:\/\/(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)*[a-z](?:[a-z\d-]*[a-z\d])?\/[\w\-.~/:@!$&*()+,;=]*(?:\?[\w\-.~/:@!$&*()+,;=?]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)|xn--/;

/**
 * safeHttpUrl() for a feed's many links: a plain URL (the usual
 * `https://status.example.com/incidents/123`) is taken as it is, without
 * the cost of `new URL()` (a fifth of reading a big feed); any other goes
 * through safeHttpUrl(). Both give the same answer for every string
 * (test/feeds/http-url.test.ts checks it).
 */
export function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && PLAIN.test(value) && !DOT_SEGMENT.test(value) ? value : safeHttpUrl(value);
}
