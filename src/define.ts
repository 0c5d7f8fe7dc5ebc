// Registers the four elements. Safe to import twice, or next to the CDN
// build: a name that is already defined is left alone.
import {StatusBanner, StatusHistory, StatusIndicator, StatusUptime} from './index.js';

const elements = {
  'status-banner': StatusBanner,
  'status-history': StatusHistory,
  'status-indicator': StatusIndicator,
  'status-uptime': StatusUptime,
} as const;

for (const [name, element] of Object.entries(elements)) {
  if (!customElements.get(name)) customElements.define(name, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'status-banner': StatusBanner;
    'status-history': StatusHistory;
    'status-indicator': StatusIndicator;
    'status-uptime': StatusUptime;
  }
}
