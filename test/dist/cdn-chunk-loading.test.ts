// How the CDN module (dist/cdn/status-banner.js) fetches its chunks, in a
// page of its own: every chunk a reader needs is requested at once, not one
// after another (each level of a chain is a round trip more on a phone
// network), and a page URL never fetches the native feed's reader.
import {expect} from '@open-wc/testing';
import {uniqueKey} from '../helpers/feeds.js';
import {clearWidgetStorage} from '../helpers/guard.js';

const chunkEntries = () =>
  performance.getEntriesByType('resource').filter((e): e is PerformanceResourceTiming => new URL(e.name).pathname.startsWith('/dist/cdn/chunks/'));
const chunkNames = () => chunkEntries().map((e) => new URL(e.name).pathname.replace(/^\/dist\/cdn\/chunks\/([a-z-]+)-[\w-]+\.js$/, '$1'));

/** An element of the CDN module on `src`, connected, once it has loaded. */
async function loaded(tag: string, src: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('src', src);
  el.setAttribute('lang', 'en');
  el.setAttribute('refresh', '0');
  const done = new Promise((resolve, reject) => {
    el.addEventListener('status-load', resolve, {once: true});
    el.addEventListener('status-error', (e) => reject((e as CustomEvent).detail.error), {once: true});
  });
  document.body.append(el);
  await done;
  return el;
}

describe('dist/cdn/status-banner.js: loading its chunks', () => {
  before(async () => {
    // A path outside the module graph the test runner rewrites.
    await import(/* @vite-ignore */ `${'/dist/cdn/status-banner.js'}`);
  });
  // A kept last good state would spare the next test file its reading, and its chunks.
  afterEach(() => clearWidgetStorage());

  it('a Statuspage API root requests its reader with the feed, and never the native reader', async () => {
    const key = uniqueKey('page-url');
    const el = await loaded('status-banner', `/feed/tree/${key}/statuspage/site/api/v2`);
    el.remove();
    // Statuspage's reader comes with the table of formats.
    expect(chunkNames()).to.include('formats');
    expect(chunkNames()).to.not.include('native');
    // The URL says Statuspage: its reader did not wait for summary.json to come.
    const formats = chunkEntries().find((e) => /\/formats-[\w-]+\.js$/.test(e.name))!;
    const summary = performance.getEntriesByType('resource').find((e) => e.name.includes(`/feed/tree/${key}/statuspage/site/api/v2/summary.json`)) as PerformanceResourceTiming;
    expect(summary, 'summary.json was fetched').to.not.equal(undefined);
    expect(formats.startTime, `formats requested at ${formats.startTime} ms, summary.json came at ${summary.responseEnd} ms`).to.be.below(summary.responseEnd);
  });

  it('requests the chunks a reader imports together with it, not once it has arrived', async () => {
    const el = await loaded('status-indicator', '/test/fixtures/native/psgallery.json');
    el.remove();
    const entries = chunkEntries();
    const native = entries.find((e) => /\/native-[\w-]+\.js$/.test(e.name))!;
    expect(native, 'the native reader was fetched').to.not.equal(undefined);
    // Its imports, by the chunk's own import statements.
    const source = await (await fetch(native.name)).text();
    const imports = [...source.matchAll(/from\s*["']\.\/([\w-]+\.js)["']/g)].map((m) => m[1]!);
    expect(imports.length, 'the native reader imports chunks of its own').to.be.greaterThan(0);
    for (const file of imports) {
      const dep = entries.find((e) => e.name.endsWith(`/chunks/${file}`));
      expect(dep, `${file} was fetched`).to.not.equal(undefined);
      // Requested before the reader had even arrived, or with it: the two went together. (WebKit's
      // clock here is whole milliseconds: on loopback a request and the reader's arrival can share one.)
      const together = dep!.startTime < native.responseEnd || dep!.startTime <= native.startTime;
      expect(together, `${file} requested at ${dep!.startTime} ms; the reader was requested at ${native.startTime} ms and arrived at ${native.responseEnd} ms`).to.equal(true);
    }
  });
});
