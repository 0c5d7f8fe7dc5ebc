#!/usr/bin/env node
// The demo server: serves the repository root statically and a live status
// feed that the demo page can change (start an incident, post updates,
// resolve it, schedule a maintenance, reset).
//
//   node demo/serve.mjs            -> http://localhost:8000
//   PORT=8123 node demo/serve.mjs
//
// Node built-ins only. The feed lives in memory: `demo/status.json` is read
// once at start and never written.

import {createServer} from 'node:http';
import {createHash} from 'node:crypto';
import {readFile, stat} from 'node:fs/promises';
import {createReadStream} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import process from 'node:process';
import {measuredUptimeFeed} from './uptime-feed.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FEED_FILE = path.join(ROOT, 'demo', 'status.json');
const FEED_PATH = '/demo/status.json';
const INCIDENT_PATH = '/demo/incident';
/** The measured uptime example's feed, made for today at each request. */
const UPTIME_PATH = '/demo/uptime.json';
const PORT = Number.parseInt(process.env.PORT ?? '', 10) || 8000;
const HOST = process.env.HOST || 'localhost'; // loopback only: the demo's POST endpoint is not for the network
const MAX_BODY = 16 * 1024;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const HTML_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Frame-Options': 'DENY',
};

// ---------------------------------------------------------------------------
// The live feed

let original;
try {
  original = JSON.parse(await readFile(FEED_FILE, 'utf8'));
} catch (error) {
  console.error(`Cannot read the demo feed ${path.relative(ROOT, FEED_FILE)}: ${error.message}`);
  process.exit(1);
}

const feed = {
  data: structuredClone(original),
  body: '',
  etag: '',
  lastModified: '',
};

function publish() {
  feed.body = JSON.stringify(feed.data, null, 2) + '\n';
  feed.etag = `"${createHash('sha256').update(feed.body).digest('base64url').slice(0, 27)}"`;
  feed.lastModified = new Date().toUTCString();
}
publish();

const SEVERITIES = ['minor', 'major', 'critical'];
const COMPONENT_FOR_SEVERITY = {minor: 'degraded', major: 'partial_outage', critical: 'major_outage'};
const LIVE_COMPONENT = 'downloads';

const UPDATE_TEXTS = {
  identified: {
    en: 'The cause has been identified: a faulty CDN configuration. A fix is being deployed.',
    fr: 'La cause a été identifiée\u00a0: une configuration défectueuse du CDN. Un correctif est en cours de déploiement.',
  },
  monitoring: {
    en: 'A fix has been deployed. We are monitoring the results.',
    fr: 'Un correctif a été déployé. Nous surveillons les résultats.',
  },
  resolved: {
    en: 'This incident has been resolved.',
    fr: 'Cet incident est résolu.',
  },
};
const NEXT_STATUS = {investigating: 'identified', identified: 'monitoring'};

class ClientError extends Error {
  constructor(message, status = 400) {
    super(message);
    this.status = status;
  }
}

const isLive = (incident) => typeof incident?.id === 'string' && incident.id.startsWith('live-');
const isActive = (incident) => incident.status !== 'resolved' && !incident.resolved_at;
const activeLiveIncident = () => (feed.data.incidents ?? []).find((i) => isLive(i) && isActive(i));

function setComponentStatus(id, status) {
  const component = (feed.data.components ?? []).find((c) => c.id === id);
  if (component) component.status = status;
}

function nextUpdateId(incident) {
  const used = new Set(incident.updates.map((u) => u.id));
  let n = incident.updates.length + 1;
  while (used.has(`u${n}`)) n++;
  return `u${n}`;
}

