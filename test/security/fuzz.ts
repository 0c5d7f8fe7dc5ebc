/**
 * Runs fast-check properties with a failure report of bounded size: a
 * counterexample can be 20,000 levels deep or megabytes long, and neither
 * the test runner nor a reader can take that whole. The report keeps the
 * seed and path, so `fc.assert(…, {seed, path})` replays (and shrinks) it.
 */
import fc from 'fast-check';

const MAX_REPORT = 4000;

/**
 * How many of the runs asked for a test run makes. `npm test` runs a tenth
 * of each property's sample in every engine: the fuzzed code (readers,
 * model, formatters) is the same JavaScript everywhere, and a tenth is
 * enough to catch what an engine's Intl, regular expressions or JSON do
 * differently while three engines fit CI's 15 minutes on 2 cores. The whole
 * sample (about 47,000 adapter cases, 2 to 4 minutes in Chromium on a busy
 * 2-core machine) runs with `FUZZ=full` (`npm run test:fuzz`): the share is
 * set on the test page by web-test-runner.config.mjs.
 */
const RUN_SHARE = (globalThis as {statusBannerFuzzShare?: number}).statusBannerFuzzShare ?? 1;
/** Never fewer than this many runs of a property, whatever the share. */
const MIN_RUNS = 5;
const runs = (numRuns: number) => Math.min(numRuns, Math.max(MIN_RUNS, Math.ceil(numRuns * RUN_SHARE)));

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

/** Checks `predicate` on `numRuns` values (a share of them; see RUN_SHARE); stops at the first failure (no shrinking: values can be huge). */
export function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  const details = fc.check(fc.property(arbitrary, predicate), {numRuns: runs(numRuns), endOnFailure: true});
  if (details.failed) fail(details as fc.RunDetails<unknown>);
}

export async function assertAsyncProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {numRuns: runs(numRuns), endOnFailure: true});
  if (details.failed) fail(details as fc.RunDetails<unknown>);
}
