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
import {TONES as TONE} from '../shared/tones.js';

export {uptimeStyles} from './status-uptime.styles.js';

const DAY = 86_400_000;

/** What the view reads of its `<status-uptime>` itself: its public attributes. */
export interface UptimeAttributes {
  /** Already checked (attribute-values.ts): a whole number from 1 to 365. */
  readonly days: number;
}

const STATES: readonly ComponentStatus[] = ['operational', 'maintenance', 'degraded', 'partial_outage', 'major_outage'];
const KINDS = ['measured', 'derived', 'none'] as const;

/** A share of a day as a percentage, cut (never rounded up: 99.996 % is not 100 %) to two decimals. */
function formatPercent(ratio: number, lang: string): string {
  const format = cached(
    `pct|${lang}`,
    () => new Intl.NumberFormat(lang, {style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2}),
  ) as Intl.NumberFormat;
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

  constructor(
    private readonly host: ViewHost,
    private readonly element: UptimeAttributes,
  ) {}

  /** The rows of the last render, kept while the snapshot and the days are the same, until `until` (the next UTC day, or a maintenance's start). */
  #rowsCache?: {view: Snapshot; days: number; until: number; rows: UptimeRow[]};
  /** What the rows of the last render say, kept while the rows, the language and its strings are the same: a hover re-renders none of it. */
  #paintCache?: {rows: UptimeRow[]; t: TFunction; language: string; paints: RowPaint[]};
  /**
   * The words of day labels, made once per language: a day label is the
   * template of its kind and status, with its date and figure put in. The
   * rows of a page share their dates, so 20 rows of 90 days take 90 dates,
   * a few percentages and a dozen templates, not 1,800 calls to i18next and Intl.
   */
  #words: Words = {language: '', templates: new Map(), dates: new Map(), percents: new Map()};
  /** The day chosen (by key, hover, focus or tap) in each row, by component id; the latest day otherwise. */
  #chosen = new Map<string, number>();
  /** The row whose chosen day's details are shown. */
  #open?: string;
  /** The row of bars this view drew last, which the next new row copies (DayBars). */
  readonly #lastRow: LastRow = {};
  /** `days` as the element checked it; the view draws no more than a year whatever it is given. */
  get days(): number {
    const days = this.element.days;
    return Number.isInteger(days) && days >= 1 ? Math.min(days, 365) : 90;
  }

  #rows(view: Snapshot, days: number): UptimeRow[] {
    const now = Date.now();
    const cache = this.#rowsCache;
    if (cache && cache.view === view && cache.days === days && now < cache.until) return cache.rows;
    const rows = uptimeRows(view, days, now);
    // The rows change with the UTC day, or when a maintenance planned for today begins; not otherwise with the clock.
    let until = utcDayStart(now) + DAY;
    for (const m of view.maintenances) if (m.status === 'scheduled' && m.startsAt > now && m.startsAt < until) until = m.startsAt;
    this.#rowsCache = {view, days, until, rows};
    return rows;
  }

  /** What each row says: its figure, its summary, and each day's look and label. */
  #paint(rows: UptimeRow[], days: number): RowPaint[] {
    const {t, language} = this.host;
    const cache = this.#paintCache;
    if (cache && cache.rows === rows && cache.t === t && cache.language === language) return cache.paints;
    let above: {days: readonly UptimeDayView[]; labels: readonly string[]} | undefined;
    const paints = rows.map((row) => {
      const name = this.host.text(row.component.name);
      const percent = row.uptime === undefined ? undefined : this.#percent(row.uptime);
      // Most days read the same in every row (measured, up, 100 %): the row above's label is taken as it is.
      const labels = row.days.map((day, d) => {
        const same = above?.days[d];
        return same && sameLabel(same, day) ? above!.labels[d]! : this.#dayLabel(day);
      });
      above = {days: row.days, labels};
      return {
        name,
        nameLang: this.host.textLang(row.component.name),
        percent,
        summary: this.#summary(row, name, percent, days),
        looks: row.days.map(lookOf),
        labels,
      };
    });
    this.#paintCache = {rows, t, language, paints};
    return paints;
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
    const paints = this.#paint(rows, days);
    return html`<ul class="rows">
        ${rows.map((row, r) => this.#renderRow(row, paints[r]!, r, days))}
      </ul>
      ${this.#renderLegend()}`;
  }

  #renderRow(row: UptimeRow, paint: RowPaint, r: number, days: number): TemplateResult {
    const t = this.host.t;
    const id = row.component.id;
    const chosen = Math.min(this.#chosen.get(id) ?? days - 1, days - 1);
    const {percent} = paint;
    const figure = percent === undefined ? t(row.derivedDays > 0 ? 'uptime.notMeasured' : 'uptime.noData') : percent;
    return html`<li part="row" class="row">
      <div class="row-header" aria-hidden="true">
        <span part="name" lang=${paint.nameLang ?? nothing} dir=${paint.nameLang ? 'auto' : nothing}>${paint.name}</span>
        <span part="percent" data-measured=${percent === undefined ? 'false' : 'true'}
          >${figure}${
            percent !== undefined && row.measuredDays < days
              ? html`${' '}<span part="coverage">(${t('uptime.measuredDays', {count: row.measuredDays, days})})</span>`
              : nothing
          }</span
        >
      </div>
      <div
        part="days"
        class="days"
        role="group"
        aria-label=${paint.summary}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e, id, days)}
        @focusin=${(e: Event) => this.#onDay(e, id)}
        @pointerover=${(e: Event) => this.#onDay(e, id)}
        @click=${(e: Event) => this.#onDay(e, id)}
        ${dayBars(paint, chosen, this.#open === id, this.#lastRow)}
      ></div>
      <div part="details" id="details-${r}" class="details" ?hidden=${this.#open !== id}>
        ${this.#open === id ? this.#renderDetails(row.days[chosen]!) : nothing}
      </div>
    </li>`;
  }

  /** The row's one accessible summary: "API: 99.95 % uptime over 90 days; 2 days with incidents". */
  #summary(row: UptimeRow, name: string, percent: string | undefined, days: number): string {
    const first =
      percent !== undefined
        ? row.measuredDays < days
          ? this.#say('uptime.summaryPartial', {count: row.measuredDays, days}, {name, percent})
          : this.#say('uptime.summaryMeasured', {count: days}, {name, percent})
        : this.#say(row.derivedDays > 0 ? 'uptime.summaryDerived' : 'uptime.summaryNoData', {count: days}, {name});
    if (percent === undefined && row.derivedDays === 0) return first;
    const second = row.incidentDays > 0 ? this.#say('uptime.incidentDays', {count: row.incidentDays}, {}) : this.#say('uptime.noIncidentDays', {}, {});
    return this.#say('uptime.join', {}, {first, second});
  }

  /**
   * `t(key, {...numbers, ...words})`, with the words put in afterwards: i18next is
   * asked once per key and numbers (which choose the plural), not once per row.
   */
  #say(key: string, numbers: {count?: number; days?: number}, words: Partial<Record<Slot, string>>): string {
    const templates = this.#wordsNow().templates;
    const slots = Object.keys(words) as Slot[];
    const id = `${key}|${numbers.count}|${numbers.days}|${slots.join()}`;
    let template = templates.get(id);
    if (template === undefined) {
      template = this.host.t(key, {...numbers, ...Object.fromEntries(slots.map((slot) => [slot, SLOTS[slot]]))});
      templates.set(id, template);
    }
    // One pass: a word put in (a component's name) is not searched for slots itself.
    return template.replace(ANY_SLOT, (slot) => words[SLOT_NAMES[slot]!] ?? '');
  }

  /** The words of the labels in the host's language: made again when it changes, or its strings do. */
  #wordsNow(): Words {
    const {t, language} = this.host;
    const words = this.#words;
    if (words.t !== t || words.language !== language) {
      words.t = t;
      words.language = language;
      words.templates.clear();
      words.dates.clear();
      words.percents.clear();
    }
    return words;
  }

  #percent(ratio: number): string {
    const percents = this.#wordsNow().percents;
    let percent = percents.get(ratio);
    if (percent === undefined) {
      percent = formatPercent(ratio, this.host.language);
      if (percents.size > 10_000) percents.clear();
      percents.set(ratio, percent);
    }
    return percent;
  }

  #dayLabel(day: UptimeDayView): string {
    const {t, language} = this.host;
    const {templates, dates} = this.#wordsNow();
    const key = `${day.kind} ${day.status}`;
    let template = templates.get(key);
    if (template === undefined) {
      // The day's own words go in afterwards: i18next is asked once per kind and status, not once per day.
      const state = day.status ? t(`uptime.state.${day.status}`) : '';
      template =
        day.kind === 'measured'
          ? t('uptime.dayMeasured', {date: SLOTS.date, state, percent: SLOTS.percent})
          : day.kind === 'derived'
            ? t('uptime.dayDerived', {date: SLOTS.date, state})
            : t('uptime.dayNoData', {date: SLOTS.date});
      templates.set(key, template);
    }
    let date = dates.get(day.start);
    if (date === undefined) {
      date = formatDate(day.start, language, 'date', 'UTC');
      if (dates.size > 10_000) dates.clear();
      dates.set(day.start, date);
    }
    const percent = day.kind === 'measured' ? this.#percent(day.uptime!) : '';
    return template.replace(ANY_SLOT, (slot) => (slot === SLOTS.date ? date : percent));
  }

  #renderDetails(day: UptimeDayView): TemplateResult {
    const {t, language} = this.host;
    const downMinutes = day.downMinutes ?? (day.uptime === undefined ? undefined : Math.round((1 - day.uptime) * 1440));
    // Whole minutes only (never "under a minute", a history string): a day shows downtime from one minute up.
    // Joined here: a template's spaces around " · " would not survive the build's minifier.
    const about = [t(`uptime.kind.${day.kind}`), ...(day.status ? [t(`uptime.state.${day.status}`)] : [])].join(' · ');
    return html`<p part="details-date"><strong>${formatDate(day.start, language, 'date', 'UTC')}</strong>${` · ${about}`}</p>
      ${
        day.uptime === undefined
          ? nothing
          : html`<p part="details-figures">${[
              `${t('label', {label: t('uptime.uptime')})} ${formatPercent(day.uptime, language)}`,
              ...(downMinutes ? [`${t('label', {label: t('uptime.downtime')})} ${formatDuration(downMinutes * 60_000, language, t)}`] : []),
              ...(day.checks ? [t('uptime.checks', {count: day.checks})] : []),
            ].join(' · ')}</p>`
      }
      ${day.kind === 'none' ? nothing : this.#renderEvents(day)}`;
  }

  #renderEvents(day: UptimeDayView): TemplateResult {
    const t = this.host.t;
    if (day.incidents.length === 0 && day.maintenances.length === 0) return html`<p part="details-empty">${t('uptime.noIncidents')}</p>`;
    // Into the history: a <status-history> on the page opens the entry its URL fragment names.
    const link = (kind: string, id: string, title: Text) => {
      const lang = this.host.textLang(title);
      return html`<li><a part="incident-link" href="#${kind}-${encodeURIComponent(id)}" lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>${this.host.text(title)}</a></li>`;
    };
    return html`${
      day.incidents.length
        ? html`<p part="details-heading">${t('uptime.incidents')}</p>
          <ul part="incidents">
            ${day.incidents.map((i) => link('incident', i.id, i.title))}
          </ul>`
        : nothing
    }
    ${
      day.maintenances.length
        ? html`<p part="details-heading">${t('uptime.maintenances')}</p>
          <ul part="incidents">
            ${day.maintenances.map((m) => link('maintenance', m.id, m.title))}
          </ul>`
        : nothing
    }`;
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
    // The days run with the line: right to left in a right-to-left UI, where the left arrow goes to a later day.
    const back = this.host.uiDir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === back
        ? current - 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowRight'
          ? current + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? days - 1
              : undefined;
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

