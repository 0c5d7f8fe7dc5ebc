// cState: status.torproject.org's real /index.json, Jenkins' real issue file, and an
// /index.json with issues written from cState's own template (test/fixtures/cstate/README.md).
import {expect} from '@open-wc/testing';
import {parse, parseContentFile} from '../../src/feeds/cstate.js';
import {parseFeedText} from '../../src/feeds/parse-feed.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureJson, fixtureText} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('cState adapter', () => {
  it("reads the Tor Project's /index.json, and does not believe its summaryStatus", async () => {
    const payload = await fixtureJson('cstate/torproject_index_2025-05-01.json');
    expect(payload.summaryStatus).to.equal('disrupted');
    const s = parse(payload);
    expect(s.format).to.equal('cstate');
    expect(s.page).to.deep.equal({name: 'Tor Project status', url: 'https://status.torproject.org/', lang: 'en'});
    expect(s.components).to.have.length(15);
    expect(s.components[0]).to.deep.equal({id: 'v3-onion-services', name: 'v3 Onion Services', status: 'operational'});
    expect(s.incidents).to.deep.equal([]);
    expect(overallStatus(s)).to.equal('operational');
    expect(s.history).to.equal('active');
  });

  it("reads issues once, under every system they affect, with Hugo's dates", async () => {
    const s = parse(await fixtureJson('cstate/handwritten_index_issues.json'));
    expect(s.components.map((c) => [c.id, c.status])).to.deep.equal([
      ['site-web', 'major_outage'],
      ['api', 'major_outage'],
      ['docs', 'operational'],
    ]);
    expect(s.incidents.map((i) => [i.title, i.severity, i.status, iso(i.startedAt), i.components, i.url])).to.deep.equal(
      [
        [
          'CloudFlare outage',
          'critical',
          'investigating',
          '2025-11-18T11:48:00.000Z',
          ['site-web', 'api'],
          'https://status.example.org/issues/2025-11-18-cloudflare-outage/',
        ],
        // The pinned notice has no system.
        [
          'Maintenance du réseau le 3 décembre',
          'minor',
          'investigating',
          '2025-11-20T07:00:00.000Z',
          [],
          'https://status.example.org/issues/2025-11-20-reseau/',
        ],
        // A javascript: permalink is no link.
        ['Slow searches', 'major', 'investigating', '2025-11-17T21:05:00.000Z', ['api'], undefined],
      ].sort((a, b) => Date.parse(b[3] as string) - Date.parse(a[3] as string)),
    );
    expect(overallStatus(s)).to.equal('major_outage');
  });

  it("reads Jenkins' content file: front matter with a -00:00 offset and a comment, its messages as text", async () => {
    const text = await fixtureText('cstate/jenkins_issue_2025-11-18_cloudflare-outage.md');
    const s = parseContentFile(text);
    const [incident] = s.incidents;
    expect([incident!.title, incident!.severity, incident!.status]).to.deep.equal(['CloudFlare outage', 'major', 'resolved']);
    expect([iso(incident!.startedAt), iso(incident!.resolvedAt)]).to.deep.equal(['2025-11-18T11:48:00.000Z', '2025-11-18T19:30:00.000Z']);
    expect(s.components.map((c) => [c.id, c.name])).to.deep.equal([
      ['updatesjenkinsio', 'updates.jenkins.io'],
      ['element-channels', 'Element channels'],
    ]);
    expect(incident!.components).to.deep.equal(['updatesjenkinsio', 'element-channels']);
    expect(incident!.updates[0]!.text).to.match(/^Final message:\nCloudFlare incident has been resolved:/);
    expect(incident!.updates[0]!.text).to.include('Initial message:\nCloudFlare is down: https://www.cloudflarestatus.com/incidents/8gmgl950y3h7');
    // format="auto" tells it from a hand-written Markdown page by its front matter.
    expect((await parseFeedText(text)).format).to.equal('cstate');
    expect((await parseFeedText(text, 'cstate')).incidents).to.have.length(1);
  });

  it('names what is wrong', async () => {
    expect((await feedError(() => parse({foo: 1}))).message).to.include('Not a cState feed');
    const error = await feedError(() => parse({is: 'index', systems: [{name: 'A', unresolvedIssues: [{title: 't', createdAt: 'soon'}]}, {}]}));
    expect(error.fields).to.deep.equal(['systems[0].unresolvedIssues[0].createdAt', 'systems[1].name']);
    const file = await feedError(() => parseContentFile('---\ntitle: x\ndate: someday\nseverity: down\n---\nbody\n'));
    expect(file.message).to.include('date: expected an ISO 8601 date');
  });
});
