import {DAY, MINUTE} from './format.js';
import {cached} from './formatter-cache.js';

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

/**
 * A number of whole days: "2 days", "2 jours". What a duration with a
 * calendar date at either end is counted in (model/calendar-date.ts
 * daysBetween), as its hours are unknown.
 */
export function formatDays(days: number, lang: string): string {
  return (cached(`nu|${lang}|day`, () => new Intl.NumberFormat(lang, {style: 'unit', unit: 'day', unitDisplay: 'long'})) as Intl.NumberFormat).format(days);
}

/** "A, B and C" / "A, B et C". */
export function formatList(items: readonly string[], lang: string): string {
  return (cached(`lf|${lang}`, () => new Intl.ListFormat(lang, {style: 'long', type: 'conjunction'})) as Intl.ListFormat).format(items);
}
