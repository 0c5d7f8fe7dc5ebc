import {expect} from '@open-wc/testing';
import {dayIn, formatDate, formatRelative, formatRelativeWhen, formatWhen, isJustNow} from '../../src/i18n/format.js';
import {formatDuration, formatList} from '../../src/i18n/format-duration.js';
import {formatMonth, monthKey} from '../../src/i18n/format-month.js';
import {historyStrings} from '../../src/i18n/history-strings.js';
import {addStrings, translator} from '../../src/i18n/i18n.js';
import {dateTimeWithZone} from '../helpers/dates.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const JULY_13 = Date.UTC(2016, 6, 13, 9, 5);

describe('formatDate', () => {
  it('writes a date in French and in American English', () => {
    expect(formatDate(JULY_13, 'fr', 'date', 'UTC')).to.equal('13 juil. 2016');
    expect(formatDate(JULY_13, 'en-US', 'date', 'UTC')).to.equal('Jul 13, 2016');
  });

  it('follows the time zone asked', () => {
    const lateEvening = Date.UTC(2016, 6, 13, 23, 30);
    expect(formatDate(lateEvening, 'fr', 'date', 'UTC')).to.equal('13 juil. 2016');
    expect(formatDate(lateEvening, 'fr', 'date', 'Europe/Paris')).to.equal('14 juil. 2016');
  });

  it('writes times with the language’s clock, and the zone they are read in', () => {
    expect(formatDate(Date.UTC(2016, 6, 13, 14, 5), 'fr', 'time', 'UTC')).to.equal('14:05 UTC');
    expect(formatDate(Date.UTC(2016, 6, 13, 14, 5), 'en-US', 'time', 'UTC').replace(/\s/g, ' ')).to.equal('2:05 PM UTC');
    expect(formatDate(Date.UTC(2016, 0, 13, 13, 5), 'fr', 'time', 'Europe/Paris')).to.equal('14:05 UTC+1');
    expect(formatDate(Date.UTC(2016, 0, 13, 16, 5), 'en-US', 'time', 'America/Los_Angeles').replace(/\s/g, ' ')).to.equal('8:05 AM PST');
  });

  it('writes a date with a time, naming the zone', () => {
    const text = formatDate(JULY_13, 'fr', 'dateTime', 'UTC');
    expect(text).to.equal('13 juil. 2016, 09:05 UTC');
    expect(formatDate(JULY_13, 'fr', 'dateTime', 'Europe/Paris')).to.equal('13 juil. 2016, 11:05 UTC+2');
  });

  it('names the reader’s own zone when given none (time-zone="local")', () => {
    const here = new Intl.DateTimeFormat('en-US', {timeZoneName: 'short'}).formatToParts(JULY_13).find((p) => p.type === 'timeZoneName')!.value;
    expect(formatDate(JULY_13, 'en-US', 'dateTime').endsWith(` ${here}`), formatDate(JULY_13, 'en-US', 'dateTime')).to.equal(true);
  });

  it('keeps one formatter per language, style and zone: another zone is never served a cached one', () => {
    const at = Date.UTC(2016, 0, 13, 12);
    const zones = ['UTC', 'Asia/Kolkata', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata'];
    expect(zones.map((zone) => formatDate(at, 'en-US', 'time', zone).replace(/\s/g, ' '))).to.deep.equal([
      '12:00 PM UTC',
      '5:30 PM GMT+5:30',
      '4:00 AM PST',
      '12:00 PM UTC',
      '5:30 PM GMT+5:30',
    ]);
  });
});

/**
 * A calendar date ("2016-12-13" in a feed, DESIGN.md §3) is that day in
 * every time zone: these hold whatever zone the tests run in (`npm test`
 * runs this file under UTC, Los Angeles, Kolkata and Kiritimati).
 */
describe('formatWhen', () => {
  const DECEMBER_13 = Date.UTC(2016, 11, 13);

  it('writes a calendar date as that day, with no time and no zone, wherever the reader is and whatever zone is asked', () => {
    expect(formatWhen({at: DECEMBER_13, calendar: true}, 'en-US')).to.equal('Dec 13, 2016');
    expect(formatWhen({at: DECEMBER_13, calendar: true}, 'fr')).to.equal('13 déc. 2016');
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Paris']) {
      expect(formatWhen({at: DECEMBER_13, calendar: true}, 'en-US', zone), zone).to.equal('Dec 13, 2016');
    }
  });

  it('writes an instant with its time, in the zone asked, naming it', () => {
    const at = Date.UTC(2016, 11, 13, 0, 0);
    expect(formatWhen({at, calendar: false}, 'en-US', 'America/Los_Angeles').replace(/\s/g, ' ')).to.equal('Dec 12, 2016, 4:00 PM PST');
    expect(formatWhen({at, calendar: false}, 'fr', 'Pacific/Kiritimati')).to.equal('13 déc. 2016, 14:00 UTC+14');
    expect(formatWhen({at, calendar: false}, 'fr', 'Europe/Paris')).to.equal('13 déc. 2016, 01:00 UTC+1');
  });

  it("writes an instant in the reader's zone by default, with a time and the zone's name", () => {
    const at = Date.UTC(2016, 11, 13, 9, 30);
    const here = new Date(at);
    const expected = dateTimeWithZone('en-US', here);
    expect(formatWhen({at, calendar: false}, 'en-US')).to.equal(expected);
    expect(expected).to.match(/\d:\d\d [AP]M \S+$/);
  });
});

