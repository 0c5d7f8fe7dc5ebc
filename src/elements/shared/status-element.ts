import {LitElement, type PropertyValues} from 'lit';
import type {TFunction} from 'i18next';
import {feedStore, type FeedEvent, type FeedState, type FeedStore} from '../../client/feed-store.js';
import type {FetchError} from '../../client/fetch-feed.js';
import {yieldToPage} from '../../client/yield-to-page.js';
import {FeedError} from '../../feeds/feed-error.js';
import {FORMATS, parseFeed, type FormatOption} from '../../feeds/parse-feed.js';
import {formatDate, formatRelative, isJustNow} from '../../i18n/format.js';
import {direction, readLocaleScripts, translator, uiLanguage} from '../../i18n/i18n.js';
import {onLanguageChange, resolveLanguage} from '../../i18n/resolve-lang.js';
import {filterByComponents, parseComponentList} from '../../model/filters.js';
import {isStale} from '../../model/staleness.js';
import {overallStatus} from '../../model/status.js';
import {safeHttpUrl} from '../../model/safe-url.js';
import {baseLanguage, pickTextIn} from '../../model/text.js';
import type {OverallStatus, Snapshot, Text} from '../../model/types.js';
import {installChecks, type CheckedDeclarations} from './attribute-values.js';

export interface StatusLoadDetail {
  snapshot: Snapshot;
}
export interface StatusChangeDetail {
  previous: OverallStatus;
  current: OverallStatus;
}
export interface StatusErrorDetail {
  error: Error;
  /** The feed URL that failed (the last mirror tried); absent when the `data` property was given. */
  url?: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** How many fetches in a row have failed, this one included. */
  attempt?: number;
}

/**
 * What the three elements share: the attributes common to all (DESIGN.md
 * §2), the subscription to the page's shared store for `src` (or the `data`
 * property), the reader's language, and the events.
 */
export abstract class StatusElement extends LitElement {
  // Declared without decorators: the CDN build saves their helper's bytes.
  // Checked properties read a string as their attribute would, and keep
  // their default for a value not allowed (attribute-values.ts).
  static override properties: CheckedDeclarations = {
    src: {},
    format: {check: {values: FORMATS, fallback: 'auto'}},
    refresh: {check: {min: 0, fallback: 60}},
    maxAge: {attribute: 'max-age', check: {min: 0, fallback: undefined}},
    components: {},
    theme: {reflect: true, check: {values: ['light', 'dark', 'auto'], fallback: 'auto'}},
    href: {},
    timeZone: {attribute: 'time-zone', check: {zone: true, fallback: 'local'}},
    data: {attribute: false},
    feed: {state: true},
  };

  /** Installs the checked properties' accessors of each element class, before Lit reads its declarations. */
  protected static override finalize(): void {
    if (!Object.hasOwn(this, 'finalized')) installChecks(this);
    super.finalize();
  }

  /** Feed URL; several URLs separated by spaces are mirrors, tried in order. */
  src?: string;

  // The checked properties are `declare`d: their default is the one their
  // declaration above gives, and an initializer would only repeat it.

  /**
   * `auto` (the default: sniffed), or one of the formats of `FORMATS` (`native`, `statuspage`, `atom`, `rss`,
   * `cachet`, `uptime-kuma`, `instatus`, `markdown`, `cstate`, `incidentio`, `statusio`, `upptime`, `betterstack`, `gatus`).
   * @default 'auto'
   */
  declare format: FormatOption;

  /**
   * Seconds between polls; `0` fetches once. Values under 10 count as 10.
   * @default 60
   */
  declare refresh: number;

  /** Seconds after which a snapshot reads as `unknown`, never a stale green; none by default. */
  declare maxAge: number | undefined;

  /** Comma-separated component ids or names to consider; all when absent. */
  components?: string;

  /**
   * `light`, `dark` or `auto` (the default: follows `prefers-color-scheme`).
   * @default 'auto'
   */
  declare theme: 'light' | 'dark' | 'auto';

  /** Where "details" links go; the feed's page URL by default. */
  href?: string;

