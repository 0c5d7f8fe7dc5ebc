// Property-based tests of every adapter (every format parseFeed knows, so a
// new adapter is fuzzed the day it lands) and of the model on what they
// produce: given any JSON value, any JavaScript value, any body text, a valid
// feed with fields replaced by hostile values, any string where a date is
// expected, deep nesting, duplicate ids, shared sub-objects and cycles, an
// adapter returns a sound Snapshot or throws a FeedError with a clear
// message — nothing else — and the model's derivations never throw on what
// it returns.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError} from '../../src/feeds/feed-error.js';
import {FORMATS, parseFeed, parseFeedText, type FormatOption} from '../../src/feeds/parse-feed.js';
import type {Snapshot} from '../../src/model/types.js';
import {anyJsValue, dateLike, deepNesting, mutatedFeed, paths, withLinks} from './arbitraries.js';
import {deriveEverything} from './derive.js';
import {FORMAT_ENTRIES} from './formats.js';
import {assertAsyncProperty} from './fuzz.js';
import {snapshotProblems} from './snapshot-shape.js';
import {guardHostPage} from '../helpers/guard.js';

/** A FeedError message a developer can read: said, and short enough to read. */
const MAX_MESSAGE = 2000;

const tally = {cases: 0, snapshots: 0, feedErrors: 0, derivations: 0, otherExceptions: 0};

/**
 * Runs one parse: a Snapshot must be sound and survive every derivation; a
 * FeedError must say something readable; anything else fails the property.
 */
async function check(parse: () => Snapshot | Promise<Snapshot>): Promise<void> {
  tally.cases++;
  let snapshot: Snapshot;
  try {
    // The adapters of formats other than native load as chunks: parseFeed may return a Promise.
    snapshot = await parse();
  } catch (error) {
    if (!(error instanceof FeedError)) {
      tally.otherExceptions++;
      throw new Error(`the adapter threw something other than a FeedError: ${(error as Error)?.stack ?? String(error)}`, {cause: error});
    }
    tally.feedErrors++;
    if (error.message.trim() === '' || error.message.length > MAX_MESSAGE) {
      throw new Error(`unclear FeedError (${error.message.length} characters): ${error.message.slice(0, 200)}`, {cause: error});
    }
    return;
  }
  tally.snapshots++;
  const problems = snapshotProblems(snapshot);
  if (problems.length > 0) throw new Error(`unsound Snapshot: ${problems.slice(0, 5).join('; ')}`);
  tally.derivations += deriveEverything(snapshot);
  tally.derivations += deriveEverything(snapshot, {
    lang: 'fr-CA',
    now: Date.now() + 400 * 86_400_000,
    components: 'api, downloads',
    days: 0,
    upcomingHours: 1e6,
  });
}

/** Serializes for the text path; a value too deep for JSON.stringify is skipped there (JSON.parse never makes one). */
function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

const FORMAT_OPTIONS: readonly FormatOption[] = FORMATS;

describe('fuzzing the adapters and the model', function () {
  // Each property is a fixed amount of work, not a wait: on a busy machine, or
  // in a slower engine, it only takes longer (the runs are what must not change).
  this.timeout(60_000);
  guardHostPage();
  after(() => {
    console.log(
      `[security] adapter fuzzing: ${tally.cases} cases (${tally.snapshots} snapshots, ${tally.feedErrors} FeedErrors, ${tally.derivations} model derivations), ${tally.otherExceptions} other exceptions`,
    );
  });

  it('covers every format parseFeed knows', async () => {
    expect(FORMAT_OPTIONS).to.include('auto');
    expect(FORMAT_OPTIONS).to.include('native');
  });

  for (const format of FORMAT_OPTIONS) {
    describe(`format "${format}"`, () => {
      it('any JSON value', async () => {
        await assertAsyncProperty(fc.jsonValue(), (value) => check(() => parseFeed(value, format)), 300);
      });

      it('any JavaScript value given to data (null prototypes, boxed values, Maps, sparse arrays, BigInts)', async () => {
        await assertAsyncProperty(anyJsValue, (value) => check(() => parseFeed(value, format)), 150);
      });

      it('any body text: strings, JSON texts, HTML-looking text', async () => {
        const body = fc.oneof(
          fc.string({unit: 'binary'}),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
          fc.string().map((s) => `<!doctype html><title>${s}`),
          fc.string().map((s) => `<${s}`),
          fc.string().map((s) => `\ufeff{"version": 1, ${s}`),
        );
        await assertAsyncProperty(body, (text) => check(() => parseFeedText(text, format, 'application/json')), 200);
      });

      it('any JSON value nested thousands of levels deep', async () => {
        await assertAsyncProperty(deepNesting, (value) => check(() => parseFeed(value, format)), 30);
      });
    });
  }

  for (const entry of FORMAT_ENTRIES) {
    if (typeof entry.build('x') !== 'object') continue;
    describe(`a valid ${entry.name} feed, mutated`, () => {
      if (entry.adapter) {
        it('with fields replaced by hostile values, dates by anything, items duplicated', async () => {
          await assertAsyncProperty(mutatedFeed(entry), (feed) => check(() => parseFeed(feed, entry.format)), 1500);
        });
      }

      it('the same, as a body', async () => {
        await assertAsyncProperty(
          mutatedFeed(entry),
          async (feed) => {
            const text = jsonText(feed);
            if (text !== undefined) await check(() => parseFeedText(text, entry.format, 'application/json'));
          },
          500,
        );
      });

      if (!entry.adapter) return;

      it('with any string (or value) in every date field at once', async () => {
        const base = entry.build('Dates') as object;
        const datePaths = paths(base).filter((p) => {
          const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], base);
          return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);
        });
        expect(datePaths.length, 'date fields in the base feed').to.be.greaterThan(3);
        await assertAsyncProperty(
          fc.array(dateLike, {minLength: datePaths.length, maxLength: datePaths.length}),
          async (dates) => {
            const feed = structuredClone(base);
            datePaths.forEach((path, i) => {
              const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], feed) as Record<string | number, unknown>;
              parent[path[path.length - 1]!] = dates[i];
            });
            await check(() => parseFeed(feed, entry.format));
          },
          1000,
        );
      });

      it('with shared sub-objects and cycles', async () => {
        await assertAsyncProperty(withLinks(mutatedFeed(entry)), (feed) => check(() => parseFeed(feed, entry.format)), 500);
      });

      it('with the same item given many times (duplicate ids, shared references)', async () => {
        await assertAsyncProperty(
          fc.tuple(fc.integer({min: 2, max: 300}), fc.boolean()),
          async ([times, shared]) => {
            const feed = entry.build('Duplicate') as Record<string, unknown>;
            for (const [key, value] of Object.entries(feed)) {
              if (Array.isArray(value) && value.length > 0) {
                feed[key] = Array.from({length: times}, () => (shared ? value[0] : structuredClone(value[0])));
              }
            }
            await check(() => parseFeed(feed, entry.format));
          },
          100,
        );
      });
    });
  }

  it('hostile values alone, in place of a whole feed, for every format', async () => {
    for (const format of FORMAT_OPTIONS) await assertAsyncProperty(withLinks(fc.jsonValue()), (value) => check(() => parseFeed(value, format)), 50);
  });
});
