import i18next, {type i18n, type TFunction} from 'i18next';
import {baseLanguage} from '../model/text.js';
import {commonStrings} from './common-strings.js';

/** The languages the UI is written in. Feed texts may come in any language. */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Every tag that has strings: en, fr, and those `registerLocale` added
 * (canonical tags: `fr-CA`, `de`).
 */
export const known = new Set<string>(UI_LANGUAGES);

/**
 * Our own i18next instance: never the host page's global one, whose
 * languages, resources and settings belong to the host. Created lazily and
 * synchronously (the resources are inlined), so no element ever waits for it.
 */
let instance: ReturnType<typeof i18next.createInstance> | undefined;

export function getInstance(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: {en: {translation: commonStrings.en}, fr: {translation: commonStrings.fr}},
      lng: 'en',
      // A key missing in `fr-CA` is looked up in `fr` (i18next's hierarchy
      // for a region tag), then in English. No `supportedLngs`: a language
      // registered at runtime must not be turned away.
      fallbackLng: 'en',
      initAsync: false,
      // Lit escapes every value it renders; escaping here would double it.
      interpolation: {escapeValue: false},
      returnNull: false,
    });
  }
  return instance;
}

/**
 * Adds groups of UI strings (the same in every UI language) to those the
 * elements can use. They never overwrite a key already there: a string a
 * user registered (`registerLocale`) before the history loaded stays.
 */
export function addStrings(strings: Record<UiLanguage, Record<string, unknown>>): void {
  for (const lang of UI_LANGUAGES) getInstance().addResourceBundle(lang, 'translation', strings[lang], true, false);
}

/**
 * The language the UI speaks for any BCP 47 tag: the tag itself when it or
 * its base language has strings (`fr-CA`, `de` once registered), else
 * English. Dates and numbers are formatted in it too: a page in a language
 * without strings reads all English, never "Updated vor 4 Jahren".
 */
export function uiLanguage(tag: string): string {
  return known.has(tag) || known.has(baseLanguage(tag)) ? tag : 'en';
}

/** `rtl` for the languages written right to left, else `ltr`. */
export const direction = (tag: string): 'ltr' | 'rtl' => (/^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)\b/i.test(tag) ? 'rtl' : 'ltr');

export const translators = new Map<string, TFunction>();

/** A translate function bound to one language, cached: each element holds its own language. */
export function translator(tag: string): TFunction {
  const lang = uiLanguage(tag);
  let t = translators.get(lang);
  if (!t) {
    t = getInstance().getFixedT(lang);
    translators.set(lang, t);
  }
  return t;
}
