import {LitElement, type PropertyValues} from 'lit';
import type {TFunction} from 'i18next';
import {DEFAULT_REFRESH_SECONDS} from '../../client/feed-store.js';
import {FeedError} from '../../feeds/feed-error.js';
import {FORMATS, type FormatOption} from '../../feeds/parse-feed.js';
import {formatDate, formatRelative, isJustNow} from '../../i18n/format.js';
import {direction, translator, uiLanguage} from '../../i18n/i18n.js';
import {readLocaleScripts} from '../../i18n/locale-scripts.js';
import {onLanguageChange, resolveLanguage} from '../../i18n/resolve-lang.js';
import {filterByComponents, parseComponentList} from '../../model/filters.js';
import {isStale} from '../../model/staleness.js';
import {overallStatus} from '../../model/status.js';
import {safeHttpUrl} from '../../model/safe-url.js';
import {baseLanguage, pickTextIn} from '../../model/text.js';
import type {OverallStatus, Snapshot, Text} from '../../model/types.js';
import {installChecks, type CheckedDeclarations} from './attribute-values.js';
import {fire} from './events.js';
import {FeedController} from './feed-controller.js';

export type {StatusLoadDetail, StatusChangeDetail, StatusErrorDetail} from './events.js';

/**
 * What the elements share: the attributes common to all (DESIGN.md §2), the
 * feed (feed-controller.ts), the reader's language, and the feed's events.
 * The events and theme properties below are documented once, here: the
 * manifest's analyzer lists a superclass's for each element that extends it
 * (an element's own `@cssprop` of the same name overrides the description).
 *
 * @attr lang - BCP 47 language; else inherited from the page.
 *
 * @fires status-load - `{snapshot}` after a fetch that changed something.
 * @fires status-change - `{previous, current}` when the overall status changes.
 * @fires status-error - `{error, url, status, attempt}` when a fetch or parse fails; the last good state stays.
 *
 * @cssprop --status-surface - Background of the element's boxes and buttons.
 * @cssprop --status-text - Text color.
 * @cssprop --status-muted - Secondary text: labels, dates, statuses, month headings.
 * @cssprop --status-border - Separators and outlines.
 * @cssprop --status-link - Link color.
 * @cssprop --status-focus - Focus ring color.
 * @cssprop --status-code-background - Background of code blocks in feed text.
 * @cssprop --status-font - Font family.
 * @cssprop --status-font-mono - Font family of code blocks.
 * @cssprop --status-radius - Corner radius.
 * @cssprop --status-spacing - Base spacing.
 * @cssprop --status-minor - Accent (edge, icon, dot, badge outline) of minor incidents and degraded performance.
 * @cssprop --status-minor-background - Background of minor incidents.
 * @cssprop --status-major - Accent of major incidents and partial outages.
 * @cssprop --status-major-background - Background of major incidents.
 * @cssprop --status-critical - Accent of critical incidents and major outages.
 * @cssprop --status-critical-background - Background of critical incidents.
 * @cssprop --status-maintenance - Accent of maintenance.
 * @cssprop --status-maintenance-background - Background of maintenance.
 * @cssprop --status-operational - Accent of the operational state.
 * @cssprop --status-operational-background - Background of the operational state.
 * @cssprop --status-unknown - Accent of an unknown or unavailable status.
 * @cssprop --status-unknown-background - Background of an unknown status.
 */
