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
//        `serial=1` (with `key`): a feed that changes on every request — the
//        JSON body gets `"serial": n` (n = the request's count) as its first
//        field, and the etag (if any) a `-n` suffix.
//   GET  /feed/file?path=test/fixtures/..&delay=..&status=..&type=..&key=K
//        Same, with a fixture file as the body (the path must stay inside
//        test/fixtures).
//   POST /feed/script?key=K  body: [step, step, …]
//   GET  /feed/script?key=K
//        A feed whose answers a test scripts in sequence: the n-th GET gets
//        step n (the last step answers every later request). A step is an
//        object of the /feed/echo parameters: {"status": 503, "retryAfter":
//        "120"}, {"body": "…", "etag": "v2", "delay": 2000}, …
//   GET  /feed/count?key=K  -> {"key": K, "count": n, "conditional": m, "notModified": k}
//        how many /feed/echo, /feed/file and /feed/script requests carried
//        ?key=K, how many of those were conditional (If-None-Match /
//        If-Modified-Since), and how many were answered 304 Not Modified.
//   POST /feed/reset[?key=K] clears the counters (all, or one key).
//   GET  /feed/dir/<path>/        a blank page that defines the elements (src/define.ts): pages at
//                                 several paths of one origin, for feeds named by a relative URL
//   GET  /feed/dir/<path>/<file>  the feed scripted (POST /feed/script) under the key `<path>/<file>`,
//                                 counted under it: `src="status.json"` on the page above
//   GET  /feed/tree/<key>/<path>  the file test/fixtures/<path> (as /feed/file), counted under the key
//                                 `<key>/<path>`: a fixture site's endpoints, each counted, e.g.
//                                 /feed/tree/K/statuspage/site/api/v2 as a Statuspage API root
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

/** @type {Map<string, {count: number, conditional: number, notModified: number}>} */
const counters = new Map();

/** @type {Map<string, Record<string, unknown>[]>} the scripted answers of /feed/script, per key */
const scripts = new Map();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quoteEtag = (tag) => (/^(W\/)?"/.test(tag) ? tag : `"${tag}"`);
const bareEtag = (tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

const counter = (key) => counters.get(key) ?? counters.set(key, {count: 0, conditional: 0, notModified: 0}).get(key);

function count(ctx) {
  const key = ctx.query.key;
  if (typeof key !== 'string') return;
  const c = counter(key);
  c.count++;
  if (ctx.get('if-none-match') || ctx.get('if-modified-since')) c.conditional++;
}

/** `body` answered as the parameters `q` (default: the query) say. */
async function respond(ctx, body, defaultType, q = ctx.query) {
  const delay = Math.min(Math.max(Number(q.delay) || 0, 0), MAX_DELAY_MS);
  if (delay) await sleep(delay);

  if (q.status === 'network') {
    ctx.status = 200; // not a 404 in the test runner's report
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const key = typeof ctx.query.key === 'string' ? ctx.query.key : undefined;
  const broken = key !== undefined && q.failAfter !== undefined && (counters.get(key)?.count ?? 0) > Number(q.failAfter);
  const status = broken ? 500 : q.status ? Number(q.status) : 200;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    ctx.status = 400;
    ctx.body = `bad status ${q.status}`;
    return;
  }

  let etag = typeof q.etag === 'string' ? q.etag : undefined;
  if (q.serial && key !== undefined) {
    const n = counter(key).count;
    body = String(body).replace('{', `{"serial": ${n}, `);
    if (etag !== undefined) etag += `-${n}`;
  }
  ctx.set('cache-control', typeof q.cacheControl === 'string' ? q.cacheControl : 'no-cache');
  if (etag !== undefined) ctx.set('etag', quoteEtag(etag));
  if (typeof q.lastModified === 'string') ctx.set('last-modified', q.lastModified);
  if (typeof q.retryAfter === 'string') ctx.set('retry-after', q.retryAfter);

  if (status >= 200 && status < 300) {
    const inm = ctx.get('if-none-match');
    const ims = ctx.get('if-modified-since');
    const notModified =
      etag !== undefined
        ? !!inm && inm.split(',').some((t) => t.trim() === '*' || bareEtag(t) === bareEtag(etag))
        : typeof q.lastModified === 'string' && !!ims && ims === q.lastModified;
    if (notModified) {
      if (key !== undefined) counter(key).notModified++;
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

    if (route.startsWith('dir/') && route.endsWith('/') && ctx.method === 'GET') {
      ctx.set('cache-control', 'no-store');
      ctx.type = 'text/html';
      ctx.body =
        '<!doctype html>\n<html lang="en"><head><title>A page of the site</title><script type="module" src="/src/define.ts"></script></head><body></body></html>\n';
      return;
    }

    if (route.startsWith('dir/') && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const key = route.slice('dir/'.length);
      const steps = scripts.get(key);
      if (!steps) {
        ctx.status = 404;
        ctx.body = `no script for key ${key}`;
        return;
      }
      ctx.query = {...ctx.query, key};
      count(ctx);
      const step = steps[Math.min(counter(key).count, steps.length) - 1];
      return respond(ctx, step.body ?? '', 'application/json', step);
    }

    if (route.startsWith('tree/') && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const key = route.slice('tree/'.length);
      const rel = key.slice(key.indexOf('/') + 1);
      const file = resolve(FIXTURES, rel);
      if (!key.includes('/') || rel.split('/').includes('..') || !file.startsWith(FIXTURES + sep)) {
        ctx.status = 403;
        ctx.body = 'path must be a file under test/fixtures/';
        return;
      }
      ctx.query = {...ctx.query, key};
      count(ctx);
      let body;
      try {
        body = await readFile(file);
      } catch {
        ctx.status = 404;
        ctx.body = `no such fixture: ${rel}`;
        return;
      }
      return respond(ctx, body, TYPES[extname(file)] ?? 'application/json');
    }

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

    if (route === 'script' && ctx.method === 'POST' && typeof ctx.query.key === 'string') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const steps = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (!Array.isArray(steps) || steps.length === 0) {
        ctx.status = 400;
        ctx.body = 'expected a JSON array of steps';
        return;
      }
      // Parameters are strings, as in a query.
      scripts.set(
        ctx.query.key,
        steps.map((step) => Object.fromEntries(Object.entries(step).map(([k, v]) => [k, String(v)]))),
      );
      ctx.set('cache-control', 'no-store');
      ctx.body = {ok: true};
      return;
    }

    if (route === 'script' && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const steps = scripts.get(String(ctx.query.key));
      if (!steps) {
        ctx.status = 404;
        ctx.body = `no script for key ${ctx.query.key}`;
        return;
      }
      count(ctx);
      const step = steps[Math.min(counter(ctx.query.key).count, steps.length) - 1];
      return respond(ctx, step.body ?? '', 'application/json', step);
    }

    if (route === 'count' && ctx.method === 'GET') {
      const key = String(ctx.query.key ?? '');
      const c = counters.get(key) ?? {count: 0, conditional: 0, notModified: 0};
      ctx.set('cache-control', 'no-store');
      ctx.body = {key, ...c};
      return;
    }

    if (route === 'reset' && ctx.method === 'POST') {
      if (typeof ctx.query.key === 'string') {
        counters.delete(ctx.query.key);
        scripts.delete(ctx.query.key);
      } else {
        counters.clear();
        scripts.clear();
      }
      ctx.set('cache-control', 'no-store');
      ctx.body = {ok: true};
      return;
    }

    ctx.status = 404;
    ctx.body = `unknown feed route ${ctx.method} ${ctx.path}`;
  };
}
