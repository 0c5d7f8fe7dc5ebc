// Gatus: /api/v1/endpoints/statuses, written from Gatus's README and API (see the fixture's README).
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/gatus.js';
import {sniffFormat} from '../../src/feeds/formats.js';
import {feedError, fixtureJson} from './fixtures.js';

describe('Gatus adapter', () => {
  let statuses: any;
  before(async () => {
    statuses = await fixtureJson('gatus/handwritten_statuses.json');
  });

  it('is recognized by its shape, and reads each endpoint checked as a component, its status its latest result', () => {
    expect(sniffFormat(statuses)).to.equal('gatus');
    const s = parse(statuses);
    expect(s.format).to.equal('gatus');
    expect(s.history).to.equal('active');
    // "docs" was never checked: left out rather than claimed up.
    expect(s.components.map((c) => [c.id, c.name, c.status])).to.deep.equal([
      ['core_frontend', 'core / frontend', 'major_outage'],
      ['core_api', 'core / api', 'operational'],
    ]);
  });

  it('measures each UTC day its results fall on', () => {
    const [frontend, api] = parse(statuses).components;
    expect(frontend!.uptime).to.deep.equal([
      {date: '2026-11-25', uptime: 1, checks: 2, status: 'operational'},
      {date: '2026-11-26', uptime: 0.5, checks: 2, status: 'major_outage'},
    ]);
    expect(api!.uptime).to.deep.equal([
      {date: '2026-11-25', uptime: 0, checks: 1, status: 'major_outage'},
      {date: '2026-11-26', uptime: 1, checks: 2, status: 'operational'},
    ]);
  });

  it('names a result without a time', async () => {
    const error = await feedError(() => parse([{key: 'k', name: 'n', results: [{success: true}]}]));
    expect(error.message).to.include('[0].results[0]');
    expect((await feedError(() => parse([]))).message).to.include('/api/v1/endpoints/statuses');
  });
});
