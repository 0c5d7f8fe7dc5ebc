// The native reader in slices (feeds/read-in-slices.ts): the same Snapshot
// or FeedError as read at once, a pause after every SLICE items and updates
// and none before, and a pause that rejects ends the reading.
import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/feeds/feed-error.js';
import {SLICE, parseNativeFeed, readNativeFeed} from '../../src/feeds/native.js';
import {readInSlices} from '../../src/feeds/read-in-slices.js';
import {nativeFeed, resolvedIncident} from '../helpers/feeds.js';

/** `count` resolved incidents of one update each: 2 × count items and updates. */
const feedOf = (count: number) =>
  nativeFeed({incidents: Array.from({length: count}, (_, i) => resolvedIncident({id: `i${i}`, daysAgo: i + 1, title: `Incident ${i}`}))});

describe('readNativeFeed: a native feed in slices', () => {
  it('reads the same Snapshot as parseNativeFeed, pausing after every SLICE items and updates', async () => {
    const feed = feedOf(3 * SLICE);
    let pauses = 0;
    const read = readNativeFeed(feed, {pause: async () => void pauses++});
    expect(read).to.be.instanceOf(Promise);
    expect(await read).to.deep.equal(parseNativeFeed(feed));
    // 2 components, then 3 × SLICE incidents of one update each.
    expect(pauses).to.equal(Math.floor((2 + 6 * SLICE) / SLICE));
  });

  it('reads a usual feed at once, without pausing, even when it may', () => {
    const feed = feedOf(100);
    let pauses = 0;
    const read = readNativeFeed(feed, {pause: async () => void pauses++});
    expect(read).not.to.be.instanceOf(Promise);
    expect(read).to.deep.equal(parseNativeFeed(feed));
    expect(pauses).to.equal(0);
  });

  it('reads at once without a pause, whatever the size', () => {
    const feed = feedOf(2 * SLICE);
    expect(readNativeFeed(feed)).to.deep.equal(parseNativeFeed(feed));
  });

  it('rejects with the FeedError parseNativeFeed throws, naming bad fields found before and after pauses', async () => {
    const feed = feedOf(2 * SLICE) as unknown as {incidents: Record<string, unknown>[]};
    feed.incidents[0]!['started_at'] = 12;
    feed.incidents[2 * SLICE - 1]!['title'] = [];
    let expected: FeedError | undefined;
    try {
      parseNativeFeed(feed);
    } catch (error) {
      expected = error as FeedError;
    }
    const error = await Promise.resolve(readNativeFeed(feed, {pause: async () => {}})).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).message).to.equal(expected!.message);
    expect((error as FeedError).fields).to.deep.equal(['incidents[0].started_at', `incidents[${2 * SLICE - 1}].title`]);
  });

  it('ends the reading when a pause rejects: no slice is read after it', async () => {
    let slices = 0;
    function* steps() {
      for (;;) {
        slices++;
        yield;
      }
    }
    const stop = new Error('a newer value');
    let pauses = 0;
    const read = readInSlices(steps(), () => (++pauses === 3 ? Promise.reject(stop) : Promise.resolve()));
    expect(await Promise.resolve(read).catch((e: unknown) => e)).to.equal(stop);
    expect([pauses, slices]).to.deep.equal([3, 3]);
  });
});
