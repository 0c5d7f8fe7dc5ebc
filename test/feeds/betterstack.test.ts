// Better Stack: a status page's /index.json, written from Better Stack's documentation (see the fixture's README).
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/betterstack.js';
import {sniffFormat} from '../../src/feeds/formats.js';
import {feedError, fixtureJson} from './fixtures.js';

describe('Better Stack adapter', () => {
  let index: any;
  before(async () => {
    index = await fixtureJson('betterstack/handwritten_index.json');
  });

  it('is recognized by its shape, and reads the page and each resource', () => {
    expect(sniffFormat(index)).to.equal('betterstack');
    const s = parse(index);
    expect(s.format).to.equal('betterstack');
    expect(s.page).to.deep.equal({name: 'Example Corp', url: 'https://example.com/'});
    expect(s.components.map((c) => [c.id, c.name, c.status])).to.deep.equal([
      ['9001', 'Website', 'operational'],
      ['9002', 'API', 'degraded'],
      ['9003', 'Nightly backup', 'operational'],
    ]);
  });

  it('measures each day of the status history from its downtime, and skips the days not monitored', () => {
    const [website, api, backup] = parse(index).components;
    expect(website!.uptime).to.deep.equal([
      {date: '2026-11-23', uptime: 1, downMinutes: 0},
      {date: '2026-11-24', uptime: 1 - 960 / 86_400, downMinutes: 16},
      {date: '2026-11-25', uptime: 1, downMinutes: 0},
    ]);
    expect(api!.uptime!.map((d) => d.status)).to.deep.equal(['maintenance', undefined, 'degraded']);
    expect(backup!.uptime).to.deep.equal([]);
  });

  it('names a day that is not a date', async () => {
    const broken = structuredClone(index);
    broken.included[1].attributes.status_history[1].day = 'Monday';
    const error = await feedError(() => parse(broken));
    expect(error.message).to.include('included[1].attributes.status_history[1].day');
    expect((await feedError(() => parse({data: []}))).message).to.include('/index.json');
  });
});
