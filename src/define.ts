// Registers the four elements. Safe to import twice, or next to the CDN
// build: a name that is already defined is left alone.
import type {StatusBanner, StatusHistory, StatusIndicator, StatusUptime} from './index.js';
import {defineElements} from './elements/define-elements.js';

defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'status-banner': StatusBanner;
    'status-history': StatusHistory;
    'status-indicator': StatusIndicator;
    'status-uptime': StatusUptime;
  }
}
