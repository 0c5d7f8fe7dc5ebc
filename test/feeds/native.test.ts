import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/feeds/feed-error.js';
import {isoDateKind, parseIsoDate} from '../../src/feeds/field-reader.js';
import {isNativeFeed, parseNativeFeed} from '../../src/feeds/native.js';
import {pickText} from '../../src/model/text.js';
import type {Snapshot} from '../../src/model/types.js';

/** Parses and returns the FeedError it must throw. */
function feedError(feed: unknown): FeedError {
  try {
    parseNativeFeed(feed);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected parseNativeFeed to throw a FeedError');
}

/** The smallest valid feed, plus whatever a test adds or overrides. */
function minimalFeed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    incidents: [{id: 'i1', title: 'Outage', started_at: '2016-07-11T00:00:00Z'}],
    maintenances: [{id: 'm1', title: 'Upgrade', starts_at: '2016-09-20T22:00:00Z'}],
    ...extra,
  };
}

describe('parseNativeFeed: the PowerShell Gallery fixture', () => {
  let snapshot: Snapshot;

  before(async () => {
    const response = await fetch('/test/fixtures/native/psgallery.json');
    snapshot = parseNativeFeed(await response.json());
  });

  it('is a full-history native snapshot with its page', () => {
    expect(snapshot.kind).to.equal('status-snapshot');
    expect(snapshot.format).to.equal('native');
    expect(snapshot.history).to.equal('full');
    expect(snapshot.page).to.deep.equal({name: 'PowerShell Gallery', url: 'https://status.example.com/', lang: 'fr'});
  });

  it('reads the 4 incidents, newest first', () => {
    expect(snapshot.incidents.map((i) => i.id)).to.deep.equal(['2016-12-15-email', '2016-08-10-email', '2016-07-13-downloads', '2016-05-19-downloads']);
  });

  it('reads bilingual titles', () => {
    const downloads = snapshot.incidents[2]!;
    expect(downloads.title).to.deep.equal({en: 'Download items failed', fr: 'Échec du téléchargement d’éléments'});
    expect(pickText(snapshot.incidents[1]!.title, 'fr')).to.equal('Impossible d’envoyer des e-mails à cgadmin@microsoft.com');
  });

  it('reads severities and statuses', () => {
    expect(snapshot.incidents.map((i) => i.severity)).to.deep.equal(['minor', 'minor', 'major', 'major']);
    expect(snapshot.incidents.every((i) => i.status === 'resolved')).to.equal(true);
  });

  it("reads the seed's days as calendar dates, each held as the UTC midnight that starts it", () => {
    const downloads = snapshot.incidents[2]!;
    expect(downloads.startedAt).to.equal(Date.UTC(2016, 6, 11));
    expect(downloads.resolvedAt).to.equal(Date.UTC(2016, 6, 13));
    expect(downloads.calendarDates).to.deep.equal(['startedAt', 'resolvedAt']);
    expect(downloads.updates.map((u) => [u.at, u.calendarDates])).to.deep.equal([
      [Date.UTC(2016, 6, 13), ['at']],
      [Date.UTC(2016, 6, 11), ['at']],
    ]);
    expect(snapshot.incidents[0]!.startedAt).to.equal(Date.UTC(2016, 11, 13));
    expect(snapshot.incidents[0]!.resolvedAt).to.equal(Date.UTC(2016, 11, 15));
  });

  it('reads affected components, urls and updates (newest first)', () => {
    const email = snapshot.incidents[0]!;
    expect(email.components).to.deep.equal(['email']);
    expect(email.url).to.equal('https://status.example.com/incidents/2016-12-15-email');
    expect(email.updates.map((u) => [u.id, u.status, u.at])).to.deep.equal([
      ['u2', 'resolved', Date.UTC(2016, 11, 15)],
      ['u1', 'investigating', Date.UTC(2016, 11, 13)],
    ]);
  });

  it('reads the report sections, with a preliminary root cause for the download incidents', () => {
    const [email, , july, may] = snapshot.incidents;
    expect(email!.report!.rootCausePreliminary).to.equal(false);
    expect(july!.report!.rootCausePreliminary).to.equal(true);
    expect(may!.report!.rootCausePreliminary).to.equal(true);
    expect(Object.keys(july!.report!).filter((k) => july!.report![k as keyof typeof july.report] !== undefined)).to.have.members([
      'impact',
      'rootCause',
      'rootCausePreliminary',
      'mitigation',
      'nextSteps',
    ]);
    expect(pickText(email!.report!.resolution, 'en')).to.match(/^Engineers were able to resolve the authentication issue/);
  });

  it('keeps the ```PowerShell block inside the impact text verbatim', () => {
    const impact = pickText(snapshot.incidents[2]!.report!.impact, 'en');
    expect(impact).to.match(/^Between 7\/11\/2016 and 7\/13\/2016/);
    expect(impact).to.include('\n\n```PowerShell\nPS C:\\> Install-Module xStorage\n');
    expect(impact).to.include("Package '{0}'\nfailed to be installed because: {1}");
    expect(impact).to.include('$null = PackageManagement\\Install-Package @PSBoundParameters');
    expect(impact.endsWith('\n```')).to.equal(true);
  });

  it('reads the components with bilingual names', () => {
    expect(snapshot.components.map((c) => c.id)).to.deep.equal(['website', 'downloads', 'search', 'publishing', 'email']);
    expect(snapshot.components.every((c) => c.status === 'operational')).to.equal(true);
    expect(snapshot.components[1]!.name).to.deep.equal({en: 'Package downloads', fr: 'Téléchargement des packages'});
  });

  it('reads the maintenance', () => {
    expect(snapshot.maintenances).to.have.length(1);
    const m = snapshot.maintenances[0]!;
    expect(m.id).to.equal('2016-09-20-database');
    expect(m.status).to.equal('completed');
    expect(m.startsAt).to.equal(Date.UTC(2016, 8, 20, 22));
    expect(m.endsAt).to.equal(Date.UTC(2016, 8, 20, 23, 30));
    // Date-times with their zone are instants: no calendar date.
    expect(m.calendarDates).to.equal(undefined);
    expect(m.updates[0]!.calendarDates).to.equal(undefined);
    expect(m.components).to.deep.equal(['website', 'search', 'publishing']);
    expect(pickText(m.title, 'fr')).to.equal('Mise à niveau de la base de données');
    expect(m.updates.map((u) => [u.id, u.status])).to.deep.equal([['u1', 'completed']]);
  });
});

