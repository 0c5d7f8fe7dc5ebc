// The XSS corpus (payloads.ts) in every text, name, id and URL field of every
// input format (formats.ts), through `data` and through `src` (real HTTP),
// rendered by all three elements. For each payload: nothing runs (trap.ts),
// nothing but the elements' own markup appears in their shadow roots, even
// for a moment (inspect.ts), every link is http(s) or mailto, and the reader
// sees the text exactly as the feed's author wrote it.
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import {normalize} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {FORMAT_ENTRIES, serialize, type FormatEntry} from './formats.js';
import {findEscapes, isSafeHref, linkHrefs, watchShadowRoot} from './inspect.js';
import {PAYLOADS} from './payloads.js';
import {serveFeed} from './serve.js';
import {installTrap, type Trap} from './trap.js';

const HOST_HREF = 'https://host.example/status';

/** A UI string with `{{title}}` replaced by `title` as is (a function replacer: no `$&` patterns). */
// "Details: <title>": the title is appended to our own label, never passed through i18next.
const detailsLabel = (strings: Record<string, unknown>, title: string) =>
  `${(strings['label'] as string).replace('{{label}}', () => (strings['banner'] as Record<string, string>)['details']!)} ${title}`;

/**
 * The lines of a feed text a reader sees, white space normalized: rich text
 * keeps each line (fence lines excepted) as written, and separate elements
 * run into each other in `textContent`.
 */
function visibleLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .filter((line) => !/^\s*```/.test(line))
    .map(normalize)
    .filter(Boolean);
}

/**
 * Text as a format that collapses white space delivers it (formats.ts,
 * `collapsesWhiteSpace`): every run of white space (as JavaScript's `\s`
 * knows it: also no-break space, BOM, line and paragraph separators) one
 * space, trimmed; lone surrogates as U+FFFD, as a UTF-8 body carries them.
 */
function collapseWhiteSpace(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Rendered {
  container: HTMLElement;
  bannerWithHref: HTMLElement;
  bannerFr: HTMLElement;
  banner: HTMLElement;
  history: HTMLElement;
  indicator: HTMLElement;
  all: HTMLElement[];
  /** What the shadow-root watchers saw while the elements rendered. */
  watched: string[];
}

async function render(entry: FormatEntry, via: 'src' | 'data', s: string): Promise<Rendered> {
  const feed = entry.build(s);
  const src = via === 'src' ? await serveFeed(serialize(feed), entry.contentType) : undefined;
  const make = (tag: string, attributes: Record<string, string>) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries({lang: 'en', format: entry.format, refresh: '0', ...attributes})) el.setAttribute(name, value);
    if (src) el.setAttribute('src', src);
    else (el as HTMLElement & {data: unknown}).data = feed;
    return el;
  };
  const bannerWithHref = make('status-banner', {href: HOST_HREF});
  const bannerFr = make('status-banner', {href: HOST_HREF, lang: 'fr'});
  const banner = make('status-banner', {});
  const history = make('status-history', {days: '0'});
  const indicator = make('status-indicator', {variant: 'badge'});
  const all = [bannerWithHref, bannerFr, banner, history, indicator];
  const loaded = all.map(
    (el) =>
      new Promise<void>((resolve, reject) => {
        el.addEventListener('status-load', () => resolve(), {once: true});
        el.addEventListener('status-error', (e) => reject(new Error(`<${el.localName}> refused the feed: ${(e as CustomEvent).detail.error.message}`)), {once: true});
      }),
  );
  const container = document.createElement('div');
  container.append(...all);
  document.body.append(container);
  // The shadow roots exist from insertion; the first render comes in a microtask.
  const watched: string[] = [];
  const observers = all.map((el) => watchShadowRoot(el.shadowRoot!, watched));
  try {
    await Promise.all(loaded);
    for (const el of all) await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    // Mutation records are delivered before the observer is disconnected.
    for (const observer of observers) {
      const pending = observer.takeRecords();
      if (pending.length > 0) watched.push(`${pending.length} unchecked mutation records`);
      observer.disconnect();
    }
  }
  return {container, bannerWithHref, bannerFr, banner, history, indicator, all, watched};
}

const partOf = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const partsOf = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];

let renders = 0;
let links = 0;

describe('hostile feeds: the XSS corpus in every field', () => {
  guardHostPage();

  let trap: Trap;
  before(() => {
    trap = installTrap();
  });
  after(() => {
    trap.restore();
    // Read by the team for the report: how much ran, and what was found.
    console.log(`[security] XSS corpus: ${PAYLOADS.length} payloads, ${renders} renders of 5 elements, ${links} links checked`);
  });

  it('has a corpus of every kind', () => {
    const kinds = new Set(PAYLOADS.map((p) => p.kind));
    expect([...kinds].sort()).to.deep.equal(['css', 'html', 'template', 'text', 'url']);
    expect(PAYLOADS.length).to.be.greaterThan(150);
    // Distinct strings: each payload tests something.
    expect(new Set(PAYLOADS.map((p) => p.text)).size).to.equal(PAYLOADS.length);
  });

  for (const entry of FORMAT_ENTRIES) {
    for (const via of entry.via) {
      describe(`${entry.name} through ${via}`, () => {
        for (const payload of PAYLOADS) {
          it(`#${payload.id} ${payload.kind}: ${payload.name}`, async () => {
            const s = payload.text;
            const r = await render(entry, via, s);
            renders++;
            try {
              // Nothing ran, nothing appeared.
              expect(trap.findings(), 'the trap').to.deep.equal([]);
              expect(r.watched, 'while rendering').to.deep.equal([]);
              expect(r.all.flatMap(findEscapes), 'after rendering').to.deep.equal([]);
              for (const el of r.all) {
                for (const href of linkHrefs(el)) {
                  links++;
                  expect(isSafeHref(href), `a link to ${JSON.stringify(href)} in <${el.localName}>`).to.equal(true);
                }
              }
              if (!entry.verbatim) return;
              // The text as the reader should see it: exactly, or white space collapsed where the format collapses it.
              const seen = entry.collapsesWhiteSpace ? collapseWhiteSpace : (text: string | null | undefined) => text;

              // The banner: the title exactly; the latest update's first paragraph; the details link's name.
              expect(seen(partOf(r.bannerWithHref, 'title')?.textContent), 'banner title').to.equal(seen(s));
              if (!/[\r\n]/.test(s)) expect(seen(partOf(r.bannerWithHref, 'message')?.textContent), 'banner message').to.equal(seen(s.trimEnd()));
              const details = partOf(r.bannerWithHref, 'details-link')!;
              expect(details.getAttribute('href')).to.equal(HOST_HREF);
              expect(seen(details.getAttribute('aria-label')), 'the details link’s name (en)').to.equal(seen(detailsLabel(en, s)));
              expect(seen(partOf(r.bannerFr, 'details-link')!.getAttribute('aria-label')), 'the details link’s name (fr)').to.equal(seen(detailsLabel(fr, s)));
              expect(seen(partOf(r.banner, 'title')?.textContent), 'banner title (no href)').to.equal(seen(s));

              // The history: both titles exactly; every line of every text; the component's name.
              expect(partsOf(r.history, 'incident-title').map((h) => seen(h.textContent)), 'history titles').to.deep.equal([seen(s), seen(s)]);
              const historyText = seen(normalize(r.history.shadowRoot!.textContent))!;
              for (const line of visibleLines(s)) expect(historyText.includes(seen(line)!), `history shows ${JSON.stringify(line.slice(0, 60))}`).to.equal(true);
              for (const components of partsOf(r.history, 'components')) expect(seen(components.textContent)!.includes(seen(s)!), 'components').to.equal(true);
              if (entry.sections) {
                const sections = partsOf(r.history, 'report-section');
                expect(sections.length, 'report sections').to.equal(5);
                for (const section of sections) {
                  const text = normalize(section.textContent);
                  for (const line of visibleLines(s)) expect(text.includes(line), `section shows ${JSON.stringify(line.slice(0, 60))}`).to.equal(true);
                }
              }
            } finally {
              r.container.remove();
            }
          });
        }
      });
    }
  }

  // A suite of its own: Mocha runs a suite's tests before its child suites, and this one must come last.
  describe('once the whole corpus has run', () => {
    it('nothing ran late either (error events, image loads, timers)', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(trap.findings()).to.deep.equal([]);
      expect(renders).to.equal(PAYLOADS.length * FORMAT_ENTRIES.reduce((n, entry) => n + entry.via.length, 0));
    });
  });
});
