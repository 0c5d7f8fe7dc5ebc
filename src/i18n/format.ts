/**
 * Dates, durations and relative times in the reader's language, through
 * `Intl` formatters that are built once per language and style: building a
 * formatter costs far more than using one, and a history formats hundreds.
 */

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

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

/** A month heading: "July 2016", "Juillet 2016" (capitalized, as a heading is). */
export function formatMonth(epochMs: number, lang: string, timeZone?: string): string {
  const text = formatDate(epochMs, lang, 'month', timeZone);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The month an instant falls in, in the reader's time zone: the key the history groups by. */
export function monthKey(epochMs: number, timeZone?: string): string {
  const format = cached(`mk|${timeZone ?? ''}`, () =>
    new Intl.DateTimeFormat('en-US', {year: 'numeric', month: '2-digit', ...(timeZone ? {timeZone} : {})}),
  ) as Intl.DateTimeFormat;
  const parts = format.formatToParts(epochMs);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration to the two largest units that matter: "2 days and 3 hours",
 * "2 jours et 3 heures", "45 minutes". Under a minute reads as one minute:
 * an incident is never "0 minutes" long.
 */
export function formatDuration(ms: number, lang: string): string {
  const total = Math.max(1, Math.round(Math.max(0, ms) / MINUTE));
  const days = Math.floor(total / (DAY / MINUTE));
  const hours = Math.floor((total % (DAY / MINUTE)) / 60);
  const minutes = total % 60;
  const units: [number, 'day' | 'hour' | 'minute'][] = days > 0 ? [[days, 'day'], [hours, 'hour']] : hours > 0 ? [[hours, 'hour'], [minutes, 'minute']] : [[minutes, 'minute']];
  const parts = units
    .filter(([value]) => value > 0)
    .map(([value, unit]) =>
      (cached(`nu|${lang}|${unit}`, () => new Intl.NumberFormat(lang, {style: 'unit', unit, unitDisplay: 'long'})) as Intl.NumberFormat).format(value),
    );
  return formatList(parts, lang);
}

const RELATIVE_STEPS: [number, Intl.RelativeTimeFormatUnit][] = [
  [MINUTE, 'second'],
  [HOUR, 'minute'],
  [DAY, 'hour'],
  [30 * DAY, 'day'],
  [365 * DAY, 'month'],
  [Infinity, 'year'],
];
const UNIT_MS: Record<string, number> = {second: 1000, minute: MINUTE, hour: HOUR, day: DAY, month: 30 * DAY, year: 365 * DAY};

/** "5 minutes ago", "il y a 5 minutes", "in 2 hours", "dans 2 heures". */
export function formatRelative(epochMs: number, now: number, lang: string): string {
  const diff = epochMs - now;
  const abs = Math.abs(diff);
  // The unit is chosen on the rounded value: 59.6 seconds is "1 minute ago", not "60 seconds ago".
  const unit = RELATIVE_STEPS.find(([limit, u]) => Math.round(abs / UNIT_MS[u]!) * UNIT_MS[u]! < limit)![1];
  const format = cached(`rt|${lang}`, () => new Intl.RelativeTimeFormat(lang, {numeric: 'auto'})) as Intl.RelativeTimeFormat;
  return format.format(Math.round(diff / UNIT_MS[unit]!), unit);
}

/** "A, B and C" / "A, B et C". */
export function formatList(items: readonly string[], lang: string): string {
  return (cached(`lf|${lang}`, () => new Intl.ListFormat(lang, {style: 'long', type: 'conjunction'})) as Intl.ListFormat).format(items);
}
