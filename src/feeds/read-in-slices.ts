import type {Pause} from './types.js';

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
