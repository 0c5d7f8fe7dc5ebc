import {html, noChange, nothing, type ElementPart, type TemplateResult} from 'lit';
import type {TFunction} from 'i18next';
import {directive, Directive} from 'lit/directive.js';
import {addStrings} from '../../i18n/i18n.js';
import {formatDate} from '../../i18n/format.js';
import {formatDuration} from '../../i18n/format-duration.js';
import {cached} from '../../i18n/formatter-cache.js';
import {uptimeStrings} from '../../i18n/uptime-strings.js';
import {uptimeRows, utcDayStart, type UptimeDayView, type UptimeRow} from '../../model/uptime.js';
import type {ComponentStatus, Snapshot, Text} from '../../model/types.js';
import type {ViewHost} from '../shared/lazy-view-element.js';

export {uptimeStyles} from './status-uptime.styles.js';

/** What the view reads of its `<status-uptime>`, beyond what every view reads. */
export interface UptimeHost extends ViewHost {
  /** Already checked (attribute-values.ts): a whole number from 1 to 365. */
  readonly days: number;
}

/** The tone (theme.styles.ts `data-tone`) of each status: the same accents as the banner and the history. */
const TONE: Record<ComponentStatus, string> = {
  operational: 'operational',
  maintenance: 'maintenance',
  degraded: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

const STATES: readonly ComponentStatus[] = ['operational', 'maintenance', 'degraded', 'partial_outage', 'major_outage'];
const KINDS = ['measured', 'derived', 'none'] as const;

/** A share of a day as a percentage, cut (never rounded up: 99.996 % is not 100 %) to two decimals. */
function formatPercent(ratio: number, lang: string): string {
  const format = cached(`pct|${lang}`, () => new Intl.NumberFormat(lang, {style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2})) as Intl.NumberFormat;
  return format.format(Math.floor(ratio * 10_000) / 10_000);
}

/**
 * How `<status-uptime>` renders: a module of its own, loaded when the first
 * uptime element connects (in the CDN build, a chunk). One view per element:
 * it holds the day the reader chose in each row.
 */
export class UptimeView {
  static {
    addStrings(uptimeStrings);
  }

  constructor(private readonly host: UptimeHost) {}

  /** The rows of the last render, kept while the snapshot, the days and the current UTC day are the same. */
  #rowsCache?: {view: Snapshot; days: number; today: number; rows: UptimeRow[]};
  /**
   * Day labels by what they say (language, kind, status, date, figure): the
   * rows of a page share their dates, so 20 rows of 90 days need a few
   * hundred labels, not 1,800 calls to i18next and Intl.
   */
  #labels = new Map<string, string>();
  #labelsT?: TFunction;
  /** The day chosen (by key, hover, focus or tap) in each row, by component id; the latest day otherwise. */
  #chosen = new Map<string, number>();
  /** The row whose chosen day's details are shown. */
  #open?: string;
  /** `days` as the element checked it; the view draws no more than a year whatever it is given. */
  get days(): number {
    const days = this.host.days;
    return Number.isInteger(days) && days >= 1 ? Math.min(days, 365) : 90;
  }

  #rows(view: Snapshot, days: number): UptimeRow[] {
    const now = Date.now();
    const today = utcDayStart(now);
    const cache = this.#rowsCache;
    // Today's bar runs with the clock (an incident going on): rows are made again at each render while one is.
    if (cache && cache.view === view && cache.days === days && cache.today === today && !view.incidents.some((i) => i.resolvedAt === undefined && i.status !== 'resolved')) return cache.rows;
    const rows = uptimeRows(view, days, now);
    this.#rowsCache = {view, days, today, rows};
    return rows;
  }

  render(): TemplateResult {
    const {t, view, feed} = this.host;
    const days = this.days;
    return html`<section part="uptime" class="uptime" lang=${this.host.language} dir=${this.host.uiDir} aria-labelledby="heading" aria-busy=${feed.status === 'loading' ? 'true' : 'false'}>
      <h2 part="heading" id="heading">${t('uptime.title')}</h2>
      ${view ? this.#renderRows(this.#rows(view, days), days) : html`<p part="notice">${t(feed.status === 'error' ? 'status.unavailable' : 'uptime.loading')}</p>`}
      ${this.host.staleNote ? html`<p part="notice">${this.host.staleNote}</p>` : nothing}
    </section>`;
  }

  #renderRows(rows: UptimeRow[], days: number): TemplateResult {
    const t = this.host.t;
    if (rows.length === 0) return html`<p part="notice">${t('uptime.empty')}</p>`;
    return html`<ul class="rows" style="--days: ${days}">
        ${rows.map((row, r) => this.#renderRow(row, r, days))}
      </ul>
      ${this.#renderLegend()}`;
  }

  #renderRow(row: UptimeRow, r: number, days: number): TemplateResult {
    const {t, language} = this.host;
    const id = row.component.id;
    const name = this.host.text(row.component.name);
    const chosen = Math.min(this.#chosen.get(id) ?? days - 1, days - 1);
    const percent = row.uptime === undefined ? undefined : formatPercent(row.uptime, language);
    const figure =
      percent === undefined
        ? t(row.derivedDays > 0 ? 'uptime.notMeasured' : 'uptime.noData')
        : percent;
    const summary = this.#summary(row, name, percent, days);
    return html`<li part="row" class="row">
      <div class="row-header" aria-hidden="true">
        <span part="name">${name}</span>
        <span part="percent" data-measured=${percent === undefined ? 'false' : 'true'}
          >${figure}${percent !== undefined && row.measuredDays < days
            ? html`${' '}<span part="coverage">(${t('uptime.measuredDays', {count: row.measuredDays, days})})</span>`
            : nothing}</span
        >
      </div>
      <div
        part="days"
        class="days"
        role="group"
        aria-label=${summary}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e, id, days)}
        @focusin=${(e: Event) => this.#onDay(e, id)}
        @pointerover=${(e: Event) => this.#onDay(e, id)}
        @click=${(e: Event) => this.#onDay(e, id)}
        ${dayBars(row.days, chosen, this.#open === id, (day: UptimeDayView) => this.#dayLabel(day))}
      ></div>
      <div part="details" id="details-${r}" class="details" ?hidden=${this.#open !== id}>
        ${this.#open === id ? this.#renderDetails(row.days[chosen]!) : nothing}
      </div>
    </li>`;
  }

  /** The row's one accessible summary: "API: 99.95 % uptime over 90 days; 2 days with incidents". */
  #summary(row: UptimeRow, name: string, percent: string | undefined, days: number): string {
    const t = this.host.t;
    const first =
      percent !== undefined
        ? row.measuredDays < days
          ? t('uptime.summaryPartial', {name, percent, count: row.measuredDays, days})
          : t('uptime.summaryMeasured', {name, percent, count: days})
        : t(row.derivedDays > 0 ? 'uptime.summaryDerived' : 'uptime.summaryNoData', {name, count: days});
    if (percent === undefined && row.derivedDays === 0) return first;
    const second = row.incidentDays > 0 ? t('uptime.incidentDays', {count: row.incidentDays}) : t('uptime.noIncidentDays');
    return t('uptime.join', {first, second});
  }

  #dayLabel(day: UptimeDayView): string {
    const {t, language} = this.host;
    // A new translator (another language, or strings registered since) makes new labels.
    if (this.#labelsT !== t) this.#labels.clear();
    this.#labelsT = t;
    const key = `${language}|${day.kind}|${day.status}|${day.date}|${day.uptime}`;
    const known = this.#labels.get(key);
    if (known !== undefined) return known;
    const date = formatDate(day.start, language, 'date', 'UTC');
    const state = day.status ? t(`uptime.state.${day.status}`) : '';
    const label =
      day.kind === 'measured'
        ? t('uptime.dayMeasured', {date, state, percent: formatPercent(day.uptime!, language)})
        : day.kind === 'derived'
          ? t('uptime.dayDerived', {date, state})
          : t('uptime.dayNoData', {date});
    if (this.#labels.size > 10_000) this.#labels.clear();
    this.#labels.set(key, label);
    return label;
  }

  #renderDetails(day: UptimeDayView): TemplateResult {
    const {t, language} = this.host;
    const downMinutes = day.downMinutes ?? (day.uptime === undefined ? undefined : Math.round((1 - day.uptime) * 1440));
    // Whole minutes only (never "under a minute", a history string): a day shows downtime from one minute up.
    // Joined here: a template's spaces around " · " would not survive the build's minifier.
    const about = [t(`uptime.kind.${day.kind}`), ...(day.status ? [t(`uptime.state.${day.status}`)] : [])].join(' · ');
    return html`<p part="details-date"><strong>${formatDate(day.start, language, 'date', 'UTC')}</strong>${` · ${about}`}</p>
      ${day.uptime === undefined
        ? nothing
        : html`<p part="details-figures">${[
            `${t('label', {label: t('uptime.uptime')})} ${formatPercent(day.uptime, language)}`,
            ...(downMinutes ? [`${t('label', {label: t('uptime.downtime')})} ${formatDuration(downMinutes * 60_000, language, t)}`] : []),
            ...(day.checks ? [t('uptime.checks', {count: day.checks})] : []),
          ].join(' · ')}</p>`}
      ${day.kind === 'none' ? nothing : this.#renderEvents(day)}`;
  }

  #renderEvents(day: UptimeDayView): TemplateResult {
    const t = this.host.t;
    if (day.incidents.length === 0 && day.maintenances.length === 0) return html`<p part="details-empty">${t('uptime.noIncidents')}</p>`;
    // Into the history: a <status-history> on the page opens the entry its URL fragment names.
    const link = (kind: string, id: string, title: Text) => html`<li><a part="incident-link" href="#${kind}-${encodeURIComponent(id)}">${this.host.text(title)}</a></li>`;
    return html`${day.incidents.length
      ? html`<p part="details-heading">${t('uptime.incidents')}</p>
          <ul part="incidents">
            ${day.incidents.map((i) => link('incident', i.id, i.title))}
          </ul>`
      : nothing}
    ${day.maintenances.length
      ? html`<p part="details-heading">${t('uptime.maintenances')}</p>
          <ul part="incidents">
            ${day.maintenances.map((m) => link('maintenance', m.id, m.title))}
          </ul>`
      : nothing}`;
  }

  #renderLegend(): TemplateResult {
    const t = this.host.t;
    return html`<div part="legend" class="legend">
      <p class="legend-title">${t('uptime.legend')}</p>
      <ul>
        ${KINDS.map((kind) => html`<li><span class="swatch" data-kind=${kind} data-tone=${kind === 'none' ? 'unknown' : 'operational'} data-status=${kind === 'none' ? 'none' : 'operational'}></span>${t(`uptime.kind.${kind}`)}</li>`)}
      </ul>
      <ul>
        ${STATES.map((state) => html`<li><span class="swatch" data-kind="measured" data-tone=${TONE[state]} data-status=${state}></span>${t(`uptime.state.${state}`)}</li>`)}
      </ul>
      <p class="legend-note">${t('uptime.utc')}</p>
    </div>`;
  }

  /** A day's bar was focused, hovered or tapped: its details are shown. */
  #onDay(event: Event, id: string): void {
    const bar = event.target as Element;
    const index = Array.prototype.indexOf.call((event.currentTarget as Element).children, bar);
    if (index >= 0) this.#choose(id, index);
  }

  #choose(id: string, day: number): void {
    if (this.#chosen.get(id) === day && this.#open === id) return;
    this.#chosen.set(id, day);
    this.#open = id;
    this.host.requestUpdate();
  }

  /** Roving tab index: the arrows move by a day, Home and End to the first and last; Escape closes the details. */
  #onKey(event: KeyboardEvent, id: string, days: number): void {
    const current = Math.min(this.#chosen.get(id) ?? days - 1, days - 1);
    const next =
      event.key === 'ArrowLeft' ? current - 1 : event.key === 'ArrowRight' ? current + 1 : event.key === 'Home' ? 0 : event.key === 'End' ? days - 1 : undefined;
    if (event.key === 'Escape' && this.#open === id) {
      this.#open = undefined;
      this.host.requestUpdate();
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    const target = Math.max(0, Math.min(days - 1, next));
    this.#choose(id, target);
    ((event.currentTarget as HTMLElement).children[target] as HTMLElement | undefined)?.focus();
  }
}

