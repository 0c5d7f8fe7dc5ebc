// Better Stack: a status page's /index.json, written from Better Stack's documentation (see the fixture's README):
// no real payload was at hand. Its status reports and updates follow the documented attributes of the status page
// reports API (status_report: title, report_type, starts_at, ends_at, affected_resources, aggregate_state,
// relationships.status_updates; status_update: message, published_at, status_report_id, affected_resources).
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError} from '../../src/feeds/feed-error.js';
import {parse} from '../../src/feeds/betterstack.js';
import {sniffFormat} from '../../src/feeds/formats.js';
import {chooseBanner} from '../../src/model/banner.js';
import {isIncidentActive} from '../../src/model/status.js';
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

  describe('status reports', () => {
    const at = (iso: string) => Date.parse(iso);

    it('reads manual and automatic reports as incidents, newest first, and maintenance reports as maintenances', () => {
      const s = parse(index);
      expect(s.incidents.map((i) => [i.id, i.title])).to.deep.equal([
        ['77', 'Slow API responses'],
        ['76', 'Website unreachable'],
        ['74', 'Backups delayed'],
      ]);
      expect(s.maintenances).to.deep.equal([
        {
          id: '75',
          title: 'Database upgrade',
          status: 'scheduled',
          startsAt: at('2026-11-23T22:00:00Z'),
          endsAt: at('2026-11-23T23:00:00Z'),
          components: ['9002'],
          updates: [{id: '7501', at: at('2026-11-20T10:00:00Z'), text: 'We will upgrade the database; the API may answer slowly.'}],
        },
      ]);
      // The history says the feed may not list every past report.
      expect(s.history).to.equal('active');
    });

    it('takes the severity from the worst state any update gave a resource, and the components from all of them', () => {
      const [open, website, backups] = parse(index).incidents;
      expect([open!.severity, open!.components]).to.deep.equal(['minor', ['9002']]);
      // Down, then resolved: the report now reads "operational", the incident was a major outage.
      expect([website!.severity, website!.components]).to.deep.equal(['critical', ['9001', '9002']]);
      expect([backups!.severity, backups!.components]).to.deep.equal(['critical', ['9003']]);
    });

    it('is open until an update resolves every resource it names, or the report ends', () => {
      const [open, website, backups] = parse(index).incidents;
      expect(isIncidentActive(open!)).to.equal(true);
      expect([open!.status, open!.startedAt, open!.resolvedAt]).to.deep.equal(['investigating', at('2026-11-25T08:00:00Z'), undefined]);
      // Resolved by its last update: the API alone (the update before) did not resolve it.
      expect([website!.status, website!.resolvedAt]).to.deep.equal(['resolved', at('2026-11-24T03:26:00Z')]);
      expect([backups!.status, backups!.resolvedAt]).to.deep.equal(['resolved', at('2026-11-20T05:00:00Z')]);
    });

    it('reads each update, newest first, the resolving one marked resolved, whether the report or the update names the other', () => {
      const [open, website, backups] = parse(index).incidents;
      expect(open!.updates).to.deep.equal([
        {id: '7702', at: at('2026-11-25T09:30:00Z'), text: 'A fix is being deployed; responses are faster already.'},
        {id: '7701', at: at('2026-11-25T08:05:00Z'), text: 'We are looking into slow responses from the API.'},
      ]);
      expect(website!.updates.map((u) => [u.id, u.status])).to.deep.equal([
        ['7603', 'resolved'],
        ['7602', undefined],
        ['7601', undefined],
      ]);
      // 7401 names its report by status_report_id only; 7402 is in the report's relationships too.
      expect(backups!.updates.map((u) => [u.id, u.text])).to.deep.equal([
        ['7402', 'Backups ran late; all of them completed.'],
        ['7401', 'The nightly backup has not run.'],
      ]);
    });

    it('feeds the banner: the open report while it lasts, with its latest update', () => {
      const s = parse(index);
      const choice = chooseBanner(s, at('2026-11-25T10:00:00Z'));
      expect(choice.kind === 'incident' && [choice.incident.id, choice.incident.updates[0]!.id]).to.deep.equal(['77', '7702']);
      // During the maintenance window (its status says scheduled; the model reads it as under way by its times).
      const during = chooseBanner({...s, incidents: []}, at('2026-11-23T22:30:00Z'));
      expect(during.kind === 'maintenance' && during.maintenance.id).to.equal('75');
    });

    it('reads a report with neither updates nor affected resources, and says what is wrong with a broken one', async () => {
      const minimal = {
        data: {id: '1', type: 'status_page', attributes: {company_name: 'X'}},
        included: [
          {
            id: '5',
            type: 'status_report',
            attributes: {title: 'Something', report_type: 'manual', starts_at: '2026-11-25T08:00:00Z', aggregate_state: 'downtime'},
          },
          {
            id: '6',
            type: 'status_report',
            attributes: {title: 'Over', report_type: 'manual', starts_at: '2026-11-24T08:00:00Z', aggregate_state: 'operational'},
          },
        ],
      };
      const [open, over] = parse(minimal).incidents;
      expect([open!.severity, open!.status, open!.components, open!.updates]).to.deep.equal(['critical', 'investigating', [], []]);
      // Nothing says how bad it was: counted as major (DESIGN.md §3), resolved as the page reads.
      expect([over!.severity, over!.status, over!.resolvedAt]).to.deep.equal(['major', 'resolved', at('2026-11-24T08:00:00Z')]);

      const broken = structuredClone(index);
      const report = broken.included.find((x: {id: string; type: string}) => x.type === 'status_report' && x.id === '76');
      report.attributes.starts_at = 'yesterday';
      const error = await feedError(() => parse(broken));
      expect(error.message).to.match(/included\[\d+\]\.attributes\.starts_at/);
    });
  });

  it('gives a Snapshot or a FeedError with any part of the payload replaced (reports and updates included)', () => {
    /** A copy of `value` with the node at a path of indexes (modulo each level's keys) replaced. */
    const mutate = (value: unknown, path: number[], replacement: unknown): unknown => {
      if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
      const keys = Object.keys(value);
      if (keys.length === 0) return replacement;
      const key = keys[path[0]! % keys.length]!;
      const copy: any = Array.isArray(value) ? [...value] : {...value};
      copy[key] = mutate((value as any)[key], path.slice(1), replacement);
      return copy;
    };
    fc.assert(
      fc.property(
        fc.array(fc.nat(), {minLength: 1, maxLength: 7}),
        fc.oneof(
          fc.jsonValue({maxDepth: 2}),
          fc.constantFrom(null, '', 'resolved', 'maintenance', '2026-02-30T00:00:00Z', -1, 1e308, {}, [], {id: '7701'}, {__proto__: null}),
        ),
        (path, replacement) => {
          try {
            const s = parse(mutate(index, path, replacement));
            for (const item of [...s.incidents, ...s.maintenances]) {
              const times = item.updates.map((u) => u.at);
              expect(times).to.deep.equal([...times].sort((a, b) => b - a));
              for (const id of item.components) expect(id).to.be.a('string');
            }
          } catch (error) {
            expect(error, String((error as Error)?.stack ?? error)).to.be.instanceOf(FeedError);
          }
        },
      ),
      {numRuns: 500},
    );
  });
});
