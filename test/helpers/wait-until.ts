/**
 * open-wc's `waitUntil`, with a deadline fitted to a busy machine. Its own
 * default gives up after 1 s, which a loaded 2-core CI machine can spend
 * on a fetch, a chunk load or a render; a condition that comes true ends the
 * wait at once, so a longer deadline costs nothing when all is well. 5 s
 * leaves a test (20 s, web-test-runner.config.mjs) time to say which wait
 * failed, with its message, rather than only that it timed out.
 */
import {waitUntil as openWcWaitUntil} from '@open-wc/testing';

export const WAIT_MS = 5000;

export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: {interval?: number; timeout?: number} = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, {timeout: WAIT_MS, ...options});
}
