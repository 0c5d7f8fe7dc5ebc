// `?history`: the same files, read as modules of their own, so that a
// bundler can put these groups in the history's chunk (rollup.config.mjs).
import * as en from '../../locales/en.json?history';
import * as fr from '../../locales/fr.json?history';

/**
 * The UI strings only `<status-history>` uses: its view (history-view.ts)
 * adds them (i18n.ts `addStrings`) when it loads, so in the CDN build they
 * come in the view's chunk, not in the first script every page loads.
 */
export const historyStrings = {
  en: {history: en.history, report: en.report, maintenanceStatus: en.maintenanceStatus},
  fr: {history: fr.history, report: fr.report, maintenanceStatus: fr.maintenanceStatus},
};
