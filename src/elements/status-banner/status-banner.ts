import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {formatRelativeWhen, formatWhen, isJustNow} from '../../i18n/format.js';
import {makeAhead} from '../../i18n/formatter-cache.js';
import {dateOf, machineDate} from '../../model/calendar-date.js';
import {chooseBanner, latestUpdateId, type BannerChoice} from '../../model/banner.js';
import {isIncidentActive} from '../../model/status.js';
import type {Incident, Maintenance, Snapshot} from '../../model/types.js';
import {dismiss, dismissalKey, isDismissed} from '../shared/dismissals.js';
import {resolveSrc} from '../../client/resolve-url.js';
import {icons} from '../shared/icons.js';
import {firstParagraph} from '../../model/first-paragraph.js';
import {StatusElement} from '../shared/status-element.js';
import {themeStyles} from '../shared/theme.styles.js';
import {TONES} from '../shared/tones.js';
import {bannerStyles} from './status-banner.styles.js';

export interface StatusDismissDetail {
  incidentId: string;
  updateId: string;
}

type Choice = Exclude<BannerChoice, {kind: 'none'}>;
type Item = Incident | Maintenance;

/** What the live region says, in which language, and until when, for a passing word (a resolution, a dismissal). */
interface News {
  text: string;
  lang: string;
  until?: number;
}

/**
 * How long a passing word stays in the live region at least (ms): long
 * enough for any screen reader to have read it. It goes at the next render
 * after that: the banner's clock re-renders it within a minute.
 */
const PASSING_NEWS = 10_000;

/**
 * The incident or maintenance happening now: the worst active incident, else
 * maintenance in progress, else maintenance due within `upcoming` hours.
 * Shows nothing, and takes no room, when all is well, unless `show-operational`.
 *
 * @tag status-banner
 *
 * @fires status-dismiss - `{incidentId, updateId}` when the reader dismisses the banner.
 *
 * @csspart banner - The banner box; `data-tone` is `minor`, `major`, `critical`, `maintenance`, `operational` or `unknown`.
 * @csspart icon - The status icon.
 * @csspart label - The severity or maintenance label.
 * @csspart title - The incident's title.
 * @csspart message - The latest update's text.
 * @csspart meta - The line with status, time and link.
 * @csspart status - The incident's status.
 * @csspart time - When it was last updated, or when maintenance starts or ends.
 * @csspart details-link - The link to the details.
 * @csspart others - The disclosure (`<details>`) of the other active incidents.
 * @csspart more - Its summary: "+N more".
 * @csspart other - One of the other incidents (a link when it has somewhere to go).
 * @csspart dismiss - The dismiss button.
 * @csspart stale - Since when the feed could not be updated, while it fails (or how old a snapshot kept from an earlier visit is, while it is checked).
 *
 * @cssprop --status-z-index - Stacking order of the banner with `position="top|bottom"` (default 1000).
 */
export class StatusBanner extends StatusElement {
  static override styles = [themeStyles, bannerStyles];
  static override properties = {
    ...StatusElement.properties,
    upcoming: {check: {min: 0, fallback: 24}},
    showOperational: {attribute: 'show-operational', check: {fallback: false}},
    // Any value but "false" keeps dismissal on, as DESIGN.md asks.
    dismissible: {check: {fallback: true}},
    position: {check: {values: ['inline', 'top', 'bottom'], fallback: 'inline'}},
  };

  /**
   * Hours ahead in which scheduled maintenance is announced.
   * @default 24
   */
  declare upcoming: number;

  /**
   * Show a green "all systems operational" banner when nothing is going on; off with `"false"`.
   * @default false
   */
  declare showOperational: boolean;

  /**
   * `dismissible="false"` removes the dismiss button.
   * @default true
   */
  declare dismissible: boolean;

  /**
   * `inline` (the default: in the page's flow), `top` or `bottom` (fixed to
   * the viewport; the element then keeps a place of the banner's height
   * where it stands, so the banner covers nothing, and no place at all when
   * it shows nothing).
   * @default 'inline'
   */
  declare position: 'inline' | 'top' | 'bottom';

  /**
   * The active items already announced (`incident:<id>`, `maintenance:<id>`):
   * a poll that brings the same one says nothing new, and one that resolves
   * is announced as resolved.
   */
  #announced = new Set<string>();
  /** The live region: see #updateNews(). */
  #news: News = {text: '', lang: ''};
  /** What had focus before focus entered the banner: where a keyboard dismissal returns it. */
  #before?: HTMLElement | null;
  /** One timer keeps "updated 5 minutes ago" true, and lets maintenance come and go on time. */
  #tick?: ReturnType<typeof setTimeout>;
  #delay = 0;

