/**
 * Lets the page run between two slices of a long reading (input, rendering,
 * other scripts), and resolves when the reading may go on. The client gives
 * one (client/yield-to-page.ts): feeds/ has no timers.
 */
export type Pause = () => Promise<void>;

/** How a feed is read. */
export interface ReadOptions {
  /**
   * Given, a big feed is read in slices with a pause between them, so that
   * it is never one long task; a pause that rejects ends the reading (a
   * newer value came). Without it, every feed is read at once.
   */
  readonly pause?: Pause;
}

/**
 * Runs a reading that yields between slices of its work (native.ts) to its
 * end: at once without `pause`, or while it does not yield (a usual feed:
 * no pause, no extra task, the result at once); else slice after slice,
 * pausing between them, and the result is a Promise.
 */
export function readInSlices<T>(steps: Iterator<unknown, T>, pause?: Pause): T | Promise<T> {
  let step = steps.next();
  while (!step.done) {
    if (pause) return pause().then(() => readInSlices(steps, pause));
    step = steps.next();
  }
  return step.value;
}
