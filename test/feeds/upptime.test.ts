// Upptime: the real history/summary.json of con/upptime (DataLad's sites).
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/upptime.js';
import {sniffFormat} from '../../src/feeds/formats.js';
import {uptimeRows} from '../../src/model/uptime.js';
import {feedError, fixtureJson} from './fixtures.js';

describe('Upptime adapter (DataLad summary, 2025-09-26)', () => {
  let summary: any;
  before(async () => {
    summary = await fixtureJson('upptime/datalad_summary_2025-09-26.json');
  });

  it('is recognized by its shape, and reads each site as a component', () => {
    expect(sniffFormat(summary)).to.equal('upptime');
    const s = parse(summary);
    expect(s.format).to.equal('upptime');
    expect(s.history).to.equal('active');
    expect(s.components).to.have.length(11);
    expect(s.components.slice(0, 2).map((c) => [c.id, c.name, c.status])).to.deep.equal([
      ['centerforopenneuroscience-org', 'centerforopenneuroscience.org', 'major_outage'],
      ['datalad-org', 'datalad.org', 'operational'],
    ]);
  });

  it('measures every day from the oldest downtime listed to the newest, the days not listed at 100 %', () => {
    const site = parse(summary).components[0]!;
    const days = site.uptime!;
    expect(days[0]!.date).to.equal('2024-10-07');
    expect(days[days.length - 1]).to.deep.equal({date: '2025-09-26', uptime: 1 - 108 / 1440, downMinutes: 108});
    expect(days).to.have.length(355);
    expect(days.find((d) => d.date === '2025-09-25')).to.deep.equal({date: '2025-09-25', uptime: 1 - 38 / 1440, downMinutes: 38});
    expect(days.find((d) => d.date === '2025-09-24')).to.deep.equal({date: '2025-09-24', uptime: 1, downMinutes: 0});
    expect(days.filter((d) => d.downMinutes! > 0)).to.have.length(Object.keys(summary[0].dailyMinutesDown).length);
  });

  it('claims nothing after the newest date listed: the summary carries no date of its own', () => {
    // datalad.org's last downtime was 2025-08-28: a month later, the days since are not measured.
    const [, datalad] = uptimeRows(parse(summary), 30, Date.UTC(2025, 8, 26, 12));
    expect(datalad!.days.filter((d) => d.kind === 'measured').map((d) => d.date)).to.deep.equal(['2025-08-28']);
    expect(datalad!.measuredDays).to.equal(1);
  });

  it('names what it expected when the payload is not a summary', async () => {
    const error = await feedError(() => parse({sites: []}));
    expect(error.message).to.include('history/summary.json');
    const bad = await feedError(() => parse([{slug: 'x', dailyMinutesDown: {'2025-02-30': 10}}]));
    expect(bad.message).to.include('[0].dailyMinutesDown.2025-02-30');
  });
});
