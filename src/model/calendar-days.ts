import {dayHere, type When} from './calendar-date.js';

const DAY = 86_400_000;

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
