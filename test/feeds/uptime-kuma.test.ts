// Uptime Kuma: the real status page and heartbeats of WittyOneOff (Uptime Kuma 1), and a
// page written from Uptime Kuma 2's source (status-page-router.js, its models).
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/uptime-kuma.js';
import {chooseBanner} from '../../src/model/banner.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureJson} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('Uptime Kuma adapter', () => {
  describe('the status page and its heartbeats (WittyOneOff)', () => {
    let page: any;
    let heartbeat: any;
    before(async () => {
      page = await fixtureJson('uptime-kuma/wittyoneoff_status-page.json');
      heartbeat = await fixtureJson('uptime-kuma/wittyoneoff_heartbeat.json');
    });

    it('reads each public monitor as a component named by the page, its status its latest beat’s', () => {
      const s = parse({...page, ...heartbeat});
      expect(s.format).to.equal('uptime-kuma');
      expect(s.page.name).to.equal('WittyOneOff');
      expect(s.components.map((c) => [c.id, c.name, c.status])).to.deep.equal([
        ['2', 'socktop.io', 'operational'],
        ['1', 'Nginx Proxy Manager', 'operational'],
        ['8', 'unami', 'operational'],
        ['9', 'K3s - Control Node', 'operational'],
        ['10', 'K3s Worker 1', 'operational'],
        ['11', 'K3s Worker 2', 'operational'],
      ]);
      expect(s.incidents).to.deep.equal([]);
      expect(overallStatus(s)).to.equal('operational');
    });

    it('does not take the "<id>_24" keys of uptimeList for monitors', () => {
      expect(Object.keys(heartbeat.uptimeList)).to.include('1_24');
      const ids = parse({...page, ...heartbeat}).components.map((c) => c.id);
      expect(ids.some((id) => id.includes('_'))).to.equal(false);
      expect(parse(heartbeat).components.map((c) => c.id)).to.deep.equal(['1', '2', '8', '9', '10', '11']);
    });

    it('says Uptime Kuma keeps no incident history', () => {
      expect(parse({...page, ...heartbeat}).history).to.equal('active');
    });

    it('explains that the page alone has no statuses, and how to get them', async () => {
      const error = await feedError(() => parse(page));
      expect(error.message).to.include('/api/status-page/heartbeat/<slug>');
      expect(error.message).to.include('…/status/<slug>');
    });

    it('reads the heartbeats alone, monitors named by their ids', () => {
      expect(parse(heartbeat).components[0]).to.include({id: '1', name: '1', status: 'operational'});
    });

    it('measures the day its beats fall on, and that day only', () => {
      // Five beats a minute apart on 2026-08-26, all up: the API sends the last beats, not days of them.
      expect(parse(heartbeat).components[0]!.uptime).to.deep.equal([{date: '2026-08-26', uptime: 1, checks: 5, status: 'operational'}]);
    });
  });

  describe('a page written from Uptime Kuma 2', () => {
    let s: ReturnType<typeof parse>;
    before(async () => {
      s = parse({...(await fixtureJson('uptime-kuma/handwritten_status-page.json')), ...(await fixtureJson('uptime-kuma/handwritten_heartbeat.json'))});
    });

    it('measures each day from its beats: down beats count against it, maintenance neither way', () => {
      expect(s.components.map((c) => c.uptime)).to.deep.equal([
        [{date: '2026-05-02', uptime: 1, checks: 2, status: 'operational'}],
        [{date: '2026-05-02', uptime: 0.25, checks: 4, status: 'major_outage'}],
        [{date: '2026-05-02', uptime: 1, checks: 1, status: 'maintenance'}],
        [{date: '2026-05-02', uptime: 1, checks: 2, status: 'degraded'}],
      ]);
    });

    it('maps every beat status, skips empty slots, and leaves out a monitor without beats', () => {
      expect(s.components.map((c) => [c.name, c.status])).to.deep.equal([
        ['Homepage', 'operational'],
        ['Checkout', 'major_outage'],
        ['Reports', 'maintenance'],
        ['Search', 'degraded'],
      ]);
    });

    it('makes a monitor that is down an incident, since its run of down beats began', () => {
      const down = s.incidents.find((i) => i.components.includes('2'))!;
      expect(down.title).to.equal('Checkout');
      expect(down.status).to.equal('investigating');
      expect(iso(down.startedAt)).to.equal('2026-05-02T07:45:00.000Z');
    });

    it('reads the pinned incident: its style is its severity, its Markdown is text', () => {
      const pinned = s.incidents.find((i) => i.id === 'incident-4')!;
      expect(pinned.title).to.equal('Payment provider outage');
      expect(pinned.severity).to.equal('critical');
      expect(iso(pinned.startedAt)).to.equal('2026-05-02T09:30:00.000Z');
      expect(pinned.updates.map((u) => [iso(u.at), u.text])).to.deep.equal([
        ['2026-05-02T09:50:00.000Z', 'Card payments fail; our provider is on it.\n\nPayPal still works.'],
      ]);
      const choice = chooseBanner(s, Date.parse('2026-05-02T10:00:00Z'));
      expect(choice.kind === 'incident' && choice.incident.id).to.equal('incident-4');
    });

    it('reads a maintenance window in its own time zone, and leaves an inactive one out', () => {
      expect(s.maintenances.map((m) => [m.title, m.status, iso(m.startsAt), iso(m.endsAt), m.text])).to.deep.equal([
        [
          'Reports database migration',
          'in_progress',
          '2026-05-02T07:00:00.000Z',
          '2026-05-02T11:00:00.000Z',
          'Reports are read-only until the migration ends.',
        ],
      ]);
    });
  });

  describe('bad payloads', () => {
    it('says what it expected', async () => {
      expect((await feedError(() => parse({foo: 1}))).message).to.include('Not an Uptime Kuma feed: expected the answer of /api/status-page/<slug>');
      expect((await feedError(() => parse(null))).message).to.include('got null');
    });

    it('names every field of the wrong type', async () => {
      const error = await feedError(() => parse({heartbeatList: {'1': [{status: 'up', time: 'now'}], '2': 'x'}}));
      expect(error.message).to.include('Invalid Uptime Kuma feed');
      expect(error.fields).to.deep.equal(['heartbeatList.1[0]', 'heartbeatList.2']);
      expect((await feedError(() => parse({heartbeatList: []}))).fields).to.deep.equal(['heartbeatList']);
    });
  });
});