export abstract class StatusElement extends LitElement {
  // Declared without decorators: the CDN build saves their helper's bytes.
  // Checked properties read a string as their attribute would, and keep
  // their default for a value not allowed (attribute-values.ts).
  static override properties: CheckedDeclarations = {
    src: {},
    format: {check: {values: FORMATS, fallback: 'auto'}},
    refresh: {check: {min: 0, fallback: DEFAULT_REFRESH_SECONDS}},
    maxAge: {attribute: 'max-age', check: {min: 0, fallback: undefined}},
    components: {},
    theme: {reflect: true, check: {values: ['light', 'dark', 'auto'], fallback: 'auto'}},
    href: {},
    timeZone: {attribute: 'time-zone', check: {zone: true, fallback: 'local'}},
    data: {attribute: false},
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
   * The feed, from connection to removal (feed-controller.ts): its state
   * (`feed.state`) is what the element renders.
   * @internal
   */
  protected readonly feed = new FeedController(this, {history: () => this.readsHistory, overall: () => this.overall()});

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

  #stopLanguageWatch?: () => void;

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLanguageWatch?.();
    this.#stopLanguageWatch = undefined;
  }

  /** Fetches the feed now, for every element that shares it. */
  reload(): Promise<void> {
    return this.feed.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#readerLang = resolveLanguage(this);
    this.language = uiLanguage(this.#readerLang);
    this.uiDir = direction(this.language);
    this.t = translator(this.language);
  }

  /**
   * Work whose result the element will show, while some goes on: the reading
   * of a `data` value. A subclass adds its own (a view loading). It must not reject.
   */
  protected pending(): Promise<unknown> | undefined {
    return this.feed.reading;
  }

  /** Resolves once the element shows what it was given: after the work pending, the render that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = this.pending(); work; work = this.pending()) {
      await work;
      complete = await super.getUpdateComplete();
    }
    return complete;
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
      if (!this.feed.state.snapshot) return console.error('[status-banner]', error);
      this.feed.fail(new FeedError(`Could not show this status: ${(error as Error)?.message}`));
    }
  }

  /** Fires one of the events DESIGN.md §2 lists: all bubble out of shadow roots. */
  protected emit<T>(type: string, detail: T): void {
    fire(this, type, detail);
  }

  #viewCache?: {snapshot: Snapshot; components: string | undefined; view: Snapshot};

  /** The snapshot narrowed to the `components` asked for; the same object while neither changes. */
  protected get view(): Snapshot | undefined {
    const snapshot = this.feed.state.snapshot;
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
    if (!view || isStale(this.feed.state.fetchedAt, this.maxAge, now)) return 'unknown';
    return overallStatus(view, now);
  }

  /**
   * What the reader is told of the snapshot's age, discreetly: since when the
   * feed could not be updated, or, for a snapshot kept from an earlier visit
   * that is being checked, when it was; empty while it is current.
   */
  protected get staleNote(): string {
    const {status, fetchedAt} = this.feed.state;
    return status === 'ready' || !fetchedAt
      ? ''
      : this.t(status === 'error' ? 'stale.since' : isJustNow(fetchedAt, Date.now()) ? 'stale.checkedNow' : 'stale.checked', {
          time: formatDate(fetchedAt, this.language, 'dateTime', this.zone),
          ago: formatRelative(fetchedAt, Date.now(), this.language),
        });
  }

  /** A feed text in the reader's language. */
  protected text(text: Text | undefined): string {
    return pickTextIn(text, this.#readerLang, this.feed.state.snapshot?.page.lang)[0];
  }

  /**
   * The language a feed text was picked in, when it is not the UI's: the
   * element showing it carries it as `lang` (with `dir="auto"`), so that it
   * is read aloud in its own voice. `undefined` when the same or not known.
   */
  protected textLang(text: Text | undefined): string | undefined {
    const lang = pickTextIn(text, this.#readerLang, this.feed.state.snapshot?.page.lang)[1];
    return lang && baseLanguage(lang) !== baseLanguage(this.language) ? lang : undefined;
  }

  /**
   * Where "details" links go: `href`, else the item's own URL, else the
   * feed's page. Each is checked here, where it becomes a link, whatever
   * read it: a Snapshot given to `data` went through no adapter.
   */
  protected detailsUrl(itemUrl?: string): string | undefined {
    return safeHttpUrl(this.href, document.baseURI) ?? safeHttpUrl(itemUrl) ?? safeHttpUrl(this.feed.state.snapshot?.page.url);
  }
}
