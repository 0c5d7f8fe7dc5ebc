import {html, nothing, type TemplateResult} from 'lit';
import type {OverallStatus} from '../../model/types.js';
import {StatusElement} from '../shared/status-element.js';
import {themeStyles} from '../shared/theme.styles.js';
import {indicatorStyles} from './status-indicator.styles.js';

/** The accent of each overall status: the severity whose color it shares. */
const TONES: Record<OverallStatus, string> = {
  operational: 'operational',
  degraded: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  maintenance: 'maintenance',
  unknown: 'unknown',
};

/**
 * The overall status at a glance, as a `dot`, a `badge` or `text`, linking
 * to the status page.
 *
 * @tag status-indicator
 *
 * @attr src - Feed URL; several URLs separated by spaces are mirrors.
 * @attr lang - BCP 47 language; else inherited from the page.
 *
 * @fires status-load - `{snapshot}` after a fetch that changed something.
 * @fires status-change - `{previous, current}` when the overall status changes.
 * @fires status-error - `{error, url, status, attempt}` when a fetch or parse fails; the last good state stays.
 *
 * @csspart indicator - The whole indicator (a link when there is a status page); `data-status` holds the overall status. Its tooltip adds since when the feed could not be updated, while it fails.
 * @csspart dot - The colored dot.
 * @csspart text - The status text.
 *
 * @cssprop --status-surface - Background of the history, and of buttons.
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
export class StatusIndicator extends StatusElement {
  static override styles = [themeStyles, indicatorStyles];
  static override properties = {...StatusElement.properties, variant: {reflect: true, check: {values: ['dot', 'badge', 'text'], fallback: 'dot'}}};

  /**
   * `dot` (the default), `badge` or `text`.
   * @default 'dot'
   */
  declare variant: 'dot' | 'badge' | 'text';

  override render(): TemplateResult {
    const t = this.t;
    const status = this.view ? this.overall() : this.feed.status === 'error' ? 'unavailable' : 'loading';
    const label = t(`status.${status}`);
    const variant = this.variant;
    const known = status === 'unavailable' || status === 'loading' ? 'unknown' : status;
    const tone = TONES[known];
    // The dot alone carries its name for assistive technology, and a tooltip for the pointer.
    const content = html`${variant !== 'text' ? html`<span part="dot" class="dot" role=${variant === 'dot' ? 'img' : nothing} aria-label=${variant === 'dot' ? label : nothing}></span>` : nothing}${variant !== 'dot'
      ? html`<span part="text" class="text">${label}</span>`
      : nothing}`;
    const url = this.detailsUrl();
    // The age of a kept or failing snapshot rides on the tooltip: no room taken.
    const title = this.staleNote ? `${label}. ${this.staleNote}` : label;
    return url
      ? html`<a part="indicator" class="indicator" data-variant=${variant} data-status=${known} data-tone=${tone} href=${url} title=${title}>${content}</a>`
      : html`<span part="indicator" class="indicator" data-variant=${variant} data-status=${known} data-tone=${tone} title=${title}>${content}</span>`;
  }
}
