// Instatus: the real /summary.json of Manychat's page, and payloads written from Instatus's
// public API (summary.json, v2/components.json).
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/instatus.js';
import {chooseBanner} from '../../src/model/banner.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureJson} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('Instatus adapter', () => {
  it('does not believe a page that says UP while an incident is open (Manychat)', async () => {
    const payload = await fixtureJson('instatus/instatus_manychat_summary.json');
    expect(payload.page.status).to.equal('UP');
    const s = parse(payload);
    expect(s.format).to.equal('instatus');
    expect(s.page).to.deep.equal({name: 'Manychat', url: 'https://status.manychat.com/'});
    const [incident] = s.incidents;
    expect(incident!.title).to.equal('Delays in Instagram automation');
    expect(incident!.status).to.equal('identified');
    expect(incident!.severity).to.equal('minor'); // DEGRADEDPERFORMANCE
    expect(iso(incident!.startedAt)).to.equal('2026-03-17T03:00:00.000Z');
    expect(incident!.url).to.equal('https://status.manychat.com/cmmxljn3s01ntuud42lsa7zud');
    expect(overallStatus(s)).to.equal('degraded');
    expect(chooseBanner(s, Date.now()).kind).to.equal('incident');
    expect(s.history).to.equal('active');
  });

  it('reads a healthy page, which omits the incident arrays', () => {
    const s = parse({page: {name: 'Calm', url: 'https://calm.example', status: 'UP'}});
    expect(s.incidents).to.deep.equal([]);
    expect(overallStatus(s)).to.equal('operational');
  });

  it('reads maintenances, their duration in minutes, and the words written together', async () => {
    const s = parse(await fixtureJson('instatus/handwritten_summary.json'));
    expect(s.components).to.deep.equal([{id: 'page', name: 'Acme', status: 'maintenance'}]);
    expect(s.incidents.map((i) => [i.status, i.severity])).to.deep.equal([['monitoring', 'major']]);
    expect(s.maintenances.map((m) => [m.title, m.status, iso(m.startsAt), iso(m.endsAt), m.url])).to.deep.equal([
      ['Search index rebuild', 'in_progress', '2026-05-02T07:00:00.000Z', '2026-05-02T09:00:00.000Z', 'https://status.acme.example/clx0maint000000001'],
      // A link that is not http(s) is dropped.
      ['Storage upgrade', 'scheduled', '2099-06-01T22:00:00.000Z', '2099-06-01T23:00:00.000Z', undefined],
    ]);
    expect(overallStatus(s, Date.parse('2026-05-02T08:00:00Z'))).to.equal('partial_outage');
  });

  it('reads v2/components.json, children included', async () => {
    const s = parse(await fixtureJson('instatus/handwritten_components.json'));
    expect(s.components.map((c) => [c.name, c.status])).to.deep.equal([
      ['API', 'operational'],
      ['Dashboards', 'degraded'],
      ['Dashboards (EU)', 'major_outage'],
    ]);
  });

  it('refuses what is not Instatus, and names fields of the wrong type', async () => {
    expect((await feedError(() => parse({foo: 1}))).message).to.include('Not an Instatus feed');
    const error = await feedError(() => parse({page: {name: 'x', status: 'UP'}, activeIncidents: {}, activeMaintenances: [{id: 'm', name: 'n', start: 5}]}));
    expect(error.message).to.include('Invalid Instatus feed');
    expect(error.fields).to.deep.equal(['activeIncidents', 'activeMaintenances[0].start']);
  });
});