/** The words day labels are made of, in one language (UptimeView.#dayLabel). */
interface Words {
  t?: TFunction;
  language: string;
  /** A label by kind and status, its date and percentage to be put in. */
  readonly templates: Map<string, string>;
  /** A day's date, by its start. */
  readonly dates: Map<number, string>;
  /** A percentage, by its ratio. */
  readonly percents: Map<number, string>;
}

/** Where a template of words (UptimeView.#say, #dayLabel) takes each word: characters no translation holds. */
const SLOTS = {date: '\u0001', percent: '\u0002', name: '\u0003', first: '\u0004', second: '\u0005'} as const;
type Slot = keyof typeof SLOTS;
const SLOT_NAMES: Record<string, Slot> = Object.fromEntries(Object.entries(SLOTS).map(([name, slot]) => [slot, name as Slot]));
// eslint-disable-next-line no-control-regex -- the slots are control characters on purpose
const ANY_SLOT = /[\u0001-\u0005]/g;

/** Whether two rows' days, the same day, have the same label (UptimeView.#dayLabel). */
const sameLabel = (a: UptimeDayView, b: UptimeDayView): boolean => a.start === b.start && a.kind === b.kind && a.status === b.status && a.uptime === b.uptime;

/** What a row shows, made once per snapshot, days and language (UptimeView.#paint). */
interface RowPaint {
  readonly name: string;
  /** The language the name was picked in, when not the UI's. */
  readonly nameLang?: string;
  /** The uptime over the period, formatted; undefined when no day was measured. */
  readonly percent?: string;
  /** The row's accessible summary. */
  readonly summary: string;
  /** Each day's look (`kind status`), oldest first. */
  readonly looks: readonly string[];
  /** Each day's accessible label. */
  readonly labels: readonly string[];
}