describe('parseNativeFeed: a minimal feed', () => {
  it('fills in the defaults of every optional field', () => {
    const snapshot = parseNativeFeed(minimalFeed());
    expect(snapshot.page).to.deep.equal({name: undefined, url: undefined, lang: undefined});
    expect(snapshot.components).to.deep.equal([]);
    expect(snapshot.incidents).to.deep.equal([
      {
        id: 'i1',
        title: 'Outage',
        severity: 'major',
        status: 'investigating',
        startedAt: Date.UTC(2016, 6, 11),
        resolvedAt: undefined,
        components: [],
        url: undefined,
        updates: [],
        report: undefined,
      },
    ]);
    expect(snapshot.maintenances).to.deep.equal([
      {
        id: 'm1',
        title: 'Upgrade',
        status: 'scheduled',
        startsAt: Date.UTC(2016, 8, 20, 22),
        endsAt: undefined,
        components: [],
        text: undefined,
        url: undefined,
        updates: [],
      },
    ]);
  });

  it('accepts a feed with only a version', () => {
    const snapshot = parseNativeFeed({version: 1});
    expect([snapshot.components, snapshot.incidents, snapshot.maintenances]).to.deep.equal([[], [], []]);
  });

  it('sorts maintenances soonest first', () => {
    const snapshot = parseNativeFeed({
      version: 1,
      maintenances: [
        {id: 'later', title: 'b', starts_at: '2026-12-02T00:00:00Z'},
        {id: 'sooner', title: 'a', starts_at: '2026-12-01T00:00:00Z'},
      ],
    });
    expect(snapshot.maintenances.map((m) => m.id)).to.deep.equal(['sooner', 'later']);
  });

  it('is recognized as a native feed by its shape', () => {
    expect(isNativeFeed(minimalFeed())).to.equal(true);
    expect(isNativeFeed({version: 1}), 'a feed with nothing to report').to.equal(true);
    // Another version is still sniffed as native, so that the reader is told the version is wrong.
    expect(isNativeFeed({version: 2, incidents: []})).to.equal(true);
    expect(isNativeFeed({version: '2.0'})).to.equal(false);
    expect(isNativeFeed({incidents: []})).to.equal(false);
    expect(isNativeFeed([])).to.equal(false);
  });
});

