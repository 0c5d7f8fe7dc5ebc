import {svg} from 'lit';

/**
 * Icons that go with every status label, so that status is never told by
 * color alone. Decorative (aria-hidden): the text beside them says it all.
 */
const frame = (content: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${content}</svg>`;

export const icons = {
  /** An octagon with an exclamation mark: stop, it is down. */
  critical: frame(svg`<path d="M5.2 1.2h5.6l4 4v5.6l-4 4H5.2l-4-4V5.2z"/><path d="M8 4.6v4.2M8 11.4v.1"/>`),
  /** A warning triangle. */
  major: frame(svg`<path d="M8 1.6 15 14.2H1z"/><path d="M8 6.2v3.6M8 12v.1"/>`),
  /** A circled "i": something is off, not broken. */
  minor: frame(svg`<circle cx="8" cy="8" r="6.6"/><path d="M8 7.2v4.4M8 4.6v.1"/>`),
  /** A clock: planned work. */
  maintenance: frame(svg`<circle cx="8" cy="8" r="6.6"/><path d="M8 4.2V8l2.6 1.8"/>`),
  /** A circled check. */
  operational: frame(svg`<circle cx="8" cy="8" r="6.6"/><path d="m5.2 8.2 2 2 3.8-4"/>`),
  /** A circled question mark. */
  unknown: frame(svg`<circle cx="8" cy="8" r="6.6"/><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.6v.1"/>`),
  close: frame(svg`<path d="m4 4 8 8M12 4l-8 8"/>`),
};
