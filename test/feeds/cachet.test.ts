// Cachet API v1: the real /api/v1/components of Yoti's page, and incidents and
// schedules written from Cachet's source (its presenters and models).
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/cachet.js';
import {parseIsoDate} from '../../src/feeds/field-reader.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureJson} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('Cachet adapter', () => {
  describe('/api/v1/components (Yoti, Cachet 2.x)', () => {
    let payload: any;
    before(async () => {
      payload = await fixtureJson('cachet/yoti_components.json');
    });

    it('reads {meta: {pagination}, data: [...]} with integer statuses', () => {
      expect(payload.meta.pagination.total).to.equal(7);
      expect(payload.data[0].status).to.equal(1);
      const s = parse(payload);
      expect(s.format).to.equal('cachet');
      expect(s.components.map((c) => [c.id, c.name, c.status])).to.deep.equal([
        ['1', 'Yoti Website', 'operational'],
        ['2', 'Yoti Age Scan', 'operational'],
        ['3', 'Yoti App', 'operational'],
        ['9', 'Yoti Doc Scan', 'operational'],
        ['6', 'Yoti Doc Scan', 'operational'],
        ['5', 'Yoti Sign', 'operational'],
        ['4', 'Yoti Hub', 'operational'],
      ]);
      expect(overallStatus(s)).to.equal('operational');
    });

    it('keeps two components of the same name apart by their ids', () => {
      const docScans = parse(payload).components.filter((c) => c.name === 'Yoti Doc Scan');
      expect(docScans.map((c) => c.id)).to.deep.equal(['9', '6']);
    });

    it('reads dates without a time zone as UTC', () => {
      expect(payload.data[0].created_at).to.equal('2020-02-27 13:22:51');
      expect(iso(parseIsoDate(payload.data[0].created_at))).to.equal('2020-02-27T13:22:51.000Z');
    });

    it('says components alone tell nothing of past incidents', () => {
      expect(parse(payload).history).to.equal('active');
    });

    it('maps every component status, and those Cachet does not define to the nearest', () => {
      const statuses = [0, 1, 2, 3, 4, 5, '3', 'x'].map((status, id) => parse({data: [{id, name: `c${id}`, status, status_name: null}]}).components[0]!.status);
      expect(statuses).to.deep.equal(['degraded', 'operational', 'degraded', 'partial_outage', 'major_outage', 'major_outage', 'partial_outage', 'degraded']);
    });

    it('leaves a disabled component out', () => {
      expect(parse({data: [{id: 1, name: 'Off', status: 4, enabled: false}]}).components).to.deep.equal([]);
    });
  });

  describe('/api/v1/incidents, written from Cachet 2.4', () => {
    let s: ReturnType<typeof parse>;
    before(async () => {
      s = parse(await fixtureJson('cachet/handwritten_incidents.json'));
    });

    it('reads incidents with their updates, newest first, the message as the first update', () => {
      const signIn = s.incidents.find((i) => i.id === '12')!;
      expect(signIn.status).to.equal('identified');
      expect(signIn.severity).to.equal('major');
      expect(signIn.components).to.deep.equal(['3']);
      expect(iso(signIn.startedAt)).to.equal('2026-05-02T09:40:00.000Z');
      expect(signIn.updates.map((u) => [u.status, u.text])).to.deep.equal([
        ['identified', 'A bad certificate was deployed; we are rolling it back.'],
        // Markdown read as text.
        [undefined, 'Some users cannot sign in to the app.'],
      ]);
      expect(overallStatus(s)).to.equal('partial_outage');
    });

    it('resolves an incident at its "fixed" update', () => {
      const slow = s.incidents.find((i) => i.id === '11')!;
      expect(slow.status).to.equal('resolved');
      expect(iso(slow.resolvedAt)).to.equal('2026-04-20T16:30:00.000Z');
      expect(slow.updates.map((u) => u.status)).to.deep.equal(['resolved', 'monitoring', undefined]);
      expect(slow.components).to.deep.equal([]);
    });

    it('leaves hidden incidents out, and reads a status it does not know to the nearest', () => {
      expect(s.incidents.map((i) => i.id)).to.deep.equal(['12', '11', '9']);
      const old = s.incidents.find((i) => i.id === '9')!;
      expect(old.status).to.equal('resolved'); // "9": past "fixed"
      expect(iso(old.startedAt)).to.equal('2019-07-01T08:00:00.000Z');
      expect(s.history).to.equal('full');
    });

    it('reads a scheduled incident of Cachet 2.3 (status 0) as a maintenance', () => {
      const m = parse({data: [{id: 5, name: 'Upgrade', status: 0, message: 'Soon.', scheduled_at: '2026-06-01 10:00:00', created_at: '2026-05-01 10:00:00'}]});
      expect(m.incidents).to.deep.equal([]);
      expect(m.maintenances.map((x) => [x.title, x.status, iso(x.startsAt), x.text])).to.deep.equal([
        ['Upgrade', 'scheduled', '2026-06-01T10:00:00.000Z', 'Soon.'],
      ]);
    });

    it('reads /incidents/<id>/updates alone as the incident they tell of', () => {
      const u = parse({
        data: [
          {id: 2, incident_id: 7, status: 4, message: 'Fixed.', created_at: '2026-05-01 12:00:00'},
          {id: 1, incident_id: 7, status: 1, message: 'Looking.', created_at: '2026-05-01 11:00:00'},
        ],
      });
      expect(u.incidents.map((i) => [i.id, i.title, i.status, iso(i.startedAt), iso(i.resolvedAt)])).to.deep.equal([
        ['7', '#7', 'resolved', '2026-05-01T11:00:00.000Z', '2026-05-01T12:00:00.000Z'],
      ]);
    });
  });

  it('reads /api/v1/schedules (Cachet 2.4)', async () => {
    const s = parse(await fixtureJson('cachet/handwritten_schedules.json'));
    expect(s.maintenances.map((m) => [m.title, m.status, iso(m.startsAt), iso(m.endsAt)])).to.deep.equal([
      ['Network maintenance', 'completed', '2026-03-10T01:00:00.000Z', '2026-03-10T02:30:00.000Z'],
      ['Database upgrade', 'in_progress', '2026-05-02T22:00:00.000Z', undefined],
    ]);
  });

  it('reads one item, as /api/v1/incidents/<id> answers', () => {
    const s = parse({data: {id: 3, name: 'One', status: 1, message: 'm', occurred_at: '2026-05-01 10:00:00'}});
    expect(s.incidents.map((i) => i.title)).to.deep.equal(['One']);
  });

  describe('bad payloads', () => {
    it('says it expected {"data": [...]}', async () => {
      expect((await feedError(() => parse({meta: {}}))).message).to.equal(
        'Not a Cachet feed: expected {"data": [...]} as /api/v1/components or /api/v1/incidents answer, got data as nothing',
      );
      expect((await feedError(() => parse('x'))).message).to.include('got a string ("x")');
    });

    it('names every field of the wrong type', async () => {
      const error = await feedError(() => parse({data: [{id: 1, name: 2, status: 1}, 'x', {id: 3, name: 'i', status: 1, message: 'm', occurred_at: 'soon'}]}));
      expect(error.message).to.include('Invalid Cachet feed');
      expect(error.fields).to.include.members(['data[0].name', 'data[1]', 'data[2].occurred_at']);
    });
  });
});
