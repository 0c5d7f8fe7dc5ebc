/**
 * Calendar dates (DESIGN.md §3: "2016-12-13", a day without a time) where the
 * reader is. Every expectation is written on the reader's own clock (`new
 * Date(y, m, d, h)` is local time), so that this file holds in any time zone:
 * `npm test` runs it under UTC, America/Los_Angeles, Asia/Kolkata and
 * Pacific/Kiritimati (TZ). Before calendar dates, such a date was the
 * instant of midnight UTC: the evening before in Los Angeles, 2 p.m. in
 * Kiritimati.
 */
import {expect} from '@open-wc/testing';
import {chooseBanner} from '../../src/model/banner.js';
import {dateOf, dayHere, dayStartHere, firstMoment, lastMoment, machineDate, type When} from '../../src/model/calendar-date.js';
import {daysBetween} from '../../src/model/calendar-days.js';
import {historyIncidents, historyMaintenances, incidentEndDate} from '../../src/model/history-window.js';
import {isMaintenanceInProgress} from '../../src/model/status.js';
import type {Incident} from '../../src/model/types.js';
import {incident, maintenance, resolved, snapshot} from './builders.js';

/** A wall-clock time where the tests run. */
const local = (year: number, month: number, day: number, hour = 0, minute = 0): number => new Date(year, month, day, hour, minute).getTime();
/** A calendar date as a Snapshot holds it: the UTC midnight that starts it (setUTCFullYear: Date.UTC reads 0–99 as 1900–1999). */
const day = (year: number, month: number, date: number): number => new Date(0).setUTCFullYear(year, month, date);
const calendar = (at: number): When => ({at, calendar: true});
const instant = (at: number): When => ({at, calendar: false});
/** What the reader's clock shows at an instant: "2016-12-13 00:00". */
function clock(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
/** The reader's calendar date `days` after the day of `at`, as a Snapshot holds it. */
function dayAfter(at: number, days: number): number {
  const d = new Date(at);
  d.setDate(d.getDate() + days);
  return day(d.getFullYear(), d.getMonth(), d.getDate());
}

const ids = (items: readonly {id: string}[]) => items.map((i) => i.id);

describe('calendar dates where the reader is', () => {
  it("begin at the reader's midnight of that day, and end at the next", () => {
    const december13 = calendar(day(2016, 11, 13));
    expect(clock(firstMoment(december13))).to.equal('2016-12-13 00:00');
    expect(clock(lastMoment(december13))).to.equal('2016-12-14 00:00');
    expect(clock(dayStartHere(day(2016, 11, 13)))).to.equal('2016-12-13 00:00');
    // A day with a daylight saving change (in the USA, 8 March 2026) still ends at the next midnight.
    expect(clock(lastMoment(calendar(day(2026, 2, 8))))).to.equal('2026-03-09 00:00');
    // Years 0–99 are those years, not 1900–1999.
    expect(new Date(firstMoment(calendar(day(50, 0, 1)))).getFullYear()).to.equal(50);
  });

  it('leave instants as they are', () => {
    const at = Date.UTC(2016, 11, 13, 9, 30);
    expect(firstMoment(instant(at))).to.equal(at);
    expect(lastMoment(instant(at))).to.equal(at);
  });

  it("tell the reader's day of an instant", () => {
    expect(dayHere(local(2016, 11, 13, 0, 0))).to.equal(day(2016, 11, 13));
    expect(dayHere(local(2016, 11, 13, 23, 59))).to.equal(day(2016, 11, 13));
    expect(dayHere(local(2016, 11, 14, 0, 0))).to.equal(day(2016, 11, 14));
  });

  it('count whole days between dates, as nights at a hotel', () => {
    expect(daysBetween(calendar(day(2016, 11, 13)), calendar(day(2016, 11, 15)))).to.equal(2);
    expect(daysBetween(calendar(day(2016, 11, 13)), calendar(day(2016, 11, 13)))).to.equal(0);
    // Across a month, a year, and a daylight saving change.
    expect(daysBetween(calendar(day(2016, 11, 30)), calendar(day(2017, 0, 2)))).to.equal(3);
    expect(daysBetween(calendar(day(2026, 2, 7)), calendar(day(2026, 2, 9)))).to.equal(2);
    // An instant counts as the reader's day it falls on, whatever its hour.
    expect(daysBetween(calendar(day(2016, 11, 13)), instant(local(2016, 11, 15, 23, 30)))).to.equal(2);
    expect(daysBetween(instant(local(2016, 11, 13, 0, 30)), calendar(day(2016, 11, 13)))).to.equal(0);
  });

  it('give `<time datetime>` the date alone', () => {
    expect(machineDate(calendar(day(2016, 11, 13)))).to.equal('2016-12-13');
    expect(machineDate(instant(Date.UTC(2016, 11, 13, 9, 30)))).to.equal('2016-12-13T09:30:00.000Z');
  });

  it('are read from the fields an item names, and from nothing else', () => {
    const item: Incident = resolved({id: 'a', startedAt: day(2016, 11, 13), resolvedAt: Date.UTC(2016, 11, 15, 9), calendarDates: ['startedAt']});
    expect(dateOf(item, 'startedAt')).to.deep.equal(calendar(day(2016, 11, 13)));
    expect(dateOf(item, 'resolvedAt')).to.deep.equal(instant(Date.UTC(2016, 11, 15, 9)));
    expect(incidentEndDate(item)).to.deep.equal(instant(Date.UTC(2016, 11, 15, 9)));
    // A Snapshot given to `data` can hold anything there: never a throw.
    for (const junk of ['startedAt', {0: 'startedAt'}, null, 42]) {
      const odd = {...item, calendarDates: junk} as unknown as Incident;
      expect(dateOf(odd, 'startedAt')!.calendar, String(junk)).to.equal(false);
    }
  });
});

describe('calendar dates in the history window', () => {
  /** Noon on the reader's clock: 90 days back is then mid-day too, whatever the daylight saving changes. */
  const NOW = local(2026, 2, 1, 12);

  it('keeps an incident that ended on the first day of the window, however far the reader is from UTC', () => {
    const feed = snapshot({
      incidents: [
        resolved({id: 'first-day', startedAt: dayAfter(NOW, -92), resolvedAt: dayAfter(NOW, -90), calendarDates: ['startedAt', 'resolvedAt']}),
        resolved({id: 'day-before', startedAt: dayAfter(NOW, -93), resolvedAt: dayAfter(NOW, -91), calendarDates: ['startedAt', 'resolvedAt']}),
      ],
    });
    expect(ids(historyIncidents(feed, 90, NOW))).to.deep.equal(['first-day']);
  });

  it("orders a calendar date as the start of the reader's day", () => {
    const feed = snapshot({
      incidents: [
        resolved({id: 'today-no-time', startedAt: dayAfter(NOW, 0), resolvedAt: dayAfter(NOW, 0), calendarDates: ['startedAt', 'resolvedAt']}),
        resolved({id: 'today-1am', startedAt: local(2026, 2, 1, 1), resolvedAt: local(2026, 2, 1, 2)}),
        resolved({id: 'yesterday-11pm', startedAt: local(2026, 1, 28, 23), resolvedAt: local(2026, 1, 28, 23, 30)}),
      ],
    });
    expect(ids(historyIncidents(feed, 90, NOW))).to.deep.equal(['today-1am', 'today-no-time', 'yesterday-11pm']);
  });

  it("keeps a maintenance of a calendar day from the reader's midnight", () => {
    const today = maintenance({id: 'today', status: 'completed', startsAt: dayAfter(NOW, 0), endsAt: dayAfter(NOW, 0), calendarDates: ['startsAt', 'endsAt']});
    expect(ids(historyMaintenances(snapshot({maintenances: [today]}), 1, local(2026, 2, 1, 0, 30)))).to.deep.equal(['today']);
    const tomorrow = maintenance({id: 'tomorrow', startsAt: dayAfter(NOW, 1), calendarDates: ['startsAt']});
    expect(ids(historyMaintenances(snapshot({maintenances: [tomorrow]}), 1, local(2026, 2, 1, 23, 30))), 'not begun before midnight').to.deep.equal([]);
  });
});

describe('calendar dates in the banner', () => {
  const D = day(2026, 2, 1);
  const work = maintenance({id: 'work', startsAt: D, endsAt: D, calendarDates: ['startsAt', 'endsAt']});
  const feed = snapshot({maintenances: [work]});

  it("shows maintenance of a calendar day in progress through the whole of the reader's day", () => {
    for (const [hour, minute] of [
      [0, 0],
      [0, 30],
      [12, 0],
      [23, 59],
    ] as const) {
      const now = local(2026, 2, 1, hour, minute);
      expect(isMaintenanceInProgress(work, now), clock(now)).to.equal(true);
      expect(chooseBanner(feed, now).kind, clock(now)).to.equal('maintenance');
    }
  });

  it("announces it before the reader's midnight, and lets it go at the next", () => {
    expect(chooseBanner(feed, local(2026, 1, 28, 12)).kind).to.equal('upcoming');
    expect(chooseBanner(feed, local(2026, 1, 28, 23, 59)).kind).to.equal('upcoming');
    expect(chooseBanner(feed, local(2026, 1, 27, 23)).kind, 'more than 24 hours ahead').to.equal('none');
    expect(chooseBanner(feed, local(2026, 2, 2, 0, 0)).kind).to.equal('none');
    expect(isMaintenanceInProgress(work, local(2026, 2, 2, 0, 0))).to.equal(false);
  });

  it('shows the incident that started today ahead of one that started late yesterday, at equal severity', () => {
    const today = incident({id: 'today', startedAt: D, calendarDates: ['startedAt']});
    const lateYesterday = incident({id: 'late-yesterday', startedAt: local(2026, 1, 28, 23)});
    const choice = chooseBanner(snapshot({incidents: [lateYesterday, today]}), local(2026, 2, 1, 8));
    expect(choice.kind === 'incident' && choice.incident.id).to.equal('today');
  });
});
