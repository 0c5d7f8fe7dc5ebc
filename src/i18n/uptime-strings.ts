// `?uptime`: the same files, read as modules of their own, so that a bundler
// can put this group in the uptime element's chunk (rollup.config.mjs).
import * as en from '../../locales/en.json?uptime';
import * as fr from '../../locales/fr.json?uptime';

/**
 * The UI strings only `<status-uptime>` uses: its view (uptime-view.ts) adds
 * them when it loads, so that the first script every page loads does not
 * carry them.
 */
export const uptimeStrings = {
  en: {uptime: en.uptime},
  fr: {uptime: fr.uptime},
};
