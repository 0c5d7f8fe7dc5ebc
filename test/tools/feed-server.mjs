// A scriptable feed server for the client tests, mounted by
// web-test-runner.config.mjs as Koa middleware on the test page's own origin.
//
//   GET  /feed/echo?status=500&delay=ms&type=text/html&body=<urlencoded>
//                  &etag=..&lastModified=..&retryAfter=..&cacheControl=..&key=K
//        Answers `status` (default 200; `network` drops the connection, so
//        fetch() rejects) with content-type `type` (default application/json)
//        and `body` after `delay` ms. `etag`, `lastModified`, `retryAfter` set
//        the ETag, Last-Modified and Retry-After headers; a request whose
//        If-None-Match matches the etag (or, without an etag, whose
//        If-Modified-Since equals lastModified) gets 304 with no body.
//        Cache-Control defaults to `no-cache` (the browser may store but must
//        revalidate), so every fetch reaches this server and is counted.
//        `failAfter=N` (with `key`): the first N requests answer as asked, the
//        later ones with HTTP 500 — a feed that breaks while a page is open.
//   GET  /feed/file?path=test/fixtures/..&delay=..&status=..&type=..&key=K
//        Same, with a fixture file as the body (the path must stay inside
//        test/fixtures).
//   GET  /feed/count?key=K  -> {"key": K, "count": n, "conditional": m}
//        how many /feed/echo and /feed/file requests carried ?key=K, and how
//        many of those were conditional (If-None-Match / If-Modified-Since).
//   POST /feed/reset[?key=K] clears the counters (all, or one key).
import {readFile} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURES = resolve(ROOT, 'test/fixtures');
const MAX_DELAY_MS = 30_000;

const TYPES = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.rss': 'application/rss+xml',
  '.html': 'text/html',
  '.txt': 'text/plain',
  '.md': 'text/plain',
};

/** @type {Map<string, {count: number, conditional: number}>} */
const counters = new Map();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quoteEtag = (tag) => (/^(W\/)?"/.test(tag) ? tag : `"${tag}"`);
const bareEtag = (tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

function count(ctx) {
  const key = ctx.query.key;
  if (typeof key !== 'string') return;
  const c = counters.get(key) ?? {count: 0, conditional: 0};
  c.count++;
  if (ctx.get('if-none-match') || ctx.get('if-modified-since')) c.conditional++;
  counters.set(key, c);
}

async function respond(ctx, body, defaultType) {
  const q = ctx.query;
  const delay = Math.min(Math.max(Number(q.delay) || 0, 0), MAX_DELAY_MS);
  if (delay) await sleep(delay);

  if (q.status === 'network') {
    ctx.status = 200; // not a 404 in the test runner's report
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const key = typeof q.key === 'string' ? q.key : undefined;
  const broken = key !== undefined && q.failAfter !== undefined && (counters.get(key)?.count ?? 0) > Number(q.failAfter);
  const status = broken ? 500 : q.status ? Number(q.status) : 200;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    ctx.status = 400;
    ctx.body = `bad status ${q.status}`;
    return;
  }

  ctx.set('cache-control', typeof q.cacheControl === 'string' ? q.cacheControl : 'no-cache');
  if (typeof q.etag === 'string') ctx.set('etag', quoteEtag(q.etag));
  if (typeof q.lastModified === 'string') ctx.set('last-modified', q.lastModified);
  if (typeof q.retryAfter === 'string') ctx.set('retry-after', q.retryAfter);

  if (status >= 200 && status < 300) {
    const inm = ctx.get('if-none-match');
    const ims = ctx.get('if-modified-since');
    const notModified =
      typeof q.etag === 'string'
        ? !!inm && inm.split(',').some((t) => t.trim() === '*' || bareEtag(t) === bareEtag(q.etag))
        : typeof q.lastModified === 'string' && !!ims && ims === q.lastModified;
    if (notModified) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
  }
  ctx.status = status;
  ctx.type = typeof q.type === 'string' ? q.type : defaultType;
  ctx.body = body;
}

/** Koa middleware serving /feed/*; everything else falls through. */
export function feedServer() {
  return async function feedMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/feed/')) return next();
    const route = ctx.path.slice('/feed/'.length);

    if (route === 'echo' && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      count(ctx);
      const body = typeof ctx.query.body === 'string' ? ctx.query.body : '';
      return respond(ctx, body, 'application/json');
    }

    if (route === 'file' && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const rel = ctx.query.path;
      const file = typeof rel === 'string' ? resolve(ROOT, rel) : '';
      if (typeof rel !== 'string' || rel.split(/[\\/]/).includes('..') || !file.startsWith(FIXTURES + sep)) {
        ctx.status = 403;
        ctx.body = 'path must be a file under test/fixtures/';
        return;
      }
      count(ctx);
      let body;
      try {
        body = await readFile(file);
      } catch {
        ctx.status = 404;
        ctx.body = `no such fixture: ${rel}`;
        return;
      }
      return respond(ctx, body, TYPES[extname(file)] ?? 'application/octet-stream');
    }

    if (route === 'count' && ctx.method === 'GET') {
      const key = String(ctx.query.key ?? '');
      const c = counters.get(key) ?? {count: 0, conditional: 0};
      ctx.set('cache-control', 'no-store');
      ctx.body = {key, ...c};
      return;
    }

    if (route === 'reset' && ctx.method === 'POST') {
      if (typeof ctx.query.key === 'string') counters.delete(ctx.query.key);
      else counters.clear();
      ctx.set('cache-control', 'no-store');
      ctx.body = {ok: true};
      return;
    }

    ctx.status = 404;
    ctx.body = `unknown feed route ${ctx.method} ${ctx.path}`;
  };
}
