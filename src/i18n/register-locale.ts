// Adding languages at runtime (DESIGN.md §2 "Languages"). Kept out of the
// CDN's first script: its `registerLocale` and the `data-status-locale`
// scripts load this file when first used.
import {getInstance, known, translators} from './i18n.js';
import {notifyLanguageChange} from './resolve-lang.js';

/**
 * Adds or overrides UI strings for a language at runtime, whole or in part
 * (`de`, `es`, or a region such as `fr-CA` over `fr`): a key missing there
 * is looked up in the base language, then in English. The elements already
 * on the page show the new strings at once.
 */
export function registerLocale(tag: string, strings: Record<string, unknown>): void {
  tag = Intl.getCanonicalLocales(tag)[0]!;
  known.add(tag);
  getInstance().addResourceBundle(tag, 'translation', strings, true, true);
  translators.clear();
  notifyLanguageChange();
}

/** The `data-status-locale` scripts already read. */
const readScripts = new WeakSet<Element>();

/**
 * Registers the strings of every `<script type="application/json"
 * data-status-locale="de">` in the document not read yet. Called whenever an
 * element connects: scripts anywhere before an element, or added before it
 * is, are read; one added after every element is in the page is not.
 */
export function readLocaleScripts(): void {
  for (const script of document.querySelectorAll<HTMLElement>('script[type="application/json"][data-status-locale]')) {
    if (readScripts.has(script)) continue;
    readScripts.add(script);
    try {
      registerLocale(script.dataset.statusLocale!, JSON.parse(script.textContent!));
    } catch (error) {
      console.warn('[status-banner] data-status-locale', error);
    }
  }
}
