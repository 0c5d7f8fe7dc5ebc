import {html, nothing, type TemplateResult} from 'lit';
import {StatusElement} from '../shared/status-element.js';
import {themeStyles} from '../shared/theme.styles.js';
import {TONES} from '../shared/tones.js';
import {indicatorStyles} from './status-indicator.styles.js';

/**
 * The overall status at a glance, as a `dot`, a `badge` or `text`, linking
 * to the status page.
 *
 * @tag status-indicator
 *
 * @csspart indicator - The whole indicator (a link when there is a status page); `data-status` holds the overall status. Its tooltip adds since when the feed could not be updated, while it fails.
 * @csspart dot - The colored dot.
 * @csspart text - The status text.
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
    const status = this.view ? this.overall() : this.feed.state.status === 'error' ? 'unavailable' : 'loading';
    const label = t(`status.${status}`);
    const variant = this.variant;
    const known = status === 'unavailable' || status === 'loading' ? 'unknown' : status;
    const tone = TONES[known];
    // The dot alone carries its name for assistive technology, and a tooltip for the pointer.
    const content = html`${variant !== 'text' ? html`<span part="dot" class="dot" role=${variant === 'dot' ? 'img' : nothing} aria-label=${variant === 'dot' ? label : nothing}></span>` : nothing}${
      variant !== 'dot' ? html`<span part="text" class="text">${label}</span>` : nothing
    }`;
    const url = this.detailsUrl();
    // The age of a kept or failing snapshot rides on the tooltip: no room taken.
    const title = this.staleNote ? `${label}. ${this.staleNote}` : label;
    return url
      ? html`<a part="indicator" class="indicator" data-variant=${variant} data-status=${known} data-tone=${tone} href=${url} title=${title} lang=${this.language} dir=${this.uiDir}>${content}</a>`
      : html`<span part="indicator" class="indicator" data-variant=${variant} data-status=${known} data-tone=${tone} title=${title} lang=${this.language} dir=${this.uiDir}>${content}</span>`;
  }
}
