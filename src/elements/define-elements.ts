import {StatusBanner} from './status-banner/status-banner.js';
import {StatusHistory} from './status-history/status-history.js';
import {StatusIndicator} from './status-indicator/status-indicator.js';
import {StatusUptime} from './status-uptime/status-uptime.js';

/** Each element's tag (DESIGN.md §2 `dist/define.js`). */
export const ELEMENTS = {
  'status-banner': StatusBanner,
  'status-history': StatusHistory,
  'status-indicator': StatusIndicator,
  'status-uptime': StatusUptime,
} as const;

/**
 * Registers the four elements, for `status-banner/define` and the CDN
 * build alike. Safe to call twice, or with both on one page: a name that
 * is already defined is left alone.
 */
export function defineElements(): void {
  for (const [name, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}
