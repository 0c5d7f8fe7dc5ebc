import type {Text} from './types.js';

/**
 * Picks the string of a feed text for a reader, as DESIGN.md §3 says: the
 * exact tag, then its base language (`fr-CA` → `fr`), then the page's
 * language, then the first entry. Tags compare case-insensitively.
 */
export function pickText(text: Text | undefined, lang: string, pageLang?: string): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const entries = Object.entries(text).filter(([, value]) => typeof value === 'string');
  if (entries.length === 0) return '';
  const find = (tag: string | undefined) => {
    if (!tag) return undefined;
    const wanted = tag.toLowerCase();
    return entries.find(([key]) => key.toLowerCase() === wanted)?.[1];
  };
  return (
    find(lang) ??
    find(baseLanguage(lang)) ??
    // A reader of `fr` is also served by a `fr-CA` text before any other language.
    entries.find(([key]) => baseLanguage(key) === baseLanguage(lang))?.[1] ??
    find(pageLang) ??
    find(baseLanguage(pageLang ?? '')) ??
    entries[0]![1]
  );
}

/** `fr-CA` → `fr`; lower-cased. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
