// Hostile feed shapes that random generation does not reach: a body that
// claims to be a Snapshot, malformed Snapshots, hundreds of thousands of
// updates, megabyte lines built to make regular expressions backtrack,
// exponential sharing, cycles, extreme nesting, prototype keys. Each must end
// (a quadratic scan of a megabyte line would run for hours: the test
// timeout is the only clock here) in a render or a `status-error`, and never
// reach the host page.
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import {parseFeed, parseFeedText} from '../../src/feeds/parse-feed.js';
import {FeedError} from '../../src/feeds/feed-error.js';
import {parseRichText} from '../../src/model/rich-text.js';
import {normalize} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {exponentialDag, nested} from './arbitraries.js';
import {FORMAT_ENTRIES, serialize} from './formats.js';
import {findEscapes, linkHrefs} from './inspect.js';
import {serveFeed} from './serve.js';

type StatusEl = HTMLElement & {data: unknown; updateComplete: Promise<unknown>};

interface Outcome {
  el: StatusEl;
  loaded: boolean;
  errors: string[];
}

/** Renders one element with `data` or `src` and waits until it has loaded or failed (and re-rendered). */
async function show(tag: string, feed: {data?: unknown; src?: string}, attributes: Record<string, string> = {}): Promise<Outcome> {
  const el = document.createElement(tag) as StatusEl;
  for (const [name, value] of Object.entries({lang: 'en', days: '0', refresh: '0', ...attributes})) el.setAttribute(name, value);
  const outcome: Outcome = {el, loaded: false, errors: []};
  const settled = new Promise<void>((resolve) => {
    el.addEventListener('status-load', () => {
      outcome.loaded = true;
      resolve();
    });
    el.addEventListener('status-error', (e) => {
      outcome.errors.push((e as CustomEvent).detail.error.message);
      resolve();
    });
  });
  if (feed.src) el.setAttribute('src', feed.src);
  else el.data = feed.data;
  document.body.append(el);
  await settled;
  await el.updateComplete;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return outcome;
}

const native = FORMAT_ENTRIES.find((e) => e.name === 'native')!;
const snapshotEntry = FORMAT_ENTRIES.find((e) => e.name === 'snapshot')!;

