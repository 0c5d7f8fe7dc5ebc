import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {feedStore, type FeedEvent, type FeedListener, type FeedState as StoreState, type FeedStore} from '../../client/feed-store.js';
import {yieldToPage} from '../../client/yield-to-page.js';
import {parseFeed, type FormatOption} from '../../feeds/parse-feed.js';
import type {OverallStatus, Snapshot} from '../../model/types.js';
import {fire, type StatusChangeDetail, type StatusErrorDetail, type StatusLoadDetail} from './events.js';

/** A snapshot read, and when it was fetched (epoch ms): the two go together. */
interface Good {
  readonly snapshot: Snapshot;
  readonly fetchedAt: number;
}
interface NoSnapshot {
  readonly snapshot?: undefined;
  readonly fetchedAt?: undefined;
}

/**
 * What an element knows of its feed, as @lit/task has it: one status, and
 * only the fields that status can have.
 * - `loading`: no answer yet (nor perhaps a `src`); a snapshot kept from an
 *   earlier visit, if any, is shown meanwhile, with its age.
 * - `ready`: the last fetch, or the reading of `data`, succeeded.
 * - `error`: the last one failed; the last good snapshot, if any, stays.
 */
export type FeedState =
  | ({readonly status: 'loading'} & (Good | NoSnapshot))
  | ({readonly status: 'ready'} & Good)
  | ({readonly status: 'error'; readonly error: Error} & (Good | NoSnapshot));

/** What the controller reads of its element: the feed's attributes, all public. */
export interface FeedHost extends ReactiveControllerHost, EventTarget {
  readonly isConnected: boolean;
  readonly src?: string;
  readonly format: FormatOption;
  readonly refresh: number;
  readonly maxAge: number | undefined;
  readonly data?: unknown;
}

/** What only the element knows; read when needed (a subclass's fields are not set while the base class constructs). */
export interface FeedOptions {
  /** Whether the element shows past incidents: from a page URL, the store then also reads the history endpoints. */
  history(): boolean;
  /** The overall status of what the element shows (its `components`, its `max-age`): `status-change` fires when it moves. */
  overall(): OverallStatus;
}

/** A store's state, which types every field as optional, as the union above. */
function fromStore({status, snapshot, fetchedAt = 0, error}: StoreState): FeedState {
  const good: Good | NoSnapshot = snapshot ? {snapshot, fetchedAt} : {};
  return status === 'error' && error ? {status, error, ...good} : status === 'ready' && good.snapshot ? {status, ...good} : {status: 'loading', ...good};
}

/**
 * An element's feed, from connection to removal: subscribes to the page's
 * shared store for `src` (client/feed-store.ts), or reads the `data`
 * property (a big feed in slices, a newer value ending the reading), fires
 * `status-load`, `status-change` and `status-error`, and re-renders the
 * element when its snapshot passes `max-age`.
 *
 * As @lit/task does, it compares the attributes it depends on at each update
 * of its element, and starts again when they change: one subscription for
 * every property set before or just after insertion.
 */
export class FeedController implements ReactiveController {
  state: FeedState = {status: 'loading'};

  readonly #host: FeedHost;
  readonly #options: FeedOptions;
  /** The attributes the current subscription or reading was made with; undefined when there is none. */
  #args?: readonly unknown[];
  /** The store this element is subscribed to, while it is. */
  #store?: FeedStore;
  #unsubscribe?: () => void;
  /** Ends the reading of a `data` value when a newer one comes. */
  #abort?: AbortController;
  #reading?: Promise<void>;
  /** Re-renders the element when its snapshot passes max-age, `#expiry` (epoch ms; NaN for none). */
  #timer?: ReturnType<typeof setTimeout>;
  #expiry?: number;
  #lastOverall?: OverallStatus;

