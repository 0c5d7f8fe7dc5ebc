// Atlassian Statuspage API v2, on the real payloads (test/fixtures/statuspage/, copied from
// ../shared/fixtures) and on payloads written from Statuspage's API documentation.
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/statuspage.js';
import {chooseBanner} from '../../src/model/banner.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureJson} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('Statuspage adapter', () => {
  describe('summary.json during an incident (GitHub, 2022-11-25)', () => {
    let summary: any;
    before(async () => {
      summary = await fixtureJson('statuspage/github_summary_2022-11-25_incident.json');
    });

    it('reads the page, its components and the incident going on', () => {
      const s = parse(summary);
      expect(s.format).to.equal('statuspage');
      expect(s.page).to.deep.equal({name: 'GitHub', url: 'https://www.githubstatus.com/'});
      expect(s.components).to.have.length(summary.components.length);
      expect(s.components.find((c) => c.name === 'Packages')!.status).to.equal('partial_outage');
      const [incident] = s.incidents;
      expect(incident!.title).to.equal('Incident with Packages and Pages');
      expect(incident!.status).to.equal('investigating');
      expect(incident!.components).to.deep.equal(['st3j38cctv9l', 'vg70hn9s2tyj']);
      expect(incident!.url).to.equal('https://www.githubstatus.com/incidents/ljwdk6qml8z8');
      expect(incident!.updates).to.have.length(7);
      expect(incident!.updates[0]!.text).to.match(/^Packages is now experiencing degraded performance/);
      expect(iso(incident!.updates[6]!.at)).to.equal('2022-11-25T14:39:09.577Z');
    });

    it('takes the severity from the incident’s impact (major), not from the page’s indicator (minor)', () => {
      expect(summary.status.indicator).to.equal('minor');
      expect(summary.incidents[0].impact).to.equal('major');
      const s = parse(summary);
      expect(s.incidents[0]!.severity).to.equal('major');
      // The overall status is the worst of what is going on: a partial outage, not "degraded".
      expect(overallStatus(s, Date.parse('2022-11-25T16:00:00Z'))).to.equal('partial_outage');
    });

    it('reads an update whose affected_components is null', () => {
      expect(summary.incidents[0].incident_updates[1].affected_components).to.equal(null);
      expect(parse(summary).incidents[0]!.updates[1]!.text).to.match(/^Following mitigations/);
    });

    it('says it lists only what is going on now', () => {
      expect(parse(summary).history).to.equal('active');
    });
  });

  it('reads an operational summary as operational (GitHub, 2026-07-31, one line)', async () => {
    const s = parse(await fixtureJson('statuspage/github_summary_2026-07-31_operational.json'));
    expect(s.incidents).to.deep.equal([]);
    expect(s.components.length).to.be.greaterThan(5);
    expect(overallStatus(s)).to.equal('operational');
  });

  describe('one incident object (GitHub Actions, 2026-07-19, critical)', () => {
    it('reads its 18 updates newest first, the long write-up as paragraphs', async () => {
      const s = parse(await fixtureJson('statuspage/github_incident_2026-07-19_actions_critical.json'));
      const [incident] = s.incidents;
      expect(incident!.severity).to.equal('critical');
      expect(incident!.status).to.equal('resolved');
      expect(iso(incident!.startedAt)).to.equal('2026-07-19T23:34:03.450Z');
      expect(iso(incident!.resolvedAt)).to.equal('2026-07-20T04:44:03.085Z');
      expect(incident!.updates).to.have.length(18);
      expect(incident!.updates.map((u) => u.at)).to.deep.equal([...incident!.updates.map((u) => u.at)].sort((a, b) => b - a));
      const writeUp = incident!.updates[0]!.text as string;
      expect(writeUp.split('\n\n')).to.have.length(3);
      expect(writeUp).not.to.include('<br');
      // Without a page, the link is the incident's shortlink.
      expect(incident!.url).to.equal('https://stspg.io/w8d77c7t94zf');
      expect(s.history).to.equal('full');
    });

    it('reads it wrapped as Statuspage’s webhooks send it', async () => {
      const incident = await fixtureJson('statuspage/github_incident_2026-07-19_actions_critical.json');
      const s = parse({meta: {unsubscribe: 'https://x.example'}, page: {id: 'kctbh9vrtdwd', status_indicator: 'none'}, incident});
      expect(s.incidents.map((i) => i.id)).to.deep.equal(['8vfyvq16hzh9']);
    });
  });

  describe('summary.json with maintenances and a group (Cloudflare, trimmed)', () => {
    let s: ReturnType<typeof parse>;
    before(async () => {
      s = parse(await fixtureJson('statuspage/cloudflare_summary_2026-08-07_maintenance_trimmed.json'));
    });

    it('starts a maintenance when it is scheduled for, not when it was announced', () => {
      const sjc = s.maintenances.find((m) => m.id === 'gb5bzwkc1xnz')!;
      expect(iso(sjc.startsAt)).to.equal('2026-08-07T08:00:00.000Z');
      expect(iso(sjc.endsAt)).to.equal('2026-08-07T14:00:00.000Z');
      expect(sjc.status).to.equal('scheduled');
      expect(sjc.components).to.deep.equal(['4xvd68d7k70c']);
      expect(sjc.updates[0]!.status).to.equal('scheduled');
    });

    it('lists maintenances soonest first, and a group component with the others', () => {
      expect(s.maintenances.map((m) => m.id)).to.deep.equal(['gb5bzwkc1xnz', 'xrjnsr65fthp', '7qd2tzrp2pst']);
      expect(s.components.map((c) => [c.name, c.status])).to.deep.equal([
        ['Africa', 'partial_outage'],
        ['Arica, Chile - (ARI)', 'partial_outage'],
        ['Baghdad, Iraq - (BGW)', 'maintenance'],
        // The trimmed summary lost these; its maintenances still name them.
        ['San Jose, CA, United States - (SJC)', 'operational'],
        ['St. Louis, MO, United States - (STL)', 'operational'],
        ['Ashburn, VA, United States - (IAD)', 'operational'],
      ]);
    });

    it('announces the maintenance due within the banner’s horizon', () => {
      const choice = chooseBanner({...s, components: []}, Date.parse('2026-08-07T02:00:00Z'), 24);
      expect(choice.kind).to.equal('upcoming');
    });
  });

  describe('payloads written from the API documentation', () => {
    it('reads an old incident without started_at from its created_at, and its postmortem', async () => {
      const {incidents} = await fixtureJson('statuspage/site/api/v2/incidents.json');
      const old = incidents.find((i: any) => i.id === 'r3zzq1jbm1yk');
      expect(old).not.to.have.property('started_at');
      const incident = parse({incidents: [old]}).incidents[0]!;
      expect(iso(incident.startedAt)).to.equal('2016-03-09T00:14:21.000Z');
      expect(incident.severity).to.equal('minor'); // impact "none"
      expect(incident.status).to.equal('resolved'); // status "postmortem"
      // Components from the updates, when the incident names none.
      expect(incident.components).to.deep.equal(['4230lsnqdsld']);
      const postmortem = incident.updates[0]!;
      expect(postmortem.id).to.equal('postmortem');
      expect(postmortem.text).to.equal(
        'On March 8 a queue node ran out of disk.\n\n• Webhooks were delayed up to 40 minutes.\n• No delivery was lost.\n\nDetails: our blog (https://example.com/blog/webhooks), not a link.',
      );
      // A body's raw line breaks are line breaks; entities are decoded.
      expect(incident.updates[1]!.text).to.equal('Deliveries are back to normal.\nThe backlog is cleared.');
      expect(incident.updates[2]!.text).to.equal('We are investigating delayed webhook deliveries & retries.');
    });

    it('says incidents.json lists the past', async () => {
      const s = parse(await fixtureJson('statuspage/site/api/v2/incidents.json'));
      expect(s.history).to.equal('full');
      expect(s.incidents.map((i) => i.id)).to.deep.equal(['8vfyvq16hzh9', 'ljwdk6qml8z8', 'r3zzq1jbm1yk']);
      // Without summary.json, the components are those the incidents name, so that the history can name them.
      const names = new Map(s.components.map((c) => [c.id, c.name]));
      expect(s.incidents[0]!.components.map((id) => names.get(id))).to.deep.equal(['API Requests', 'Issues', 'Actions', 'Pages']);
      expect(s.components.find((c) => c.name === 'Packages')!.status).to.equal('partial_outage');
    });

    it('reads unresolved.json: unknown impact and status to the nearest, HTML bodies as text', async () => {
      const s = parse(await fixtureJson('statuspage/handwritten_unresolved.json'));
      const [incident] = s.incidents;
      expect(incident!.severity).to.equal('major'); // "catastrophic"
      expect(incident!.status).to.equal('identified'); // "mitigating": its latest update's
      expect(iso(incident!.startedAt)).to.equal('2026-05-02T13:40:00.000Z'); // -04:00
      expect(incident!.components).to.deep.equal(['ord3rs4p1x9z']);
      expect(incident!.updates[0]!.text).to.equal(
        'A bad deploy raised the error rate of the Orders API.\n\nWe are rolling it back.\nETA: 20 minutes. See the incident page (https://status.example.com/incidents/p31zjtct2jer).',
      );
      expect(s.history).to.equal('active');
    });

    it('reads status.json, which has only the indicator, as the page’s own status', async () => {
      const s = parse(await fixtureJson('statuspage/handwritten_status.json'));
      expect(s.components).to.deep.equal([{id: 'page', name: 'Example Cloud', status: 'partial_outage'}]);
      expect(overallStatus(s)).to.equal('partial_outage');
    });

    it('reads components.json, an unknown component status as degraded', async () => {
      const s = parse(await fixtureJson('statuspage/handwritten_components.json'));
      expect(s.components.map((c) => c.status)).to.deep.equal(['major_outage', 'major_outage', 'operational', 'degraded']);
      expect(s.incidents).to.deep.equal([]);
    });

    it('reads an active maintenance: verifying is still in progress, impact none is still a maintenance', async () => {
      const s = parse(await fixtureJson('statuspage/handwritten_active-maintenances.json'));
      const [m] = s.maintenances;
      expect(m!.status).to.equal('in_progress');
      expect(m!.updates.map((u) => u.status)).to.deep.equal(['in_progress', 'in_progress', 'scheduled']);
      expect(iso(m!.startsAt)).to.equal('2026-05-02T05:00:00.000Z');
      expect(s.incidents).to.deep.equal([]);
      expect(chooseBanner(s, Date.parse('2026-05-02T05:10:00Z')).kind).to.equal('maintenance');
    });

    it('reads a page hosted on incident.io, which omits incidents and scheduled_maintenances', async () => {
      const payload = await fixtureJson('statuspage/handwritten_incident-io_summary.json');
      expect(payload).not.to.have.property('incidents');
      const s = parse(payload);
      expect(s.incidents).to.deep.equal([]);
      expect(s.maintenances).to.deep.equal([]);
      expect(overallStatus(s)).to.equal('degraded');
    });
  });

  describe('bad payloads', () => {
    it('says what it expected of something that is not a Statuspage payload', async () => {
      expect((await feedError(() => parse([]))).message).to.include('Not a Statuspage feed: expected a JSON object, got an array of 0');
      expect((await feedError(() => parse({page: {name: 'x'}}))).message).to.include('expected an object with components, incidents');
    });

    it('names every field of the wrong type', async () => {
      const error = await feedError(() =>
        parse({
          components: 'none',
          incidents: [{id: 'a', name: 7, created_at: 'soon', incident_updates: [{id: 'u', body: 3, created_at: '2026-01-01T00:00:00Z'}]}],
        }),
      );
      expect(error.message).to.include('Invalid Statuspage feed');
      expect(error.fields).to.include.members(['components', 'incidents[0].name', 'incidents[0].created_at', 'incidents[0].incident_updates[0].body']);
      expect(error.message).to.include('incidents[0].created_at: expected an ISO 8601 date such as "2016-07-11T00:00:00Z", got a string ("soon")');
    });
  });
});
