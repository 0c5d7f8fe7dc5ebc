// A big JSON body parsed in slices (feeds/json-in-slices.ts), and written
// in slices (the store's copy of a big Snapshot): the same value or text as
// JSON.parse and JSON.stringify, a pause after every slice and none for a
// usual body, the FeedError readJson() throws for a body that is not JSON,
// and the Statuspage reader in slices. Work is counted (pauses), never timed.
import {expect} from '@open-wc/testing';
import {BIG_JSON, readJson, readJsonInSlices} from '../../src/feeds/body.js';
import {FeedError} from '../../src/feeds/feed-error.js';
import {ITEMS_SLICE, JSON_SLICE, parseJsonSteps, stringifySteps} from '../../src/feeds/json-in-slices.js';
import {parseFeedText} from '../../src/feeds/parse-feed.js';
import {ITEM_SLICE, parse as parseStatuspage, read as readStatuspage} from '../../src/feeds/statuspage.js';

/** Every step of a generator run at once: its value and how many times it yielded. */
function run<T>(steps: Generator<void, T, void>): {value: T; pauses: number} {
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  return {value: step.value, pauses};
}

const parsed = (text: string, slice = 3) => run(parseJsonSteps(text, slice)).value;
const errorOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

/** A native feed of `count` incidents, as text: over BIG_JSON at 10,000. */
const bigNative = (count: number) =>
  JSON.stringify({
    version: 1,
    page: {name: 'Big', lang: 'en'},
    incidents: Array.from({length: count}, (_, i) => ({
      id: `i${i}`,
      title: {en: `Incident ${i} "quoted" \\ é \u2028`, fr: `Incident ${i}`},
      severity: 'minor',
      status: 'resolved',
      started_at: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000).toISOString(),
      resolved_at: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000 + 60_000).toISOString(),
      updates: [{id: 'u1', at: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000).toISOString(), text: 'Line one.\nLine two.'}],
    })),
  });

