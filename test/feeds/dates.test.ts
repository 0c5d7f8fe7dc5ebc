import {expect} from '@open-wc/testing';
import {inferYear, monthIndex, parseFeedDate, zoneOffset} from '../../src/feeds/dates.js';
import {toComponentStatus, toIncidentStatus, toMaintenanceStatus, toSeverity} from '../../src/feeds/enums.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('parseFeedDate', () => {
  it('reads RSS dates (RFC 822) with numeric and named zones', () => {
    expect(iso(parseFeedDate('Mon, 16 Mar 2026 07:27:49 +0000'))).to.equal('2026-03-16T07:27:49.000Z');
    expect(iso(parseFeedDate('Thu, 11 Dec 2025 16:45 EST'))).to.equal('2025-12-11T21:45:00.000Z');
    expect(iso(parseFeedDate('11 Dec 2025 16:45:00 PDT'))).to.equal('2025-12-11T23:45:00.000Z');
    expect(iso(parseFeedDate('Wed, 10 Dec 2025 10:20:00 GMT'))).to.equal('2025-12-10T10:20:00.000Z');
    expect(iso(parseFeedDate('Wed, 10 Dec 25 10:20:00 +0530'))).to.equal('2025-12-10T04:50:00.000Z');
    expect(iso(parseFeedDate('Wednesday, 10 December 2025 10:20:00 Z'))).to.equal('2025-12-10T10:20:00.000Z');
  });

  it('reads ISO 8601, and refuses impossible or unreadable dates', () => {
    expect(iso(parseFeedDate('2025-12-09T22:00:00+01:00'))).to.equal('2025-12-09T21:00:00.000Z');
    expect(parseFeedDate('Mon, 30 Feb 2026 07:27:49 +0000')).to.equal(undefined);
    expect(parseFeedDate('Mon, 16 Foo 2026 07:27:49 +0000')).to.equal(undefined);
    expect(parseFeedDate('yesterday')).to.equal(undefined);
    expect(parseFeedDate(42)).to.equal(undefined);
  });

  it('reads unknown zone names as UTC, and knows months by their first three letters', () => {
    expect(zoneOffset('XYZ')).to.equal(0);
    expect(zoneOffset('-03:30')).to.equal(-210);
    expect(zoneOffset('constructor')).to.equal(0);
    expect(monthIndex('Sept')).to.equal(8);
    expect(monthIndex('Dec')).to.equal(11);
    expect(monthIndex('Foo')).to.equal(-1);
  });
});

describe('inferYear', () => {
  const at = (s: string) => Date.parse(s);

  it('puts an update no later than its entry, across a new year', () => {
    const reference = at('2026-01-01T00:40:12Z');
    expect(iso(inferYear(11, 31, 23, 10, 0, reference, true))).to.equal('2025-12-31T23:10:00.000Z');
    expect(iso(inferYear(0, 1, 0, 40, 0, reference, true))).to.equal('2026-01-01T00:40:00.000Z');
  });

  it('allows a day of slack for an entry stamped a little early', () => {
    expect(iso(inferYear(1, 9, 10, 0, 0, at('2024-02-09T09:00:00Z'), true))).to.equal('2024-02-09T10:00:00.000Z');
  });

  it('puts a maintenance window nearest to its entry, ahead or behind', () => {
    expect(iso(inferYear(0, 3, 22, 0, 0, at('2025-12-30T08:00:00Z'), false))).to.equal('2026-01-03T22:00:00.000Z');
    expect(iso(inferYear(11, 28, 6, 0, 0, at('2026-01-02T08:00:00Z'), false))).to.equal('2025-12-28T06:00:00.000Z');
  });

  it('finds the leap year a February 29 belongs to', () => {
    expect(iso(inferYear(1, 29, 12, 0, 0, at('2025-01-10T00:00:00Z'), true))).to.equal('2024-02-29T12:00:00.000Z');
  });
});

describe('enum words', () => {
  it('read the words of every format, whatever their case and separators', () => {
    expect(toComponentStatus('DEGRADEDPERFORMANCE')).to.equal('degraded');
    expect(toComponentStatus('degraded_performance')).to.equal('degraded');
    expect(toComponentStatus('MAJOROUTAGE')).to.equal('major_outage');
    expect(toComponentStatus('under-maintenance')).to.equal('maintenance');
    expect(toComponentStatus('UNDERMAINTENANCE')).to.equal('maintenance');
    expect(toMaintenanceStatus('INPROGRESS')).to.equal('in_progress');
    expect(toMaintenanceStatus('NOTSTARTEDYET')).to.equal('scheduled');
    expect(toMaintenanceStatus('In progress')).to.equal('in_progress');
    expect(toSeverity('PARTIALOUTAGE')).to.equal('major');
    expect(toSeverity('MINOROUTAGE')).to.equal('minor');
    expect(toSeverity('MAJOROUTAGE')).to.equal('critical');
    expect(toIncidentStatus('IDENTIFIED', false)).to.equal('identified');
    expect(toIncidentStatus('postmortem', false)).to.equal('resolved');
  });

  it('map unknown words to the nearest safe value', () => {
    expect(toSeverity('catastrophic')).to.equal('major');
    expect(toComponentStatus('partially_degraded')).to.equal('degraded');
    expect(toIncidentStatus('mitigating', false)).to.equal('investigating');
    expect(toMaintenanceStatus('unknown')).to.equal('scheduled');
    expect(toComponentStatus('constructor')).to.equal('degraded');
  });
});
