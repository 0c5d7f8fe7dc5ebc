/**
 * What the client tests need beyond test/helpers: scripted feeds on the feed
 * server, the server's counters, the page's visibility and network state as
 * the browser reports them, the listeners the widget leaves on document and
 * window, and the last-good entries it keeps in localStorage.
 */
import {waitUntil} from '../helpers/wait-until.js';
import {MIN_REFRESH_SECONDS} from '../../src/client/feed-store.js';
import {DEFAULT_TIMEOUT_MS} from '../../src/client/fetch-feed.js';
import {LAST_GOOD_PREFIX} from '../../src/client/last-good.js';
import {sourceKey} from '../../src/feeds/sources.js';
import type {TimerWatch, WatchedTimer} from '../helpers/timers.js';

/** A poll timer is at least MIN_REFRESH_SECONDS long; so is the fetch timeout, pending only while a request is. */
export const POLL_MS = MIN_REFRESH_SECONDS * 1000;

/** One answer of /feed/script: the /feed/echo parameters (see test/tools/feed-server.mjs). */
export interface Step {
  body?: unknown;
  status?: number | 'network';
  delay?: number;
  type?: string;
  etag?: string;
  lastModified?: string;
  retryAfter?: string;
  cacheControl?: string;
}

/** Scripts the answers of a feed, in order (the last repeats); resolves to its URL. */
export async function scriptFeed(key: string, steps: Step[]): Promise<string> {
  const body = JSON.stringify(steps.map((s) => (s.body === undefined || typeof s.body === 'string' ? s : {...s, body: JSON.stringify(s.body)})));
  const response = await fetch(`/feed/script?key=${encodeURIComponent(key)}`, {method: 'POST', body, cache: 'no-store'});
  if (!response.ok) throw new Error(`could not script the feed: ${await response.text()}`);
  return `/feed/script?key=${encodeURIComponent(key)}`;
}

export interface Counts {
  count: number;
  conditional: number;
  notModified: number;
}

export async function serverCounts(key: string): Promise<Counts> {
  const response = await fetch(`/feed/count?key=${encodeURIComponent(key)}`, {cache: 'no-store'});
  const {count, conditional, notModified} = (await response.json()) as Counts;
  return {count, conditional, notModified};
}

/**
 * Waits until exactly one poll timer is pending, and returns it. A request in
 * flight has a timer of DEFAULT_TIMEOUT_MS: the tests that use this poll at
 * `refresh="20"` or more, so that only a poll timer is longer.
 */
export async function nextPoll(timers: TimerWatch): Promise<WatchedTimer> {
  const polls = () => timers.pending(DEFAULT_TIMEOUT_MS + 1);
  await waitUntil(() => polls().length === 1, `no single poll timer: ${JSON.stringify(polls().map((t) => t.delay))}`);
  return polls()[0]!;
}

/** Makes the page report itself hidden (or visible again), as a tab switch does, and tells it. */
export function setHidden(hidden: boolean): void {
  if (hidden) {
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
  } else {
    // The own properties shadowed Document.prototype's getters: removing them restores the truth.
    delete (document as {hidden?: boolean}).hidden;
    delete (document as {visibilityState?: string}).visibilityState;
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Makes the browser report itself offline (or online again), and fires the event it fires. */
export function setOnline(online: boolean): void {
  if (online) delete (navigator as {onLine?: boolean}).onLine;
  else Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false});
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

export interface ListenerWatch {
  /** Listeners added to document or window since the watch began and not removed, as "target type". */
  remaining(): string[];
  restore(): void;
}

/** Watches add/removeEventListener on document and window. */
export function watchListeners(): ListenerWatch {
  const live: {target: string; type: string; listener: unknown; capture: boolean}[] = [];
  const restores: (() => void)[] = [];
  for (const [name, target] of [
    ['document', document],
    ['window', window],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
    target.addEventListener = function (this: typeof target, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
      if (!live.some((l) => l.target === name && l.type === type && l.listener === listener && l.capture === capture(options))) {
        live.push({target: name, type, listener, capture: capture(options)});
      }
      return add.call(this, type, listener as EventListener, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (this: typeof target, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
      const i = live.findIndex((l) => l.target === name && l.type === type && l.listener === listener && l.capture === capture(options));
      if (i >= 0) live.splice(i, 1);
      return remove.call(this, type, listener as EventListener, options);
    } as typeof target.removeEventListener;
    restores.push(() => {
      delete (target as {addEventListener?: unknown}).addEventListener;
      delete (target as {removeEventListener?: unknown}).removeEventListener;
    });
  }
  return {
    remaining: () => live.map((l) => `${l.target} ${l.type}`),
    restore: () => restores.forEach((r) => r()),
  };
}

/** The kept entry's key for a single-file feed, as the elements make it (format `auto`): the resolved URL. */
export const lastGoodKey = (src: string, format: 'auto' | 'native' = 'auto') =>
  `${LAST_GOOD_PREFIX}${sourceKey(src, format, false, (url) => new URL(url, document.baseURI).href)}`;

/** The kept entry for a feed, as stored. */
export function keptEntry(src: string): {fetchedAt: number; snapshot: {kind: string}} | null {
  return JSON.parse(localStorage.getItem(lastGoodKey(src)) ?? 'null') as {fetchedAt: number; snapshot: {kind: string}} | null;
}

/** Makes the kept entry for a feed look `ms` older, as if the page had been closed that long. */
export function ageKeptEntry(src: string, ms: number): void {
  const entry = keptEntry(src);
  if (!entry) throw new Error(`nothing kept for ${src}`);
  localStorage.setItem(lastGoodKey(src), JSON.stringify({...entry, fetchedAt: entry.fetchedAt - ms}));
}

/** Forgets every kept snapshot, so that no test sees another's. */
export function clearKept(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(LAST_GOOD_PREFIX)) localStorage.removeItem(key);
}

/**
 * Opens a page of the test site at `/feed/dir/<path>/` in an iframe (a page
 * load of its own: its own stores, the same localStorage), once it has
 * defined the elements. Remove the iframe to leave the page.
 */
export async function openSitePage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = `site page ${path}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/feed/dir/${path}/`;
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('status-history');
  return frame;
}