describe('hostile feed shapes', () => {
  guardHostPage();
  const shown: HTMLElement[] = [];
  afterEach(() => shown.splice(0).forEach((el) => el.remove()));
  const keep = (o: Outcome) => (shown.push(o.el), o);

  describe('a body that says it is a Snapshot', () => {
    it('is read by the adapters, never trusted: without a version it is refused as an unknown feed', async () => {
      const src = await serveFeed(serialize(snapshotEntry.build('javascript:__xss.push("snapshot body")')));
      const o = keep(await show('status-history', {src}));
      expect(o.loaded).to.equal(false);
      // Refused by whichever adapter its shape calls for, with what it expected and what came.
      expect(o.errors[0]).to.match(/(Unrecognized|Invalid) .*expected/);
    });

    it('with a version, is a native feed: the adapter reads it, and nothing it did not check gets through', async () => {
      const body = {...(snapshotEntry.build('javascript:__xss.push(1)') as object), version: 1};
      const refused = await parseFeedText(JSON.stringify(body)).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).to.be.instanceOf(FeedError);
      expect((refused as Error).message).to.match(/incidents\[0\]\.started_at/);
      // The same object given to `data` is a Snapshot (the app's own value), and its links are still checked where they are made.
      const o = keep(await show('status-history', {data: body}));
      expect(o.loaded).to.equal(true);
      expect(linkHrefs(o.el)).to.deep.equal([]);
      expect(findEscapes(o.el)).to.deep.equal([]);
    });
  });

  describe('a malformed Snapshot given to data', () => {
    const datesNotNumbers = {
      ...(snapshotEntry.build('x') as object),
      incidents: [{...(snapshotEntry.build('x') as {incidents: object[]}).incidents[0], startedAt: 'yesterday'}],
    };
    // Found by the fuzzing (fuzz-model): the banner of such an incident re-rendered without end, freezing the page.
    const base = snapshotEntry.build('x') as {incidents: {updates: object[]}[]};
    const updateTimeNotANumber = {...base, incidents: [{...base.incidents[0], updates: [{...base.incidents[0]!.updates[0], at: {}}]}]};
    for (const [name, data, tags] of [
      ['nothing but its brand', {kind: 'status-snapshot'}, ['status-banner', 'status-history', 'status-indicator']],
      [
        'incidents that are not objects',
        {kind: 'status-snapshot', page: {}, components: [], incidents: [1, null], maintenances: [], history: 'full'},
        ['status-banner', 'status-history', 'status-indicator'],
      ],
      // The banner and the indicator do not read a start date beside a newer update; the history does.
      ['dates that are not numbers', datesNotNumbers, ['status-history']],
      ['an update time that is not a number', updateTimeNotANumber, ['status-banner', 'status-history']],
    ] as const) {
      for (const tag of tags) {
        it(`${name}: <${tag}> says so with a status-error and shows no status`, async () => {
          const o = keep(await show(tag, {data}, {'show-operational': ''}));
          expect(
            o.errors.some((m) => m.startsWith('Could not show this status: ')),
            o.errors.join(' | '),
          ).to.equal(true);
          expect(findEscapes(o.el)).to.deep.equal([]);
        });
      }
    }

    it('is forgotten when a good feed follows', async () => {
      const o = keep(await show('status-history', {data: {kind: 'status-snapshot'}}));
      o.el.data = native.build('Recovered');
      await o.el.updateComplete;
      await o.el.updateComplete;
      expect(normalize(o.el.shadowRoot!.textContent)).to.include('Recovered');
    });
  });

  describe('sizes the format allows, within the 5 MB limit', () => {
    it('an incident with 190,000 updates (3.6 MB) renders', async function () {
      this.timeout(30_000);
      const updates = Array.from({length: 190_000}, (_, i) => ({at: `20${String(10 + (i % 15)).padStart(2, '0')}-07-11`}));
      const body = JSON.stringify({version: 1, incidents: [{id: 'many', title: 'Many updates', status: 'resolved', started_at: '2009-01-01', updates}]});
      expect(body.length).to.be.within(3_000_000, 5 * 1024 * 1024);
      const src = await serveFeed(body);
      const t0 = performance.now();
      const o = keep(await show('status-history', {src}));
      console.log(`[security] an incident with 190,000 updates: fetched, parsed and rendered in ${Math.round(performance.now() - t0)} ms`);
      expect(o.errors).to.deep.equal([]);
      expect(o.el.shadowRoot!.querySelector('[part~="incident-title"]')!.textContent).to.equal('Many updates');
      // The timeline shows the newest 100 and says how many more there are.
      const timeline = o.el.shadowRoot!.querySelector('[part~="updates"]')!;
      const items = timeline.querySelectorAll('li');
      expect(items).to.have.length(101);
      expect(normalize(items[100]!.textContent)).to.equal('189900 earlier updates are not shown.');
    });

    it('a megabyte line of spaces, of fences and of near-links ends (no quadratic scan)', async function () {
      // Linear work takes milliseconds to seconds (WebKit, a busy machine); a
      // quadratic scan of a megabyte takes hours: a minute tells them apart.
      this.timeout(60_000);
      const mega = 1024 * 1024;
      const lines = [
        `a${' '.repeat(mega)}b`,
        `\`\`\`${' '.repeat(mega)}!`,
        `${' '.repeat(mega)}\`\`\`x`,
        `${'a@b.'.repeat(mega / 4)}1`,
        `${'https://a.b/'.repeat(mega / 12)},,,`,
        `${'http://'.repeat(mega / 7)}`,
        `${'x'.repeat(mega)}@`,
      ];
      for (const line of lines) {
        const t0 = performance.now();
        const blocks = parseRichText(line);
        console.log(
          `[security] rich text of a ${line.length}-character line (${JSON.stringify(line.slice(0, 12))}…): ${Math.round(performance.now() - t0)} ms`,
        );
        expect(blocks.length).to.be.greaterThan(0);
      }
      const text = lines.join('\n\n');
      const feed = native.build('Pathological text');
      (feed as {incidents: {updates: {text: string}[]}[]}).incidents[0]!.updates[0]!.text = text;
      for (const tag of ['status-banner', 'status-history']) {
        const o = keep(await show(tag, {data: feed}));
        expect(o.errors).to.deep.equal([]);
      }
    });
  });

  describe('shapes that walk forever if walked naively', () => {
    it('a text shared 2^60 ways (an exponential DAG) is refused at once', async () => {
      const feed = native.build('DAG') as {incidents: {title: unknown}[]};
      feed.incidents[0]!.title = exponentialDag(60);
      const o = keep(await show('status-history', {data: feed}));
      expect(o.errors[0]).to.match(/incidents\[0\]\.title: expected a text/);
    });

    it('cycles everywhere are refused or read, never followed forever', async () => {
      const feed = native.build('Cycles') as Record<string, unknown> & {incidents: Record<string, unknown>[]; page: Record<string, unknown>};
      feed.page['self'] = feed;
      feed.incidents[0]!['updates'] = [feed.incidents[0], ...(feed.incidents[0]!['updates'] as unknown[])];
      feed.incidents.push(feed.incidents[0]!);
      feed['maintenances'] = feed['incidents'];
      const o = keep(await show('status-history', {data: feed}));
      expect(o.loaded || o.errors.length > 0).to.equal(true);
      expect(findEscapes(o.el)).to.deep.equal([]);
    });

    it('nesting a million levels deep: a body, and an object given to data', async () => {
      const depth = 1_000_000;
      const src = await serveFeed(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      expect(keep(await show('status-indicator', {src})).errors[0]).to.match(/^Unrecognized status feed/);
      const feed = native.build('Deep') as {incidents: Record<string, unknown>[]};
      feed.incidents[0]!['title'] = nested(100_000);
      feed.incidents[0]!['report'] = nested(100_000);
      expect(keep(await show('status-history', {data: feed})).errors[0]).to.match(/incidents\[0\]\.title/);
    });
  });

  describe('prototype keys', () => {
    it('a feed full of __proto__ and constructor keys pollutes nothing', async () => {
      const body = JSON.stringify(native.build('Proto'))
        .replace('{"version":1,', '{"version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},')
        .replace(/"report":\{/g, '"report":{"__proto__":{"polluted":1},');
      const src = await serveFeed(body);
      const o = keep(await show('status-history', {src}));
      expect(o.errors).to.deep.equal([]);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect((await parseFeed(JSON.parse(body))).incidents).to.have.length(1);
    });
  });

  describe('what a FeedError says', () => {
    it('stays short whatever the feed holds (megabyte keys and values)', async () => {
      const huge = 'k'.repeat(1024 * 1024);
      const feeds = [
        {[huge]: 1},
        {version: 1, incidents: [{id: 'x', title: {[huge]: 1, [`${huge}2`]: 2}, started_at: huge}]},
        {version: 1, page: {name: [huge]}, incidents: Array.from({length: 1000}, () => ({id: huge}))},
        huge,
      ];
      for (const feed of feeds) {
        let message = '';
        try {
          await parseFeed(feed);
        } catch (error) {
          expect(error).to.be.instanceOf(FeedError);
          message = (error as Error).message;
        }
        expect(message.length, message.slice(0, 200)).to.be.within(20, 2000);
      }
    });
  });
});
