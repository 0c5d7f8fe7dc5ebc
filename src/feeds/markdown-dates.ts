import {utc, zoneOffset} from './dates.js';
import {parseIsoDate} from './field-reader.js';
import type {PageVocabulary} from './markdown-vocabulary.js';

/**
 * The dates of hand-written status pages: "15/12/2016", "7/13/2016",
 * "2016 年 12 月 15 日", "13. April 2026 23:00 CEST", "29th April 2024 -
 * 11:30 CEST", "06.Nov.2019 from 16:00-17:00 CET", "23.December - 08. March
 * 2023" (the start's year is the end's, or the one before).
 */

/** A day and perhaps a time of day, as a heading writes it; any part may be missing. */
export interface WrittenPoint {
  year?: number;
  /** 0–11. */
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  zone?: string;
}

/** Where a point was written, so that a heading's title can be told from its dates. */
export interface ScannedPoint extends WrittenPoint {
  readonly start: number;
  readonly end: number;
}

/**
 * A calendar date (DESIGN.md §3: a date without a time is that day in every
 * zone). Produced exactly as the native reader reads `"2016-12-13"`, through
 * this one function, so that the two always agree.
 */
export function calendarDay(year: number, month: number, day: number): number | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso);
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap]\.?m\.?))?(?:\s*((?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})\b)?`;
const WORD = String.raw`([A-Za-zÀ-ÿ]{3,10})`;
/**
 * One pattern for every way of writing a day or a time, tried left to right.
 * Each alternative's groups are read by `pointOf` below, in this order.
 */
const POINT = new RegExp(
  [
    String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`, // 1-3: 2016 年 12 月 15 日
    String.raw`\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b`, // 4-6: 2017/03/27, 2016-12-15
    String.raw`\b(\d{1,2})([/.])(\d{1,2})[/.](\d{4}|\d{2})\b`, // 7-10: 15/12/2016, 7/13/2016, 01.07.2021
    String.raw`\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s*${WORD}\.?,?(?:\s*(\d{4})\b)?`, // 11-13: 13. April 2026, 29.Okt.2019, 23.December
    String.raw`\b${WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b,?(?:\s*(\d{4})\b)?`, // 14-16: April 13, 2026
    String.raw`\b${TIME}`, // 17-21: 23:00 CEST, 11:00:00 MEZ, 5pm is not read
    String.raw`\b(\d{4})\b`, // 22: a year alone
  ].join('|'),
  'gu',
);

function monthOf(name: string, vocabularies: readonly PageVocabulary[]): number | undefined {
  const word = name.toLowerCase();
  for (const v of vocabularies) {
    const i = v.months.findIndex((names) => names.includes(word));
    if (i >= 0) return i;
  }
  return undefined;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Every day and time written in `text`, in order; a lone year is a point with only its year. */
export function scanPoints(text: string, vocabulary: PageVocabulary, vocabularies: readonly PageVocabulary[]): ScannedPoint[] {
  const points: ScannedPoint[] = [];
  POINT.lastIndex = 0;
  for (let m = POINT.exec(text); m; m = POINT.exec(text)) {
    const at = {start: m.index, end: m.index + m[0].length};
    const g = (i: number) => m![i];
    if (g(1)) points.push({...at, year: +g(1)!, month: +g(2)! - 1, day: +g(3)!});
    else if (g(4)) points.push({...at, year: +g(4)!, month: +g(5)! - 1, day: +g(6)!});
    else if (g(7)) {
      // Dotted numeric dates are day first everywhere; slashed ones as the page's language writes them.
      const dayFirst = g(8) === '.' || vocabulary.slashDates === 'dmy';
      const [day, month] = dayFirst ? [+g(7)!, +g(9)!] : [+g(9)!, +g(7)!];
      points.push({...at, year: fullYear(g(10)!), month: month - 1, day});
    } else if (g(11) || g(14)) {
      const month = monthOf(g(12) ?? g(14)!, vocabularies);
      if (month === undefined) {
        // A number and a word that is no month ("3 hours"): look again just after the number.
        POINT.lastIndex = m.index + (g(11) ?? '').length + 1;
        continue;
      }
      const year = g(13) ?? g(16);
      points.push({...at, year: year ? +year : undefined, month, day: +(g(11) ?? g(15))!});
    } else if (g(17)) {
      let hour = +g(17)!;
      const meridiem = g(20)?.[0]?.toLowerCase();
      if (meridiem === 'p' && hour < 12) hour += 12;
      if (meridiem === 'a' && hour === 12) hour = 0;
      points.push({...at, hour, minute: +g(18)!, second: g(19) ? +g(19) : undefined, zone: g(21)});
    } else if (g(22)) points.push({...at, year: +g(22)!});
  }
  return joinTimes(points);
}

/**
 * Attaches each time to the day before it ("13. April 2026 23:00 CEST"); a
 * second time on the same day is a point of its own ("10:00 - 10:20 CET").
 */
function joinTimes(tokens: ScannedPoint[]): ScannedPoint[] {
  const points: ScannedPoint[] = [];
  for (const token of tokens) {
    const last = points[points.length - 1];
    if (token.hour === undefined) points.push(token);
    else if (last && last.hour === undefined && last.day !== undefined) points[points.length - 1] = {...last, ...token, start: last.start};
    else if (last && last.day !== undefined) points.push({...token, year: last.year, month: last.month, day: last.day});
    else points.push(token);
  }
  return points;
}

/**
 * Completes a range's points from one another: a time without a zone takes
 * the next zone written ("17:00-21:00 CET"), a day without a year the next
 * year written, one year earlier when that would put it after the point it
 * was taken from ("23.December - 08. March 2023").
 */
export function completeRange(points: readonly WrittenPoint[]): WrittenPoint[] {
  const done = points.map((p) => ({...p}));
  for (let i = done.length - 1; i >= 0; i--) {
    const p = done[i]!;
    const next = done.slice(i + 1);
    if (p.hour !== undefined && !p.zone)
      p.zone =
        next.find((q) => q.zone)?.zone ??
        done
          .slice(0, i)
          .reverse()
          .find((q) => q.zone)?.zone;
    if (p.year === undefined && p.day !== undefined) {
      const after = next.find((q) => q.year !== undefined && q.day !== undefined);
      if (after) p.year = after.year! - (p.month! > after.month! || (p.month === after.month && p.day > after.day!) ? 1 : 0);
    }
  }
  return done;
}

/** The instant a point names: its time in its zone, or, without a time, the calendar day. Undefined when it names no day. */
export function instantOf(point: WrittenPoint): number | undefined {
  const {year, month, day} = point;
  if (year === undefined || month === undefined || day === undefined || month > 11) return undefined;
  if (point.hour === undefined) return calendarDay(year, month, day);
  return utc(year, month, day, point.hour, point.minute ?? 0, point.second ?? 0, zoneOffset(point.zone));
}
