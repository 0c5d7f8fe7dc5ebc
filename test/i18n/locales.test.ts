import {expect} from '@open-wc/testing';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import {commonStrings} from '../../src/i18n/common-strings.js';
import {historyStrings} from '../../src/i18n/history-strings.js';
import {uptimeStrings} from '../../src/i18n/uptime-strings.js';
import de from '../../locales/de.json';
import es from '../../locales/es.json';

/** `{a: {b: 'x'}}` → `{'a.b': 'x'}`; a value that is neither a string nor an object is kept as is, to be reported. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) flat.set(k, v);
    } else {
      flat.set(`${prefix}${key}`, value);
    }
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!).sort();

/** Every shipped language: a file added to locales/ is added here, and every check below covers it. */
const locales: Record<string, Map<string, unknown>> = {en: flatten(en), fr: flatten(fr), de: flatten(de), es: flatten(es)};
/** The languages shipped as files only (not in the first script): a page adds them with registerLocale. */
const registered: Record<string, Record<string, unknown>> = {de, es};

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** A key without its plural suffix: `history.empty_one` → `history.empty`. */
const baseKey = (key: string) => key.replace(PLURAL, '');
/** The plural categories CLDR gives a language ("many" for French: 1 000 000). */
const categories = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
/** A number of each plural category of a language, to try the forms with. */
function sampleOf(lang: string, category: string): number {
  const rules = new Intl.PluralRules(lang);
  return [0, 1, 2, 3, 5, 7, 11, 21, 100, 101, 1_000_000].find((n) => rules.select(n) === category)!;
}

