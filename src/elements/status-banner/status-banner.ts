import {html, nothing, type TemplateResult} from 'lit';
import {formatDate, formatRelative} from '../../i18n/format.js';
import {chooseBanner, latestUpdateId, type BannerChoice} from '../../model/banner.js';
import type {Incident, Maintenance} from '../../model/types.js';
import {dismiss, isDismissed} from '../shared/dismissals.js';
import {icons} from '../shared/icons.js';
import {firstParagraph} from '../shared/render-text.js';
import {StatusElement} from '../shared/status-element.js';
import {themeStyles} from '../shared/theme.styles.js';
import {bannerStyles} from './status-banner.styles.js';

export interface StatusDismissDetail {
  incidentId: string;
  updateId: string;
}

/**
 * The incident or maintenance happening now: the worst active incident, else
 * maintenance in progress, else maintenance due within `upcoming` hours.
 * Shows nothing when all is well, unless `show-operational`.
 *
 * @tag status-banner
 *
 * @attr src - Feed URL; several URLs separated by spaces are mirrors.
 * @attr lang - BCP 47 language; else inherited from the page.
 *
 * @fires status-load - `{snapshot}` after a fetch that changed something.
 * @fires status-change - `{previous, current}` when the overall status changes.
 * @fires status-error - `{error, url, status, attempt}` when a fetch or parse fails; the last good state stays.
 * @fires status-dismiss - `{incidentId, updateId}` when the reader dismisses the banner.
 *
 * @csspart banner - The banner box; `data-tone` is `minor`, `major`, `critical`, `maintenance`, `operational` or `unknown`.
 * @csspart icon - The status icon.
 * @csspart label - The severity or maintenance label.
 * @csspart title - The incident's title.
 * @csspart more - "+N more" when several incidents are active.
 * @csspart message - The latest update's text.
 * @csspart meta - The line with status, time and link.
 * @csspart status - The incident's status.
 * @csspart time - When it was last updated, or when maintenance starts.
 * @csspart details-link - The link to the details.
 * @csspart dismiss - The dismiss button.
 * @csspart stale - Since when the feed could not be updated, while it fails (or how old a snapshot kept from an earlier visit is, while it is checked).
 *
 * @cssprop --status-minor - Accent of minor incidents (and `--status-minor-background`).
 * @cssprop --status-major - Accent of major incidents (and `--status-major-background`).
 * @cssprop --status-critical - Accent of critical incidents (and `--status-critical-background`).
 * @cssprop --status-maintenance - Accent of maintenance (and `--status-maintenance-background`).
 * @cssprop --status-operational - Accent of the operational state (and `--status-operational-background`).
 * @cssprop --status-text - Text color.
 * @cssprop --status-muted - Secondary text color.
 * @cssprop --status-link - Link color.
 * @cssprop --status-font - Font family.
 * @cssprop --status-radius - Corner radius.
 * @cssprop --status-spacing - Base spacing.
 */
export class StatusBanner extends StatusElement {
  static override styles = [themeStyles, bannerStyles];
  static override properties = {
    ...StatusElement.properties,
    upcoming: {type: Number},
    showOperational: {type: Boolean, attribute: 'show-operational'},
    // Any value but "false" keeps dismissal on, as DESIGN.md asks.
    dismissible: {converter: (value: string | null) => value !== 'false'},
  };

  /** Hours ahead in which scheduled maintenance is announced. */
  upcoming = 24;

  /** Show a green "all systems operational" banner when nothing is going on. */
  showOperational = false;

  /** `dismissible="false"` removes the dismiss button. */
  dismissible = true;

  override render(): TemplateResult {
    // The live region is always there, so that a banner appearing in it is announced.
    return html`<div class="live" role="status" aria-live="polite">${this.#renderContent()}</div>`;
  }