describe('parseNativeFeed: tolerance', () => {
  it('maps an unknown severity to major, and known synonyms to their value', () => {
    const incidents = ['catastrophic', 'CRITICAL', 'Minor', 'high', 42].map((severity, i) => ({
      id: `i${i}`,
      title: 't',
      started_at: `2016-07-1${i}T00:00:00Z`,
      severity,
    }));
    const snapshot = parseNativeFeed({version: 1, incidents});
    const byId = Object.fromEntries(snapshot.incidents.map((i) => [i.id, i.severity]));
    expect(byId).to.deep.equal({i0: 'major', i1: 'critical', i2: 'minor', i3: 'critical', i4: 'major'});
  });

  it('maps component statuses written as other status pages write them', () => {
    const statuses = ['Degraded Performance', 'partial-outage', 'major outage', 'under_maintenance', 'operational', 'on fire'];
    const components = statuses.map((status, i) => ({id: `c${i}`, status}));
    const snapshot = parseNativeFeed({version: 1, components});
    expect(snapshot.components.map((c) => c.status)).to.deep.equal([
      'degraded',
      'partial_outage',
      'major_outage',
      'maintenance',
      'operational',
      // An unknown status is not claimed to be operational.
      'degraded',
    ]);
  });

  it('uses the id as the name of a component without one, and operational as its status', () => {
    expect(parseNativeFeed({version: 1, components: [{id: 'api'}]}).components).to.deep.equal([{id: 'api', name: 'api', status: 'operational'}]);
  });

  it('reads an unknown incident status as resolved when the incident has a resolution time, else as open', () => {
    const snapshot = parseNativeFeed({
      version: 1,
      incidents: [
        {id: 'done', title: 't', started_at: '2016-07-11', resolved_at: '2016-07-12', status: 'all-good'},
        {id: 'open', title: 't', started_at: '2016-07-10', status: 'all-good'},
      ],
    });
    expect(snapshot.incidents.map((i) => [i.id, i.status])).to.deep.equal([
      ['done', 'resolved'],
      ['open', 'investigating'],
    ]);
  });

  it('maps an unknown maintenance status to scheduled', () => {
    const feed = minimalFeed({maintenances: [{id: 'm', title: 't', starts_at: '2026-01-01', status: 'pending-approval'}]});
    expect(parseNativeFeed(feed).maintenances[0]!.status).to.equal('scheduled');
  });

  it('ignores unknown fields at every level', () => {
    const feed = {
      version: 1,
      generator: 'hand',
      page: {name: 'X', theme: 'dark'},
      incidents: [{id: 'i', title: 't', started_at: '2016-07-11T00:00:00Z', priority: 1, report: {impact: 'x', author: 'me'}}],
    };
    const snapshot = parseNativeFeed(feed);
    expect(snapshot.incidents[0]!.report).to.deep.equal({
      impact: 'x',
      rootCause: undefined,
      rootCausePreliminary: undefined,
      resolution: undefined,
      mitigation: undefined,
      nextSteps: undefined,
    });
    expect(snapshot.page.name).to.equal('X');
    expect(snapshot.incidents[0]).not.to.have.property('priority');
  });

  it('accepts numeric ids, and stringifies them', () => {
    const snapshot = parseNativeFeed({
      version: 1,
      components: [{id: 7}],
      incidents: [{id: 42, title: 't', started_at: '2016-07-11', components: [7], updates: [{id: 3, at: '2016-07-11'}]}],
    });
    expect(snapshot.components[0]!.id).to.equal('7');
    expect(snapshot.incidents[0]!.id).to.equal('42');
    expect(snapshot.incidents[0]!.components).to.deep.equal(['7']);
    expect(snapshot.incidents[0]!.updates[0]!.id).to.equal('3');
  });

  it('drops urls that are not http(s)', () => {
    const snapshot = parseNativeFeed({
      version: 1,
      page: {url: 'javascript:alert(1)'},
      incidents: [
        {id: 'a', title: 't', started_at: '2016-07-11', url: 'javascript:alert(1)'},
        {id: 'b', title: 't', started_at: '2016-07-10', url: 'data:text/html,<script>alert(1)</script>'},
        {id: 'c', title: 't', started_at: '2016-07-09', url: 'https://status.example.com/c'},
      ],
      maintenances: [{id: 'm', title: 't', starts_at: '2016-07-11', url: 'javascript:alert(1)'}],
    });
    expect(snapshot.page.url).to.equal(undefined);
    expect(snapshot.incidents.map((i) => i.url)).to.deep.equal([undefined, undefined, 'https://status.example.com/c']);
    expect(snapshot.maintenances[0]!.url).to.equal(undefined);
  });
});

