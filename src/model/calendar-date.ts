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
type Dated<Field extends string> = {readonly [K in Field]?: number} & {readonly calendarDates?: readonly string[]};

/** An item's date, or undefined when it has none. */
export function dateOf<Field extends string>(item: Dated<Field>, field: Field): When | undefined {
  const at = item[field];
  if (at === undefined) return undefined;
  // A Snapshot given to `data` went through no adapter: its list may be anything.
  const calendar = Array.isArray(item.calendarDates) && item.calendarDates.includes(field);
  return {at, calendar};
}

/** The instant the reader's calendar day `day` (held as its UTC midnight) begins. */
export function dayStartHere(day: number): number {
  const utc = new Date(day);
  // setFullYear, not new Date(y, m, d), which reads years 0–99 as 1900–1999.
  const local = new Date(0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local.setHours(0, 0, 0, 0);
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

/**
 * Whole days from one date to another on the reader's calendar, as nights
 * are counted at a hotel: 13 → 15 December is 2, both on one day is 0.
 * What a duration with a calendar date at either end is counted in: its time
 * of day is unknown, so hours would be invented.
 */
export function daysBetween(from: When, to: When): number {
  const first = from.calendar ? from.at : dayHere(from.at);
  const last = to.calendar ? to.at : dayHere(to.at);
  return Math.round((last - first) / DAY);
}

/** The value of a `<time datetime>`: `2016-12-13` for a calendar date, the ISO instant else. */
export function machineDate(when: When): string {
  const iso = new Date(when.at).toISOString();
  return when.calendar ? iso.slice(0, iso.lastIndexOf('T')) : iso;
}
