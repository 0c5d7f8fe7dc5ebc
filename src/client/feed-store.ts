import type {FormatOption} from '../feeds/parse-feed.js';
import {mirrors, planSource, sourceKey} from '../feeds/sources.js';
import {useEndpoints} from './endpoint-requests.js';
import {FetchError} from './fetch-feed.js';
import {fetchSource} from './fetch-source.js';
import {readLastGood, writeLastGood} from './last-good.js';
import {resolveUrl} from './resolve-url.js';
import type {FeedState} from './feed-state.js';
import type {TabLink} from './tabs.js';
import {yieldToPage} from './yield-to-page.js';
import type {Snapshot} from '../model/types.js';
import {readInSlices} from '../feeds/read-in-slices.js';

export type {FeedState};

/**
 * What happened on one fetch: a changed snapshot (`load`), the same snapshot
 * fetched again (`fresh`: a newer `fetchedAt`, and the end of any run of
 * failures), or a failure.
 */
export type FeedEvent = {readonly type: 'load'} | {readonly type: 'fresh'} | {readonly type: 'error'; readonly error: Error; readonly url: string};

export type FeedListener = (state: FeedState, event: FeedEvent) => void;

/** Seconds between polls when an element's `refresh` is not given, or not allowed (DESIGN.md §2). */
export const DEFAULT_REFRESH_SECONDS = 60;

export const MIN_REFRESH_SECONDS = 10;

/** Failures back off to this at most (or to the refresh interval, if longer). */
export const MAX_BACKOFF_SECONDS = 600;

/**
 * One store per feed: every element on the page with the same `src` (and
 * `format`), resolved, shares its requests and its poll loop. Stores whose
 * feeds read a same endpoint (a banner's and a history's on one page URL)
 * share its requests too (endpoint-requests.ts). It starts with its first
 * subscriber and stops, releasing its timer, listeners and any request, with
 * its last.
 *
 * When the next fetch is due: one interval (the shortest `refresh` asked)
 * after the last one, or longer when the server asks (`Retry-After`,
 * `Cache-Control: max-age`) or the feed is failing (exponential backoff with
 * jitter, capped). A poll that falls due while the page is hidden or offline
 * waits, and runs as soon as the page is shown again and online.
 */
export class FeedStore {
  state: FeedState = {status: 'loading'};
  readonly #onIdle: () => void;
  readonly #urls: string[];
  readonly #subscribers = new Map<FeedListener, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<void> | undefined;
  #controller: AbortController | undefined;
  #lastBody: string | undefined;
  /** The snapshot as JSON: compared with each new one, and what is kept in storage. */
  #json: string | undefined;
  /** The mirror that answered last; tried first next time. */
  #preferred = 0;
  /** When the last fetch ended, or when the kept snapshot was fetched; 0 before either. */
  #last = 0;
  /** The least time between #last and the next fetch (ms), beyond the interval: server wait, backoff. */
  #pause = 0;
  /** Whether this page has fetched the feed yet. */
  #fetched = false;
  #failures = 0;
  /** A poll fell due while the page was hidden or offline. */
  #missed = false;
  /** Ends this store's use of its endpoints' shared requests, while it runs. */
  #releaseEndpoints: (() => void) | undefined;
  /** Whether this tab runs the poll loop: false while another tab of the site polls this feed for it (tabs.ts). */
  #leads = true;
  /** The tabs.ts chunk, loaded once this store polls. */
  #share: Promise<unknown> | undefined;
  /** Set by tabs.ts while this store shares its answers with the site's other tabs. */
  tabs?: TabLink;

  constructor(
    readonly key: string,
    readonly src: string,
    readonly format: FormatOption,
    onIdle: () => void,
    /** Whether an element shows the history: a page URL then reads its history endpoints too. */
    readonly history = false,
  ) {
    this.#onIdle = onIdle;
    this.#urls = mirrors(src);
    const kept = readLastGood(key);
    if (kept) {
      this.state = {status: 'loading', ...kept};
      this.#json = JSON.stringify(kept.snapshot);
      this.#last = kept.fetchedAt;
    }
  }

