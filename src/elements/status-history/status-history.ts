import {html, nothing, type TemplateResult} from 'lit';
import {formatDate, formatDuration, formatList, formatMonth, monthKey} from '../../i18n/format.js';
import {historyIncidents, historyMaintenances, incidentEnd} from '../../model/filters.js';
import {safeHttpUrl} from '../../model/rich-text.js';
import {isIncidentActive} from '../../model/status.js';
import type {Incident, Maintenance, Report, Snapshot, Text, Update} from '../../model/types.js';
import {icons} from '../shared/icons.js';
import {renderText} from '../shared/render-text.js';
import {StatusElement} from '../shared/status-element.js';
import {themeStyles} from '../shared/theme.styles.js';
import {historyStyles} from './status-history.styles.js';

type Entry = {kind: 'incident'; item: Incident; start: number} | {kind: 'maintenance'; item: Maintenance; start: number};

/**
 * The most updates one timeline shows, newest first. Real incidents have
 * tens; a feed within the size limit can list 190,000, which took seconds
 * of rendering, with the page frozen, for a timeline no one reads.
 */
const MAX_UPDATES = 100;

/** The report sections in the order the seed page writes them. */
const REPORT_SECTIONS: readonly (keyof Omit<Report, 'rootCausePreliminary'>)[] = ['impact', 'rootCause', 'resolution', 'mitigation', 'nextSteps'];

/**
 * Past and current incidents, newest first, grouped by month: each with its
 * severity, dates and duration, affected components, report sections and
 * update timeline.
 *
 * @tag status-history
 *
 * @attr src - Feed URL; several URLs separated by spaces are mirrors.
 * @attr lang - BCP 47 language; else inherited from the page.
 *
 * @fires status-load - `{snapshot}` after a fetch that changed something.
 * @fires status-change - `{previous, current}` when the overall status changes.
 * @fires status-error - `{error, url}` when a fetch or parse fails; the last good state stays.
 *
 * @csspart history - The whole history.
 * @csspart heading - The history's heading.
 * @csspart month - A month's group; `month-heading` is its heading.
 * @csspart month-heading - A month's heading.
 * @csspart incident - One incident or maintenance.
 * @csspart incident-title - Its title.
 * @csspart severity - Its severity badge.
 * @csspart incident-status - Its status badge.
 * @csspart dates - Its start, end and duration.
 * @csspart components - The components it affected.
 * @csspart report - The post-incident report.
 * @csspart report-section - One section of it (impact, root cause, …).
 * @csspart updates - The folded update timeline.
 * @csspart paragraph - A paragraph of feed text.
 * @csspart code - A code block of feed text (such as the error a user saw).
 * @csspart link - A link in feed text.
 * @csspart more-button - The "show more" button.
 * @csspart notice - Loading, empty, error and staleness notices.
 *
 * @cssprop --status-surface - Background.
 * @cssprop --status-border - Separator and outline color.
 * @cssprop --status-code-background - Code block background.
 * @cssprop --status-font-mono - Code font.
 */
export class StatusHistory extends StatusElement {
  static override styles = [themeStyles, historyStyles];
  static override properties = {
    ...StatusElement.properties,
    days: {type: Number},
    limit: {type: Number},
    pages: {state: true},
  };

  /** How many days back to show; `0` for no limit. */
  days = 90;

  /** How many entries to show before "show more". */
  limit = 10;

  /**
   * How many "show more" pages the reader opened.
   * @internal
   */
  private pages = 1;

  /** The entries of the last snapshot, kept while the snapshot is the same object. */
  #entriesCache?: {snapshot: Snapshot; days: number; entries: Entry[]};

  override render(): TemplateResult {
    const t = this.t;
    return html`<section part="history" class="history" aria-labelledby="heading" aria-busy=${this.feed.status === 'loading' ? 'true' : 'false'}>
      <h2 part="heading" id="heading">${t('history.title')}</h2>
      ${this.#renderBody()}
    </section>`;
  }