  override render(): TemplateResult {
    const pos = this.position === 'inline' ? nothing : this.position;
    // The live region holds a short sentence set once per incident, not the
    // banner: the banner's clock and each poll must not be read out again.
    return html`<div class="bar" data-pos=${pos} lang=${this.language} dir=${this.uiDir}>${this.#renderContent()}</div><div class="spacer"></div><div role="status" class="visually-hidden" lang=${this.language} dir=${this.uiDir}>${this.#news.text}</div>`;
  }

  override firstUpdated(): void {
    // Fixed to the viewport, the banner keeps its height in the page's flow: 0 when it shows nothing.
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar')!;
    new ResizeObserver(() => ((bar.nextElementSibling as HTMLElement).style.height = `${bar.offsetHeight}px`)).observe(bar);
    // The formatters a banner shows its times with.
    const when = {at: Date.now(), calendar: false};
    makeAhead([() => formatWhen(when, this.language, this.zone), () => formatRelativeWhen(when, when.at, this.language, this.zone)]);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    clearTimeout(this.#tick);
    if (this.isConnected && this.#delay) this.#tick = setTimeout(() => this.requestUpdate(), this.#delay);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#tick);
  }

  #renderContent(): TemplateResult | typeof nothing {
    const view = this.view;
    this.#delay = 0;
    if (!view) {
      // Nothing to show (a new feed loading): nothing to say either.
      this.#news = {text: '', lang: ''};
      return nothing;
    }
    this.#delay = 6e4;
    const now = Date.now();
    const choice = chooseBanner(view, now, this.upcoming);
    const shown = choice.kind === 'none' ? undefined : choice.kind === 'incident' ? choice.incident : choice.maintenance;
    const dismissed = shown !== undefined && this.dismissible && isDismissed(this.#dismissalKey(shown, latestUpdateId(shown)));
    this.#updateNews(view, choice, dismissed, now);
    if (choice.kind === 'none') {
      if (!this.showOperational) return nothing;
      const overall = this.overall(now);
      // No incident nor maintenance, yet not necessarily green: a component the feed says is degraded, or a stale snapshot.
      const tone = TONES[overall];
      return html`<div part="banner" class="banner" data-tone=${tone}>
        <span part="icon" class="icon">${icons[tone]}</span>
        <div class="content"><p><span part="label" class="label">${this.t(`status.${overall}`)}</span> ${this.#renderStale()}</p></div>
      </div>`;
    }
    if (dismissed) return nothing;
    return this.#renderItem(choice, shown!, now);
  }

  /**
   * What the live region says after this render. Each item is announced
   * once, when it starts (the one shown, and any other major or critical
   * incident); an announced incident that resolves is announced as resolved,
   * for a short while. Nothing stale stays: when an announced item ends, when
   * a passing word has had its time, or when the reader's language changes,
   * the region is cleared (the banner itself says what is going on).
   */
  #updateNews(view: Snapshot, choice: BannerChoice, dismissed: boolean, now: number): void {
    const items: Item[] = choice.kind === 'none' ? [] : [choice.kind === 'incident' ? choice.incident : choice.maintenance, ...choice.others];
    const active = new Set(items.map((item) => item.id));
    const said: string[] = [];
    let ended = false;
    for (const id of this.#announced) {
      if (active.has(id)) continue;
      this.#announced.delete(id);
      ended = true;
      // Gone from the feed unresolved, or maintenance that ended: nothing to say.
      const incident = view.incidents.find((i) => i.id === id);
      if (incident && !isIncidentActive(incident)) said.push(`${this.t('banner.resolved')} ${this.text(incident.title)}`);
    }
    // Announced once: the item shown, and any other major or critical incident that starts; nothing while dismissed.
    const fresh = dismissed ? [] : items.filter((o, i) => !this.#announced.has(o.id) && (!i || ('severity' in o && o.severity !== 'minor')));
    for (const item of fresh) {
      this.#announced.add(item.id);
      said.push(`${this.t('label', {label: this.#label(choice.kind as Choice['kind'], item)})} ${this.text(item.title)}`);
    }
    // A resolution alone is a passing word; a start holds while the item goes on.
    // (`now >= undefined` is false: a start has no end of its own.)
    if (said.length) this.#news = {text: said.join('. '), lang: this.language, until: fresh.length ? undefined : now + PASSING_NEWS};
    else if (ended || now >= this.#news.until! || this.#news.lang !== this.language) this.#news = {text: '', lang: this.language};
  }

  /** "Major incident", "Maintenance in progress", "Scheduled maintenance". */
  #label(kind: Choice['kind'], item: Item): string {
    return this.t('severity' in item ? `severity.${item.severity}` : `banner.${kind}`);
  }

  #renderItem(choice: Choice, item: Item, now: number): TemplateResult {
    const t = this.t;
    const tone = 'severity' in item ? item.severity : 'maintenance';
    const label = this.#label(choice.kind, item);
    const title = this.text(item.title);
    const messageText = item.updates[0]?.text ?? ('text' in item ? item.text : undefined);
    const message = firstParagraph(this.text(messageText));
    const titleLang = this.textLang(item.title);
    const messageLang = this.textLang(messageText);
    const url = this.detailsUrl(item.url);
    const others = choice.others;
    return html`<div part="banner" class="banner" data-tone=${tone} @focusin=${this.#onFocusIn}>
      <span part="icon" class="icon">${icons[tone]}</span>
      <div class="content">
        <p><span part="label" class="label">${t('label', {label})}</span> <span part="title" class="title" lang=${titleLang ?? nothing} dir=${titleLang ? 'auto' : nothing}>${title}</span></p>
        ${message ? html`<p part="message" class="message" lang=${messageLang ?? nothing} dir=${messageLang ? 'auto' : nothing}>${message}</p>` : nothing}
        <p part="meta" class="meta">${this.#renderMeta(choice, item, now)}${
          url
            ? html`<a part="details-link" href=${url} aria-label=${`${t('label', {label: t('banner.details')})} ${title}`}>${t('banner.details')}</a>`
            : nothing
        }${this.#renderStale()}</p>
        ${
          others.length
            ? html`<details part="others" class="others"><summary part="more">${t('banner.more', {count: others.length})}</summary><ul>
              ${others.map((o) => {
                const href = this.detailsUrl(o.url);
                const name = this.text(o.title);
                // The feed's words carry the language they were picked in, as the title above does.
                const lang = this.textLang(o.title);
                return html`<li>${t('label', {label: this.#label(choice.kind, o)})} ${
                  href
                    ? html`<a part="other" href=${href} lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>${name}</a>`
                    : html`<span part="other" lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>${name}</span>`
                }</li>`;
              })}
            </ul></details>`
            : nothing
        }
      </div>
      ${
        this.dismissible
          ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${t('banner.dismiss')} title=${t('banner.dismiss')}
            @click=${(e: MouseEvent) => this.#dismissItem(e, item)}>${icons.close}</button>`
          : nothing
      }
    </div>`;
  }

  /** Since when the feed could not be updated (or the age of a kept snapshot being checked), in the meta line's small print. */
  #renderStale(): TemplateResult | typeof nothing {
    const note = this.staleNote;
    return note ? html`<span part="stale" class="stale">${note}</span>` : nothing;
  }

  #renderMeta(choice: Choice, item: Item, now: number): TemplateResult | typeof nothing {
    const t = this.t;
    if (choice.kind === 'incident') {
      const update = item.updates[0];
      const at = update ? dateOf(update, 'at')! : dateOf(choice.incident, 'startedAt')!;
      // Finer while the age is in seconds, coarser as it grows: about 1/60 of the age, 1 s to 1 min.
      this.#delay = Math.min(6e4, Math.max(1e3, (now - at.at) / 60));
      return html`<span part="status">${t(`incidentStatus.${choice.incident.status}`)}</span><time part="time"
          datetime=${machineDate(at)} title=${formatWhen(at, this.language, this.zone)}>${t(!at.calendar && isJustNow(at.at, now) ? 'banner.updatedNow' : 'banner.updated', {ago: formatRelativeWhen(at, now, this.language, this.zone)})}</time>`;
    }
    const m = choice.maintenance;
    const at = dateOf(m, choice.kind === 'upcoming' ? 'startsAt' : 'endsAt');
    if (at === undefined) return nothing;
    return html`<time part="time" datetime=${machineDate(at)}>${t(choice.kind === 'upcoming' ? 'banner.startsAt' : 'banner.endsAt', {time: formatWhen(at, this.language, this.zone)})}</time>`;
  }

  #onFocusIn = (e: FocusEvent): void => {
    const from = e.relatedTarget as HTMLElement | null;
    if (!this.renderRoot.contains(from)) this.#before = from;
  };

  /**
   * Dismissals are remembered per feed: its resolved `src` (two pages naming
   * one feed share them), or for `data` the feed's page URL.
   */
  #dismissalKey(item: Item, updateId: string): string {
    const feed = this.data != null ? `data ${this.feed.state.snapshot?.page.url ?? ''}` : resolveSrc(this.src ?? '');
    return dismissalKey(feed, item.id, updateId);
  }

  #dismissItem(e: MouseEvent, item: Item): void {
    const updateId = latestUpdateId(item);
    dismiss(this.#dismissalKey(item, updateId));
    this.emit<StatusDismissDetail>('status-dismiss', {incidentId: item.id, updateId});
    this.#news = {text: this.t('banner.dismissed'), lang: this.language, until: Date.now() + PASSING_NEWS};
    this.requestUpdate();
    // From the keyboard (or a screen reader), focus goes back where it was
    // before the banner; else it falls to the page, where the next Tab
    // continues after the banner, and the live region says what happened.
    if (!e.detail) this.#before?.focus();
  }
}
