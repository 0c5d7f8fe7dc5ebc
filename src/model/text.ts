import type {Text} from './types.js';

/**
 * Picks the string of a feed text for a reader, as DESIGN.md §3 says: the
 * exact tag, then its base language (`fr-CA` → `fr`), then the page's
 * language, then the first entry. Tags compare case-insensitively.
 */
export function pickText(text: Text | undefined, lang: string, pageLang?: string): string {
  return pickTextIn(text, lang, pageLang)[0];
}

/**
 * `pickText`, with the language of the string it picked: its tag, or for an
 * untagged text the page's language (`undefined` when the feed gives none).
 */
export function pickTextIn(text: Text | undefined, lang: string, pageLang?: string): [text: string, lang: string | undefined] {
  if (text == null) return ['', undefined];
  if (typeof text === 'string') return [text, pageLang];
  const entries = Object.entries(text).filter(([, value]) => typeof value === 'string') as [string, string][];
  if (entries.length === 0) return ['', undefined];
  const find = (tag: string | undefined) => {
    if (!tag) return undefined;
    const wanted = tag.toLowerCase();
    return entries.find(([key]) => key.toLowerCase() === wanted);
  };
  const [key, value] =
    find(lang) ??
    find(baseLanguage(lang)) ??
    // A reader of `fr` is also served by a `fr-CA` text before any other language.
    entries.find(([key]) => baseLanguage(key) === baseLanguage(lang)) ??
    find(pageLang) ??
    find(baseLanguage(pageLang ?? '')) ??
    entries[0]!;
  return [value, key];
}

/** `fr-CA` → `fr`; lower-cased. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
