import i18next, {type TFunction} from 'i18next';
import * as en from '../../locales/en.json';
import * as fr from '../../locales/fr.json';
import {baseLanguage} from '../model/text.js';

/** The languages the UI is written in. Feed texts may come in any language. */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The strings every element may use. Each element that needs more brings
 * them with its own code (`addStrings`): the history's, a third of them,
 * stay out of the CDN's first script. Taken group by group (not `default`)
 * so that a bundler leaves out the groups no one names.
 */
const common = {
  en: {label: en.label, status: en.status, severity: en.severity, incidentStatus: en.incidentStatus, banner: en.banner, stale: en.stale},
  fr: {label: fr.label, status: fr.status, severity: fr.severity, incidentStatus: fr.incidentStatus, banner: fr.banner, stale: fr.stale},
};

/**
 * Our own i18next instance: never the host page's global one, whose
 * languages, resources and settings belong to the host. Created lazily and
 * synchronously (the resources are inlined), so no element ever waits for it.
 */
let instance: ReturnType<typeof i18next.createInstance> | undefined;

function getInstance() {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: {en: {translation: common.en}, fr: {translation: common.fr}},
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      initAsync: false,
      // Lit escapes every value it renders; escaping here would double it.
      interpolation: {escapeValue: false},
      returnNull: false,
    });
  }
  return instance;
}

/** Adds groups of UI strings (the same in every UI language) to those the elements can use. */
export function addStrings(strings: Record<UiLanguage, Record<string, unknown>>): void {
  for (const lang of UI_LANGUAGES) getInstance().addResourceBundle(lang, 'translation', strings[lang], true, true);
}

/** The UI language for any BCP 47 tag: its base language if we have it, else English. */
export function uiLanguage(tag: string): UiLanguage {
  const base = baseLanguage(tag);
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

const translators = new Map<UiLanguage, TFunction>();

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