  /** `refresh` is the subscriber's poll interval in seconds; 0 fetches once. */
  subscribe(listener: FeedListener, refresh: number): () => void {
    if (this.#subscribers.size === 0) {
      this.#releaseEndpoints = useEndpoints(this.#urls.flatMap((url) => planSource(url, this.format, this.history).urls));
      document.addEventListener('visibilitychange', this.#wake);
      addEventListener('online', this.#wake);
    }
    this.#subscribers.set(listener, refresh);
    this.#schedule();
    return () => {
      this.#subscribers.delete(listener);
      if (this.#subscribers.size === 0) this.#stop();
      else this.#schedule();
    };
  }

  /** Fetches now, from the servers; concurrent calls share the request in flight. */
  reload(): Promise<void> {
    return this.#refetch(false);
  }

  /**
   * `reuse`: a poll may take an endpoint's answer that another store got
   * within one interval of when this poll was due (as fresh as its own
   * request would be); an explicit reload(), or a store that does not
   * poll, asks the servers.
   */
  #refetch(reuse: boolean): Promise<void> {
    const interval = this.#interval();
    const due = this.#last + Math.max(interval, this.#pause);
    const reuseAfter = reuse && interval ? Math.max(due, Date.now()) - interval : Infinity;
    // Only the page's first poll may take what the browser has (a preload): a
    // reload(), or a request once the page has had an answer (its own or another tab's), asks the server.
    this.#inFlight ??= this.#fetchOnce(reuseAfter, !reuse || this.#fetched).finally(() => {
      this.#inFlight = undefined;
      this.#last = Date.now();
      this.#schedule();
    });
    return this.#inFlight;
  }

