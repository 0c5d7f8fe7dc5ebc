import {html, nothing, type TemplateResult} from 'lit';
import type {TFunction} from 'i18next';
import {historyStrings} from '../../i18n/history-strings.js';
import {addStrings} from '../../i18n/i18n.js';
import {DAY, formatWhen} from '../../i18n/format.js';
import {formatDuration, listParts} from '../../i18n/format-duration.js';
import {formatMonth, monthKey} from '../../i18n/format-month.js';
import {makeAhead} from '../../i18n/formatter-cache.js';
import {dateOf, firstMoment, machineDate, type When} from '../../model/calendar-date.js';
import {daysBetween} from '../../model/calendar-days.js';
import {historyIncidents, historyMaintenances, incidentEndDate, newestFirst} from '../../model/history-window.js';
import {safeHttpUrl} from '../../model/safe-url.js';
import {isIncidentActive} from '../../model/status.js';
import type {Incident, Maintenance, Report, Snapshot, Text, Update} from '../../model/types.js';
import {afterNextPaint} from '../shared/after-next-paint.js';
import {icons} from '../shared/icons.js';
import {renderText} from '../shared/render-text.js';
import type {ViewHost} from '../shared/lazy-view-element.js';

export {historyStyles} from './status-history.styles.js';

/** What the view reads of its `<status-history>` itself: its public attributes, and where it renders. */
export interface HistoryAttributes {
  readonly days: number;
  readonly limit: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/**
 * An incident or a maintenance as the history lists it: `when` it began, as
 * the feed wrote it, and the instant it began for the reader (`start`, a
 * calendar date at their midnight), which orders the list.
 */
type Entry = ({kind: 'incident'; item: Incident} | {kind: 'maintenance'; item: Maintenance}) & {when: When; start: number};

/**
 * The most updates one timeline shows, newest first. Real incidents have
 * tens; a feed within the size limit can list 190,000, which took seconds
 * of rendering, with the page frozen, for a timeline no one reads.
 */
const MAX_UPDATES = 100;

/** The report sections in the order the seed page writes them. */
const REPORT_SECTIONS: readonly (keyof Omit<Report, 'rootCausePreliminary'>)[] = ['impact', 'rootCause', 'resolution', 'mitigation', 'nextSteps'];

/**
 * How `<status-history>` renders its entries and follows the URL fragment to
 * one: a module of its own, loaded when the first history connects, so that
 * a page that shows none never downloads it (in the CDN build, a chunk).
 * One view per element: it holds what the reader opened and the templates
 * it made.
 */
export class HistoryView {
  // The history's strings come with its code.
  static {
    addStrings(historyStrings);
  }

  constructor(
    private readonly host: ViewHost,
    private readonly element: HistoryAttributes,
  ) {
    // The page's own URL may name an entry: the first render opens and scrolls to it.
    this.#onHash();
  }