describe('formatRelativeWhen', () => {
  /** The reader's calendar date `days` from the day of `at`, as a Snapshot holds it. */
  function dayFrom(at: number, days: number): number {
    const d = new Date(at);
    d.setDate(d.getDate() + days);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  }

  it("counts a calendar date in days on the reader's calendar, at any hour of the reader's day", () => {
    for (const hour of [0, 1, 12, 23]) {
      const now = new Date(2026, 2, 1, hour, 30).getTime();
      expect(formatRelativeWhen({at: dayFrom(now, 0), calendar: true}, now, 'en'), `${hour}:30`).to.equal('today');
      expect(formatRelativeWhen({at: dayFrom(now, -1), calendar: true}, now, 'en'), `${hour}:30`).to.equal('yesterday');
      expect(formatRelativeWhen({at: dayFrom(now, -3), calendar: true}, now, 'fr'), `${hour}:30`).to.equal('il y a 3 jours');
      expect(formatRelativeWhen({at: dayFrom(now, 1), calendar: true}, now, 'fr'), `${hour}:30`).to.equal('demain');
    }
  });

  it('goes to months and years for older calendar dates', () => {
    const now = new Date(2026, 2, 1, 12).getTime();
    expect(formatRelativeWhen({at: dayFrom(now, -60), calendar: true}, now, 'en')).to.equal('2 months ago');
    expect(formatRelativeWhen({at: dayFrom(now, -730), calendar: true}, now, 'en')).to.equal('2 years ago');
  });

  it('counts a calendar date from the day of the zone asked (time-zone), not the reader’s', () => {
    // 2026-03-01 20:00 UTC: already March 2 in Kiritimati (+14), still March 1 in Los Angeles.
    const now = Date.UTC(2026, 2, 1, 20);
    const march1 = {at: Date.UTC(2026, 2, 1), calendar: true};
    expect(formatRelativeWhen(march1, now, 'en', 'Pacific/Kiritimati')).to.equal('yesterday');
    expect(formatRelativeWhen(march1, now, 'en', 'America/Los_Angeles')).to.equal('today');
    expect(formatRelativeWhen(march1, now, 'en', 'UTC')).to.equal('today');
  });

  it('leaves instants to formatRelative', () => {
    const now = Date.UTC(2026, 2, 1, 12);
    expect(formatRelativeWhen({at: now - 5 * MINUTE, calendar: false}, now, 'en')).to.equal('5 minutes ago');
  });
});

