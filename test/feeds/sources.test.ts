// Format detection (detect.ts) and sources read through several endpoints (sources.ts).
import {expect} from '@open-wc/testing';
import {sniffFormat} from '../../src/feeds/formats.js';
import {planSource, readSource, sourceKey} from '../../src/feeds/sources.js';
import {feedError, fixtureJson, fixtureText} from './fixtures.js';

describe('sniffFormat', () => {
  it('tells every format apart by its shape', async () => {
    const cases: [string, string][] = [
      ['native/design-example.json', 'native'],
      ['statuspage/github_summary_2022-11-25_incident.json', 'statuspage'],
      ['statuspage/github_incident_2026-07-19_actions_critical.json', 'statuspage'],
      ['statuspage/cloudflare_summary_2026-08-07_maintenance_trimmed.json', 'statuspage'],
      ['statuspage/handwritten_status.json', 'statuspage'],
      ['statuspage/handwritten_components.json', 'statuspage'],
      ['statuspage/handwritten_active-maintenances.json', 'statuspage'],
      ['statuspage/site/api/v2/incidents.json', 'statuspage'],
      ['cachet/yoti_components.json', 'cachet'],
      ['cachet/handwritten_incidents.json', 'cachet'],
      ['uptime-kuma/wittyoneoff_status-page.json', 'uptime-kuma'],
      ['uptime-kuma/wittyoneoff_heartbeat.json', 'uptime-kuma'],
      ['instatus/instatus_manychat_summary.json', 'instatus'],
      ['instatus/handwritten_components.json', 'instatus'],
    ];
    for (const [path, format] of cases) expect(sniffFormat(await fixtureJson(path)), path).to.equal(format);
  });

  it('recognizes nothing in what is none of them', () => {
    for (const value of [null, 3, 'x', [], {}, {status: 'ok'}, {page: 'x'}, {data: 1}, {ok: true}]) {
      expect(sniffFormat(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});

describe('planSource', () => {
  it('reads a Statuspage page URL through summary.json, and through its history endpoints for the history', () => {
    expect(planSource('https://www.githubstatus.com', 'auto', false)).to.deep.equal({
      urls: ['https://www.githubstatus.com/api/v2/summary.json'],
      format: 'statuspage',
    });
    expect(planSource('https://www.githubstatus.com/', 'statuspage', true)).to.deep.equal({
      urls: [
        'https://www.githubstatus.com/api/v2/summary.json',
        'https://www.githubstatus.com/api/v2/incidents.json',
        'https://www.githubstatus.com/api/v2/scheduled-maintenances.json',
      ],
      history: 'full',
      format: 'statuspage',
    });
  });

  it('reads a Statuspage API root behind a proxy the same way', () => {
    expect(planSource('https://example.com/proxy/statuspage/api/v2/', 'auto', false).urls).to.deep.equal([
      'https://example.com/proxy/statuspage/api/v2/summary.json',
    ]);
    expect(planSource('/status/api/v2', 'auto', true).urls).to.have.length(3);
  });

  it('reads an Uptime Kuma status page URL (or its API URL) through both its endpoints, for every element', () => {
    const expected = {
      urls: ['https://uptime.example.com/api/status-page/acme', 'https://uptime.example.com/api/status-page/heartbeat/acme'],
      page: 'https://uptime.example.com/status/acme',
      format: 'uptime-kuma',
    };
    expect(planSource('https://uptime.example.com/status/acme', 'auto', false)).to.deep.equal(expected);
    expect(planSource('https://uptime.example.com/status/acme/', 'uptime-kuma', true)).to.deep.equal(expected);
    expect(planSource('https://uptime.example.com/api/status-page/acme', 'auto', true)).to.deep.equal(expected);
    expect(planSource('/kuma/status/acme', 'auto', false).urls).to.deep.equal(['/kuma/api/status-page/acme', '/kuma/api/status-page/heartbeat/acme']);
  });

  it('reads any other URL as one feed file, and a page URL too when the format says it is not Statuspage or Uptime Kuma', () => {
    for (const url of [
      'https://status.example.com/status.json',
      'https://status.example.com/api/v2/summary.json',
      'https://uptime.example.com/api/status-page/heartbeat/acme',
      'https://example.com/status/feed.json',
      'https://status.example.com/?page=1',
      '/feed/file?path=test/fixtures/statuspage/x.json',
    ]) {
      expect(planSource(url, 'auto', true), url).to.deep.equal({urls: [url]});
    }
    expect(planSource('https://www.githubstatus.com', 'native', true)).to.deep.equal({urls: ['https://www.githubstatus.com']});
    expect(planSource('https://uptime.example.com/status/acme', 'statuspage', true).urls).to.deep.equal(['https://uptime.example.com/status/acme']);
  });
});

describe('sourceKey', () => {
  it('is the same for a banner and a history that read the same file, so that they share one store', () => {
    expect(sourceKey('/status.json', 'auto', false)).to.equal(sourceKey('/status.json', 'auto', true));
    expect(sourceKey(' /a.json   /b.json ', 'auto', true)).to.equal(sourceKey('/a.json /b.json', 'auto', false));
  });

  it('differs when the history reads more endpoints of a page', () => {
    expect(sourceKey('https://www.githubstatus.com', 'auto', false)).not.to.equal(sourceKey('https://www.githubstatus.com', 'auto', true));
    expect(sourceKey('https://x.example/status/a', 'auto', false)).to.equal(sourceKey('https://x.example/status/a', 'auto', true));
    expect(sourceKey('/a.json', 'auto', false)).not.to.equal(sourceKey('/a.json', 'native', false));
  });
});

describe('readSource', () => {
  const body = (url: string, text: string) => ({url, body: text, contentType: 'application/json'});

  it('merges a Statuspage page’s endpoints: components from the summary, the past from incidents.json', async () => {
    const urls = planSource('https://www.githubstatus.com', 'auto', true);
    const bodies = await Promise.all(
      ['summary.json', 'incidents.json', 'scheduled-maintenances.json'].map(async (f) => body(f, await fixtureText(`statuspage/site/api/v2/${f}`))),
    );
    const s = await readSource(urls, bodies, 'auto');
    expect(s.format).to.equal('statuspage');
    expect(s.history).to.equal('full');
    expect(s.components.length).to.be.greaterThan(5);
    expect(s.incidents.map((i) => i.id)).to.deep.equal(['8vfyvq16hzh9', 'ljwdk6qml8z8', 'r3zzq1jbm1yk']);
    expect(s.maintenances.map((m) => m.id)).to.deep.equal(['w4kx1n0f3p2d']);
  });

  it('merges an Uptime Kuma page’s endpoints and links to the status page', async () => {
    const plan = planSource('https://uptime.example.com/status/wittyoneoff', 'auto', false);
    const s = await readSource(
      plan,
      [
        body(plan.urls[0]!, await fixtureText('uptime-kuma/wittyoneoff_status-page.json')),
        body(plan.urls[1]!, await fixtureText('uptime-kuma/wittyoneoff_heartbeat.json')),
      ],
      'auto',
    );
    expect(s.format).to.equal('uptime-kuma');
    expect(s.components.map((c) => c.name)).to.include('socktop.io');
    expect(s.page.url).to.equal('https://uptime.example.com/status/wittyoneoff');
  });

  it('names the endpoint that did not answer JSON', async () => {
    const plan = planSource('https://uptime.example.com/status/a', 'auto', false);
    const error = await feedError(
      readSource(plan, [body(plan.urls[0]!, '{"config": {}}'), body(plan.urls[1]!, '<!doctype html><title>Login</title>')], 'auto'),
    );
    expect(error.message).to.match(/^https:\/\/uptime\.example\.com\/api\/status-page\/heartbeat\/a: Expected a status feed, got an HTML page/);
  });
});
