/**
 * Reads the `data-status-locale` scripts of the document, when there are
 * any: the code that does it (register-locale.ts) is loaded only then.
 */
export function readLocaleScripts(): void {
  if (document.querySelector('script[data-status-locale]')) void import('./register-locale.js').then((m) => m.readLocaleScripts());
}
