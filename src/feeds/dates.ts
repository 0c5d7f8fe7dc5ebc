import {parseIsoDate} from './field-reader.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = 86_400_000;

/** Minutes east of UTC for the zone names RSS dates and status pages write; unknown names read as UTC. */
const ZONES: Record<string, number> = {
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  bst: 60,
  wet: 0,
  west: 60,
  // CET and CEST as German writes them (hand-written pages of Swiss and German teams).
  mez: 60,
  mesz: 120,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
};

/** `+0200`, `-05:00`, `PDT`, `UTC` → minutes east of UTC. */
export function zoneOffset(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const key = zone.toLowerCase();
  return Object.hasOwn(ZONES, key) ? ZONES[key]! : 0;
}

/** `Feb`, `february`, `Sept.` → 0–11, or -1. */
export function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

const RFC822 = /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;

/**
 * A feed's date: ISO 8601 (Atom, and what most JSON feeds write) or RFC 822
 * (RSS's `pubDate`: `Mon, 16 Mar 2026 07:27:49 +0000`). Impossible dates are
 * refused rather than rolled over.
 */
export function parseFeedDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = parseIsoDate(text);
  if (iso !== undefined) return iso;
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[2]!);
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 70 ? 2000 : 1900;
  return utc(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), zoneOffset(m[7]));
}

/** Epoch ms of a wall-clock time in a zone, or undefined for an impossible one (Feb 30, 25:00). */
export function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): number | undefined {
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, month, day, hour, minute, second);
  if (new Date(time).getUTCDate() !== day) return undefined;
  return time - offsetMinutes * 60_000;
}

/**
 * A date written without its year, as Statuspage's history feeds write their
 * update times ("Feb 8, 09:00 UTC"): the year is the one that puts it
 * closest to `reference` (a maintenance window, which can lie ahead), or,
 * with `notAfter`, the latest that puts it no later than `reference` (an
 * update is never written after its entry was last updated; a day of slack
 * allows for a feed that stamps its entries a little early).
 */
export function inferYear(
  month: number,
  day: number,
  hour: number,
  minute: number,
  offsetMinutes: number,
  reference: number,
  notAfter: boolean,
): number | undefined {
  const refYear = new Date(reference).getUTCFullYear();
  let best: number | undefined;
  for (let year = refYear + 1; year >= refYear - 2; year--) {
    const time = utc(year, month, day, hour, minute, 0, offsetMinutes);
    if (time === undefined) continue;
    if (notAfter) {
      if (time <= reference + DAY) return time;
    } else if (best === undefined || Math.abs(time - reference) < Math.abs(best - reference)) {
      best = time;
    }
  }
  return best;
}