describe('dayIn', () => {
  it('is the calendar day of an instant in the zone asked, as its UTC midnight', () => {
    const at = Date.UTC(2016, 11, 31, 23, 30);
    expect(dayIn(at, 'UTC')).to.equal(Date.UTC(2016, 11, 31));
    expect(dayIn(at, 'Europe/Paris')).to.equal(Date.UTC(2017, 0, 1));
    expect(dayIn(at, 'America/Los_Angeles')).to.equal(Date.UTC(2016, 11, 31));
    expect(dayIn(Date.UTC(2016, 11, 31, 10), 'Pacific/Kiritimati')).to.equal(Date.UTC(2017, 0, 1));
  });

  it('is the reader’s day without a zone', () => {
    const at = Date.UTC(2016, 11, 31, 12);
    const here = new Date(at);
    expect(dayIn(at)).to.equal(Date.UTC(here.getFullYear(), here.getMonth(), here.getDate()));
  });
});

describe('formatMonth', () => {
  it('capitalizes the French month, as a heading', () => {
    expect(formatMonth(JULY_13, 'fr', 'UTC')).to.equal('Juillet 2016');
    expect(formatMonth(Date.UTC(2016, 11, 1), 'fr', 'UTC')).to.equal('Décembre 2016');
  });

  it('writes the English month', () => {
    expect(formatMonth(JULY_13, 'en', 'UTC')).to.equal('July 2016');
  });
});

describe('monthKey', () => {
  it('is year-month, zero-padded', () => {
    expect(monthKey(JULY_13, 'UTC')).to.equal('2016-07');
    expect(monthKey(Date.UTC(2016, 11, 31), 'UTC')).to.equal('2016-12');
  });

  it('is the month in the time zone asked', () => {
    const lastHourOfJulyUtc = Date.UTC(2016, 6, 31, 23, 30);
    expect(monthKey(lastHourOfJulyUtc, 'UTC')).to.equal('2016-07');
    expect(monthKey(lastHourOfJulyUtc, 'Europe/Paris')).to.equal('2016-08');
    expect(monthKey(Date.UTC(2017, 0, 1, 2), 'America/New_York')).to.equal('2016-12');
  });
});

