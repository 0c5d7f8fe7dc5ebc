// The benchmark's HTTP server, on 127.0.0.1 only (a free port):
//   /dist/**      the built files (npm run build)
//   /bench/**     the bench pages and scripts (test/bench/)
//   /feed/<name>  feeds the bench registers with setFeed(), each counted:
//                 requests, conditional requests, 304s and body bytes sent.
// Feeds carry an ETag and `Cache-Control: no-cache` (the browser may keep a
// copy but must ask again, so every poll reaches the server and an unchanged
// feed can be answered 304), or `no-store` when a measurement must see the
// full response every time.
//
// The network section reaches the same server under three hostnames
// (NET_HOSTS, mapped here by Chromium's --host-resolver-rules): there every
// response is served as a CDN and a status host would serve it, gzipped, with
// an ETag, CORS, Timing-Allow-Origin (so that resource timing shows cache
// hits) and the cache lifetimes of cdnCacheControl(). It also serves
// Atlassian's widget (/statuspage-widget/) and a Statuspage site's API
// (/api/v2/, test/fixtures/statuspage/site/).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {createHash} from 'node:crypto';
import {gzipSync} from 'node:zlib';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MOUNTS = {
  '/dist/': resolve(ROOT, 'dist'),
  '/bench/': resolve(ROOT, 'test/bench'),
  '/statuspage-widget/': resolve(ROOT, 'node_modules/@statuspage/status-widget/dist'),
  '/api/v2/': resolve(ROOT, 'test/fixtures/statuspage/site/api/v2'),
};
const TYPES = {'.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json'};

/** The page, the CDN and the status feed of the network section, each its own origin. */
export const NET_HOSTS = {page: 'page.test', cdn: 'cdn.test', status: 'status.test'};
const NET_HOST_NAMES = new Set(Object.values(NET_HOSTS));

/**
 * Cache-Control as a CDN sends it: hashed chunks never change, the entry
 * scripts (stable URLs) are kept 5 minutes, a Statuspage API 30 s (as
 * Statuspage's own); pages are revalidated on every visit.
 */
function cdnCacheControl(pathname, apiCache) {
  if (pathname.startsWith('/dist/cdn/chunks/')) return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/dist/') || pathname.startsWith('/statuspage-widget/')) return 'public, max-age=300';
  if (pathname.startsWith('/api/v2/')) return apiCache;
  return 'no-cache';
}

/**
 * @typedef {{body: string | (() => string), delay?: number, cache?: string, type?: string}} FeedSpec
 * @typedef {{requests: number, conditional: number, notModified: number, bodyBytes: number}} FeedStats
 */

export async function startBenchServer() {
  /** @type {Map<string, {spec: FeedSpec, stats: FeedStats}>} */
  const feeds = new Map();
  const sockets = new Set();
  /** The Statuspage API's Cache-Control (setApiCache). */
  let apiCache = 'public, max-age=30';

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const cdnLike = NET_HOST_NAMES.has((req.headers.host ?? '').replace(/:\d+$/, ''));
      if (url.pathname.startsWith('/feed/')) return await serveFeed(req, res, decodeURIComponent(url.pathname.slice(6)), cdnLike);
      for (const [prefix, dir] of Object.entries(MOUNTS)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (!file.startsWith(dir + sep)) break;
        const body = await readFile(file).catch(() => undefined);
        if (!body) break;
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (cdnLike) return sendLikeACdn(req, res, body, {'content-type': type, 'cache-control': cdnCacheControl(url.pathname, apiCache)});
        res.writeHead(200, {'content-type': type, 'cache-control': 'no-cache'});
        return res.end(body);
      }
      res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, {'content-type': 'text/plain'});
      res.end(String(error));
    }
  });

  async function serveFeed(req, res, name, cdnLike) {
    const feed = feeds.get(name);
    if (!feed) return res.writeHead(404, {'content-type': 'text/plain'}).end(`no feed ${name}`);
    const {spec, stats} = feed;
    stats.requests++;
    if (spec.delay) await new Promise((r) => setTimeout(r, spec.delay));
    const body = typeof spec.body === 'function' ? spec.body() : spec.body;
    if (cdnLike) {
      const status = sendLikeACdn(req, res, Buffer.from(body), {'content-type': spec.type ?? 'application/json', 'cache-control': spec.cache ?? 'no-cache'});
      if (req.headers['if-none-match']) stats.conditional++;
      if (status === 304) stats.notModified++;
      else stats.bodyBytes += Buffer.byteLength(body);
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const headers = {'content-type': spec.type ?? 'application/json', 'cache-control': spec.cache ?? 'no-cache', etag};
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch) stats.conditional++;
    if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      stats.notModified++;
      return res.writeHead(304, headers).end();
    }
    const bytes = Buffer.from(body);
    stats.bodyBytes += bytes.length;
    res.writeHead(200, {...headers, 'content-length': bytes.length}).end(bytes);
  }

  /** Answers as a CDN: ETag (304 when it matches), CORS for any origin, gzip when accepted. Returns the status sent. */
  function sendLikeACdn(req, res, body, headers) {
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const common = {...headers, etag, 'access-control-allow-origin': '*', 'timing-allow-origin': '*', vary: 'Accept-Encoding'};
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      res.writeHead(304, common).end();
      return 304;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const sent = gzip ? gzipSync(body) : body;
    res.writeHead(200, {...common, ...(gzip ? {'content-encoding': 'gzip'} : {}), 'content-length': sent.length}).end(sent);
    return 200;
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    origin: `http://127.0.0.1:${port}`,
    /** Registers (or replaces) a feed at /feed/<name>; its counters start at zero. */
    setFeed(name, /** @type {FeedSpec} */ spec) {
      feeds.set(name, {spec, stats: {requests: 0, conditional: 0, notModified: 0, bodyBytes: 0}});
      return `/feed/${encodeURIComponent(name)}`;
    },
    /** The Statuspage API's Cache-Control from now on: `public, max-age=30` at the start, `no-cache` for a feed revalidated at every visit. */
    setApiCache(value) {
      apiCache = value;
    },
    /** @returns {FeedStats} */
    stats(name) {
      return {...feeds.get(name)?.stats};
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