describe('locales', () => {
  it('have keys at all', () => {
    expect(locales.en!.size).to.be.greaterThan(10);
    // French has three plural categories: the check below is not vacuous.
    expect(categories('fr')).to.include('many');
  });

  for (const [lang, flat] of Object.entries(locales)) {
    it(`has the same keys in ${lang}.json as in en.json, plural forms aside`, () => {
      const bases = (m: Map<string, unknown>) => new Set([...m.keys()].map(baseKey));
      const mine = bases(flat);
      const english = bases(locales.en!);
      expect(
        [...english].filter((k) => !mine.has(k)),
        `keys of en.json missing from ${lang}.json`,
      ).to.deep.equal([]);
      expect(
        [...mine].filter((k) => !english.has(k)),
        `keys of ${lang}.json that en.json has not`,
      ).to.deep.equal([]);
    });

    it(`has only non-empty strings in ${lang}.json`, () => {
      const bad = [...flat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad, `empty or non-string values in ${lang}.json`).to.deep.equal([]);
    });

    it(`has every CLDR plural category of ${lang}, and only those, for every plural key of ${lang}.json`, () => {
      const wanted = categories(lang);
      const keys = [...flat.keys()];
      const plurals = new Set(keys.filter((k) => PLURAL.test(k)).map(baseKey));
      expect(plurals.size).to.be.greaterThan(3);
      const missing = [...plurals].flatMap((base) => wanted.filter((c) => !flat.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
      expect(missing, `plural forms missing from ${lang}.json (CLDR: ${wanted.join(', ')})`).to.deep.equal([]);
      const foreign = keys.filter((k) => PLURAL.test(k) && !wanted.includes(k.slice(k.lastIndexOf('_') + 1)));
      expect(foreign, `plural forms ${lang} does not have, never used`).to.deep.equal([]);
      // A plural key is always used with {{count}}, so its _other form shows it.
      for (const key of keys.filter((k) => k.endsWith('_other'))) {
        expect(placeholders(String(flat.get(key))), `${lang}: ${key}`).to.include('count');
      }
    });

    it(`has the same {{placeholders}} per key in ${lang}.json as in en.json`, () => {
      // Every plural form is compared with the English _other form, without the count:
      // a singular form may leave it out ("in the last 24 hours"), and _other shows it (above).
      const english = (key: string) => String(locales.en!.get(PLURAL.test(key) ? `${baseKey(key)}_other` : key) ?? '');
      const strip = (key: string, list: string[]) => (PLURAL.test(key) ? list.filter((p) => p !== 'count') : list);
      const mismatched = [...flat]
        .filter(([key]) => locales.en!.has(PLURAL.test(key) ? `${baseKey(key)}_other` : key))
        .filter(([key, value]) => JSON.stringify(strip(key, placeholders(String(value)))) !== JSON.stringify(strip(key, placeholders(english(key)))))
        .map(([key]) => key);
      expect(mismatched, `keys of ${lang}.json whose placeholders differ from en.json`).to.deep.equal([]);
    });
  }

  it('the placeholder check catches a difference (it is not vacuous)', () => {
    expect(placeholders('Fin prévue le {{time}}')).to.deep.equal(['time']);
    expect(placeholders('Mis à jour {{ ago }} ({{count}})')).to.deep.equal(['ago', 'count']);
  });
});

describe('French typography in fr.json', () => {
  const texts = [...locales.fr!].map(([key, value]) => [key, String(value)] as const);
  const NO_BREAK = /[\u00A0\u202F]/;

  it('has no ordinary space beside a no-break one (" \u00a0:" is still a plain space before the colon)', () => {
    const bad = texts.filter(([, text]) => /[ \t][\u00A0\u202F]|[\u00A0\u202F][ \t]/.test(text)).map(([key]) => key);
    expect(bad).to.deep.equal([]);
  });

  it('puts a no-break space, never an ordinary one, before : ; ? ! and »', () => {
    const bad: string[] = [];
    for (const [key, text] of texts) {
      for (const match of text.matchAll(/[:;?!»]/g)) {
        const before = text[match.index! - 1] ?? '';
        if (!NO_BREAK.test(before)) bad.push(`${key}: ${JSON.stringify(text.slice(Math.max(0, match.index! - 12), match.index! + 1))}`);
      }
    }
    expect(bad).to.deep.equal([]);
  });

  it('puts a no-break space after «', () => {
    const bad = texts.filter(([, text]) => /«(?![\u00A0\u202F])/.test(text)).map(([key]) => key);
    expect(bad).to.deep.equal([]);
  });

  it('uses the typographic apostrophe ’, never the ASCII one', () => {
    const bad = texts.filter(([, text]) => text.includes("'")).map(([key]) => key);
    expect(bad).to.deep.equal([]);
    // The French strings do elide (l’impact, d’état): the check above is not vacuous.
    expect(texts.some(([, text]) => text.includes('’'))).to.equal(true);
  });

  it('contains no-break spaces where it has double punctuation (the check above is not vacuous)', () => {
    expect(texts.some(([, text]) => /[\u00A0\u202F][:;]/.test(text))).to.equal(true);
  });
});

describe('locales, as the elements get them', () => {
  // Every group of strings reaches the private i18next instance: the common
  // ones at once, the history's with its view (src/i18n/history-strings.ts),
  // which a history loads when it first connects.
  // A group added to the files but registered nowhere would show its keys.
  for (const lang of ['en', 'fr', 'de', 'es'] as const) {
    it(`translates every key of ${lang}.json once a history has connected${registered[lang] ? ' and it is registered' : ''}`, async () => {
      if (registered[lang]) (await import('../../src/index.js')).registerLocale(lang, registered[lang]);
      await import('../../src/define.js');
      // Each element that brings strings with its view: the history and the uptime.
      for (const name of ['status-history', 'status-uptime']) {
        const element = document.createElement(name);
        document.body.append(element);
        await (element as unknown as {updateComplete: Promise<boolean>}).updateComplete;
        element.remove();
      }
      const {translator} = await import('../../src/i18n/i18n.js');
      const t = translator(lang);
      // Each placeholder given as itself: the string comes back as written.
      const itself = (value: unknown) => Object.fromEntries(placeholders(String(value)).map((name) => [name, `{{${name}}}`]));
      const wrong = [...locales[lang]!]
        .filter(([key]) => !PLURAL.test(key))
        .filter(([key, value]) => t(key, itself(value)) !== value)
        .map(([key]) => key);
      expect(wrong).to.deep.equal([]);
      // Each plural form is the one i18next picks for a number of its category (French "many": 1000000).
      const plural = [...locales[lang]!].filter(([key]) => PLURAL.test(key));
      expect(plural.length).to.be.greaterThan(6);
      for (const [key, value] of plural) {
        const n = sampleOf(lang, key.slice(key.lastIndexOf('_') + 1));
        expect(t(baseKey(key), {...itself(value), count: n}), `${key} (${n})`).to.equal(String(value).replace('{{count}}', String(n)));
      }
    });
  }
});

describe('the strings the bundle carries (src/i18n/*-strings.ts)', () => {
  // locales/<lang>.json is what users import (custom builds, registerLocale);
  // the bundle carries the same strings as plain modules, one per element
  // that needs them, so that each comes with its element's chunk.
  // As imported: i18next merges the strings added later into the objects it was given.
  const bundled = structuredClone({en: [commonStrings.en, historyStrings.en, uptimeStrings.en], fr: [commonStrings.fr, historyStrings.fr, uptimeStrings.fr]});
  for (const [lang, parts] of Object.entries(bundled)) {
    it(`are exactly those of locales/${lang}.json, each group in one module`, () => {
      const groups = parts.flatMap((part) => Object.keys(part));
      expect(
        groups.filter((group, i) => groups.indexOf(group) !== i),
        'groups in two modules',
      ).to.deep.equal([]);
      const mine = flatten(Object.assign({}, ...parts));
      const json = locales[lang]!;
      const differ = [...new Set([...json.keys(), ...mine.keys()])].filter((key) => json.get(key) !== mine.get(key));
      expect(differ, `keys whose string differs between locales/${lang}.json and src/i18n/*-strings.ts`).to.deep.equal([]);
    });
  }
});