  #renderBody(): TemplateResult {
    const t = this.t;
    const view = this.view;
    if (!view) {
      return this.feed.status === 'error'
        ? html`<p part="notice" class="notice">${t('history.error')}</p>`
        : html`<p part="notice" class="notice">${t('history.loading')}</p>`;
    }
    const entries = this.#entries(view);
    const limit = Number.isFinite(this.limit) && this.limit > 0 ? Math.floor(this.limit) : 10;
    const shown = entries.slice(0, limit * this.pages);
    const rest = entries.length - shown.length;
    return html`
      ${this.feed.status === 'error' && this.feed.fetchedAt
        ? html`<p part="notice" class="notice">${t('stale.since', {time: formatDate(this.feed.fetchedAt, this.language, 'dateTime')})}</p>`
        : nothing}
      ${view.history === 'active' ? html`<p part="notice" class="notice">${t('history.activeOnly')}</p>` : nothing}
      ${entries.length === 0
        ? html`<p part="notice" class="notice">${this.days > 0 ? t('history.empty', {count: this.days}) : t('history.emptyAll')}</p>`
        : this.#renderMonths(shown)}
      ${rest > 0
        ? html`<button part="more-button" class="more-button" type="button" @click=${() => this.pages++}>
            ${t('history.showMore', {count: Math.min(rest, limit)})}
          </button>`
        : nothing}
    `;
  }

  #entries(view: Snapshot): Entry[] {
    const days = Number.isFinite(this.days) && this.days >= 0 ? this.days : 90;
    const cache = this.#entriesCache;
    if (cache && cache.snapshot === view && cache.days === days) return cache.entries;
    const now = Date.now();
    const entries: Entry[] = [
      ...historyIncidents(view, days, now).map((item) => ({kind: 'incident' as const, item, start: item.startedAt})),
      ...historyMaintenances(view, days, now).map((item) => ({kind: 'maintenance' as const, item, start: item.startsAt})),
    ].sort((a, b) => b.start - a.start);
    this.#entriesCache = {snapshot: view, days, entries};
    return entries;
  }

  #renderMonths(entries: Entry[]): TemplateResult {
    const months: {key: string; start: number; entries: Entry[]}[] = [];
    for (const entry of entries) {
      const key = monthKey(entry.start);
      if (months.at(-1)?.key !== key) months.push({key, start: entry.start, entries: []});
      months.at(-1)!.entries.push(entry);
    }
    return html`${months.map(
      (month) => html`<section part="month" aria-labelledby=${`m-${month.key}`}>
        <h3 part="month-heading" id=${`m-${month.key}`}>${formatMonth(month.start, this.language)}</h3>
        <ol>${month.entries.map((entry) => this.#renderEntry(entry))}</ol>
      </section>`,
    )}`;
  }

  /** One incident or maintenance: the same layout, so a reader compares them at a glance. */
  #renderEntry(entry: Entry): TemplateResult {
    const t = this.t;
    let tone: string, badge: string, state: string, end: number | undefined, ongoing: boolean, body: unknown;
    if (entry.kind === 'incident') {
      const incident = entry.item;
      ongoing = isIncidentActive(incident);
      end = ongoing ? undefined : incidentEnd(incident);
      tone = incident.severity;
      badge = t(`severity.${tone}`);
      state = t(`incidentStatus.${incident.status}`);
      body = this.#renderReport(incident.report);
    } else {
      const maintenance = entry.item;
      end = maintenance.endsAt;
      ongoing = maintenance.status !== 'completed' && end === undefined;
      tone = 'maintenance';
      badge = t('history.maintenance');
      state = t(`maintenanceStatus.${maintenance.status}`);
      body = maintenance.text ? html`<div class="report">${renderText(this.text(maintenance.text))}</div>` : nothing;
    }
    const item = entry.item;
    // Checked where it becomes a link, whatever read it (a Snapshot given to `data` went through no adapter).
    const url = safeHttpUrl(item.url);
    return html`<li part="incident" class="entry">
      <article>
        <h4 part="incident-title">${this.text(item.title)}</h4>
        <p class="badges">
          <span part="severity" class="severity" data-tone=${tone}>${icons[tone as keyof typeof icons]}${badge}</span>
          <span part="incident-status" class="state">${state}</span>
        </p>
        ${this.#renderDates(entry.start, end, ongoing, entry.kind === 'incident' ? 'history.resolved' : 'history.ended')}
        ${this.#renderComponents(item.components)}
        ${body}
        ${this.#renderUpdates(item.updates, entry.kind === 'incident' ? 'incidentStatus' : 'maintenanceStatus')}
        ${url ? html`<p><a href=${url} rel="noopener noreferrer" target="_blank">${t('history.link')}</a></p>` : nothing}
      </article>
    </li>`;
  }

  #renderDates(start: number, end: number | undefined, ongoing: boolean, endLabel: string): TemplateResult {
    const t = this.t;
    const time = (at: number) => html`<time datetime=${new Date(at).toISOString()}>${formatDate(at, this.language, 'dateTime')}</time>`;
    const duration = formatDuration((end ?? Date.now()) - start, this.language);
    return html`<dl part="dates" class="dates">
      <div><dt>${t('label', {label: t('history.started')})}</dt><dd>${time(start)}</dd></div>
      ${end !== undefined ? html`<div><dt>${t('label', {label: t(endLabel)})}</dt><dd>${time(end)}</dd></div>` : nothing}
      ${end !== undefined || ongoing
        ? html`<div><dt>${t('label', {label: t('history.duration')})}</dt><dd>${end !== undefined ? duration : t('history.ongoingFor', {duration})}</dd></div>`
        : nothing}
    </dl>`;
  }

  #renderComponents(ids: readonly string[]): TemplateResult | typeof nothing {
    if (ids.length === 0) return nothing;
    const byId = new Map(this.feed.snapshot?.components.map((c) => [c.id, c.name] as const));
    const names = ids.map((id) => this.text(byId.get(id) ?? id));
    const list = formatList(names, this.language);
    return html`<p part="components" class="components">${this.t('label', {label: this.t('history.components')})} ${list}</p>`;
  }

  #renderReport(report: Report | undefined): TemplateResult | typeof nothing {
    if (!report) return nothing;
    const t = this.t;
    const sections = REPORT_SECTIONS.filter((key) => report[key] !== undefined && this.text(report[key]).trim() !== '');
    if (sections.length === 0) return nothing;
    return html`<div part="report" class="report" role="group" aria-label=${t('history.report')}>
      ${sections.map((key) => {
        const name = key === 'rootCause' && report.rootCausePreliminary ? 'rootCausePreliminary' : key;
        const label = html`<strong class="section-label">${t('label', {label: t(`report.${name}`)})}</strong>`;
        return html`<div part="report-section" class="report-section" data-section=${name}>${renderText(this.text(report[key] as Text), label)}</div>`;
      })}
    </div>`;
  }

  #renderUpdates(updates: readonly Update[], statusKeys: 'incidentStatus' | 'maintenanceStatus'): TemplateResult | typeof nothing {
    if (updates.length === 0) return nothing;
    const t = this.t;
    return html`<details part="updates">
      <summary>${t('history.updates')} (${updates.length})</summary>
      <ol class="timeline">
        ${updates.slice(0, MAX_UPDATES).map(
          (u) => html`<li>
            ${u.status ? html`<strong>${t(`${statusKeys}.${u.status}`)}</strong>${' · '}` : nothing}<time datetime=${new Date(u.at).toISOString()}>${formatDate(u.at, this.language, 'dateTime')}</time>
            ${renderText(this.text(u.text))}
          </li>`,
        )}
        ${updates.length > MAX_UPDATES ? html`<li>${t('history.earlierUpdates', {count: updates.length - MAX_UPDATES})}</li>` : nothing}
      </ol>
    </details>`;
  }
}