  /**
   * `local` (the default: the reader's own zone) or an IANA time zone
   * (`Europe/Paris`) in which times of day are shown, each naming its zone.
   * @default 'local'
   */
  declare timeZone: string;

  /** A feed object (any supported format) or a Snapshot: given, nothing is fetched. */
  data?: unknown;

  /**
   * The feed's state as this element knows it.
   * @internal
   */
  protected feed: FeedState = {status: 'loading'};

  /**
   * The language the element's UI speaks now, a BCP 47 tag: the reader's
   * (`lang`), or English when that language has no strings. Dates and
   * numbers are formatted in it, and its root carries it as `lang`.
   */
  protected language = 'en';
  /** `ltr` or `rtl`: the direction of `language`, on the element's root as `dir`. */
  protected uiDir = 'ltr';
  /** The zone times of day are read in, for the formatters: none for the reader's own (`time-zone="local"`). */
  protected get zone(): string | undefined {
    return this.timeZone === 'local' ? undefined : this.timeZone;
  }
  /** The reader's language as the page gives it: feed texts are picked for it. */
  #readerLang = 'en';
  protected t: TFunction = translator('en');

  #unsubscribe?: () => void;
  /** The store this element is subscribed to, while it is. */
  #store?: FeedStore;
  /** Re-renders the element when its snapshot passes max-age. */
  #staleTimer?: ReturnType<typeof setTimeout>;
  #stopLanguageWatch?: () => void;
  #lastOverall?: OverallStatus;
  /** Set while connected but not yet subscribed to the feed's store. */
  #needsFeed = false;
  /** Counts feed connections, so that a `data` value read late does not override a newer one. */
  #feedRun = 0;
  /** Work whose result the element will show (a `data` value being read; a view loading): `updateComplete` waits for it. */
  #busy = new Set<Promise<unknown>>();

  /**
   * Whether this element shows past incidents: from a page URL, the store
   * then also reads the history endpoints.
   * @internal
   */
  protected readsHistory = false;

  /** `lang` is the native attribute; observed so that a change re-renders even inside another shadow root. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopLanguageWatch = onLanguageChange(() => this.requestUpdate());
    readLocaleScripts();
    // Subscribed in the next update, once every property set before or just
    // after insertion (src, data, format, refresh) is known: one subscription.
    this.#needsFeed = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLanguageWatch?.();
    this.#stopLanguageWatch = undefined;
    // Let go of the feed once the current script has run (a microtask), unless the element is back
    // in the page by then: a move (a framework re-ordering a list) must not
    // stop the shared store, fetch the feed again and flash the loading state.
    queueMicrotask(() => {
      if (!this.isConnected) this.#release();
    });
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
    clearTimeout(this.#staleTimer);
    this.#staleTimer = undefined;
  }

  /** Fetches the feed now, for every element that shares it. */
  reload(): Promise<void> {
    // Through this element's own subscription only: a removed element (or
    // one given `data`) must not fetch, nor make a store that no one
    // subscribes to and so no one ever forgets.
    return this.#store?.reload() ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#needsFeed || changed.has('src') || changed.has('format') || changed.has('data') || changed.has('refresh')) {
      this.#needsFeed = false;
      if (this.isConnected) this.#connectFeed();
    }
    this.#readerLang = resolveLanguage(this);
    this.language = uiLanguage(this.#readerLang);
    this.uiDir = direction(this.language);
    this.t = translator(this.language);
  }

