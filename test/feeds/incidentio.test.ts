// incident.io's Widget API: a payload written from its documentation (test/fixtures/incidentio/README.md).
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/incidentio.js';
import {parseFeed} from '../../src/feeds/parse-feed.js';
import {chooseBanner} from '../../src/model/banner.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureJson} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('incident.io widget adapter', () => {
  it('reads ongoing incidents, maintenances and the components they name', async () => {
    const payload = await fixtureJson('incidentio/handwritten_widget.json');
    const s = parse(payload);
    expect(s.format).to.equal('incidentio');
    expect(s.page).to.deep.equal({name: 'Acme', url: 'https://status.acme.example/'});
    const [incident] = s.incidents;
    expect([incident!.title, incident!.status, incident!.severity, iso(incident!.startedAt)]).to.deep.equal([
      'Elevated API error rates',
      'identified',
      'major',
      '2026-11-25T09:41:12.402Z',
    ]);
    expect(incident!.updates.map((u) => u.text)).to.deep.equal(['We have identified a faulty deploy and are rolling it back.']);
    expect(incident!.components).to.deep.equal(['01HZ0API', '01HZ0DASH']);
    // The dashboard is degraded by the incident and under maintenance: the worse of the two.
    expect(s.components).to.deep.equal([
      {id: '01HZ0API', name: 'EU Cloud – API', status: 'partial_outage'},
      {id: '01HZ0DASH', name: 'Dashboard', status: 'degraded'},
    ]);
    expect(s.maintenances.map((m) => [m.title, m.status, iso(m.startsAt), iso(m.endsAt), m.url])).to.deep.equal([
      [
        'Database failover test',
        'in_progress',
        '2026-11-25T08:00:00.000Z',
        '2026-11-25T10:00:00.000Z',
        'https://status.acme.example/incidents/01JDQ40000MAINT0000000001',
      ],
      ['Network upgrade', 'scheduled', '2026-12-03T22:00:00.000Z', '2026-12-04T02:00:00.000Z', undefined],
    ]);
    expect(overallStatus(s, Date.parse('2026-11-25T09:50:00Z'))).to.equal('partial_outage');
    expect(chooseBanner(s, Date.parse('2026-11-25T09:50:00Z')).kind).to.equal('incident');
    expect(s.history).to.equal('active');
    // format="auto" knows it by its keys.
    expect((await parseFeed(payload)).format).to.equal('incidentio');
  });

  it('reads a calm page, and names fields of the wrong type', async () => {
    const calm = parse({page_title: 'Calm', page_url: 'https://calm.example', ongoing_incidents: [], in_progress_maintenances: [], scheduled_maintenances: []});
    expect(overallStatus(calm)).to.equal('operational');
    expect((await feedError(() => parse({foo: 1}))).message).to.include('Not an incident.io widget feed');
    const error = await feedError(() => parse({ongoing_incidents: [{id: 'i', name: 'x', last_update_at: 'now'}], scheduled_maintenances: {}}));
    expect(error.fields).to.deep.equal(['ongoing_incidents[0].last_update_at', 'scheduled_maintenances']);
  });
});
