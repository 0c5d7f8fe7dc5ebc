// Size and time limits: a feed larger than 5 MB — declared, chunked, or a
// small gzip download that inflates — is refused with a clear error and its
// download cancelled; a response that trickles forever is cut at the
// request's deadline; the page keeps running meanwhile; the elements say so
// with a status-error and keep the host page unharmed.
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {FetchError, fetchFeedText} from '../../src/client/fetch-feed.js';
import {MAX_FEED_BYTES, readBody} from '../../src/client/read-body.js';
import {loadStatus} from '../../src/headless.js';
import {normalize} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {bytesSent, uniqueKey} from './serve.js';

const MB = 1024 * 1024;
const refuse = (message: string) => new Error(message);

/** A body streamed in the given chunks; records whether the reader cancelled it, and how many chunks were pulled. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}) {
  const state = {cancelled: false, pulled: 0};
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled++;
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return {response: new Response(stream, {headers}), state};
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

/** Waits until the test server saw the client close the response for `key` before its end. */
async function hungUp(key: string): Promise<void> {
  let closed = false;
  await waitUntil(
    async () => {
      closed = (await bytesSent(key)).closed;
      return closed;
    },
    `the server never saw the client hang up (${key})`,
    // Seen at once on an idle machine; the rest of a test's 10 s for a busy one.
    {timeout: 8000, interval: 50},
  );
}

/** Counts the page's timer callbacks while `work` runs: the page was not frozen if they kept coming. */
async function ticksDuring<T>(work: Promise<T>): Promise<{result: T; ticks: number}> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  try {
    return {result: await work, ticks};
  } finally {
    clearInterval(timer);
  }
}