  /** Follows the page's URL fragment; returns what stops it. */
  connect(): () => void {
    addEventListener('hashchange', this.#onHash);
    // The date formatters the entries need.
    const now = Date.now();
    const stopMaking = makeAhead([
      () => monthKey(now, this.host.zone),
      () => formatMonth(now, this.host.language, this.host.zone),
      () => formatWhen({at: now, calendar: false}, this.host.language, this.host.zone),
    ]);
    return () => {
      stopMaking();
      removeEventListener('hashchange', this.#onHash);
    };
  }

  /**
   * The first render of entries leaves out the bodies of the closed ones
   * (their components, report and updates: most of the work, none of it seen
   * before the reader opens one), and the frame that shows the summaries is
   * not kept waiting for them: they follow in a task after that frame's
   * paint (#bodiesLater), and are there for find-in-page and for the reader
   * from then on. An entry opened meanwhile gets its body at once.
   */
  #closedBodiesLater = true;
  /** The render of the closed entries' bodies, once asked for and until it is. */
  #bodiesLater?: Promise<void>;

  /** What updateComplete also waits for: the closed entries' bodies, when they are still to come. */
  pending(): Promise<void> | undefined {
    return this.#bodiesLater;
  }

  /** The entries of the last snapshot, kept while the snapshot is the same object. */
  #entriesCache?: {snapshot: Snapshot; days: number; entries: Entry[]};

  /**
   * Entries the reader opened or closed, by id: the entries are rendered by
   * position, so an incident that arrives on top must not inherit the state
   * of the one that was there.
   */
  #open = new Map<string, boolean>();
  /** How many "show more" pages the reader opened. */
  #pages = 1;
  /** The entry id the page's URL fragment names. */
  #target = '';
  /** Whether it still has to be scrolled to: 1 for the page's own URL, 2 after a hashchange. */
  #scroll = 0;

  /** Shadow DOM ids are out of the URL fragment's reach: the element finds its own. */
  #onHash = (event?: Event): void => {
    try {
      this.#target = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    this.#scroll = event ? 2 : 1;
    this.#open.set(this.#target, true);
    this.host.requestUpdate();
  };

  /**
   * The templates of the entries that ended, for the snapshot and language
   * they were made with: an unchanged poll, or "show more", then re-renders
   * the entries already shown without formatting their texts and dates again
   * (that cost grew with every entry shown). Entries still going on are made
   * each time: their duration runs with the clock. A template is reused only
   * while the reader's open or closed choice for it is the one it was made with.
   */
  #templates?: {view: Snapshot; t: TFunction; zone: string | undefined; byItem: WeakMap<Incident | Maintenance, {template: TemplateResult; open?: boolean}>};

  render(): TemplateResult {
    const t = this.host.t;
    return html`<section part="history" class="history" lang=${this.host.language} dir=${this.host.uiDir} aria-labelledby="heading" aria-busy=${this.host.feed.status === 'loading' ? 'true' : 'false'}>
      <h2 part="heading" id="heading">${t('history.title')}</h2>
      ${this.#renderBody()}
    </section>`;
  }

  #renderBody(): TemplateResult {
    const t = this.host.t;
    const view = this.host.view;
    if (!view) {
      return this.host.feed.status === 'error'
        ? html`<p part="notice" class="notice">${t('history.error')}</p>`
        : html`<p part="notice" class="notice">${t('history.loading')}</p>`;
    }
    const entries = this.#entries(view);
    // By translator, not language: a language's strings may change (registerLocale), and its translator with them.
    // And by zone: a `time-zone` change shows every time of day again.
    if (this.#templates?.view !== view || this.#templates.t !== this.host.t || this.#templates.zone !== this.host.zone) {
      this.#templates = {view, t: this.host.t, zone: this.host.zone, byItem: new WeakMap()};
    }
    const limit = this.element.limit;
    // Down to the entry the URL names, if further.
    const shown = entries.slice(0, Math.max(limit * this.#pages, entries.findIndex((e) => entryId(e) === this.#target) + 1));
    const rest = entries.length - shown.length;
    if (this.#closedBodiesLater && shown.length > 0) {
      this.#bodiesLater ??= afterNextPaint().then(() => {
        this.#closedBodiesLater = false;
        this.#bodiesLater = undefined;
        this.host.requestUpdate();
      });
    }
    return html`
      ${this.host.staleNote ? html`<p part="notice" class="notice">${this.host.staleNote}</p>` : nothing}
      ${view.history === 'active' ? html`<p part="notice" class="notice">${t('history.activeOnly')}</p>` : nothing}
      ${
        entries.length === 0
          ? html`<p part="notice" class="notice">${this.element.days > 0 ? t('history.empty', {count: this.element.days}) : t('history.emptyAll')}</p>`
          : this.#renderMonths(shown)
      }
      ${
        rest > 0
          ? html`<button part="more-button" class="more-button" type="button" @click=${() => this.#showMore(shown.length, limit)}>
            ${t('history.showMore', {count: Math.min(rest, limit)})}
          </button>`
          : nothing
      }
    `;
  }

  /** Shows the next page and takes focus to its first entry, where the reader goes on reading. */
  async #showMore(shown: number, limit: number): Promise<void> {
    this.#pages = Math.floor(shown / limit) + 1;
    this.host.requestUpdate();
    await this.element.updateComplete;
    this.element.renderRoot.querySelectorAll('summary')[shown]?.focus();
  }

  #entries(view: Snapshot): Entry[] {
    const days = this.element.days;
    const cache = this.#entriesCache;
    if (cache && cache.snapshot === view && cache.days === days) return cache.entries;
    const now = Date.now();
    const entry = <E extends Pick<Entry, 'kind' | 'item'>>(e: E, when: When) => ({...e, when, start: firstMoment(when)});
    const entries: Entry[] = newestFirst(
      [
        ...historyIncidents(view, days, now).map((item) => entry({kind: 'incident' as const, item}, dateOf(item, 'startedAt')!)),
        ...historyMaintenances(view, days, now).map((item) => entry({kind: 'maintenance' as const, item}, dateOf(item, 'startsAt')!)),
      ],
      (e) => e.start,
    );
    this.#entriesCache = {snapshot: view, days, entries};
    return entries;
  }

