/**
 * Resolves in a task after the next frame is painted: for work that frame
 * does not show, which would otherwise delay it. A message posted from a
 * requestAnimationFrame callback (which runs just before the frame's paint)
 * is read after the paint. A hidden tab paints no frame: there, after at
 * most a moment (setTimeout, which a hidden tab may slow to once a second).
 * Not client/yield-to-page.ts: that is the sliced reading's pause (through
 * scheduler.yield(), which the reading's tests count), and this is no pause.
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const {port1, port2} = new MessageChannel();
    port1.onmessage = () => {
      // Closed, the channel is let go of at once.
      port1.close();
      resolve();
    };
    const send = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      port2.postMessage(0);
    };
    const frame = requestAnimationFrame(send);
    const timer = setTimeout(send, 100);
  });
