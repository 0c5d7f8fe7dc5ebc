/**
 * Dates and relative times in the reader's language, through `Intl`
 * formatters built once per language and style (formatter-cache.ts).
 * The history's own formats (months, durations, lists) are in files of
 * their own, which come with its code.
 */
import {dayHere, type When} from '../model/calendar-date.js';
import {cached} from './formatter-cache.js';

/** A day as `dateStyle: 'medium'` writes it, in fields: `timeZoneName` cannot be combined with a style. */
const day = {year: 'numeric', month: 'short', day: 'numeric'} as const;
/** A time of day, with the zone it is read in ("9:05 AM PST", "14:05 UTC+1"): never a bare clock reading. */
const clock = {hour: 'numeric', minute: '2-digit', timeZoneName: 'short'} as const;

const dateTimeStyles = {
  /** 13 Jul 2016 / 13 juil. 2016: a date alone, as dateTime writes it (a calendar date, formatWhen) */
  date: day,
  /** Jul 13, 2016, 9:00 AM UTC / 13 juil. 2016, 09:00 UTC+1 */
  dateTime: {...day, ...clock},
  /** 9:00 AM UTC / 09:00 UTC+1 */
  time: clock,
  /** July 2016 / juillet 2016 */
  month: {month: 'long', year: 'numeric'},
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof dateTimeStyles;

/**
 * `timeZone`: an IANA zone (`Europe/Paris`), or none for the reader's own
 * (the `time-zone` attribute's `local`). Each formatter is cached by
 * language, style and zone.
 */
export function formatDate(epochMs: number, lang: string, style: DateStyle, timeZone?: string): string {
  const format = cached(
    `dt|${lang}|${style}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(lang, {...dateTimeStyles[style], ...(timeZone ? {timeZone} : {})}),
  ) as Intl.DateTimeFormat;
  return format.format(epochMs);
}

/**
 * A date of an item: an instant with its time of day, or a calendar date
 * (model/calendar-date.ts) as that day alone. A calendar date is held as its
 * UTC midnight, so it is read in UTC, the one zone where that instant is the
 * day itself: every reader, in Los Angeles or Kiritimati, sees the day the
 * feed wrote, and no time the feed did not give.
 */
export function formatWhen(when: When, lang: string, timeZone?: string): string {
  // An instant is read in `timeZone` and names it ("Jul 13, 2016, 9:05 AM UTC"); a calendar date has no zone to name.
  return when.calendar ? formatDate(when.at, lang, 'date', 'UTC') : formatDate(when.at, lang, 'dateTime', timeZone);
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
 * How long ago, or how soon, a date is: for an instant, see formatRelative;
 * a calendar date is counted from the reader's today in days at the least
 * ("today", "yesterday", "3 days ago"), never in hours it does not have.
 */
export function formatRelativeWhen(when: When, now: number, lang: string, timeZone?: string): string {
  return when.calendar ? formatRelative(when.at, dayIn(now, timeZone), lang, true) : formatRelative(when.at, now, lang);
}

/**
 * The calendar day an instant falls on in `timeZone` (the reader's own when
 * none: `time-zone="local"`), held as that day's UTC midnight, as a
 * calendar date is: "today" for a reader of `Europe/Paris` is Paris's today.
 */
export function dayIn(instant: number, timeZone?: string): number {
  if (!timeZone) return dayHere(instant);
  // By parts: no engine's way of writing a day is relied on (WebKit's en-CA is not ISO's).
  const parts = (
    cached(`dk|${timeZone}`, () => new Intl.DateTimeFormat('en', {timeZone, year: 'numeric', month: 'numeric', day: 'numeric'})) as Intl.DateTimeFormat
  ).formatToParts(instant);
  const field = (type: string) => +parts.find((p) => p.type === type)!.value;
  return new Date(0).setUTCFullYear(field('year'), field('month') - 1, field('day'));
}

/**
 * Whether a past moment is best told as "just now" / "à l’instant": under a
 * second old, or ahead of the reader's clock (skew). `formatRelative` would
 * say "now" / "maintenant", which reads wrong after "Updated" / "Mis à jour".
 */
export const isJustNow = (epochMs: number, now: number): boolean => now - epochMs < 1000;

/** "5 minutes ago", "il y a 5 minutes", "in 2 hours", "dans 2 heures"; with `inDays`, "today" at the finest. */
export function formatRelative(epochMs: number, now: number, lang: string, inDays = false): string {
  const diff = epochMs - now;
  const abs = Math.abs(diff);
  // The unit is chosen on the rounded value: 59.6 seconds is "1 minute ago", not "60 seconds ago".
  const unit = (inDays ? RELATIVE_STEPS.slice(3) : RELATIVE_STEPS).find(([limit, u]) => Math.round(abs / UNIT_MS[u]!) * UNIT_MS[u]! < limit)![1];
  const format = cached(`rt|${lang}`, () => new Intl.RelativeTimeFormat(lang, {numeric: 'auto'})) as Intl.RelativeTimeFormat;
  return format.format(Math.round(diff / UNIT_MS[unit]!), unit);
}