describe('parseJsonSteps: JSON in slices', () => {
  it('gives what JSON.parse gives, for every kind of value', () => {
    for (const text of [
      '{}',
      '[]',
      ' [1, -2.5e3, 0, -0, 1e400, true, false, null, "", "a\\"b\\\\c\\u00e9\\n"] ',
      '{"a": {"b": [[], {}, [[[1]]]]}, "c": "d", "c": "last"}',
      '"a string alone"',
      '42',
      '"\u2028 é 😀"',
    ]) {
      expect(parsed(text), text).to.deep.equal(JSON.parse(text));
    }
    expect(Object.is(parsed('-0'), -0)).to.equal(true);
  });

  it('keeps a "__proto__" key as a plain property, never a prototype', () => {
    const value = parsed('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('refuses, with a SyntaxError, what JSON.parse refuses', () => {
    for (const text of [
      '',
      ' ',
      '[1,]',
      '{"a":1,}',
      '[1}',
      '{"a"}',
      '{a:1}',
      '01',
      '[1 2]',
      '"\t"',
      '"open',
      '{',
      '[',
      'tru',
      '1x',
      '[]]',
      '{,}',
      '"\\x"',
      'NaN',
      '.5',
      '1.',
    ]) {
      expect(() => JSON.parse(text), text).to.throw(SyntaxError);
      expect(() => parsed(text), text).to.throw(SyntaxError);
    }
  });

  it('parses nesting deeper than the call stack goes', () => {
    const depth = 200_000;
    let value = parsed('['.repeat(depth) + ']'.repeat(depth));
    let levels = 0;
    while (Array.isArray(value) && value.length) [value, levels] = [value[0], levels + 1];
    expect(levels).to.equal(depth - 1);
  });

  it('pauses after every JSON_SLICE characters, and reads a big feed as JSON.parse does', () => {
    const text = bigNative(10_000);
    expect(text.length).to.be.greaterThan(BIG_JSON);
    const {value, pauses} = run(parseJsonSteps(text));
    expect(value).to.deep.equal(JSON.parse(text));
    expect(pauses).to.be.within(Math.floor(text.length / JSON_SLICE) - 1, Math.ceil(text.length / JSON_SLICE) + 1);
  });
});

describe('readJsonInSlices', () => {
  it('parses a big body in slices when it may pause, a usual one at once', async () => {
    const big = bigNative(10_000);
    let pauses = 0;
    expect(await readJsonInSlices(big, '', {pause: async () => void pauses++})).to.deep.equal(JSON.parse(big));
    expect(pauses).to.be.greaterThan(10);
    pauses = 0;
    expect(await readJsonInSlices('{"version": 1}', '', {pause: async () => void pauses++})).to.deep.equal({version: 1});
    expect(await readJsonInSlices(big)).to.deep.equal(JSON.parse(big));
    expect(pauses).to.equal(0);
  });

  it('rejects a big body that is not JSON with the FeedError readJson throws', async () => {
    for (const broken of [`${bigNative(10_000)},`, `<html>${' '.repeat(BIG_JSON)}</html>`, `{"a": "${'x'.repeat(BIG_JSON)}`]) {
      let expected: Error | undefined;
      try {
        readJson(broken);
      } catch (error) {
        expected = error as Error;
      }
      const error = await errorOf(readJsonInSlices(broken, '', {pause: async () => {}}));
      expect(error).to.be.instanceOf(FeedError);
      expect(error!.message).to.equal(expected!.message);
    }
  });

  it('ends the reading when a pause rejects', async () => {
    const stop = new Error('stopped');
    let pauses = 0;
    const error = await errorOf(readJsonInSlices(bigNative(10_000), '', {pause: () => (++pauses === 2 ? Promise.reject(stop) : Promise.resolve())}));
    expect(error).to.equal(stop);
    expect(pauses).to.equal(2);
  });

  it('gives a big native feed the same Snapshot through parseFeedText, pausing', async () => {
    const big = bigNative(10_000);
    let pauses = 0;
    const snapshot = await parseFeedText(big, 'auto', '', {pause: async () => void pauses++});
    expect(snapshot).to.deep.equal(await parseFeedText(big));
    expect(pauses).to.be.greaterThan(10);
  });
});

describe('stringifySteps: a Snapshot written in slices', () => {
  it('writes what JSON.stringify writes, pausing after every ITEMS_SLICE items of a long list', () => {
    const value = {
      kind: 'status-snapshot',
      skipped: undefined,
      incidents: Array.from({length: 3 * ITEMS_SLICE + 1}, (_, i) => ({id: `i${i}`, text: `"${i}" é`, gone: undefined, at: i})),
      components: [{id: 'a'}],
      page: {name: 'P'},
    };
    const {value: text, pauses} = run(stringifySteps(value));
    expect(text).to.equal(JSON.stringify(value));
    expect(pauses).to.equal(3);
    expect(run(stringifySteps({a: [1, 2], b: 'c'}))).to.deep.equal({value: JSON.stringify({a: [1, 2], b: 'c'}), pauses: 0});
  });
});

describe('the Statuspage reader in slices', () => {
  const incidents = (count: number) => ({
    page: {id: 'p', name: 'Example', url: 'https://status.example.com'},
    incidents: Array.from({length: count}, (_, i) => ({
      id: `inc${i}`,
      name: `Incident ${i}`,
      status: 'resolved',
      impact: 'minor',
      created_at: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000).toISOString(),
      resolved_at: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000 + 60_000).toISOString(),
      incident_updates: [
        {id: `u${i}`, status: 'resolved', body: 'Fixed.<br />Sorry.', created_at: new Date(Date.UTC(2020, 0, 1) - i * 3_600_000).toISOString()},
      ],
    })),
  });

  it('reads the same Snapshot as parse(), pausing after every ITEM_SLICE incidents', async () => {
    const feed = incidents(3 * ITEM_SLICE);
    let pauses = 0;
    const read = readStatuspage(feed, 'statuspage', {pause: async () => void pauses++});
    expect(read).to.be.instanceOf(Promise);
    expect(await read).to.deep.equal(parseStatuspage(feed));
    expect(pauses).to.equal(3);
  });

  it('reads a usual payload at once, without pausing', () => {
    const feed = incidents(10);
    let pauses = 0;
    const read = readStatuspage(feed, 'statuspage', {pause: async () => void pauses++});
    expect(read).not.to.be.instanceOf(Promise);
    expect(pauses).to.equal(0);
  });
});
