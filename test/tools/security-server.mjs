// Routes for the security tests (test/security/), mounted by
// web-test-runner.config.mjs as Koa middleware on the test page's own origin.
// Nothing here passes through the dev server's plugins: each route answers
// itself, so a page served here gets exactly the headers written below.
//
//   GET  /security/csp-page?build=cdn|npm|iife|cdn+npm&policy=strict|duplicates
//        test/security/csp-page.html under a strict Content-Security-Policy
//        (STRICT_POLICY below, the one docs/security.md documents; `duplicates`
//        adds 'allow-duplicates' to trusted-types), with the script tags of
//        the build(s) to load. The page reports to its parent (see csp-page.ts).
//   PUT  /security/feed?key=K&type=T   stores the request body under K.
//   GET  /security/feed?key=K          serves it, as T (default application/json).
//        Feeds too large for a query string (the XSS corpus, 50,000 incidents).
//   GET  /security/big?bytes=N&length=declared|chunked&gzip=1&key=K
//        N bytes of JSON white space around `{"version": 1}`, sent lazily
//        (backpressure respected; past 16 MB, 64 KB a millisecond at most), with a Content-Length or chunked; `gzip=1`
//        sends it gzip-encoded (a small download that inflates to N bytes).
//   GET  /security/trickle?every=ms&key=K
//        Headers and the first byte at once, then one byte of a JSON feed
//        every `every` ms, forever: a response that never completes, and
//        that has begun by the time the client can read it, however slow
//        the machine.
//   GET  /security/sent?key=K  -> {"sent": bytes written so far, "closed": whether the client hung up}
//   GET  /security/orphan/status-banner.js
//        dist/cdn/status-banner.js copied alone, as a site may host it,
//        without the chunks/ folder beside it: every chunk it asks for is a 404.
//   GET  /security/mute-chunks/status-banner.js
//   GET  /security/mute-chunks/chunks/<any>.js
//        dist/cdn/status-banner.js, and in place of each chunk a script that
//        throws WebKit's words for a chunk that failed to load, "Importing a
//        module script failed.", which name no file: what Chromium's own
//        message says does not reach the test.
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PAGE = resolve(ROOT, 'test/security/csp-page.html');

/**
 * The policy of the strictest host page the issue names, with the one
 * Trusted Types policy name Lit needs (`lit-html`). docs/security.md documents it.
 */
export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const POLICIES = {
  strict: STRICT_POLICY,
  duplicates: `${STRICT_POLICY} 'allow-duplicates'`,
};

const BUILDS = {
  cdn: '<script type="module" src="/dist/cdn/status-banner.js"></script>',
  // The npm entry imports `lit` and `i18next` by name: the dev server resolves them, as a bundler would.
  npm: '<script type="module" src="/dist/define.js"></script>',
  iife: '<script src="/dist/cdn/status-banner.iife.js" defer></script>',
};

const MAX_STORED = 64 * 1024 * 1024;
/** @type {Map<string, {body: Buffer, type: string}>} */
const stored = new Map();
/** @type {Map<string, {sent: number, closed: boolean}>} */
const sent = new Map();

function readRequestBody(req) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_STORED) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * `bytes` bytes of JSON white space after `prefix`, gzipped: made once per
 * size (compressing is the slow part, and the same body serves every
 * engine's run), not once per request.
 */
const zippedBySize = new Map();
function gzipped(bytes, prefix) {
  if (!zippedBySize.has(bytes)) {
    const raw = Buffer.alloc(bytes, ' ');
    prefix.copy(raw);
    zippedBySize.set(bytes, gzipSync(raw, {level: 9}));
  }
  return zippedBySize.get(bytes);
}

/** Counts what a streamed response wrote, and whether the client hung up first. */
function track(ctx, key) {
  const record = {sent: 0, closed: false};
  if (typeof key === 'string') sent.set(key, record);
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) record.closed = true;
  });
  return record;
}

/** A Readable that yields `total` bytes of `fill` in 64 KiB chunks, only as fast as the socket takes them. */
function lazyBytes(total, prefix, fill, record) {
  let left = total;
  let first = true;
  return new Readable({
    read() {
      if (left <= 0) return this.push(null);
      let chunk = Buffer.alloc(Math.min(left, 64 * 1024), fill);
      if (first) {
        first = false;
        prefix.copy(chunk, 0, 0, Math.min(prefix.length, chunk.length));
      }
      left -= chunk.length;
      record.sent += chunk.length;
      // Past 16 MB, at most 64 KB a millisecond: WebKit's network process
      // reads ahead of the page as fast as loopback goes, and could take a
      // whole body before the page's cancel reaches it.
      if (record.sent > 16 * 1024 * 1024) setTimeout(() => this.push(chunk), 1);
      else this.push(chunk);
    },
  });
}

