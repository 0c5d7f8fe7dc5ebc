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
 * so, else as the bytes arrive (a chunked or compressed body declares
 * nothing true). `refuse` makes the error to throw. The deadline is the
 * request's: its abort signal ends the read, with the signal's reason.
 * Decodes as `Response.text()` does: UTF-8, byte order mark dropped.
 */
export async function readBody(response: Response, refuse: (message: string) => Error, maxBytes = MAX_FEED_BYTES): Promise<string> {
  const tooLarge = () => refuse(`The feed is larger than ${maxBytes / 1048576} MB, the most a status feed may weigh: refused`);
  const body = response.body;
  if (Number(response.headers.get('content-length')) > maxBytes) {
    body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
}
