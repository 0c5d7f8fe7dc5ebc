/**
 * Calendar dates (DESIGN.md §3): a date the feed wrote without a time of day
 * (`"2016-12-13"`) is a day, not an instant. The Snapshot holds it as the
 * UTC midnight that starts the day and names the field in the item's
 * `calendarDates` (types.ts); here is what such a date means where the
 * reader is: the whole of that day on the reader's own calendar, from their
 * midnight to the next. Read with the environment's time zone, which is the
 * reader's in a browser (and the machine's under Node).
 */

const DAY = 86_400_000;

/** One date of an item: the epoch ms the Snapshot holds, and whether it is a calendar date. */
export interface When {
  readonly at: number;
  readonly calendar: boolean;
}

/** An item with dates, some of which may be calendar dates. */
export type Dated<Field extends string> = {readonly [K in Field]?: number} & {readonly calendarDates?: readonly string[]};

/** An item's date, or undefined when it has none. */
export function dateOf<Field extends string>(item: Dated<Field>, field: Field): When | undefined {
  const at = item[field];
  // A Snapshot given to `data` went through no adapter: its list may be anything.
  const fields = item.calendarDates;
  return at === undefined ? undefined : {at, calendar: Array.isArray(fields) && fields.includes(field)};
}

/** The instant the reader's calendar day `day` (held as its UTC midnight) begins. */
export function dayStartHere(day: number): number {
  const date = new Date(day);
  // The reader's clock set to that day's date, then to its midnight (setFullYear,
  // not new Date(y, m, d), which reads years 0–99 as 1900–1999).
  date.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return date.setHours(0, 0, 0, 0);
}

/** The reader's calendar day an instant falls on, held as that day's UTC midnight. */
export function dayHere(instant: number): number {
  const local = new Date(instant);
  const day = new Date(0);
  return day.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
}

/** When a date begins for the reader: a calendar date at their midnight. */
export function firstMoment(when: When): number {
  return when.calendar ? dayStartHere(when.at) : when.at;
}

/** When a date is over for the reader: a calendar date at their next midnight. */
export function lastMoment(when: When): number {
  // The next day's start, not + 24 h: a day with a daylight saving change has 23 or 25 hours.
  return when.calendar ? dayStartHere(when.at + DAY) : when.at;
}

/** The value of a `<time datetime>`: `2016-12-13` for a calendar date, the ISO instant else. */
export function machineDate(when: When): string {
  const iso = new Date(when.at).toISOString();
  return when.calendar ? iso.split('T')[0]! : iso;
}
