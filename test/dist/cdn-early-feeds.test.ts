// The CDN module asks for the feeds of the elements already in the page as
// it starts to run, before Lit, i18next and the elements are evaluated
// (src/client/early-feeds.ts): on a phone, the feed's request goes out tens
// of milliseconds sooner. Each test is a page of its own (a same-origin
// frame) with elements in its markup and the module after them, as a site
// writes it; the page records when `status-banner` is defined, and the
// feed server counts the requests.
import {expect, waitUntil} from '@open-wc/testing';
import {activeIncident, echoUrl, nativeFeed, requestCount, uniqueKey} from '../helpers/feeds.js';
import {clearWidgetStorage} from '../helpers/guard.js';

interface EarlyPage extends Window {
  /** performance.now() when customElements.define('status-banner') was called. */
  definedAt?: number;
  /** performance.now() at each fetch() call, and its URL (resource timing cannot tell: WebKit starts a load a little after the call). */
  fetches?: {url: string; at: number}[];
}

/** A frame whose markup is `body`, then the CDN module; resolves once `ready` holds in it. */
async function page(body: string, ready: (win: EarlyPage) => boolean): Promise<{frame: HTMLIFrameElement; win: EarlyPage}> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}
<script>
  // Wraps define() before the module runs: the moment the elements can upgrade, and subscribe.
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    if (name === 'status-banner') window.definedAt = performance.now();
    return define(name, ...rest);
  };
  const realFetch = window.fetch.bind(window);
  window.fetches = [];
  window.fetch = (input, init) => {
    window.fetches.push({url: String(input), at: performance.now()});
    return realFetch(input, init);
  };
</script>
<script type="module" src="/dist/cdn/status-banner.js"></script></body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as EarlyPage;
  await waitUntil(() => win()?.document?.readyState === 'complete' && ready(win()), 'the page never got ready', {timeout: 15_000});
  return {frame, win: win()};
}

const shadowText = (el: Element | null) => el?.shadowRoot?.textContent ?? '';

describe('dist/cdn/status-banner.js: the feeds of the elements in the page, asked for first', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    clearWidgetStorage();
  });

  it('requests the feed before the elements are defined, once for two elements, and shows it', async () => {
    const key = uniqueKey('early');
    const feed = nativeFeed({incidents: [activeIncident({title: 'Early outage'})]});
    const src = echoUrl(feed, key, {delay: 200});
    const loaded = await page(
      `<status-banner src="${src}" refresh="0"></status-banner><status-indicator src="${src}" refresh="0" variant="text"></status-indicator>`,
      (win) => shadowText(win.document.querySelector('status-banner')).includes('Early outage'),
    );
    frame = loaded.frame;
    const {win} = loaded;
    const [call, ...more] = win.fetches!.filter((f) => f.url.includes(`key=${key}`));
    expect(more, 'one request for the two elements').to.deep.equal([]);
    expect(win.definedAt, 'status-banner was defined').to.be.a('number');
    expect(call!.at, `feed requested at ${call!.at} ms, status-banner defined at ${win.definedAt} ms`).to.be.below(win.definedAt!);
    expect(await requestCount(key)).to.equal(1);
    expect(shadowText(win.document.querySelector('status-indicator'))).to.include('Partial outage');
  });

  it('asks for nothing for an element given data before it upgraded, nor for an empty src', async () => {
    const key = uniqueKey('early-data');
    const src = echoUrl(nativeFeed(), key);
    const loaded = await page(
      `<status-banner id="given" src="${src}" show-operational refresh="0"></status-banner><status-banner src=" "></status-banner>
<script>document.getElementById('given').data = ${JSON.stringify(nativeFeed({incidents: [activeIncident({title: 'Given, not fetched'})]}))};</script>`,
      (win) => shadowText(win.document.getElementById('given')).includes('Given, not fetched'),
    );
    frame = loaded.frame;
    // Long enough for a request started at load to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loaded.win.fetches!.filter((f) => f.url.includes(`key=${key}`))).to.deep.equal([]);
    expect(await requestCount(key)).to.equal(0);
  });

  it('ends its own subscriptions: once its element is gone, the feed is a new one for the next', async () => {
    const key = uniqueKey('early-gone');
    const src = echoUrl(nativeFeed(), key);
    const loaded = await page(`<status-banner src="${src}" refresh="0" show-operational></status-banner>`, (win) =>
      shadowText(win.document.querySelector('status-banner')).includes('All systems operational'),
    );
    frame = loaded.frame;
    const {win} = loaded;
    win.document.querySelector('status-banner')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A store kept alive by a subscription of its own would give the new element what it has, without a request.
    const next = win.document.createElement('status-banner');
    next.setAttribute('src', src);
    next.setAttribute('refresh', '0');
    win.document.body.append(next);
    await waitUntil(async () => (await requestCount(key)) === 2, 'the new element never fetched the feed', {timeout: 10_000});
  });
});
