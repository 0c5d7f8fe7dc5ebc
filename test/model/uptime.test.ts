import {expect} from '@open-wc/testing';
import {statusOfUptime, uptimeRows} from '../../src/model/uptime.js';
import {component, DAY, HOUR, incident, maintenance, NOW, resolved, snapshot} from './builders.js';

// NOW is 2026-03-01T12:00Z: with 7 days, the window is 2026-02-23 … 2026-03-01.
const WEEK = ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01'];

describe('uptimeRows', () => {
  it('gives one day per UTC calendar day, oldest first, ending today', () => {
    const [row] = uptimeRows(snapshot({components: [component('api')]}), 7, NOW);
    expect(row!.days.map((d) => d.date)).to.deep.equal(WEEK);
    expect(row!.days[6]!.start).to.equal(Date.UTC(2026, 2, 1));
  });

  it('counts only measured days in the percentage, and says how many there are', () => {
    const api = {
      ...component('api'),
      uptime: [
        {date: '2026-02-27', uptime: 0.999},
        {date: '2026-02-28', uptime: 0.98, downMinutes: 29},
      ],
    };
    const [row] = uptimeRows(snapshot({components: [api]}), 7, NOW);
    expect(row!.measuredDays).to.equal(2);
    expect(row!.uptime).to.be.closeTo(0.9895, 1e-9);
    expect(row!.days.map((d) => d.kind)).to.deep.equal(['derived', 'derived', 'derived', 'derived', 'measured', 'measured', 'derived']);
    expect(row!.days[5]).to.include({uptime: 0.98, downMinutes: 29, status: 'partial_outage'});
  });

  it('has no percentage for a period without a measured day', () => {
    const [row] = uptimeRows(snapshot({components: [component('api')], incidents: [resolved({id: 'a', components: ['api'], startedAt: NOW - DAY})]}), 7, NOW);
    expect(row!.uptime).to.equal(undefined);
    expect(row!.measuredDays).to.equal(0);
    expect(row!.derivedDays).to.equal(7);
  });

  it('derives a day from the worst incident that touched the component, and leaves other components alone', () => {
    const incidents = [
      resolved({id: 'minor', severity: 'minor', components: ['api'], startedAt: NOW - DAY - HOUR}),
      resolved({id: 'critical', severity: 'critical', components: ['api'], startedAt: NOW - DAY}),
      resolved({id: 'web', severity: 'major', components: ['web'], startedAt: NOW - 3 * DAY}),
    ];
    const [api, web] = uptimeRows(snapshot({components: [component('api'), component('web')], incidents}), 7, NOW);
    const feb28 = api!.days[5]!;
    expect(feb28.status).to.equal('major_outage');
    expect(feb28.incidents.map((i) => i.id)).to.have.members(['minor', 'critical']);
    expect(api!.days[3]!.status).to.equal('operational');
    expect(api!.incidentDays).to.equal(1);
    expect(web!.days[3]!.status).to.equal('partial_outage');
    expect(web!.days[5]!.incidents).to.deep.equal([]);
  });

  it('counts an incident on every day it spans, and an active one up to now', () => {
    const long = resolved({id: 'long', components: ['api'], startedAt: NOW - 3 * DAY, resolvedAt: NOW - DAY});
    const active = incident({id: 'now', severity: 'minor', components: ['api'], startedAt: NOW - HOUR});
    const [row] = uptimeRows(snapshot({components: [component('api')], incidents: [active, long]}), 7, NOW);
    expect(row!.days.filter((d) => d.incidents.length > 0).map((d) => d.date)).to.deep.equal(['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']);
    expect(row!.days[6]!.status).to.equal('degraded');
  });

  it('counts an incident that names no component for every component', () => {
    const rows = uptimeRows(snapshot({components: [component('api'), component('web')], incidents: [resolved({id: 'all', startedAt: NOW - DAY})]}), 7, NOW);
    expect(rows.map((r) => r.incidentDays)).to.deep.equal([1, 1]);
  });

  it('shows maintenance that took place, but not maintenance still to come', () => {
    const done = maintenance({id: 'done', status: 'completed', startsAt: NOW - 2 * DAY, endsAt: NOW - 2 * DAY + HOUR});
    const later = maintenance({id: 'later', startsAt: NOW + HOUR});
    const [row] = uptimeRows(snapshot({components: [component('api')], maintenances: [done, later]}), 7, NOW);
    expect(row!.days[4]!.status).to.equal('maintenance');
    expect(row!.days[6]!.maintenances).to.deep.equal([]);
  });

  it('says nothing of the days a feed of current incidents does not measure', () => {
    const api = {...component('api'), uptime: [{date: '2026-03-01', uptime: 1, checks: 5}]};
    const [row] = uptimeRows(snapshot({history: 'active', components: [api]}), 7, NOW);
    expect(row!.days.map((d) => d.kind)).to.deep.equal(['none', 'none', 'none', 'none', 'none', 'none', 'measured']);
    expect(row!.days[0]!.status).to.equal(undefined);
    expect(row!.uptime).to.equal(1);
  });

  it('derives a day from an incident going on even in a feed of current incidents', () => {
    const [row] = uptimeRows(snapshot({history: 'active', components: [component('api')], incidents: [incident({id: 'down', components: ['api']})]}), 7, NOW);
    expect(row!.days[6]).to.include({kind: 'derived', status: 'partial_outage'});
    expect(row!.days[5]!.kind).to.equal('none');
  });

  it('makes one row for the whole page when the feed names no component', () => {
    const rows = uptimeRows(
      snapshot({
        page: {name: 'Example'},
        incidents: [resolved({id: 'a', startedAt: NOW - DAY}), resolved({id: 'b', components: ['3'], startedAt: NOW - 2 * DAY})],
      }),
      7,
      NOW,
    );
    expect(rows).to.have.length(1);
    expect(rows[0]!.component.name).to.equal('Example');
    expect(rows[0]!.incidentDays).to.equal(2);
  });

  it('keeps a status the feed measured when it is worse than the ratio shows', () => {
    const api = {...component('api'), uptime: [{date: '2026-03-01', uptime: 1, status: 'maintenance' as const}]};
    expect(uptimeRows(snapshot({components: [api]}), 1, NOW)[0]!.days[0]!.status).to.equal('maintenance');
  });
});

describe('statusOfUptime', () => {
  it('reads a full day up as operational and more downtime as worse', () => {
    expect([1, 0.995, 0.97, 0.5].map(statusOfUptime)).to.deep.equal(['operational', 'degraded', 'partial_outage', 'major_outage']);
  });
});
