/**
 * Dates and relative times in the reader's language, through `Intl`
 * formatters built once per language and style (formatter-cache.ts).
 * The history's own formats (months, durations, lists) are in files of
 * their own, which come with its code.
 */
import {cached} from './formatter-cache.js';

const dateTimeStyles = {
  /** 13 July 2016 / 13 juillet 2016 */
  date: {dateStyle: 'long'},
  /** 13 Jul 2016, 09:00 */
  dateTime: {dateStyle: 'medium', timeStyle: 'short'},
  /** 09:00 */
  time: {timeStyle: 'short'},
  /** July 2016 / juillet 2016 */
  month: {month: 'long', year: 'numeric'},
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof dateTimeStyles;

export function formatDate(epochMs: number, lang: string, style: DateStyle, timeZone?: string): string {
  const format = cached(`dt|${lang}|${style}|${timeZone ?? ''}`, () =>
    new Intl.DateTimeFormat(lang, {...dateTimeStyles[style], ...(timeZone ? {timeZone} : {})}),
  ) as Intl.DateTimeFormat;
  return format.format(epochMs);
}

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const RELATIVE_STEPS: [number, Intl.RelativeTimeFormatUnit][] = [
  [MINUTE, 'second'],
  [HOUR, 'minute'],
  [DAY, 'hour'],
  [30 * DAY, 'day'],
  [365 * DAY, 'month'],
  [Infinity, 'year'],
];
const UNIT_MS: Record<string, number> = {second: 1000, minute: MINUTE, hour: HOUR, day: DAY, month: 30 * DAY, year: 365 * DAY};

/**
 * Whether a past moment is best told as "just now" / "à l’instant": under a
 * second old, or ahead of the reader's clock (skew). `formatRelative` would
 * say "now" / "maintenant", which reads wrong after "Updated" / "Mis à jour".
 */
export const isJustNow = (epochMs: number, now: number): boolean => now - epochMs < 1000;

/** "5 minutes ago", "il y a 5 minutes", "in 2 hours", "dans 2 heures". */
export function formatRelative(epochMs: number, now: number, lang: string): string {
  const diff = epochMs - now;
  const abs = Math.abs(diff);
  // The unit is chosen on the rounded value: 59.6 seconds is "1 minute ago", not "60 seconds ago".
  const unit = RELATIVE_STEPS.find(([limit, u]) => Math.round(abs / UNIT_MS[u]!) * UNIT_MS[u]! < limit)![1];
  const format = cached(`rt|${lang}`, () => new Intl.RelativeTimeFormat(lang, {numeric: 'auto'})) as Intl.RelativeTimeFormat;
  return format.format(Math.round(diff / UNIT_MS[unit]!), unit);
}
