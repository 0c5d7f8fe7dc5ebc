import type {FormatOption} from '../feeds/parse-feed.js';
import {sourceKey} from '../feeds/sources.js';
import type {Snapshot} from '../model/types.js';
import {FetchError} from './fetch-feed.js';
import {fetchSource} from './fetch-source.js';

/** What a store knows of its feed: explicit async state, as @lit/task has it. */
export interface FeedState {
  readonly status: 'loading' | 'ready' | 'error';
  /** The last good snapshot; kept through later failures. */
  readonly snapshot?: Snapshot;
  /** When the last good snapshot was fetched (epoch ms). */
  readonly fetchedAt?: number;
  /** The last failure, while the feed is failing. */
  readonly error?: Error;
  readonly errorUrl?: string;
  /** When the current run of failures began. */
  readonly failingSince?: number;
}

/**
 * What happened on one fetch: a changed snapshot (`load`), the same snapshot
 * fetched again (`fresh`: a newer `fetchedAt`, and the end of any run of
 * failures), or a failure.
 */
export type FeedEvent =
  | {readonly type: 'load'}
  | {readonly type: 'fresh'}
  | {readonly type: 'error'; readonly error: Error; readonly url: string};

export type FeedListener = (state: FeedState, event: FeedEvent) => void;

export const MIN_REFRESH_SECONDS = 10;

/**
 * One store per feed: every element on the page with the same `src` (and
 * `format`) shares its requests and its poll loop. It starts with its first
 * subscriber and stops, releasing its timer and any request, with its last.
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
  /** The mirror that answered last; tried first next time. */
  #preferred = 0;

  constructor(
    readonly src: string,
    readonly format: FormatOption,
    onIdle: () => void,
    /** Whether an element shows the history: a page URL then reads its history endpoints too. */
    readonly history = false,
  ) {
    this.#onIdle = onIdle;
    this.#urls = src.split(/\s+/).filter(Boolean);
  }

  /** `refresh` is the subscriber's poll interval in seconds; 0 fetches once. */
  subscribe(listener: FeedListener, refresh: number): () => void {
    this.#subscribers.set(listener, refresh);
    if (this.#subscribers.size === 1 && !this.#inFlight && !this.state.snapshot && !this.state.error) void this.reload();
    else this.#schedule();
    return () => {
      this.#subscribers.delete(listener);
      if (this.#subscribers.size === 0) this.#stop();
      else this.#schedule();
    };
  }

  /** Fetches now; concurrent calls share the request in flight. */
  reload(): Promise<void> {
    this.#inFlight ??= this.#fetchOnce().finally(() => {
      this.#inFlight = undefined;
      this.#schedule();
    });
    return this.#inFlight;
  }

  async #fetchOnce(): Promise<void> {
    clearTimeout(this.#timer);
    this.#controller = new AbortController();
    const signal = this.#controller.signal;
    let lastError: Error = new FetchError('No feed URL given in src', this.src);
    let lastUrl = this.#urls[0] ?? '';
    // Mirrors in order, starting with the one that answered last time.
    const order = this.#urls.map((_, i) => this.#urls[(i + this.#preferred) % this.#urls.length]!);
    for (const url of order) {
      if (signal.aborted) return;
      lastUrl = url;
      try {
        const fetched = await fetchSource(url, this.format, this.history, {signal});
        if (signal.aborted) return;
        this.#preferred = this.#urls.indexOf(url);
        const unchanged = fetched.body === this.#lastBody && this.state.snapshot !== undefined;
        // Parsing the same body again would only make a new, equal snapshot.
        const snapshot = unchanged ? this.state.snapshot! : await fetched.read();
        if (signal.aborted) return;
        this.#lastBody = fetched.body;
        this.state = {status: 'ready', snapshot, fetchedAt: Date.now()};
        // An unchanged body is still news to the elements: without it they
        // would keep an old `fetchedAt` (and read `unknown` past max-age
        // though the feed answers) and keep showing a failure that is over.
        this.#emit({type: unchanged ? 'fresh' : 'load'});
        return;
      } catch (error) {
        if (signal.aborted) return;
        lastError = error instanceof Error ? error : new Error(String(error));
      }
    }
    this.state = {
      ...this.state,
      status: 'error',
      error: lastError,
      errorUrl: lastUrl,
      failingSince: this.state.failingSince ?? Date.now(),
    };
    this.#emit({type: 'error', error: lastError, url: lastUrl});
  }

  #emit(event: FeedEvent): void {
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

  /** Polls at the shortest interval any subscriber asked for, never under MIN_REFRESH_SECONDS. */
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#inFlight || this.#subscribers.size === 0) return;
    const intervals = [...this.#subscribers.values()].filter((s) => s > 0);
    if (intervals.length === 0) return;
    const seconds = Math.max(MIN_REFRESH_SECONDS, Math.min(...intervals));
    this.#timer = setTimeout(() => void this.reload(), seconds * 1000);
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#onIdle();
  }
}

const stores = new Map<string, FeedStore>();

/** The page's store for a feed, made on first use and forgotten when idle. */
export function feedStore(src: string, format: FormatOption, history = false): FeedStore {
  const key = sourceKey(src, format, history);
  let store = stores.get(key);
  if (!store) {
    store = new FeedStore(src, format, () => stores.delete(key), history);
    stores.set(key, store);
  }
  return store;
}