describe('parseNativeFeed: errors', () => {
  it('names a missing version', () => {
    const error = feedError({incidents: []});
    expect(error.fields).to.deep.equal(['version']);
    expect(error.message).to.include('expected "version": 1, got nothing');
  });

  it('names an unsupported version and the value that came', () => {
    const error = feedError({version: 2, incidents: []});
    expect(error.fields).to.deep.equal(['version']);
    expect(error.message).to.include('"version": 1');
    expect(error.message).to.include('a number (2)');
  });

  it('refuses what is not an object', () => {
    for (const value of [null, [], 'feed', 1]) {
      const error = feedError(value);
      expect(error.fields).to.deep.equal(['feed']);
      expect(error.message).to.match(/expected a JSON object/);
    }
  });

  it('names incidents that are not an array', () => {
    const error = feedError({version: 1, incidents: 'none'});
    expect(error.fields).to.deep.equal(['incidents']);
    expect(error.message).to.include('incidents: expected an array, got a string ("none")');
  });

  it('names a start time that is not a date', () => {
    const error = feedError(
      minimalFeed({
        incidents: [
          {id: 'a', title: 't', started_at: '2016-07-11T00:00:00Z'},
          {id: 'b', title: 't', started_at: 'yesterday'},
        ],
      }),
    );
    expect(error.fields).to.deep.equal(['incidents[1].started_at']);
    expect(error.message).to.include('incidents[1].started_at: expected a date ("2016-07-11") or a date-time with its time zone ("2016-07-11T09:00:00Z")');
    expect(error.message).to.include('got a string ("yesterday")');
  });

  it('refuses a date-time without a time zone, saying how to write one (DESIGN.md §3)', () => {
    const error = feedError(
      minimalFeed({
        incidents: [{id: 'a', title: 't', started_at: '2016-07-11', resolved_at: '2016-07-13T09:00:00', updates: [{at: '2016-07-13 09:00'}]}],
        maintenances: [{id: 'm', title: 't', starts_at: '2016-09-20T22:00:00.000'}],
      }),
    );
    expect(error.fields).to.deep.equal(['incidents[0].resolved_at', 'incidents[0].updates[0].at', 'maintenances[0].starts_at']);
    expect(error.message).to.include(
      'incidents[0].resolved_at: expected a time zone after the time ("Z" for UTC, or an offset such as "+02:00"), or a date alone ("2016-07-11"), got a string ("2016-07-13T09:00:00")',
    );
  });

  it('marks exactly the fields written as calendar dates, for incidents, maintenances and updates', () => {
    const snapshot = parseNativeFeed(
      minimalFeed({
        incidents: [
          {
            id: 'a',
            title: 't',
            started_at: '2016-07-11',
            resolved_at: '2016-07-13T09:00:00+02:00',
            updates: [{at: '2016-07-12'}, {at: '2016-07-13T07:00:00Z'}],
          },
        ],
        maintenances: [{id: 'm', title: 't', starts_at: '2016-09-20T22:00:00Z', ends_at: '2016-09-21'}],
      }),
    );
    const incident = snapshot.incidents[0]!;
    expect(incident.calendarDates).to.deep.equal(['startedAt']);
    expect(incident.resolvedAt).to.equal(Date.UTC(2016, 6, 13, 7));
    expect(incident.updates.map((u) => u.calendarDates)).to.deep.equal([undefined, ['at']]);
    expect(snapshot.maintenances[0]!.calendarDates).to.deep.equal(['endsAt']);
    expect(snapshot.maintenances[0]!.endsAt).to.equal(Date.UTC(2016, 8, 21));
  });

  it('names an impossible date rather than rolling it over', () => {
    const error = feedError(minimalFeed({incidents: [{id: 'a', title: 't', started_at: '2016-02-31'}]}));
    expect(error.fields).to.deep.equal(['incidents[0].started_at']);
    expect(error.message).to.include('"2016-02-31"');
  });

  it('names a missing title', () => {
    const error = feedError(minimalFeed({incidents: [{id: 'a', started_at: '2016-07-11'}]}));
    expect(error.fields).to.deep.equal(['incidents[0].title']);
    expect(error.message).to.include('incidents[0].title: expected a text');
    expect(error.message).to.include('got nothing');
  });

  it('names a text that is a number', () => {
    const error = feedError(minimalFeed({maintenances: [{id: 'm', title: 't', starts_at: '2016-07-11', text: 42}]}));
    expect(error.fields).to.deep.equal(['maintenances[0].text']);
    expect(error.message).to.include('maintenances[0].text: expected a text (a string, or an object of language tags to strings), got a number (42)');
  });

  it('names a text object with a value that is not a string', () => {
    const error = feedError(minimalFeed({incidents: [{id: 'a', title: {en: 'ok', fr: null}, started_at: '2016-07-11'}]}));
    expect(error.fields).to.deep.equal(['incidents[0].title']);
  });

  it('names a component without an id', () => {
    const error = feedError({version: 1, components: [{name: 'Website'}]});
    expect(error.fields).to.deep.equal(['components[0].id']);
    expect(error.message).to.include('components[0].id: expected a non-empty string id, got nothing');
  });

  it('collects several problems in one message', () => {
    const error = feedError({
      version: 1,
      components: [{name: 'Website'}],
      incidents: [{id: 'a', started_at: 'yesterday'}],
      maintenances: [{id: 'm', title: 't'}],
    });
    expect(error.fields).to.deep.equal(['components[0].id', 'incidents[0].title', 'incidents[0].started_at', 'maintenances[0].starts_at']);
    expect(error.message).to.match(/^Invalid native status feed: /);
    for (const field of error.fields) expect(error.message).to.include(`${field}: expected`);
  });

  it('shows the first five problems and counts the rest, but lists every field', () => {
    const incidents = Array.from({length: 7}, (_, i) => ({id: `i${i}`, title: 't', started_at: 'soon'}));
    const error = feedError({version: 1, incidents});
    expect(error.fields).to.have.length(7);
    expect(error.message).to.include('incidents[4].started_at');
    expect(error.message).not.to.include('incidents[5].started_at');
    expect(error.message).to.include('(and 2 more)');
  });
});

