/** Resolves once the next frame has been rendered: a message posted from requestAnimationFrame runs after that frame's style, layout and paint. */
export function afterNextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );
}

/**
 * Runs `change` (which resolves once the element shows it) from a task of
 * the page's own, as an app's script would: the time to its DOM update, and
 * to the frame that shows it.
 */
export const timedFromTask = (change) =>
  new Promise((resolve) =>
    setTimeout(async () => {
      const start = performance.now();
      await change();
      const dom = performance.now() - start;
      await afterNextFrame();
      resolve({dom, frame: performance.now() - start});
    }),
  );
