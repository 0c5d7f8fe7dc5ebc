// Status.io's public status API: GitLab's real answer with an upcoming maintenance, and an
// incident written from Status.io's documented codes.
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/statusio.js';
import {parseFeed} from '../../src/feeds/parse-feed.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureJson} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('Status.io adapter', () => {
  it("reads GitLab's page: 17 components, numeric codes, an upcoming maintenance", async () => {
    const payload = await fixtureJson('statusio/gitlab_status_2023-06-29_upcoming-maintenance.json');
    const s = parse(payload);
    expect(s.format).to.equal('statusio');
    expect(s.components).to.have.length(17);
    expect(s.components[0]).to.deep.equal({id: '5b36dc6502d06804c0834a07', name: 'Website', status: 'operational'});
    expect(new Set(s.components.map((c) => c.id)).size).to.equal(17);
    expect(s.incidents).to.deep.equal([]);
    const [maintenance] = s.maintenances;
    expect([maintenance!.id, maintenance!.title, maintenance!.status, iso(maintenance!.startsAt), iso(maintenance!.endsAt)]).to.deep.equal([
      '649d8d7a6c2f36053b37055d',
      'CI Cluster PostgreSQL 14 Upgrade',
      'scheduled',
      '2023-07-08T14:00:00.000Z',
      '2023-07-08T19:00:00.000Z',
    ]);
    expect(maintenance!.text).to.match(/^We will be undergoing scheduled maintenance to our CI database layer/);
    expect(maintenance!.components).to.include('5b36dc6502d06804c0834a07');
    expect(maintenance!.components).to.have.length(5);
    expect(overallStatus(s, Date.parse('2023-06-29T16:00:00Z'))).to.equal('operational');
    expect(overallStatus(s, Date.parse('2023-07-08T15:00:00Z'))).to.equal('maintenance');
    expect((await parseFeed(payload)).format).to.equal('statusio');
  });

  it('reads an incident: its stage from the latest message, its severity from the worst code', () => {
    const s = parse({
      result: {
        status_overall: {updated: '2026-11-25T10:00:00.000Z', status: 'Partial Service Disruption', status_code: 400},
        status: [{id: 'web', name: 'Website', status: 'Partial Service Disruption', status_code: 400, containers: []}],
        incidents: [
          {
            name: 'Slow pages',
            _id: '6563a0c0ffee000000000001',
            datetime_open: '2026-11-25T09:00:00.000Z',
            messages: [
              {details: 'Looking into it.', state: 100, status: 300, datetime: '2026-11-25T09:00:00.000Z'},
              {details: 'Cause found: a cache node.', state: 200, status: 400, datetime: '2026-11-25T09:30:00.000Z'},
            ],
            components_affected: [{name: 'Website', _id: 'web'}],
            containers_affected: [],
          },
        ],
        maintenance: {active: [], upcoming: []},
      },
    });
    const [incident] = s.incidents;
    expect([incident!.status, incident!.severity, incident!.components]).to.deep.equal(['identified', 'major', ['web']]);
    expect(incident!.updates.map((u) => u.text)).to.deep.equal(['Cause found: a cache node.', 'Looking into it.']);
    expect(overallStatus(s)).to.equal('partial_outage');
  });

  it('names what is wrong', async () => {
    expect((await feedError(() => parse({status: 'ok'}))).message).to.include('Not a Status.io feed');
    const error = await feedError(() => parse({result: {status_overall: {}, status: [{name: 'x'}], incidents: [{_id: 'i', datetime_open: 'then'}]}}));
    expect(error.fields).to.deep.equal(['result.status[0].id', 'result.incidents[0].datetime_open']);
  });
});