  #connectFeed(): void {
    // The old subscription ends only after the new one is made: were it the
    // store's last, the store would stop and be forgotten, and the same feed
    // be fetched again (after a `refresh` change, or a move in the page).
    const previousStore = this.#store;
    const previousUnsubscribe = this.#unsubscribe;
    const run = ++this.#feedRun;
    this.#unsubscribe = undefined;
    this.#store = undefined;
    if (this.data !== undefined && this.data !== null) {
      previousUnsubscribe?.();
      this.waitFor(this.#acceptData(this.data, run));
      return;
    }
    if (!this.src || !this.src.trim()) {
      previousUnsubscribe?.();
      this.feed = {status: 'loading'};
      return;
    }
    const store = feedStore(this.src, this.format, this.readsHistory);
    this.#unsubscribe = store.subscribe((state, event) => this.#onFeed(state, event), this.refresh);
    this.#store = store;
    previousUnsubscribe?.();
    // The same store: this element already knows all it has to say.
    if (store === previousStore) return;
    if (store.state.snapshot || store.state.error) this.#onFeed(store.state, store.state.snapshot ? {type: 'load'} : {type: 'error', error: store.state.error!, url: store.state.errorUrl ?? ''});
    else this.feed = store.state;
  }

  /** Makes `updateComplete` wait for some work (which must not reject), and the render after it. */
  protected waitFor(work: Promise<unknown>): void {
    this.#busy.add(work);
    void work.then(() => this.#busy.delete(work));
  }

  /**
   * Resolves once the element shows what it was given: after the work it
   * waits for (`waitFor`), the render that follows.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#busy.size) {
      await Promise.allSettled(this.#busy);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Reads a `data` value: at once for a Snapshot (or a usual native feed
   * once its reader has loaded), else once its adapter has; a big native
   * feed in slices, a newer value ending the reading.
   */
  async #acceptData(data: unknown, run: number): Promise<void> {
    try {
      const parsed = parseFeed(data, this.format, {
        pause: () =>
          yieldToPage().then(() => {
            // A newer value came: this reading ends here (dropped below).
            if (run !== this.#feedRun) throw 0;
          }),
      });
      const snapshot = parsed instanceof Promise ? await parsed : parsed;
      if (run === this.#feedRun) this.#onFeed({status: 'ready', snapshot, fetchedAt: Date.now()}, {type: 'load'});
    } catch (error) {
      if (run !== this.#feedRun) return;
      const err = error instanceof Error ? error : new Error(String(error));
      // The last good snapshot stays; only the failure is added.
      this.#onFeed({...this.feed, status: 'error', error: err}, {type: 'error', error: err, url: ''});
    }
  }

  #onFeed(state: FeedState, event: FeedEvent): void {
    this.feed = state;
    if (event.type === 'error') {
      this.emit<StatusErrorDetail>(
        'status-error',
        event.url ? {error: event.error, url: event.url, status: (event.error as FetchError).status, attempt: state.attempt} : {error: event.error},
      );
    } else if (event.type === 'load' && state.snapshot) {
      this.emit<StatusLoadDetail>('status-load', {snapshot: state.snapshot});
    }
    // Also after a failure or an unchanged fetch: either can move the
    // snapshot across max-age, to or from `unknown`.
    this.#checkOverall();
  }

  /** Fires `status-change` when the overall status differs from the last one this element saw. */
  #checkOverall(): void {
    if (!this.feed.snapshot) return;
    let current: OverallStatus;
    try {
      current = this.overall();
    } catch {
      // A Snapshot given to `data` that the model cannot read: the render
      // fails too, and scheduleUpdate() turns that into a status-error.
      return;
    }
    if (this.#lastOverall !== undefined && current !== this.#lastOverall) {
      this.emit<StatusChangeDetail>('status-change', {previous: this.#lastOverall, current});
    }
    this.#lastOverall = current;
  }

  /**
   * Never throws into the host page (DESIGN.md §5), whatever the data: a
   * snapshot that cannot be shown (a malformed one given to `data`, which no
   * adapter checked) is dropped and reported as a `status-error`.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      if (!this.feed.snapshot) return console.error('[status-banner]', error);
      const failure = new FeedError(`Could not show this status: ${(error as Error)?.message}`);
      this.#onFeed({status: 'error', error: failure}, {type: 'error', error: failure, url: ''});
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#scheduleStaleCheck();
  }

  /**
   * Past max-age a snapshot must read `unknown` (DESIGN.md §2, §5) even when
   * nothing else re-renders the element (`data`, `refresh="0"`, a feed that
   * stopped answering): one timer re-renders it when the snapshot expires.
   */
  #scheduleStaleCheck(): void {
    clearTimeout(this.#staleTimer);
    this.#staleTimer = undefined;
    const fetchedAt = this.feed.fetchedAt;
    const maxAge = this.maxAge;
    if (!this.isConnected || fetchedAt === undefined || maxAge === undefined || maxAge <= 0) return;
    const left = fetchedAt + maxAge * 1000 - Date.now();
    if (left < 0) {
      // Expired between the render and now (a max-age of a few ms): render
      // again, once, as unknown. #checkOverall() records `unknown`, so the
      // next updated() does not come back here.
      if (this.#lastOverall !== 'unknown') {
        this.#checkOverall();
        this.requestUpdate();
      }
      return;
    }
    // +1: isStale() counts a snapshot exactly max-age old as fresh. setTimeout
    // fires at once for delays past 2^31-1 ms; cap them rather than loop.
    this.#staleTimer = setTimeout(() => {
      this.#staleTimer = undefined;
      this.#checkOverall();
      this.requestUpdate();
    }, Math.min(left + 1, 2 ** 31 - 1));
  }

  /** Fires one of the events DESIGN.md §2 lists: all bubble out of shadow roots. */
  protected emit<T>(type: string, detail: T): void {
    fire(this, type, detail);
  }

  #viewCache?: {snapshot: Snapshot; components: string | undefined; view: Snapshot};

  /** The snapshot narrowed to the `components` asked for; the same object while neither changes. */
  protected get view(): Snapshot | undefined {
    const snapshot = this.feed.snapshot;
    if (!snapshot) return undefined;
    const cache = this.#viewCache;
    if (cache?.snapshot === snapshot && cache.components === this.components) return cache.view;
    const view = filterByComponents(snapshot, parseComponentList(this.components));
    this.#viewCache = {snapshot, components: this.components, view};
    return view;
  }

  /** The overall status of what this element shows; `unknown` past `max-age` or without a snapshot. */
  protected overall(now = Date.now()): OverallStatus {
    const view = this.view;
    if (!view || isStale(this.feed.fetchedAt, this.maxAge, now)) return 'unknown';
    return overallStatus(view, now);
  }

  /**
   * What the reader is told of the snapshot's age, discreetly: since when the
   * feed could not be updated, or, for a snapshot kept from an earlier visit
   * that is being checked, when it was; empty while it is current.
   */
  protected get staleNote(): string {
    const {status, fetchedAt} = this.feed;
    return status === 'ready' || !fetchedAt
      ? ''
      : this.t(status === 'error' ? 'stale.since' : isJustNow(fetchedAt, Date.now()) ? 'stale.checkedNow' : 'stale.checked', {
          time: formatDate(fetchedAt, this.language, 'dateTime', this.zone),
          ago: formatRelative(fetchedAt, Date.now(), this.language),
        });
  }

  /** A feed text in the reader's language. */
  protected text(text: Text | undefined): string {
    return pickTextIn(text, this.#readerLang, this.feed.snapshot?.page.lang)[0];
  }

  /**
   * The language a feed text was picked in, when it is not the UI's: the
   * element showing it carries it as `lang` (with `dir="auto"`), so that it
   * is read aloud in its own voice. `undefined` when the same or not known.
   */
  protected textLang(text: Text | undefined): string | undefined {
    const lang = pickTextIn(text, this.#readerLang, this.feed.snapshot?.page.lang)[1];
    return lang && baseLanguage(lang) !== baseLanguage(this.language) ? lang : undefined;
  }

  /**
   * Where "details" links go: `href`, else the item's own URL, else the
   * feed's page. Each is checked here, where it becomes a link, whatever
   * read it: a Snapshot given to `data` went through no adapter.
   */
  protected detailsUrl(itemUrl?: string): string | undefined {
    return safeHttpUrl(this.href, document.baseURI) ?? safeHttpUrl(itemUrl) ?? safeHttpUrl(this.feed.snapshot?.page.url);
  }
}

/** Outside the class so that the manifest lists the documented @fires, not a generic `type`. */
function fire<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
}