/** Sets an attribute only when it changes: most bars stay as they were between renders. */
function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * The bars of a row, one `<button>` per day, made and updated in place: a
 * page of 20 rows of 90 days has 1,800 of them, which as Lit templates (an
 * instance, its parts and three listeners each) took several frames to
 * render. The row listens for them (UptimeView.#onDay, #onKey).
 */
class DayBars extends Directive {
  override update(part: ElementPart, [days, chosen, open, label]: Parameters<this['render']>): unknown {
    const row = part.element;
    while (row.children.length > days.length) row.lastElementChild!.remove();
    const added = document.createDocumentFragment();
    days.forEach((day, d) => {
      let bar = row.children[d];
      if (!bar) {
        bar = document.createElement('button');
        bar.setAttribute('type', 'button');
        added.append(bar);
      }
      // The chosen day is marked while its details are shown; it keeps the row's tab stop either way.
      setAttribute(bar, 'part', open && d === chosen ? 'day day-chosen' : 'day');
      setAttribute(bar, 'tabindex', d === chosen ? '0' : '-1');
      setAttribute(bar, 'data-kind', day.kind);
      setAttribute(bar, 'data-status', day.status ?? 'none');
      setAttribute(bar, 'data-tone', day.status ? TONE[day.status] : 'unknown');
      setAttribute(bar, 'aria-label', label(day));
    });
    row.append(added);
    return noChange;
  }

  render(_days: readonly UptimeDayView[], _chosen: number, _open: boolean, _label: (day: UptimeDayView) => string): unknown {
    return noChange;
  }
}

const dayBars = directive(DayBars);