const lookOf = (day: UptimeDayView): string => `${day.kind} ${day.status ?? 'none'}`;

/**
 * A bar of each look, made once per page: a new bar is a copy of one
 * (`cloneNode` copies its attributes in one native call) given its label,
 * rather than a new element given six attributes one by one.
 */
const prototypes = new Map<string, Element>();

function prototypeBar(look: string): Element {
  let bar = prototypes.get(look);
  if (!bar) {
    bar = document.createElement('button');
    bar.setAttribute('type', 'button');
    bar.setAttribute('part', 'day');
    bar.setAttribute('tabindex', '-1');
    applyLook(bar, look);
    prototypes.set(look, bar);
  }
  return bar;
}

/** A bar's kind and status, from its look; status-uptime.styles.ts colours it (without the theme's `data-tone`). */
function applyLook(bar: Element, look: string): void {
  const [kind, status] = look.split(' ') as [string, string];
  bar.setAttribute('data-kind', kind);
  bar.setAttribute('data-status', status);
}

/**
 * The row of bars a view drew last, and what it shows. Rows share their
 * days, and most days look and read the same in every row (measured, up,
 * 100 %): a new row is a copy of the last one (one native call for its 90
 * bars, labels included) with only the bars that differ changed.
 */
interface LastRow {
  /** Its element, whose children are the bars. */
  row?: Element;
  /** Its directive, which knows what they show. */
  drawn?: DayBars;
}

