/**
 * A pause between two slices of a long reading (feeds/read-in-slices.ts):
 * lets the page handle input and render, then resumes at once. With
 * `scheduler.yield()` where the browser has it (the reading goes on before
 * other tasks queued meanwhile), else a message to ourselves, a task of its
 * own. Not setTimeout (throttled to once a second, or a minute, in a
 * background tab) nor requestAnimationFrame (never runs in a hidden tab).
 */
export const yieldToPage = (): Promise<void> =>
  (globalThis as {scheduler?: {yield?(): Promise<void>}}).scheduler?.yield?.() ??
  new Promise((resolve) => {
    const {port1, port2} = new MessageChannel();
    port1.onmessage = () => {
      // Closed, the channel is let go of at once.
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