describe('parseIsoDate', () => {
  it('reads a date-time with Z as UTC', () => {
    expect(parseIsoDate('2016-07-11T09:30:15Z')).to.equal(Date.UTC(2016, 6, 11, 9, 30, 15));
    expect(parseIsoDate('2016-07-11t09:30:15z')).to.equal(Date.UTC(2016, 6, 11, 9, 30, 15));
  });

  it('reads a date-time without a zone as UTC, not local time', () => {
    expect(parseIsoDate('2016-07-11T09:30:00')).to.equal(Date.UTC(2016, 6, 11, 9, 30));
    expect(parseIsoDate('2016-07-11 09:30')).to.equal(Date.UTC(2016, 6, 11, 9, 30));
  });

  it('reads a date alone as midnight UTC', () => {
    expect(parseIsoDate('2016-07-11')).to.equal(Date.UTC(2016, 6, 11));
  });

  it('tells a calendar date from a date-time with or without its zone', () => {
    expect(isoDateKind('2016-07-11')).to.equal('calendar');
    expect(isoDateKind(' 2016-07-11 ')).to.equal('calendar');
    for (const zoned of ['2016-07-11T09:30:00Z', '2016-07-11T09:30:00+02:00', '2016-07-11 09:30 -0500', '2016-07-11Z'])
      expect(isoDateKind(zoned), zoned).to.equal('zoned');
    for (const zoneless of ['2016-07-11T09:30:00', '2016-07-11 09:30', '2016-07-11T09:30:00.5']) expect(isoDateKind(zoneless), zoneless).to.equal('zoneless');
    for (const other of ['yesterday', '2016-7-11', 20160711, null]) expect(isoDateKind(other), String(other)).to.equal(undefined);
  });

  it('applies offsets with or without a colon', () => {
    expect(parseIsoDate('2016-07-11T09:00:00+02:00')).to.equal(Date.UTC(2016, 6, 11, 7));
    expect(parseIsoDate('2016-07-11T09:00:00-0500')).to.equal(Date.UTC(2016, 6, 11, 14));
    expect(parseIsoDate('2016-07-11T09:00:00+05:30')).to.equal(Date.UTC(2016, 6, 11, 3, 30));
    expect(parseIsoDate('2016-07-11T23:00:00-02:00')).to.equal(Date.UTC(2016, 6, 12, 1));
  });

  it('reads fractional seconds to the millisecond', () => {
    expect(parseIsoDate('2016-07-11T09:00:00.5Z')).to.equal(Date.UTC(2016, 6, 11, 9, 0, 0, 500));
    expect(parseIsoDate('2016-07-11T09:00:00.123456Z')).to.equal(Date.UTC(2016, 6, 11, 9, 0, 0, 123));
  });

  it('refuses impossible dates and times', () => {
    for (const value of ['2016-02-31', '2016-13-01', '2016-00-10', '2015-02-29', '2016-07-11T24:00:00Z', '2016-07-11T10:60:00Z']) {
      expect(parseIsoDate(value), value).to.equal(undefined);
    }
    expect(parseIsoDate('2016-02-29'), 'a leap day').to.equal(Date.UTC(2016, 1, 29));
  });

  it('refuses what is not an ISO 8601 date', () => {
    for (const value of ['yesterday', '', '07/11/2016', '2016-7-11', 'Mon, 11 Jul 2016 00:00:00 GMT', 1468195200000, null, undefined]) {
      expect(parseIsoDate(value), String(value)).to.equal(undefined);
    }
  });
});