  #renderMonths(entries: Entry[]): TemplateResult {
    const months: {key: string; at: number; zone?: string; entries: Entry[]}[] = [];
    for (const entry of entries) {
      // A calendar date's month is the one the feed wrote, read in UTC as formatWhen does; an instant's, the one of `time-zone`.
      const zone = entry.when.calendar ? 'UTC' : this.host.zone;
      const key = monthKey(entry.when.at, zone);
      if (months.at(-1)?.key !== key) months.push({key, at: entry.when.at, zone, entries: []});
      months.at(-1)!.entries.push(entry);
    }
    return html`${months.map(
      (month) => html`<section part="month" aria-labelledby=${`m-${month.key}`}>
        <h3 part="month-heading" id=${`m-${month.key}`}>${formatMonth(month.at, this.host.language, month.zone)}</h3>
        <ol>${month.entries.map((entry) => this.#renderEntry(entry))}</ol>
      </section>`,
    )}`;
  }

  /** One incident or maintenance: the same layout, so a reader compares them at a glance. */
  #renderEntry(entry: Entry): TemplateResult {
    const id = entryId(entry);
    // What the reader (or a link to the entry) chose; undefined until then.
    const open = this.#open.get(id);
    const made = this.#templates!.byItem.get(entry.item);
    if (made && made.open === open) return made.template;
    const t = this.host.t;
    let tone: string, badge: string, state: string, end: When | undefined, ongoing: boolean;
    if (entry.kind === 'incident') {
      const incident = entry.item;
      ongoing = isIncidentActive(incident);
      end = ongoing ? undefined : incidentEndDate(incident);
      tone = incident.severity;
      badge = t(`severity.${tone}`);
      state = t(`incidentStatus.${incident.status}`);
    } else {
      const maintenance = entry.item;
      end = dateOf(maintenance, 'endsAt');
      ongoing = maintenance.status !== 'completed' && end === undefined;
      tone = 'maintenance';
      badge = t('history.maintenance');
      state = t(`maintenanceStatus.${maintenance.status}`);
    }
    const item = entry.item;
    const isOpen = open ?? (entry.kind === 'incident' ? ongoing : item.status !== 'completed');
    const withBody = isOpen || !this.#closedBodiesLater;
    const result = html`<li part="incident" class="entry" id=${id}>
      <details ?open=${isOpen}
        @toggle=${(e: Event) => {
          this.#open.set(id, (e.target as HTMLDetailsElement).open);
          this.host.requestUpdate();
        }}>
        <summary part="summary">
          <h4 part="incident-title" lang=${this.host.textLang(item.title) ?? nothing} dir=${this.host.textLang(item.title) ? 'auto' : nothing}>${this.host.text(item.title)}</h4>
          <span part="severity" class="severity" data-tone=${tone}>${icons[tone as keyof typeof icons]}${badge}</span>
          <span part="incident-status" class="state">${state}</span>
          ${this.#renderDates(entry.when, end, ongoing, entry.kind === 'incident' ? 'history.resolved' : 'history.ended')}
        </summary>
        ${withBody ? this.#renderEntryBody(entry) : nothing}
      </details>
    </li>`;
    // A template without its body is not kept: the one with it follows.
    if (end !== undefined && withBody) this.#templates!.byItem.set(item, {template: result, open});
    return result;
  }

  /** What an entry unfolds to: the components it affected, its report or text, its updates and its link. */
  #renderEntryBody(entry: Entry): TemplateResult {
    const item = entry.item;
    // Checked where it becomes a link, whatever read it (a Snapshot given to `data` went through no adapter).
    const url = safeHttpUrl(item.url);
    const text =
      entry.kind === 'incident'
        ? this.#renderReport(entry.item.report)
        : entry.item.text
          ? html`<div class="report">${renderText(this.host.text(entry.item.text), undefined, this.host.textLang(entry.item.text))}</div>`
          : nothing;
    return html`<div class="body">
      ${this.#renderComponents(item.components)}
      ${text}
      ${this.#renderUpdates(item.updates, entry.kind === 'incident' ? 'incidentStatus' : 'maintenanceStatus')}
      ${url ? html`<p><a part="incident-link" href=${url} rel="noopener noreferrer" target="_blank">${this.host.t('history.link')}</a></p>` : nothing}
    </div>`;
  }