/** Koa middleware serving /security/*; everything else falls through. */
export function securityServer() {
  return async function securityMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/security/')) return next();
    const route = ctx.path.slice('/security/'.length);
    const q = ctx.query;
    ctx.set('cache-control', 'no-store');

    if (route === 'orphan/status-banner.js' && ctx.method === 'GET') {
      ctx.type = 'text/javascript';
      ctx.body = await readFile(resolve(ROOT, 'dist/cdn/status-banner.js'));
      return;
    }

    if (route === 'mute-chunks/status-banner.js' && ctx.method === 'GET') {
      ctx.type = 'text/javascript';
      ctx.body = await readFile(resolve(ROOT, 'dist/cdn/status-banner.js'));
      return;
    }

    if (/^mute-chunks\/chunks\/[\w-]+\.js$/.test(route) && ctx.method === 'GET') {
      ctx.type = 'text/javascript';
      ctx.body = `throw new TypeError('Importing a module script failed.');\n`;
      return;
    }

    if (route === 'csp-page' && ctx.method === 'GET') {
      const builds = String(q.build ?? 'cdn')
        .split(/[ +]/)
        .filter(Boolean);
      if (builds.some((b) => !(b in BUILDS))) {
        ctx.status = 400;
        ctx.body = `unknown build in ${q.build}; expected ${Object.keys(BUILDS).join(', ')}`;
        return;
      }
      const policy = POLICIES[String(q.policy ?? 'strict')];
      if (!policy) {
        ctx.status = 400;
        ctx.body = `unknown policy ${q.policy}`;
        return;
      }
      const page = await readFile(PAGE, 'utf8');
      ctx.set('content-security-policy', policy);
      ctx.type = 'text/html';
      ctx.body = page.replace('<!-- builds -->', builds.map((b) => BUILDS[b]).join('\n    '));
      return;
    }

    if (route === 'feed') {
      const key = String(q.key ?? '');
      if (!key) {
        ctx.status = 400;
        ctx.body = 'key required';
        return;
      }
      if (ctx.method === 'PUT' || ctx.method === 'POST') {
        const body = await readRequestBody(ctx.req);
        stored.set(key, {body, type: typeof q.type === 'string' ? q.type : 'application/json'});
        ctx.body = {key, bytes: body.length};
        return;
      }
      if (ctx.method === 'DELETE') {
        stored.delete(key);
        ctx.body = {key};
        return;
      }
      if (ctx.method === 'GET' || ctx.method === 'HEAD') {
        const feed = stored.get(key);
        if (!feed) {
          ctx.status = 404;
          ctx.body = `no feed stored under ${key}`;
          return;
        }
        ctx.type = feed.type;
        ctx.body = feed.body;
        return;
      }
    }

    if (route === 'big' && ctx.method === 'GET') {
      const bytes = Math.max(16, Math.min(Number(q.bytes) || 0, 512 * 1024 * 1024));
      const record = track(ctx, q.key);
      const prefix = Buffer.from('{"version": 1}');
      ctx.type = 'application/json';
      if (q.gzip === '1') {
        // Small on the wire, `bytes` once inflated: the length the browser sees is the compressed one.
        const zipped = gzipped(bytes, prefix);
        record.sent = zipped.length;
        ctx.set('content-encoding', 'gzip');
        ctx.length = zipped.length;
        ctx.body = zipped;
        return;
      }
      if (q.length === 'declared') ctx.length = bytes;
      ctx.body = lazyBytes(bytes, prefix, ' ', record);
      return;
    }

    if (route === 'trickle' && ctx.method === 'GET') {
      const every = Math.max(10, Number(q.every) || 100);
      const record = track(ctx, q.key);
      const text = Buffer.from('{"version": 1, "page": {"name": "slow"}}');
      let i = 0;
      let timer;
      // Forever: after the feed, white space, one byte at a time.
      const pushByte = () => {
        const byte = i < text.length ? text.subarray(i, i + 1) : Buffer.from(' ');
        i++;
        record.sent++;
        stream.push(byte);
      };
      const stream = new Readable({
        read() {
          if (timer) return;
          pushByte();
          timer = setInterval(pushByte, every);
        },
        destroy(error, callback) {
          clearInterval(timer);
          callback(error);
        },
      });
      ctx.res.on('close', () => stream.destroy());
      ctx.type = 'application/json';
      ctx.body = stream;
      return;
    }

    if (route === 'sent' && ctx.method === 'GET') {
      ctx.body = {key: q.key, ...(sent.get(String(q.key)) ?? {sent: 0, closed: false})};
      return;
    }

    ctx.status = 404;
    ctx.body = `unknown security route ${ctx.method} ${ctx.path}`;
  };
}
