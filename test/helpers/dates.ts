/**
 * An instant as a reader expects the elements to write it, computed with
 * the engine's own Intl (never a hard-coded string): the date, the time of
 * day and the zone's short name, in `timeZone` (default: the reader's).
 */
export function dateTimeWithZone(locale: string, at: number | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? {timeZone} : {}),
  }).format(at);
}