const ACTIONS = {
  start(body) {
    const severity = body.severity ?? 'major';
    if (!SEVERITIES.includes(severity)) {
      throw new ClientError(`"severity" must be one of ${SEVERITIES.join(', ')}`);
    }
    const now = new Date();
    const at = now.toISOString();
    const incident = {
      id: `live-${now.getTime()}`,
      title: {en: 'Package downloads are failing', fr: 'Échec du téléchargement des packages'},
      severity,
      status: 'investigating',
      started_at: at,
      components: [LIVE_COMPONENT],
      updates: [
        {
          id: 'u1',
          at,
          status: 'investigating',
          text: {
            en: 'We are investigating reports of failed downloads from PowerShell Gallery.',
            fr: 'Nous examinons des signalements d’échecs de téléchargement depuis PowerShell Gallery.',
          },
        },
      ],
    };
    // One live incident at a time: a new start replaces the active one.
    const incidents = (feed.data.incidents ?? []).filter((i) => !(isLive(i) && isActive(i)));
    feed.data.incidents = [incident, ...incidents];
    setComponentStatus(LIVE_COMPONENT, COMPONENT_FOR_SEVERITY[severity]);
  },

  update() {
    const incident = activeLiveIncident();
    if (!incident) throw new ClientError('There is no live incident to update: start one first');
    const status = NEXT_STATUS[incident.status];
    if (!status) throw new ClientError('The live incident is already being monitored: resolve it');
    incident.status = status;
    incident.updates.unshift({
      id: nextUpdateId(incident),
      at: new Date().toISOString(),
      status,
      text: {...UPDATE_TEXTS[status]},
    });
  },

  resolve() {
    const incident = activeLiveIncident();
    if (!incident) throw new ClientError('There is no live incident to resolve');
    const at = new Date().toISOString();
    incident.status = 'resolved';
    incident.resolved_at = at;
    incident.updates.unshift({id: nextUpdateId(incident), at, status: 'resolved', text: {...UPDATE_TEXTS.resolved}});
    setComponentStatus(LIVE_COMPONENT, 'operational');
  },

  maintenance() {
    const now = Date.now();
    const hour = 3600 * 1000;
    const maintenance = {
      id: 'live-maint',
      // The banner's label already says "Scheduled maintenance": the title names the work only.
      title: {en: 'Database maintenance', fr: 'Maintenance de la base de données'},
      status: 'scheduled',
      starts_at: new Date(now + 2 * hour).toISOString(),
      ends_at: new Date(now + 3 * hour).toISOString(),
      components: ['website', 'search'],
      text: {
        en: 'Search may be slow for up to an hour.',
        fr: 'La recherche pourra être lente pendant une heure au plus.',
      },
      updates: [],
    };
    const others = (feed.data.maintenances ?? []).filter((m) => m.id !== maintenance.id);
    feed.data.maintenances = [maintenance, ...others];
  },

  reset() {
    feed.data = structuredClone(original);
  },
};

// ---------------------------------------------------------------------------
// HTTP helpers

function send(res, status, headers, body) {
  res.writeHead(status, {...COMMON_HEADERS, ...headers});
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendJson(res, status, value, headers = {}) {
  const body = JSON.stringify(value) + '\n';
  send(res, status, {'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store', ...headers}, body);
}

function sendError(res, status, message, headers = {}) {
  sendJson(res, status, {error: message}, headers);
}

function redirect(res, location) {
  send(res, 301, {Location: location, 'Content-Type': 'text/plain; charset=utf-8'}, `Moved to ${location}\n`);
}

/** Does an If-None-Match header match this ETag? (weak comparison, lists, `*`) */
function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const strip = (tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === strip(etag));
}

function notModified(req, etag, lastModified) {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return etagMatches(inm, etag);
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  return lastModified && !Number.isNaN(ims) && Date.parse(lastModified) <= ims;
}