  constructor(host: FeedHost, options: FeedOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * The reading of a `data` value, while one goes on (it never rejects):
   * the element's `updateComplete` waits for it, since it will show its result.
   */
  get reading(): Promise<void> | undefined {
    return this.#reading;
  }

  hostConnected(): void {
    // Subscribed in the next update, once the properties are all known.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // Let go of the feed once the current script has run (a microtask), unless
    // the element is back in the page by then: a move (a framework re-ordering
    // a list) must not stop the shared store, fetch the feed again and flash
    // the loading state.
    queueMicrotask(() => {
      if (!this.#host.isConnected) this.#release();
    });
  }

  hostUpdate(): void {
    const {data, src, format, refresh, isConnected} = this.#host;
    // `refresh` and `history` matter to a subscription only: a `data` value is not read again for them.
    const args = data != null ? [data, format] : [src, format, refresh, this.#options.history()];
    if (isConnected && !same(args, this.#args)) {
      this.#args = args;
      this.#connect();
    }
    this.#watchAge();
  }

  hostUpdated(): void {
    // What was just rendered may have crossed max-age on its own (a render
    // for another reason, a moment after the age timer's check, or with a
    // clock the engine rounds): `status-change` must say what is shown.
    this.#checkOverall();
  }

  /** Fetches the feed now, for every element that shares it. */
  reload(): Promise<void> {
    // Through this element's own subscription only: a removed element (or one
    // given `data`) must not fetch, nor make a store that no one subscribes
    // to and so no one ever forgets.
    return this.#store?.reload() ?? Promise.resolve();
  }

  /** The element could not show its snapshot (a malformed one given to `data`): it is dropped, and the failure reported. */
  fail(error: Error): void {
    this.#onFeed({status: 'error', error}, {type: 'error', error, url: ''});
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#store = this.#args = undefined;
    this.#abort?.abort();
    clearTimeout(this.#timer);
    this.#expiry = undefined;
  }

  #connect(): void {
    const {data, src, format, refresh} = this.#host;
    // The old subscription ends only after the new one is made: were it the
    // store's last, the store would stop and be forgotten, and the same feed
    // be fetched again (after a `refresh` change, or a move in the page).
    const previousStore = this.#store;
    const previousUnsubscribe = this.#unsubscribe;
    this.#unsubscribe = this.#store = this.#reading = undefined;
    this.#abort?.abort();
    if (data != null) {
      previousUnsubscribe?.();
      const abort = (this.#abort = new AbortController());
      this.#reading = this.#read(data, format, abort.signal).then(() => {
        if (this.#abort === abort) this.#reading = undefined;
      });
      return;
    }
    if (!src?.trim()) {
      previousUnsubscribe?.();
      this.state = {status: 'loading'};
      return;
    }
    const store = feedStore(src, format, this.#options.history());
    const onStore: FeedListener = (state, event) => this.#onFeed(fromStore(state), event, state.attempt);
    this.#unsubscribe = store.subscribe(onStore, refresh);
    this.#store = store;
    previousUnsubscribe?.();
    // The same store: this element already knows all it has to say.
    if (store === previousStore) return;
    const {snapshot, error, errorUrl} = store.state;
    if (snapshot) onStore(store.state, {type: 'load'});
    else if (error) onStore(store.state, {type: 'error', error, url: errorUrl ?? ''});
    else this.state = fromStore(store.state);
  }

  /**
   * Reads a `data` value: a Snapshot or a native feed before the page's next
   * task (parseFeed's readers are cached once loaded), another format once
   * its adapter has loaded, a big native feed in slices. Never rejects.
   */
  async #read(data: unknown, format: FormatOption, signal: AbortSignal): Promise<void> {
    try {
      // A pause that rejects ends the reading (read-in-slices.ts): a newer value came.
      const snapshot = await parseFeed(data, format, {pause: () => yieldToPage().then(() => signal.throwIfAborted())});
      if (!signal.aborted) this.#onFeed({status: 'ready', snapshot, fetchedAt: Date.now()}, {type: 'load'});
    } catch (e) {
      if (signal.aborted) return;
      const error = e instanceof Error ? e : new Error(String(e));
      // The last good snapshot stays; only the failure is added.
      this.#onFeed({...this.state, status: 'error', error}, {type: 'error', error, url: ''});
    }
  }

  /** Takes a new state, and fires what it means: `status-error` (with the URL's details for a fetch), `status-load`, `status-change`. */
  #onFeed(state: FeedState, event: FeedEvent, attempt?: number): void {
    this.state = state;
    this.#host.requestUpdate();
    if (event.type === 'error') {
      const {error, url} = event;
      // A fetch failure carries its HTTP status; one another tab saw comes as plain data (tabs.ts).
      const status = 'status' in error && typeof error.status === 'number' ? error.status : undefined;
      fire<StatusErrorDetail>(this.#host, 'status-error', url ? {error, url, status, attempt} : {error});
    } else if (event.type === 'load' && state.snapshot) {
      fire<StatusLoadDetail>(this.#host, 'status-load', {snapshot: state.snapshot});
    }
    // Also after a failure or an unchanged fetch: either can move the
    // snapshot across max-age, to or from `unknown`.
    this.#checkOverall();
  }

  /** Fires `status-change` when the overall status differs from the last one this element saw. */
  #checkOverall(): void {
    if (!this.state.snapshot) return;
    let current: OverallStatus;
    try {
      current = this.#options.overall();
    } catch {
      // A Snapshot given to `data` that the model cannot read: the render
      // fails too, and the element reports that (StatusElement.scheduleUpdate).
      return;
    }
    if (this.#lastOverall !== undefined && current !== this.#lastOverall) {
      fire<StatusChangeDetail>(this.#host, 'status-change', {previous: this.#lastOverall, current});
    }
    this.#lastOverall = current;
  }

  /**
   * Past max-age a snapshot must read `unknown` (DESIGN.md §2, §5) even when
   * nothing else re-renders the element (`data`, `refresh="0"`, a feed that
   * stopped answering): one timer, set again when the snapshot or `max-age`
   * changes, re-renders it when the snapshot expires (and hostUpdated() says
   * so with `status-change`). A timer, not a render requested from
   * `updated()`: an update must not schedule another.
   */
  #watchAge(): void {
    const {fetchedAt} = this.state;
    const {maxAge, isConnected} = this.#host;
    // NaN (no timer) without a snapshot, a max-age, or a page to show it in.
    const expiry = isConnected && fetchedAt !== undefined && maxAge !== undefined && maxAge > 0 ? fetchedAt + maxAge * 1000 : NaN;
    if (Object.is(expiry, this.#expiry)) return;
    this.#expiry = expiry;
    clearTimeout(this.#timer);
    // No timer for NaN, nor for an expiry past already (`max-age` made
    // shorter): the render under way shows it. (A comparison with NaN is false.)
    if (!(expiry >= Date.now())) return;
    // +1: isStale() counts a snapshot exactly max-age old as fresh. setTimeout
    // fires at once for delays past 2^31-1 ms: a far expiry is waited for in
    // steps of 2e9 ms (23 days). The render the timer asks for sets it again
    // while the expiry is still ahead: a timer may fire before Date.now() has
    // passed it (Firefox, under load: two clocks, read apart and rounded),
    // and the snapshot would otherwise stay green with no timer left.
    this.#timer = setTimeout(
      () => {
        this.#expiry = NaN;
        this.#host.requestUpdate();
      },
      Math.min(expiry - Date.now() + 1, 2e9),
    );
  }
}

const same = (a: readonly unknown[], b: readonly unknown[] | undefined): boolean => !!b && a.length === b.length && a.every((v, i) => v === b[i]);
