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
