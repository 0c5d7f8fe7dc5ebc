/**
 * Runs fast-check properties with a failure report of bounded size: a
 * counterexample can be 20,000 levels deep or megabytes long, and neither
 * the test runner nor a reader can take that whole. The report keeps the
 * seed and path, so `fc.assert(…, {seed, path})` replays (and shrinks) it.
 */
import fc from 'fast-check';
import {engine} from '../helpers/engine.js';

const MAX_REPORT = 4000;

/**
 * How many of the runs asked for an engine makes. The fuzzed code (readers,
 * model, formatters) is the same JavaScript in every engine: Chromium runs
 * the whole sample, Firefox and WebKit a quarter of it, enough to catch what
 * their own Intl, regular expressions or JSON do differently, and it keeps
 * three engines within CI's time.
 */
const RUN_SHARE = engine === 'chromium' ? 1 : 0.25;
const runs = (numRuns: number) => Math.max(1, Math.ceil(numRuns * RUN_SHARE));

function describeValue(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 1500);
  } catch (error) {
    return `(not printable: ${String(error)})`;
  }
}

function fail(details: fc.RunDetails<unknown>): never {
  const error = details.errorInstance;
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  throw new Error(
    `Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"):\n` +
      `${message.slice(0, MAX_REPORT)}\ncounterexample: ${describeValue(details.counterexample)}`,
  );
}

/** Checks `predicate` on `numRuns` values (in Chromium; see RUN_SHARE); stops at the first failure (no shrinking: values can be huge). */
export function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  const details = fc.check(fc.property(arbitrary, predicate), {numRuns: runs(numRuns), endOnFailure: true});
  if (details.failed) fail(details as fc.RunDetails<unknown>);
}

export async function assertAsyncProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {numRuns: runs(numRuns), endOnFailure: true});
  if (details.failed) fail(details as fc.RunDetails<unknown>);
}