  #renderDates(start: When, end: When | undefined, ongoing: boolean, endLabel: string): TemplateResult {
    const t = this.host.t;
    const row = (label: string, value: unknown) => html`<span><span class="key">${t('label', {label: t(label)})}</span> ${value}</span>`;
    const duration = this.#duration(start, end ?? {at: Date.now(), calendar: false});
    return html`<span part="dates" class="dates">${row('history.started', this.#renderTime(start))}${end !== undefined ? row(endLabel, this.#renderTime(end)) : nothing}${
      end !== undefined || ongoing ? row('history.duration', end !== undefined ? duration : t('history.ongoingFor', {duration})) : nothing
    }</span>`;
  }

  /** A date for people, and for machines in its `datetime`: `2016-12-13` for a calendar date. */
  #renderTime(when: When): TemplateResult {
    return html`<time datetime=${machineDate(when)}>${formatWhen(when, this.host.language, this.host.zone)}</time>`;
  }

  /**
   * How long an entry lasted: to the minute between two instants; in whole
   * days when either end is a calendar date, whose time of day is unknown
   * (13 → 15 December is "2 days", as "between 12/13 and 12/15" reads;
   * within one day, "less than a day").
   */
  #duration(start: When, end: When): string {
    const lang = this.host.language;
    const t = this.host.t;
    if (!start.calendar && !end.calendar) return formatDuration(end.at - start.at, lang, t);
    const days = daysBetween(start, end);
    return days > 0 ? formatDuration(days * DAY, lang, t) : t('history.underADay');
  }

  #renderComponents(ids: readonly string[]): TemplateResult | typeof nothing {
    if (ids.length === 0) return nothing;
    const byId = new Map(this.host.feed.snapshot?.components.map((c) => [c.id, c.name] as const));
    const names: Text[] = ids.map((id) => byId.get(id) ?? id);
    // Joined in the UI's language ("A, B and C"), each name marked with the language the feed gave it in.
    let n = 0;
    const list = listParts(
      names.map((name) => this.host.text(name)),
      this.host.language,
    ).map((part) => {
      if (part.type !== 'element') return part.value;
      const lang = this.host.textLang(names[n++]);
      return html`<span lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>${part.value}</span>`;
    });
    return html`<p part="components" class="components">${this.host.t('label', {label: this.host.t('history.components')})} ${list}</p>`;
  }

  #renderReport(report: Report | undefined): TemplateResult | typeof nothing {
    if (!report) return nothing;
    const t = this.host.t;
    const sections = REPORT_SECTIONS.filter((key) => report[key] !== undefined && this.host.text(report[key]).trim() !== '');
    if (sections.length === 0) return nothing;
    return html`<div part="report" class="report" role="group" aria-label=${t('history.report')}>
      ${sections.map((key) => {
        const name = key === 'rootCause' && report.rootCausePreliminary ? 'rootCausePreliminary' : key;
        const label = html`<strong class="section-label">${t('label', {label: t(`report.${name}`)})}</strong>`;
        return html`<div part="report-section" class="report-section" data-section=${name}>${renderText(this.host.text(report[key] as Text), label, this.host.textLang(report[key] as Text))}</div>`;
      })}
    </div>`;
  }

  #renderUpdates(updates: readonly Update[], statusKeys: 'incidentStatus' | 'maintenanceStatus'): TemplateResult | typeof nothing {
    if (updates.length === 0) return nothing;
    const t = this.host.t;
    return html`<h5>${t('history.updates')}</h5>
      <ol part="updates" class="timeline">
        ${updates.slice(0, MAX_UPDATES).map(
          (u) => html`<li part="update">
            ${u.status ? html`<strong>${t(`${statusKeys}.${u.status}`)}</strong>${' · '}` : nothing}${this.#renderTime(dateOf(u, 'at')!)}
            ${renderText(this.host.text(u.text), undefined, this.host.textLang(u.text))}
          </li>`,
        )}
        ${updates.length > MAX_UPDATES ? html`<li>${t('history.earlierUpdates', {count: updates.length - MAX_UPDATES})}</li>` : nothing}
      </ol>`;
  }

  /** After a render: scrolls to the entry the URL names, once it is there. */
  updated(): void {
    const summary = this.#scroll && (this.element.renderRoot as ShadowRoot).getElementById(this.#target)?.querySelector('summary');
    if (summary) {
      summary.scrollIntoView({block: 'center'});
      // The feed may come late: on load, focus is taken only if the reader has not put it somewhere yet.
      if (this.#scroll > 1 || document.activeElement === document.body) summary.focus({preventScroll: true});
      this.#scroll = 0;
    }
  }
}

/** The entry's id in the shadow root, and the URL fragment that points at it. */
const entryId = (entry: Entry): string => `${entry.kind}-${entry.item.id}`;
