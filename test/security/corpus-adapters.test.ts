// The XSS corpus (payloads.ts) through every adapter, to a Snapshot: each
// payload in every text, name, id and URL field of every input format
// (formats.ts), read as the elements read it (the object given to `data`,
// the body fetched from `src`). Each Snapshot is sound (snapshot-shape.ts),
// its URL fields are http(s), every link its texts make is http(s) or
// mailto, and its texts hold the payload as the feed's author wrote it.
// Pure work on the feeds and model layers: the elements' side of the same
// guarantees is injection.test.ts, on fewer routes.
import {expect} from '@open-wc/testing';
import {parseFeed, parseFeedText} from '../../src/feeds/parse-feed.js';
import {parseRichText} from '../../src/model/rich-text.js';
import type {Snapshot} from '../../src/model/types.js';
import {guardHostPage} from '../helpers/guard.js';
import {seenThrough} from './as-written.js';
import {FORMAT_ENTRIES, serialize, type FormatEntry} from './formats.js';
import {isSafeHref} from './inspect.js';
import {PAYLOADS} from './payloads.js';
import {snapshotProblems} from './snapshot-shape.js';
import {snapshotTexts, snapshotUrls} from './snapshot-fields.js';

const tally = {snapshots: 0, texts: 0, urls: 0, links: 0};

/** Every way the elements read an entry's feed: the object given to `data`, the body fetched from `src`. */
function reads(entry: FormatEntry, feed: unknown): {via: string; read: () => Snapshot | Promise<Snapshot>}[] {
  const body = serialize(feed);
  const ways = [];
  if (entry.via.includes('data')) ways.push({via: 'data', read: () => parseFeed(feed, entry.format)});
  if (entry.via.includes('src') || typeof feed === 'string') ways.push({via: 'src', read: () => parseFeedText(body, entry.format, entry.contentType)});
  return ways;
}

/** What is wrong with the Snapshot of `s`, each as a readable line. */
function problemsOf(entry: FormatEntry, s: string, snapshot: Snapshot): string[] {
  const problems = snapshotProblems(snapshot);
  for (const url of snapshotUrls(snapshot)) {
    tally.urls++;
    if (!/^https?:/i.test(url.value) || !isSafeHref(url.value)) problems.push(`${url.path} is ${JSON.stringify(url.value.slice(0, 80))}`);
  }
  const seen = seenThrough(entry.collapsesWhiteSpace);
  const texts = [...snapshotTexts(snapshot)];
  if (!texts.some((text) => /^incidents\[\d+\]\.title/.test(text.path))) problems.push('no incident title');
  for (const text of texts) {
    tally.texts++;
    // Titles are plain text in every format; other texts only where the format says so (Markdown and HTML bodies are read).
    const asWritten = entry.verbatim || /^(incidents|maintenances)\[\d+\]\.title/.test(text.path);
    if (asWritten && seen(text.value) !== seen(s)) problems.push(`${text.path} is ${JSON.stringify(text.value.slice(0, 80))}`);
    for (const block of parseRichText(text.value)) {
      if (block.type !== 'paragraph') continue;
      for (const inline of block.lines.flat()) {
        if (inline.type !== 'link') continue;
        tally.links++;
        if (!isSafeHref(inline.href)) problems.push(`${text.path} links to ${JSON.stringify(inline.href.slice(0, 80))}`);
      }
    }
  }
  return problems;
}

describe('hostile feeds: the XSS corpus through every adapter', () => {
  guardHostPage();
  after(() => {
    // Read by the team for the report: how much ran.
    console.log(
      `[security] XSS corpus through the adapters: ${PAYLOADS.length} payloads, ${tally.snapshots} Snapshots, ${tally.texts} texts, ${tally.urls} URLs and ${tally.links} links checked`,
    );
  });

  for (const entry of FORMAT_ENTRIES.filter((e) => e.adapter)) {
    it(`${entry.name}: every payload to a sound Snapshot, texts as written, links http(s) or mailto`, async function () {
      // Work, not waiting: 188 payloads (one of 64 KB) read once or twice. Generous, so that a busy machine is only slower.
      this.timeout(60_000);
      const failures: string[] = [];
      for (const payload of PAYLOADS) {
        for (const {via, read} of reads(entry, entry.build(payload.text))) {
          let snapshot: Snapshot;
          try {
            snapshot = await read();
          } catch (error) {
            failures.push(`#${payload.id} ${payload.name} (${via}): refused: ${(error as Error).message.slice(0, 200)}`);
            continue;
          }
          tally.snapshots++;
          for (const problem of problemsOf(entry, payload.text, snapshot)) failures.push(`#${payload.id} ${payload.name} (${via}): ${problem}`);
        }
      }
      expect(failures.slice(0, 20), `${failures.length} problems`).to.deep.equal([]);
    });
  }
});