  #renderContent(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const now = Date.now();
    const overall = this.overall(now);
    const choice = chooseBanner(view, now, this.upcoming);
    if (choice.kind === 'none') {
      if (!this.showOperational) return nothing;
      const tone = overall === 'unknown' ? 'unknown' : 'operational';
      return html`<div part="banner" class="banner" data-tone=${tone}>
        <span part="icon" class="icon">${icons[tone]}</span>
        <div class="content"><p class="heading"><span part="label" class="label">${this.t(`status.${overall}`)}</span> ${this.#renderStale()}</p></div>
      </div>`;
    }
    const item = choice.kind === 'incident' ? choice.incident : choice.maintenance;
    const updateId = latestUpdateId(item);
    if (this.dismissible && isDismissed(`${item.id}|${updateId}`)) return nothing;
    return this.#renderItem(choice, item, now);
  }

  #renderItem(choice: Exclude<BannerChoice, {kind: 'none'}>, item: Incident | Maintenance, now: number): TemplateResult {
    const t = this.t;
    const tone = choice.kind === 'incident' ? choice.incident.severity : 'maintenance';
    const label =
      choice.kind === 'incident' ? t(`severity.${choice.incident.severity}`) : t(choice.kind === 'maintenance' ? 'banner.maintenance' : 'banner.upcoming');
    const title = this.text(item.title);
    const latest = item.updates[0];
    const message = firstParagraph(this.text(latest?.text ?? ('text' in item ? item.text : undefined)));
    const url = this.detailsUrl(item.url);
    return html`<div part="banner" class="banner" data-tone=${tone}>
      <span part="icon" class="icon">${icons[tone]}</span>
      <div class="content">
        <p class="heading">
          <span part="label" class="label">${t('label', {label})}</span>
          <span part="title" class="title">${title}</span>
          ${choice.others.length > 0 ? html`<span part="more" class="more">${t('banner.more', {count: choice.others.length})}</span>` : nothing}
        </p>
        ${message ? html`<p part="message" class="message">${message}</p>` : nothing}
        <p part="meta" class="meta">${this.#renderMeta(choice, item, now)}${url
          ? html`<a part="details-link" href=${url} aria-label=${t('banner.detailsLabel', {title})}>${t('banner.details')}</a>`
          : nothing}${this.#renderStale()}</p>
      </div>
      ${this.dismissible
        ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${t('banner.dismiss')} title=${t('banner.dismiss')}
            @click=${() => this.#dismissItem(item)}>${icons.close}</button>`
        : nothing}
    </div>`;
  }

  /** Since when the feed could not be updated (or the age of a kept snapshot being checked), in the meta line's small print. */
  #renderStale(): TemplateResult | typeof nothing {
    const note = this.staleNote;
    return note ? html`<span part="stale" class="stale">${note}</span>` : nothing;
  }

  #renderMeta(choice: Exclude<BannerChoice, {kind: 'none'}>, item: Incident | Maintenance, now: number): TemplateResult {
    const t = this.t;
    if (choice.kind === 'incident') {
      const at = item.updates[0]?.at ?? choice.incident.startedAt;
      return html`<span part="status">${t(`incidentStatus.${choice.incident.status}`)}</span><time part="time"
          datetime=${new Date(at).toISOString()} title=${formatDate(at, this.language, 'dateTime')}>${t('banner.updated', {ago: formatRelative(at, now, this.language)})}</time>`;
    }
    const m = choice.maintenance;
    const at = choice.kind === 'upcoming' ? m.startsAt : m.endsAt;
    if (at === undefined) return html``;
    const when = formatDate(at, this.language, 'dateTime');
    return html`<time part="time" datetime=${new Date(at).toISOString()}>${t(choice.kind === 'upcoming' ? 'banner.startsAt' : 'banner.endsAt', {time: when})}</time>`;
  }

  #dismissItem(item: Incident | Maintenance): void {
    const updateId = latestUpdateId(item);
    dismiss(`${item.id}|${updateId}`);
    this.emit<StatusDismissDetail>('status-dismiss', {incidentId: item.id, updateId});
    this.requestUpdate();
  }
}