describe('size and time limits', () => {
  guardHostPage();

  describe('readBody', () => {
    it('reads what Response.text() reads: UTF-8, byte order mark dropped, characters split across chunks', async () => {
      const bytes = new TextEncoder().encode('\ufeff{"page": {"name": "Échec — 障害 🚨"}}');
      const oneByOne = [...bytes].map((b) => new Uint8Array([b]));
      expect(await readBody(streamed(oneByOne).response, refuse)).to.equal(await new Response(bytes).text());
      expect(await readBody(new Response(null), refuse)).to.equal('');
    });

    it('refuses at once a body whose Content-Length is over the limit, without reading it', async () => {
      const {response, state} = streamed([new Uint8Array(10)], {'content-length': String(MAX_FEED_BYTES + 1)});
      const error = await rejection(readBody(response, refuse));
      expect(error.message).to.equal('The feed is larger than 5 MB: refused');
      expect(state.cancelled).to.equal(true);
    });

    it('refuses a body that grows past the limit while it arrives, and cancels the rest', async () => {
      const chunk = new Uint8Array(MB).fill(32);
      const {response, state} = streamed(Array.from({length: 20}, () => chunk));
      const error = await rejection(readBody(response, refuse));
      expect(error.message).to.match(/larger than 5 MB/);
      expect(state.cancelled).to.equal(true);
      expect(state.pulled).to.be.below(10);
    });

    it('accepts a body of exactly the limit', async () => {
      const {response} = streamed([new Uint8Array(MAX_FEED_BYTES).fill(32)]);
      expect((await readBody(response, refuse)).length).to.equal(MAX_FEED_BYTES);
    });
  });

  describe('over HTTP', () => {
    it('a 512 MB chunked feed is refused, its download cancelled, the page running meanwhile', async function () {
      this.timeout(20_000);
      // WebKit's network process reads ahead of the page, whatever the page
      // reads: it had taken 49 MB, once all 64 MB, before the page's cancel
      // reached it. 512 MB leaves room to see the hang-up in every engine.
      const BIG = 512 * MB;
      const key = uniqueKey('chunked');
      const {result: error, ticks} = await ticksDuring(rejection(fetchFeedText(`/security/big?bytes=${BIG}&key=${key}`)));
      expect(error).to.be.instanceOf(FetchError);
      expect(error.message).to.equal(`The feed is larger than 5 MB: refused (/security/big?bytes=${BIG}&key=${key})`);
      expect(ticks, 'timer callbacks while the feed was read').to.be.greaterThan(0);
      // The client hung up, long before the end.
      await hungUp(key);
      const sent = await bytesSent(key);
      expect(sent.sent).to.be.below(BIG);
      console.log(`[security] 512 MB chunked feed refused after the server wrote ${(sent.sent / MB).toFixed(1)} MB`);
    });

    it('a feed that declares 6 MB is refused before its body is read', async () => {
      const key = uniqueKey('declared');
      const error = await rejection(fetchFeedText(`/security/big?bytes=${6 * MB}&length=declared&key=${key}`));
      expect(error.message).to.match(/^The feed is larger than 5 MB/);
    });

    // 16 MB inflated is as much past the limit as 200 MB for the reader, which
    // stops at 5 MB either way; it spares the server compressing 200 MB
    // (seconds on a busy machine, where this test once hit its timeout).
    it('a 16 KB gzip download that inflates to 16 MB is refused at 5 MB', async () => {
      const key = uniqueKey('gzip');
      const {result: error, ticks} = await ticksDuring(rejection(fetchFeedText(`/security/big?bytes=${16 * MB}&gzip=1&key=${key}`)));
      expect(error.message).to.match(/^The feed is larger than 5 MB/);
      expect(ticks).to.be.greaterThan(0);
      const sent = await bytesSent(key);
      // Counted, not timed: what came over the wire was far under the limit, so only the inflated bytes can have been refused.
      expect(sent.sent, 'bytes on the wire').to.be.below(MAX_FEED_BYTES / 100);
      console.log(`[security] gzip bomb: ${(sent.sent / 1024).toFixed(0)} KB on the wire for 16 MB inflated, refused`);
    });

    it('a feed of exactly 5 MB is read', async function () {
      this.timeout(20_000);
      const fetched = await fetchFeedText(`/security/big?bytes=${MAX_FEED_BYTES}&key=${uniqueKey('exact')}`);
      expect(fetched.body.length).to.equal(MAX_FEED_BYTES);
      expect(JSON.parse(fetched.body)).to.deep.equal({version: 1});
    });

    it('a response that trickles forever is cut at the request deadline, with the page running meanwhile', async () => {
      const key = uniqueKey('trickle');
      const url = `/security/trickle?every=50&key=${key}`;
      const {result: error, ticks} = await ticksDuring(rejection(fetchFeedText(url, {timeoutMs: 1000})));
      expect(error).to.be.instanceOf(FetchError);
      expect(error.message).to.equal(`No answer from ${url} within 1 s`);
      expect(ticks).to.be.greaterThan(0);
      await hungUp(key);
      // The server sends its first byte with the headers: the deadline cut a response under way.
      expect((await bytesSent(key)).sent, 'bytes that did arrive').to.be.greaterThan(0);
    });

    it('loadStatus refuses both the same way', async () => {
      expect((await rejection(loadStatus(`/security/big?bytes=${6 * MB}&length=declared&key=${uniqueKey('ls')}`))).message).to.match(/larger than 5 MB/);
      expect((await rejection(loadStatus(`/security/trickle?every=50&key=${uniqueKey('ls')}`, {timeoutMs: 500}))).message).to.match(
        /^No answer from .* within 0.5 s$/,
      );
    });
  });

  describe('the elements', () => {
    it('say a feed over the limit could not be loaded, with a status-error that says why', async function () {
      this.timeout(20_000);
      const src = `/security/big?bytes=${16 * MB}&key=${uniqueKey('element')}`;
      const history = document.createElement('status-history');
      const indicator = document.createElement('status-indicator');
      for (const el of [history, indicator]) {
        el.setAttribute('src', src);
        el.setAttribute('lang', 'en');
        el.setAttribute('variant', 'text');
      }
      const errors: string[] = [];
      const failed = new Promise<void>((resolve) =>
        history.addEventListener('status-error', (e) => {
          errors.push((e as CustomEvent).detail.error.message);
          resolve();
        }),
      );
      document.body.append(history, indicator);
      try {
        await failed;
        await (history as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        await (indicator as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        expect(errors).to.deep.equal([`The feed is larger than 5 MB: refused (${src})`]);
        expect(normalize(history.shadowRoot!.textContent)).to.include('The incident history could not be loaded.');
        expect(normalize(indicator.shadowRoot!.textContent)).to.equal('Status unavailable');
      } finally {
        history.remove();
        indicator.remove();
      }
    });
  });
});