describe('formatDuration', () => {
  // "moins d’une minute" is a UI string, from the history's group (history-strings.ts).
  before(() => addStrings(historyStrings));
  // The locale data puts no-break spaces between a number and some units (2\u00a0jours
  // but 45 minutes, in current Chromium): that is Intl's choice, compared here as spaces.
  const duration = (ms: number, lang: string) => formatDuration(ms, lang, translator(lang)).replace(/[\u00a0\u202f]/g, ' ');
  const YEAR = 365 * DAY;

  it('writes whole days', () => {
    expect(duration(2 * DAY, 'fr')).to.equal('2 jours');
    expect(duration(2 * DAY, 'en')).to.equal('2 days');
  });

  it('writes days and hours, joined as the language joins them', () => {
    expect(duration(DAY + 3 * HOUR, 'fr')).to.equal('1 jour et 3 heures');
    expect(duration(DAY + 3 * HOUR, 'en')).to.equal('1 day and 3 hours');
  });

  it('keeps only the two largest units', () => {
    expect(duration(DAY + 3 * HOUR + 20 * MINUTE, 'en')).to.equal('1 day and 3 hours');
    expect(duration(2 * HOUR + 5 * MINUTE, 'fr')).to.equal('2 heures et 5 minutes');
    expect(duration(YEAR + 100 * DAY + 5 * HOUR, 'en')).to.equal('1 year and 3 months');
  });

  it('writes minutes, from one minute on', () => {
    expect(duration(45 * MINUTE, 'fr')).to.equal('45 minutes');
    expect(duration(45 * MINUTE, 'en')).to.equal('45 minutes');
    expect(duration(MINUTE, 'en')).to.equal('1 minute');
    expect(duration(MINUTE, 'fr')).to.equal('1 minute');
    expect(duration(89_000, 'en'), 'rounded to the minute').to.equal('1 minute');
  });

  it('says "less than a minute" under a minute, never zero', () => {
    expect(duration(0, 'en')).to.equal('less than a minute');
    expect(duration(59_000, 'en')).to.equal('less than a minute');
    expect(duration(59_999, 'en')).to.equal('less than a minute');
    expect(duration(0, 'fr')).to.equal('moins d’une minute');
    expect(duration(59_000, 'fr')).to.equal('moins d’une minute');
    expect(duration(-5 * MINUTE, 'en'), 'a negative duration (clock skew)').to.equal('less than a minute');
  });

  it('writes years, not hundreds of days', () => {
    expect(duration(2 * YEAR, 'en')).to.equal('2 years');
    expect(duration(2 * YEAR, 'fr')).to.equal('2 ans');
    expect(duration(YEAR, 'fr')).to.equal('1 an');
    expect(duration(YEAR + 3 * (YEAR / 12), 'en')).to.equal('1 year and 3 months');
    expect(duration(YEAR + 3 * (YEAR / 12), 'fr')).to.equal('1 an et 3 mois');
  });

  it('writes months as twelfths of a 365-day year: never "12 months", never "0 years"', () => {
    expect(duration(YEAR / 12, 'en')).to.equal('1 month');
    expect(duration(45 * DAY, 'en')).to.equal('1 month and 14 days');
    expect(duration(45 * DAY, 'fr')).to.equal('1 mois et 14 jours');
    expect(duration(30 * DAY, 'en'), 'short of a twelfth of a year').to.equal('30 days');
    expect(duration(YEAR - MINUTE, 'en')).to.equal('11 months and 30 days');
    expect(duration(2 * YEAR - DAY, 'en')).to.equal('1 year and 11 months');
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 2, 1, 12);

  it('writes the past', () => {
    expect(formatRelative(now - 5 * MINUTE, now, 'fr')).to.equal('il y a 5 minutes');
    expect(formatRelative(now - 5 * MINUTE, now, 'en')).to.equal('5 minutes ago');
    expect(formatRelative(now - 3 * DAY, now, 'en')).to.equal('3 days ago');
  });

  it('writes the future', () => {
    expect(formatRelative(now + 2 * HOUR, now, 'fr')).to.equal('dans 2 heures');
    expect(formatRelative(now + 2 * HOUR, now, 'en')).to.equal('in 2 hours');
  });

  it('uses words for the nearest day', () => {
    expect(formatRelative(now - DAY, now, 'fr')).to.equal('hier');
    expect(formatRelative(now + DAY, now, 'en')).to.equal('tomorrow');
  });

  it('rounds before choosing the unit: never "60 seconds" or "24 hours"', () => {
    expect(formatRelative(now - 59_600, now, 'en')).to.equal('1 minute ago');
    expect(formatRelative(now - 59 * MINUTE - 40_000, now, 'en')).to.equal('1 hour ago');
    expect(formatRelative(now + 23 * HOUR + 40 * MINUTE, now, 'fr')).to.equal('demain');
    expect(formatRelative(now - 59 * MINUTE, now, 'en')).to.equal('59 minutes ago');
  });

  it('writes seconds just now', () => {
    expect(formatRelative(now - 10_000, now, 'en')).to.equal('10 seconds ago');
  });
});

describe('isJustNow', () => {
  const now = Date.UTC(2026, 2, 1, 12);

  it('is true under a second, and ahead of the clock, where formatRelative would say "now" or "in …"', () => {
    expect(formatRelative(now, now, 'fr')).to.equal('maintenant');
    expect(isJustNow(now, now)).to.equal(true);
    expect(isJustNow(now - 999, now)).to.equal(true);
    expect(isJustNow(now + 5 * MINUTE, now), 'clock skew').to.equal(true);
    expect(isJustNow(now - 1000, now)).to.equal(false);
    expect(isJustNow(now - 10_000, now)).to.equal(false);
  });
});

describe('formatList', () => {
  it('joins with the language’s conjunction', () => {
    expect(formatList(['Site web', 'Recherche', 'Publication'], 'fr')).to.equal('Site web, Recherche et Publication');
    expect(formatList(['Website', 'Search', 'Publishing'], 'en')).to.equal('Website, Search, and Publishing');
  });
});
