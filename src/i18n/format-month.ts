import {formatDate} from './format.js';
import {cached} from './formatter-cache.js';

/** A month heading: "July 2016", "Juillet 2016" (capitalized, as a heading is). */
export function formatMonth(epochMs: number, lang: string, timeZone?: string): string {
  const text = formatDate(epochMs, lang, 'month', timeZone);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The month an instant falls in, in the reader's time zone: the key the history groups by. */
export function monthKey(epochMs: number, timeZone?: string): string {
  const format = cached(
    `mk|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat('en-US', {year: 'numeric', month: '2-digit', ...(timeZone ? {timeZone} : {})}),
  ) as Intl.DateTimeFormat;
  const parts = format.formatToParts(epochMs);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}
