import type {TFunction} from 'i18next';
import {MINUTE} from './format.js';
import {cached} from './formatter-cache.js';

type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/**
 * Each unit in minutes. A year is 365 days and a month a twelfth of it
 * (30 days 10 hours), not calendar months: a duration has no start date
 * here, and so 12 months always make a year ("1 year", never "12 months").
 */
const UNITS: [Unit, number][] = [
  ['year', 525_600],
  ['month', 43_800],
  ['day', 1440],
  ['hour', 60],
  ['minute', 1],
];

/**
 * A duration to the two largest units that matter, each rounded down:
 * "2 years", "1 year and 3 months", "2 jours et 3 heures", "45 minutes".
 * Under a minute (or a negative duration, from clock skew) reads as
 * `history.underAMinute` ("less than a minute"): never "0 minutes".
 */
export function formatDuration(ms: number, lang: string, t: TFunction): string {
  if (!(ms >= MINUTE)) return t('history.underAMinute');
  const total = Math.round(ms / MINUTE);
  const first = UNITS.findIndex(([, size]) => total >= size);
  const parts = UNITS.slice(first, first + 2)
    .map(([unit, size], i) => [unit, Math.floor((i ? total % UNITS[first]![1] : total) / size)] as const)
    .filter(([, value]) => value > 0)
    .map(([unit, value]) =>
      (cached(`nu|${lang}|${unit}`, () => new Intl.NumberFormat(lang, {style: 'unit', unit, unitDisplay: 'long'})) as Intl.NumberFormat).format(value),
    );
  return formatList(parts, lang);
}

const listFormat = (lang: string): Intl.ListFormat => cached(`lf|${lang}`, () => new Intl.ListFormat(lang, {style: 'long', type: 'conjunction'}));

/** "A, B and C" / "A, B et C". */
export function formatList(items: readonly string[], lang: string): string {
  return listFormat(lang).format(items);
}

/** The same list in pieces: each item (`element`, in the order given) and the words between (`literal`), to mark each item up. */
export function listParts(items: readonly string[], lang: string): {type: string; value: string}[] {
  return listFormat(lang).formatToParts(items);
}
