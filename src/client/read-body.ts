/**
 * The most a feed may weigh once decoded: 5 MB. Real feeds weigh kilobytes
 * (a Statuspage summary ~10 KB, years of history a few hundred); past this,
 * reading, parsing and holding it would cost the host page more than any
 * status is worth, and a compressed "zip bomb" could exhaust its memory.
 */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/**
 * Reads a response's text, refusing it — and cancelling the download — as
 * soon as it is larger than `maxBytes`: at once when its Content-Length says
 * so, else as the bytes arrive (a chunked body declares no length, a
 * compressed one only its compressed length). `refuse` makes the error to
 * throw. The deadline is the request's: aborting it ends the read, with the
 * abort's reason.
 * Decodes as `Response.text()` does: UTF-8, byte order mark dropped.
 */
export async function readBody(response: Response, refuse: (message: string) => Error, maxBytes = MAX_FEED_BYTES): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  // A Content-Length over the limit is refused before a byte is read.
  let size = Number(response.headers.get('content-length')) > maxBytes ? Infinity : 0;
  for (;;) {
    if (size > maxBytes) {
      reader?.cancel().catch(() => {});
      throw refuse(`The feed is larger than ${maxBytes / 1048576} MB: refused`);
    }
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return text + decoder.decode();
    size += chunk.value.byteLength;
    text += decoder.decode(chunk.value, {stream: true});
  }
}
