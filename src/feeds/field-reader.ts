import type {When} from '../model/calendar-date.js';
import type {Text} from '../model/types.js';
import {FeedError, describe} from './feed-error.js';

/**
 * Reads fields out of an untrusted JSON value while recording, with their
 * path, every field that has the wrong shape. Adapters read through it so
 * that a bad feed yields one clear message naming each bad field, and never
 * an exception from deep inside.
 */
export class FieldReader {
  readonly problems: string[] = [];
  readonly fields: string[] = [];

  problem(path: string, expected: string, got: unknown): undefined {
    this.fields.push(path);
    this.problems.push(`${path}: expected ${expected}, got ${got === undefined ? 'nothing' : describe(got)}`);
  }

  /** Throws a FeedError naming every bad field found so far, if any: `label` says what the feed was read as. */
  check(label: string): void {
    const {problems} = this;
    if (problems.length === 0) return;
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new FeedError(`Invalid ${label}: ${problems.slice(0, 5).join('; ')}${more}`, this.fields, problems);
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.problem(path, 'an object', value);
    return undefined;
  }

  /** An optional array: absent reads as empty. */
  array(value: unknown, path: string): readonly unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problem(path, 'an array', value);
    return [];
  }

  /**
   * Reads each item of an optional array, as forEach() does: an item that is
   * not an object is a problem; `read` is given each object with its path
   * (`incidents[2]`), and what it returns is kept, unless undefined (an item
   * it could not read, its problems recorded).
   */
  each<T>(value: unknown, path: string, read: (item: Record<string, unknown>, path: string, index: number) => T | undefined): T[] {
    const kept: T[] = [];
    this.array(value, path).forEach((raw, i) => {
      const itemPath = `${path}[${i}]`;
      const item = this.object(raw, itemPath);
      const result = item && read(item, itemPath, i);
      if (result !== undefined) kept.push(result);
    });
    return kept;
  }

  /** A required non-empty string id; numbers are accepted and stringified, as many feeds use them. */
  id(value: unknown, path: string): string | undefined {
    const id = idOf(value);
    if (id === undefined) this.problem(path, 'a non-empty string id', value);
    return id;
  }

  optionalString(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.problem(path, 'a string', value);
    return undefined;
  }

  optionalBoolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    this.problem(path, 'true or false', value);
    return undefined;
  }

  /** A text: a string, or an object of language tags to strings. */
  text(value: unknown, path: string, required: boolean): Text | undefined {
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'a text (a string, or an object of language tags to strings)', value);
      return undefined;
    }
    if (typeof value === 'string') return value;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > 0 && entries.every(([, v]) => typeof v === 'string')) return value as Record<string, string>;
    }
    this.problem(path, 'a text (a string, or an object of language tags to strings)', value);
    return undefined;
  }

  /** An instant as epoch milliseconds, from an ISO 8601 string; see `parseIsoDate`. */
  date(value: unknown, path: string, required: boolean): number | undefined {
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'an ISO 8601 date', value);
      return undefined;
    }
    const time = parseIsoDate(value);
    if (time === undefined) this.problem(path, 'an ISO 8601 date such as "2016-07-11T00:00:00Z"', value);
    return time;
  }

  /**
   * A date of a format that says what its dates mean (the native feed,
   * DESIGN.md §3): a calendar date (`"2016-07-11"`, that day wherever the
   * reader is), or a date-time with its time zone. A date-time without one
   * is refused: every reader would see another instant, and the fix is one
   * character in the feed.
   */
  when(value: unknown, path: string, required: boolean): When | undefined {
    if (value === undefined || value === null) {
      if (required) this.problem(path, WHEN_EXPECTED, value);
      return undefined;
    }
    const at = parseIsoDate(value);
    const kind = isoDateKind(value);
    if (at === undefined || kind === 'zoneless') {
      this.problem(
        path,
        kind === 'zoneless' ? `a time zone after the time ("Z" for UTC, or an offset such as "+02:00"), or a date alone ("2016-07-11")` : WHEN_EXPECTED,
        value,
      );
      return undefined;
    }
    return {at, calendar: kind === 'calendar'};
  }
}

const WHEN_EXPECTED = 'a date ("2016-07-11") or a date-time with its time zone ("2016-07-11T09:00:00Z")';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 date or date-time. A value without a time zone is read
 * as UTC (a feed cannot know its reader's zone): a date alone as the UTC
 * midnight that starts it, which is how a Snapshot holds a calendar date
 * (model/types.ts). Impossible dates such as `2016-02-31` are refused rather
 * than rolled over.
 */
/**
 * A `YYYY-MM-DD` string that names a real calendar day (a day of uptime).
 * Here, beside the date reader, and not in model/uptime.ts: the native
 * reader checks these and must not pull the uptime model into its chunk.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(at) && new Date(at).toISOString().slice(0, 10) === value;
}

export function parseIsoDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  // Date.UTC reads years 0–99 as 1900–1999: the year is set apart, on a
  // date in 2000, a leap year, so that February 29 rolls over only if the
  // feed's own year has none.
  const check = new Date(Date.UTC(2000, +mo! - 1, +d!, +h, +mi, +s, frac ? Math.round(Number(`0${frac}`) * 1000) : 0));
  const utc = check.setUTCFullYear(+y!);
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 60) return undefined;
  if (zone.toUpperCase() === 'Z') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * What an ISO 8601 string says: a `calendar` date (a day, no time of day),
 * a `zoned` date-time (with `Z` or an offset), or a `zoneless` date-time;
 * undefined when it is none of these. Whether the date exists is
 * parseIsoDate's to say.
 */
export function isoDateKind(value: unknown): 'calendar' | 'zoned' | 'zoneless' | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  if (m[8] !== undefined) return 'zoned';
  return m[4] === undefined ? 'calendar' : 'zoneless';
}

/**
 * A value as an id, if it is one: a non-empty string, or a finite number
 * stringified. Never `String()` an untrusted value: an object without a
 * prototype, or with a hostile `toString`, throws or lies.
 */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