function sendNotModified(res, headers) {
  const {'Content-Type': _type, 'Content-Length': _length, ...rest} = headers;
  res.writeHead(304, {...COMMON_HEADERS, ...rest});
  res.end();
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new ClientError('Request body too large', 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// ---------------------------------------------------------------------------
// Routes

function serveFeed(req, res) {
  const headers = {
    'Content-Type': TYPES['.json'],
    'Cache-Control': 'no-cache',
    ETag: feed.etag,
    'Last-Modified': feed.lastModified,
  };
  if (notModified(req, feed.etag, feed.lastModified)) {
    sendNotModified(res, headers);
    return;
  }
  send(res, 200, {...headers, 'Content-Length': Buffer.byteLength(feed.body)}, feed.body);
}

async function postIncident(req, res) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  // Requiring JSON also keeps other sites' plain form posts out (they cannot
  // send application/json without a CORS preflight, which is never granted).
  if (type !== 'application/json') throw new ClientError('Content-Type must be application/json');
  let body;
  try {
    body = JSON.parse(await readBody(req));
  } catch (error) {
    if (error instanceof ClientError) throw error;
    throw new ClientError('The request body is not valid JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ClientError('The request body must be a JSON object');
  }
  const action = body.action;
  if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action)) {
    throw new ClientError(`"action" must be one of ${Object.keys(ACTIONS).join(', ')}`);
  }
  ACTIONS[action](body);
  publish();
  console.log(`${new Date().toISOString()} incident action: ${action}${body.severity ? ` (${body.severity})` : ''}`);
  send(res, 200, {'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store', ETag: feed.etag, 'Last-Modified': feed.lastModified}, feed.body);
}

async function serveStatic(req, res, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new ClientError('Malformed URL');
  }
  const segments = decoded.split(/[\\/]/);
  // No traversal, no NUL bytes, no dotfiles (.git, .env, …).
  if (decoded.includes('\0') || segments.some((s) => s === '..' || (s.startsWith('.') && s !== ''))) {
    throw new ClientError('Forbidden', 403);
  }
  let file = path.resolve(ROOT, '.' + decoded);
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) throw new ClientError('Forbidden', 403);

  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      redirect(res, pathname + '/');
      return;
    }
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) throw new ClientError('Not found', 404);

  const ext = path.extname(file).toLowerCase();
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const lastModified = info.mtime.toUTCString();
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // Always revalidate: a rebuilt dist/ shows on the next reload.
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': lastModified,
    ...(ext === '.html' ? HTML_HEADERS : {}),
  };
  if (notModified(req, etag, lastModified)) {
    sendNotModified(res, headers);
    return;
  }
  res.writeHead(200, {...COMMON_HEADERS, ...headers, 'Content-Length': info.size});
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

async function handle(req, res) {
  let url;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new ClientError('Malformed URL');
  }
  const {pathname} = url;

  if (pathname === INCIDENT_PATH) {
    if (req.method !== 'POST') throw new ClientError('Use POST', 405);
    await postIncident(req, res);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new ClientError('Method not allowed', 405);
  if (pathname === '/') {
    redirect(res, '/demo/');
    return;
  }
  if (pathname === FEED_PATH) {
    serveFeed(req, res);
    return;
  }
  if (pathname === UPTIME_PATH) {
    sendJson(res, 200, measuredUptimeFeed(), {'Cache-Control': 'no-cache'});
    return;
  }
  await serveStatic(req, res, pathname);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (error instanceof ClientError) {
      const headers = error.status === 405 ? {Allow: req.url?.startsWith(INCIDENT_PATH) ? 'POST' : 'GET, HEAD'} : {};
      sendError(res, error.status, error.message, headers);
      return;
    }
    console.error(error);
    sendError(res, 500, 'Internal server error');
  });
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${PORT} is already in use. Try PORT=${PORT + 1} npm start`);
  } else {
    console.error(error.message);
  }
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  console.log(`status-banner demo: http://localhost:${PORT}`);
  console.log(`  feed: http://localhost:${PORT}${FEED_PATH}  (in memory; POST ${INCIDENT_PATH} to change it)`);
  console.log('  press Ctrl+C to stop');
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the demo server`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