describe('parseNativeFeed: components[].uptime', () => {
  it('reads measured days oldest first, with their downtime', () => {
    const snapshot = parseNativeFeed(
      minimalFeed({
        components: [
          {
            id: 'api',
            name: 'API',
            uptime: [
              {date: '2026-11-25', uptime: 0.9986, down_minutes: 2},
              {date: '2026-11-24', uptime: 1},
            ],
          },
          {id: 'web', name: 'Web'},
        ],
      }),
    );
    expect(snapshot.components[0]!.uptime).to.deep.equal([
      {date: '2026-11-24', uptime: 1},
      {date: '2026-11-25', uptime: 0.9986, downMinutes: 2},
    ]);
    expect(snapshot.components[1]).not.to.have.property('uptime');
  });

  it('names a percentage written where a ratio is expected, and an impossible date', () => {
    const error = feedError(
      minimalFeed({
        components: [
          {
            id: 'api',
            uptime: [
              {date: '2026-11-25', uptime: 99.86},
              {date: '2026-02-30', uptime: 1},
            ],
          },
        ],
      }),
    );
    expect(error.message).to.include('components[0].uptime[0].uptime: expected a ratio from 0 to 1, got a number (99.86)');
    expect(error.message).to.include('components[0].uptime[1].date: expected a calendar date "YYYY-MM-DD"');
  });
});
