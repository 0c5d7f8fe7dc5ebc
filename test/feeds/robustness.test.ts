// Whatever a feed holds, an adapter returns a Snapshot that keeps the model's promises, or
// throws a FeedError: never another exception, never a link that is not http(s).
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parse as parseCachet} from '../../src/feeds/cachet.js';
import {read} from '../../src/feeds/formats.js';
import {FeedError} from '../../src/feeds/feed-error.js';
import {parse as parseInstatus} from '../../src/feeds/instatus.js';
import {parse as parseStatuspage} from '../../src/feeds/statuspage.js';
import {parse as parseSyndication} from '../../src/feeds/syndication.js';
import {parse as parseUptimeKuma} from '../../src/feeds/uptime-kuma.js';
import type {Snapshot} from '../../src/model/types.js';
import {fixtureJson, fixtureText} from './fixtures.js';

/** The promises every Snapshot keeps, whatever feed it came from. */
function checkSnapshot(s: Snapshot): void {
  const isLink = (url: unknown) => url === undefined || (typeof url === 'string' && /^https?:\/\//.test(url));
  expect(isLink(s.page.url), `page.url ${s.page.url}`).to.equal(true);
  for (const c of s.components) expect(typeof c.id).to.equal('string');
  for (const item of [...s.incidents, ...s.maintenances]) {
    expect(typeof item.id).to.equal('string');
    expect(isLink(item.url), `url ${item.url}`).to.equal(true);
    const start = 'startedAt' in item ? item.startedAt : item.startsAt;
    expect(Number.isFinite(start)).to.equal(true);
    for (const id of item.components) expect(typeof id).to.equal('string');
    const times = item.updates.map((u) => u.at);
    expect(times.every(Number.isFinite)).to.equal(true);
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    for (const u of item.updates) expect(u.text === undefined || typeof u.text === 'string' || typeof u.text === 'object').to.equal(true);
  }
  const starts = s.incidents.map((i) => i.startedAt);
  expect(starts).to.deep.equal([...starts].sort((a, b) => b - a));
}

async function settles(run: () => Snapshot | Promise<Snapshot>): Promise<void> {
  let snapshot: Snapshot;
  try {
    snapshot = await run();
  } catch (error) {
    expect(error, String((error as Error)?.stack ?? error)).to.be.instanceOf(FeedError);
    return;
  }
  checkSnapshot(snapshot);
}

/** A copy of `value` with the node at a random path replaced. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: any = Array.isArray(value) ? [...value] : {...value};
  copy[key] = mutate((value as any)[key], path.slice(1), replacement);
  return copy;
}

const ADAPTERS: [string, (value: unknown) => Snapshot | Promise<Snapshot>, string[]][] = [
  [
    'statuspage',
    parseStatuspage,
    [
      'statuspage/github_summary_2022-11-25_incident.json',
      'statuspage/github_incident_2026-07-19_actions_critical.json',
      'statuspage/site/api/v2/incidents.json',
    ],
  ],
  ['cachet', parseCachet, ['cachet/yoti_components.json', 'cachet/handwritten_incidents.json', 'cachet/handwritten_schedules.json']],
  ['uptime-kuma', parseUptimeKuma, ['uptime-kuma/handwritten_heartbeat.json', 'uptime-kuma/wittyoneoff_heartbeat.json']],
  ['instatus', parseInstatus, ['instatus/handwritten_summary.json', 'instatus/instatus_manychat_summary.json']],
  ['auto', (value) => read(value, 'auto'), ['native/design-example.json', 'statuspage/cloudflare_summary_2026-08-07_maintenance_trimmed.json']],
];

describe('adapters on any payload', () => {
  for (const [name, parse, fixtures] of ADAPTERS) {
    it(`${name}: any JSON value gives a Snapshot or a FeedError`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({maxDepth: 4}), (value) => settles(() => parse(value))),
        {numRuns: 300},
      );
    });

    it(`${name}: a real payload with any part replaced gives a Snapshot or a FeedError`, async () => {
      const payloads = await Promise.all(fixtures.map((f) => fixtureJson(f)));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...payloads),
          fc.array(fc.nat(), {minLength: 1, maxLength: 6}),
          fc.oneof(fc.jsonValue({maxDepth: 2}), fc.constantFrom(null, '', 'javascript:alert(1)', '2026-02-30T00:00:00Z', -1, 1e308, {}, [])),
          (payload, path, replacement) => settles(() => parse(mutate(payload, path, replacement))),
        ),
        {numRuns: 400},
      );
    });
  }

  it('atom/rss: any cut of a real feed, and any text, gives a Snapshot or a FeedError', async () => {
    const feeds = await Promise.all(['atom/streamyard_history.atom', 'rss/handwritten_statuspage_history.rss', 'rss/handwritten_plain.rss'].map(fixtureText));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...feeds), fc.nat(), fc.nat(), (feed, a, b) => {
        const [from, to] = [a % feed.length, b % feed.length].sort((x, y) => x - y);
        // Cut out a slice: truncation, a missing end tag, a broken entity, half an element.
        return settles(() => parseSyndication(feed.slice(0, from!) + feed.slice(to!)));
      }),
      {numRuns: 300},
    );
    await fc.assert(
      fc.asyncProperty(fc.string({maxLength: 300}), (text) => settles(() => parseSyndication(`<rss><channel>${text}</channel></rss>`))),
      {numRuns: 300},
    );
  });
});
