import {expect} from '@open-wc/testing';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';

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

const locales = {en: flatten(en), fr: flatten(fr)};

describe('locales', () => {
  it('have keys at all', () => {
    expect(locales.en.size).to.be.greaterThan(10);
  });

  it('have the same keys in English and French', () => {
    const missingInFr = [...locales.en.keys()].filter((k) => !locales.fr.has(k));
    const missingInEn = [...locales.fr.keys()].filter((k) => !locales.en.has(k));
    expect(missingInFr, 'keys in en.json missing from fr.json').to.deep.equal([]);
    expect(missingInEn, 'keys in fr.json missing from en.json').to.deep.equal([]);
  });

  for (const [lang, flat] of Object.entries(locales)) {
    it(`has only non-empty strings in ${lang}.json`, () => {
      const bad = [...flat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad, `empty or non-string values in ${lang}.json`).to.deep.equal([]);
    });

    it(`has complete _one/_other plural pairs in ${lang}.json`, () => {
      const keys = [...flat.keys()];
      const incomplete = keys
        .filter((k) => /_(one|other)$/.test(k))
        .map((k) => k.replace(/_(one|other)$/, ''))
        .filter((base) => !flat.has(`${base}_one`) || !flat.has(`${base}_other`));
      expect(incomplete, `plural keys without their pair in ${lang}.json`).to.deep.equal([]);
      // A plural key is always used with {{count}}, so its _other form shows it.
      for (const key of keys.filter((k) => k.endsWith('_other'))) {
        expect(placeholders(String(flat.get(key))), `${lang}: ${key}`).to.include('count');
      }
    });
  }

  it('have the same {{placeholders}} per key in English and French', () => {
    const mismatched = [...locales.en.keys()]
      .filter((k) => locales.fr.has(k))
      // A singular form may leave the count out ("in the last day"), so plural forms are compared without it.
      .filter((k) => {
        const strip = (list: string[]) => (/_one$/.test(k) ? list.filter((p) => p !== 'count') : list);
        return JSON.stringify(strip(placeholders(String(locales.en.get(k))))) !== JSON.stringify(strip(placeholders(String(locales.fr.get(k)))));
      });
    expect(mismatched, 'keys whose placeholders differ').to.deep.equal([]);
  });
});

describe('French typography in fr.json', () => {
  const texts = [...locales.fr].map(([key, value]) => [key, String(value)] as const);
  const NO_BREAK = /[\u00A0\u202F]/;

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
  for (const lang of ['en', 'fr'] as const) {
    it(`translates every key of ${lang}.json once a history has connected`, async () => {
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
      const wrong = [...locales[lang]]
        .filter(([key]) => !/_(one|other)$/.test(key))
        .filter(([key, value]) => t(key, Object.fromEntries(placeholders(String(value)).map((name) => [name, `{{${name}}}`]))) !== value)
        .map(([key]) => key);
      expect(wrong).to.deep.equal([]);
      const plural = [...locales[lang]].filter(([key]) => key.endsWith('_other'));
      expect(plural.length).to.be.greaterThan(3);
      for (const [key, value] of plural) {
        const others = Object.fromEntries(placeholders(String(value)).map((name) => [name, `{{${name}}}`]));
        expect(t(key.replace(/_other$/, ''), {...others, count: 7}), key).to.equal(String(value).replace('{{count}}', '7'));
      }
    });
  }
});