/**
 * The bars of a row, one `<button>` per day, made and updated in place: a
 * page of 20 rows of 90 days has 1,800 of them, which as Lit templates (an
 * instance, its parts and three listeners each) took several frames to
 * render. The directive remembers what each bar shows, so a render that
 * changes no day (a hover, a focus: the chosen day) touches two bars, and
 * a new snapshot only the bars whose look or label changed. The row listens
 * for them (UptimeView.#onDay, #onKey).
 */
class DayBars extends Directive {
  #paint?: RowPaint;
  #chosen = -1;
  #open = false;

  override update(part: ElementPart, [paint, chosen, open, last]: Parameters<this['render']>): unknown {
    const row = part.element;
    const bars = row.children;
    let before = this.#paint;
    // The first bar made by this update: a copy, not yet marked chosen.
    let made = Infinity;
    if (paint !== before) {
      const {looks, labels} = paint;
      const donor = last.drawn;
      if (bars.length === 0 && last.row && donor && donor.#paint?.looks.length === looks.length) {
        // A new row: a copy of the last row drawn, with its chosen day unmarked; the loop below changes what differs.
        row.append(copyOf(last.row));
        before = donor.#paint;
        made = 0;
        const marked = bars[donor.#chosen];
        if (marked) {
          marked.setAttribute('tabindex', '-1');
          marked.setAttribute('part', 'day');
        }
      }
      while (bars.length > looks.length) row.lastElementChild!.remove();
      const kept = bars.length;
      for (let d = 0; d < kept; d++) {
        // What the bar shows, as the last paint set it: no DOM read.
        if (looks[d] !== before?.looks[d]) applyLook(bars[d]!, looks[d]!);
        if (labels[d] !== before?.labels[d]) bars[d]!.setAttribute('aria-label', labels[d]!);
      }
      if (kept < looks.length) {
        made = kept;
        const added = document.createDocumentFragment();
        for (let d = kept; d < looks.length; d++) {
          const bar = prototypeBar(looks[d]!).cloneNode() as Element;
          bar.setAttribute('aria-label', labels[d]!);
          added.append(bar);
        }
        row.append(added);
      }
      this.#paint = paint;
    }
    last.row = row;
    last.drawn = this;
    if (chosen !== this.#chosen || open !== this.#open || chosen >= made) {
      // The chosen day keeps the row's tab stop; it is marked while its details are shown.
      const old = bars[this.#chosen];
      if (old && this.#chosen !== chosen) {
        old.setAttribute('tabindex', '-1');
        old.setAttribute('part', 'day');
      }
      const bar = bars[chosen];
      if (bar) {
        bar.setAttribute('tabindex', '0');
        bar.setAttribute('part', open ? 'day day-chosen' : 'day');
      }
      this.#chosen = chosen;
      this.#open = open;
    }
    return noChange;
  }

  render(_paint: RowPaint, _chosen: number, _open: boolean, _last: LastRow): unknown {
    return noChange;
  }
}

const dayBars = directive(DayBars);

const range = typeof document === 'undefined' ? undefined : document.createRange();

/** Deep copies of a row's bars, in one native call. */
function copyOf(bars: Element): DocumentFragment {
  range!.selectNodeContents(bars);
  return range!.cloneContents();
}