  async #fetchOnce(reuseAfter: number, revalidate: boolean): Promise<void> {
    clearTimeout(this.#timer);
    this.#fetched = true;
    this.#missed = false;
    this.#controller = new AbortController();
    const signal = this.#controller.signal;
    let lastError: Error = new FetchError('No feed URL given in src', this.src);
    let lastUrl = this.#urls[0] ?? '';
    let wait = 0;
    // Mirrors in order, starting with the one that answered last time.
    const order = this.#urls.map((_, i) => this.#urls[(i + this.#preferred) % this.#urls.length]!);
    for (const url of order) {
      if (signal.aborted) return;
      lastUrl = url;
      try {
        const fetched = await fetchSource(url, this.format, this.history, {signal, reuseAfter, revalidate});
        if (signal.aborted) return;
        this.#preferred = this.#urls.indexOf(url);
        let snapshot = this.state.snapshot;
        let changed = false;
        let big = false;
        // A 304 comes back as the stored body: the same text is not parsed again.
        if (fetched.body !== this.#lastBody || !snapshot) {
          const parsed = await fetched.read();
          if (signal.aborted) return;
          // A big history's text is written in slices (its first write is one long task).
          big = parsed.incidents.length + parsed.maintenances.length > BIG_HISTORY;
          const json = big ? await stringifyInSlices(parsed) : JSON.stringify(parsed);
          if (signal.aborted) return;
          // A new body may still say the same (a kept snapshot, a feed's own timestamp).
          if (json !== this.#json) {
            snapshot = parsed;
            this.#json = json;
            changed = true;
          }
          this.#lastBody = fetched.body;
        }
        this.#failures = 0;
        this.#pause = fetched.wait;
        this.state = {status: 'ready', snapshot, fetchedAt: fetched.at};
        writeLastGood(this.key, this.#json!, this.state.fetchedAt!);
        // A big history is rendered in a task of its own, not after the end of its reading.
        if (changed && big) await yieldToPage();
        if (signal.aborted) return;
        // An unchanged snapshot is still news to the elements: without it they
        // would keep an old `fetchedAt` (and read `unknown` past max-age
        // though the feed answers) and keep showing a failure that is over.
        this.#emit({type: changed ? 'load' : 'fresh'});
        return;
      } catch (error) {
        if (signal.aborted) return;
        lastError = error instanceof Error ? error : new Error(String(error));
        wait = Math.max(wait, (error as FetchError).wait || 0);
      }
    }
    const attempt = ++this.#failures;
    // Exponential backoff from the interval, capped, with up to 50% jitter so
    // that the pages of a whole audience do not retry a recovering server at once.
    const base = this.#interval();
    const backoff = Math.min(Math.max(base, MAX_BACKOFF_SECONDS * 1000), base * 2 ** (attempt - 1));
    this.#pause = Math.max(wait, backoff * (1 + Math.random() / 2));
    this.state = {
      ...this.state,
      status: 'error',
      error: lastError,
      errorUrl: lastUrl,
      attempt,
    };
    this.#emit({type: 'error', error: lastError, url: lastUrl});
  }

  /** Another tab's answer (tabs.ts), taken as if this tab had fetched it: `last` is when that fetch ended. */
  receive(state: FeedState, pause: number, last: number, json = JSON.stringify(state.snapshot)): void {
    let event: FeedEvent = {type: 'error', error: state.error!, url: state.errorUrl!};
    if (state.snapshot && state.status === 'ready') {
      event = {type: json === this.#json ? 'fresh' : 'load'};
      this.#json = json;
    }
    this.#failures = state.attempt ?? 0;
    this.#pause = pause;
    this.#last = last;
    this.#fetched = true;
    this.state = state;
    this.#emit(event, true);
    this.#schedule();
  }

  /** Whether this tab runs the poll loop (tabs.ts: while it holds the feed's lock). */
  lead(leads: boolean): void {
    this.#leads = leads;
    this.#schedule();
  }

  #emit(event: FeedEvent, received?: boolean): void {
    if (!received) this.tabs?.post(this.state, this.#pause, this.#json);
    for (const listener of [...this.#subscribers.keys()]) {
      try {
        listener(this.state, event);
      } catch (error) {
        // A failing listener must not stop the others, nor the poll loop,
        // nor reach the host page as an uncaught error.
        console.error('[status-banner]', error);
      }
    }
  }

  /** The poll interval (ms): the shortest any subscriber asked for, never under MIN_REFRESH_SECONDS; 0 when none polls. */
  #interval(): number {
    const intervals = [...this.#subscribers.values()].filter((s) => s > 0);
    return intervals.length ? Math.max(MIN_REFRESH_SECONDS, Math.min(...intervals)) * 1000 : 0;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#inFlight || this.#subscribers.size === 0) return;
    const interval = this.#interval();
    const due = this.#last + Math.max(interval, this.#pause);
    if (!this.#fetched) {
      // The page's first fetch: at once, unless the kept snapshot is younger
      // than one interval (a reader going from page to page of a site): it is
      // as fresh as a poll would make it.
      if (!interval || due <= Date.now()) {
        void this.#refetch(true);
        return;
      }
      this.state = {...this.state, status: 'ready'};
      // Decided: the polls that follow revalidate, as after a fetch.
      this.#fetched = true;
    }
    if (!interval) return;
    // setTimeout fires at once for delays past 2^31-1 ms.
    if (this.#leads) this.#timer = setTimeout(this.#poll, Math.min(due - Date.now(), 2 ** 31 - 1));
    // One poll per feed for all the site's tabs, loaded once the page has its first answer.
    if (!this.#share)
      this.#share = import('./tabs.js').then(
        ({shareTabs}) => this.#subscribers.size && shareTabs(this),
        () => {},
      );
  }

  readonly #poll = (): void => {
    if (document.hidden || !navigator.onLine) this.#missed = true;
    else void this.#refetch(true);
  };

  /** Shown again or back online: the poll missed meanwhile runs now, and a failing feed is tried again when the network returns. */
  readonly #wake = (event: Event): void => {
    this.tabs?.wake();
    if ((this.#missed || (event.type === 'online' && this.#failures > 0 && this.#leads)) && !document.hidden && navigator.onLine) void this.#refetch(true);
  };

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#releaseEndpoints?.();
    this.#releaseEndpoints = undefined;
    this.tabs?.stop();
    this.tabs = undefined;
    document.removeEventListener('visibilitychange', this.#wake);
    removeEventListener('online', this.#wake);
    this.#onIdle();
  }
}

/** Incidents and maintenances from which a Snapshot is big: its JSON is written in slices, and rendered in a task of its own. */
const BIG_HISTORY = 1000;

const stringifyInSlices = async (snapshot: Snapshot): Promise<string> =>
  readInSlices((await import('../feeds/json-in-slices.js')).stringifySteps(snapshot), yieldToPage);

const stores = new Map<string, FeedStore>();

/** The page's store for a feed, made on first use and forgotten when idle. */
export function feedStore(src: string, format: FormatOption, history = false): FeedStore {
  const key = sourceKey(src, format, history, resolveUrl);
  let store = stores.get(key);
  if (!store) {
    store = new FeedStore(key, src, format, () => stores.delete(key), history);
    stores.set(key, store);
  }
  return store;
}
