// The benchmark's HTTP server, on 127.0.0.1 only (a free port):
//   /dist/**      the built files (npm run build)
//   /bench/**     the bench pages and scripts (test/bench/)
//   /feed/<name>  feeds the bench registers with setFeed(), each counted:
//                 requests, conditional requests, 304s and body bytes sent.
// Feeds carry an ETag and `Cache-Control: no-cache` (the browser may keep a
// copy but must ask again, so every poll reaches the server and an unchanged
// feed can be answered 304), or `no-store` when a measurement must see the
// full response every time.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {createHash} from 'node:crypto';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MOUNTS = {'/dist/': resolve(ROOT, 'dist'), '/bench/': resolve(ROOT, 'test/bench')};
const TYPES = {'.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json'};

/**
 * @typedef {{body: string | (() => string), delay?: number, cache?: 'no-cache' | 'no-store'}} FeedSpec
 * @typedef {{requests: number, conditional: number, notModified: number, bodyBytes: number}} FeedStats
 */

export async function startBenchServer() {
  /** @type {Map<string, {spec: FeedSpec, stats: FeedStats}>} */
  const feeds = new Map();
  const sockets = new Set();

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/feed/')) return await serveFeed(req, res, decodeURIComponent(url.pathname.slice(6)));
      for (const [prefix, dir] of Object.entries(MOUNTS)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (!file.startsWith(dir + sep)) break;
        const body = await readFile(file).catch(() => undefined);
        if (!body) break;
        res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'});
        return res.end(body);
      }
      res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, {'content-type': 'text/plain'});
      res.end(String(error));
    }
  });

  async function serveFeed(req, res, name) {
    const feed = feeds.get(name);
    if (!feed) return res.writeHead(404, {'content-type': 'text/plain'}).end(`no feed ${name}`);
    const {spec, stats} = feed;
    stats.requests++;
    if (spec.delay) await new Promise((r) => setTimeout(r, spec.delay));
    const body = typeof spec.body === 'function' ? spec.body() : spec.body;
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const headers = {'content-type': 'application/json', 'cache-control': spec.cache ?? 'no-cache', etag};
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
