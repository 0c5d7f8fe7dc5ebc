// The XSS corpus (payloads.ts) rendered by the elements: every payload in
// every text, name, id and URL field, all payloads on one page per route,
// each payload in its own feed rendered by all three elements (a banner in
// English with an `href`, one in French, one without, a history and an
// indicator). For each payload: nothing runs (trap.ts), nothing but the
// elements' own markup appears in their shadow roots, even for a moment
// (inspect.ts), every link is http(s) or mailto, and the reader sees the text
// exactly as the feed's author wrote it.
//
// Two routes, chosen to cover what the adapters cannot: a Snapshot given to
// `data` (no adapter stands between its fields, URLs included, and the
// elements) and the native feed fetched from `src` (real HTTP, every text
// per language, report sections). What every other format's adapter makes
// of the same corpus is checked on the Snapshot, in corpus-adapters.test.ts:
// the elements render a Snapshot the same way whatever format it came from.
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import {normalize} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {visibleLines} from './as-written.js';
import {FORMAT_ENTRIES, serialize, type FormatEntry} from './formats.js';
import {findEscapes, isSafeHref, linkHrefs, watchShadowRoot} from './inspect.js';
import {PAYLOADS, type Payload} from './payloads.js';
import {serveFeed} from './serve.js';
import {installTrap, type Trap} from './trap.js';

const HOST_HREF = 'https://host.example/status';

interface Route {
  readonly entry: FormatEntry;
  readonly via: 'src' | 'data';
}

const entryNamed = (name: string) => FORMAT_ENTRIES.find((entry) => entry.name === name)!;
const ROUTES: readonly Route[] = [
  {entry: entryNamed('snapshot'), via: 'data'},
  {entry: entryNamed('native'), via: 'src'},
];

/** A UI string with `{{title}}` replaced by `title` as is (a function replacer: no `$&` patterns). */
// "Details: <title>": the title is appended to our own label, never passed through i18next.
const detailsLabel = (strings: Record<string, unknown>, title: string) =>
  `${(strings['label'] as string).replace('{{label}}', () => (strings['banner'] as Record<string, string>)['details']!)} ${title}`;

/** The five elements rendering one payload's feed. */
interface Rendered {
  payload: Payload;
  bannerWithHref: HTMLElement;
  bannerFr: HTMLElement;
  banner: HTMLElement;
  history: HTMLElement;
  indicator: HTMLElement;
  all: HTMLElement[];
  /** Resolves once every element loaded the feed; rejects with the first element that refused it. */
  loaded: Promise<unknown>;
}

async function mount(route: Route, payload: Payload, container: HTMLElement): Promise<Rendered> {
  const {entry, via} = route;
  const feed = entry.build(payload.text);
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
  const loaded = Promise.all(
    all.map(
      (el) =>
        new Promise<void>((resolve, reject) => {
          el.addEventListener('status-load', () => resolve(), {once: true});
          el.addEventListener('status-error', (e) => reject(new Error(`<${el.localName}> refused the feed: ${(e as CustomEvent).detail.error.message}`)), {
            once: true,
          });
        }),
    ),
  );
  loaded.catch(() => {}); // read once every payload is mounted
  container.append(...all);
  return {payload, bannerWithHref, bannerFr, banner, history, indicator, all, loaded};
}

const partOf = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const partsOf = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];

/** What is wrong with what the reader sees of one payload, each as a readable line. */
function textProblems(r: Rendered, verbatim: {sections: boolean}): string[] {
  const s = r.payload.text;
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  // The banner: the title exactly; the latest update's first paragraph; the details link's name.
  check(partOf(r.bannerWithHref, 'title')?.textContent === s, 'banner title');
  if (!/[\r\n]/.test(s)) check(partOf(r.bannerWithHref, 'message')?.textContent === s.trimEnd(), 'banner message');
  const details = partOf(r.bannerWithHref, 'details-link');
  check(details?.getAttribute('href') === HOST_HREF, 'the details link goes to the host’s href');
  check(details?.getAttribute('aria-label') === detailsLabel(en, s), 'the details link’s name (en)');
  check(partOf(r.bannerFr, 'details-link')?.getAttribute('aria-label') === detailsLabel(fr, s), 'the details link’s name (fr)');
  check(partOf(r.banner, 'title')?.textContent === s, 'banner title (no href)');

  // The history: both titles exactly; every line of every text; the component's name.
  const titles = partsOf(r.history, 'incident-title').map((h) => h.textContent);
  check(titles.length === 2 && titles.every((title) => title === s), `history titles: ${JSON.stringify(titles.map((t) => t?.slice(0, 40)))}`);
  const historyText = normalize(r.history.shadowRoot!.textContent);
  for (const line of visibleLines(s)) check(historyText.includes(line), `history shows ${JSON.stringify(line.slice(0, 60))}`);
  for (const components of partsOf(r.history, 'components')) check(components.textContent!.includes(s), 'components');
  if (verbatim.sections) {
    const sections = partsOf(r.history, 'report-section');
    check(sections.length === 5, `5 report sections, not ${sections.length}`);
    for (const section of sections) {
      const text = normalize(section.textContent);
      for (const line of visibleLines(s)) check(text.includes(line), `section shows ${JSON.stringify(line.slice(0, 60))}`);
    }
  }
  return problems;
}

let renders = 0;
let links = 0;

describe('hostile feeds: the XSS corpus rendered by the elements', () => {
  guardHostPage();

  let trap: Trap;
  before(() => {
    trap = installTrap();
  });
  after(() => {
    trap.restore();
    // Read by the team for the report: how much ran, and what was found.
    console.log(`[security] XSS corpus: ${PAYLOADS.length} payloads on ${ROUTES.length} routes, ${renders} renders of 5 elements, ${links} links checked`);
  });

  it('has a corpus of every kind', () => {
    const kinds = new Set(PAYLOADS.map((p) => p.kind));
    expect([...kinds].sort()).to.deep.equal(['css', 'html', 'template', 'text', 'url']);
    expect(PAYLOADS.length).to.be.greaterThan(150);
    // Distinct strings: each payload tests something.
    expect(new Set(PAYLOADS.map((p) => p.text)).size).to.equal(PAYLOADS.length);
  });

  it('renders on routes where every text is shown as written', () => {
    for (const {entry} of ROUTES) expect(entry.verbatim && !entry.collapsesWhiteSpace, entry.name).to.equal(true);
  });

  for (const route of ROUTES) {
    it(`${route.entry.name} through ${route.via}: the whole corpus on one page`, async function () {
      // Work, not waiting: 188 × 5 elements, each rendered once. Generous, so that a busy machine is only slower.
      this.timeout(120_000);
      const container = document.createElement('div');
      document.body.append(container);
      const failures: string[] = [];
      // The shadow roots exist from insertion; the first render comes in a microtask: watched from then on.
      const watched: string[][] = [];
      const observers: MutationObserver[] = [];
      const rendered: Rendered[] = [];
      try {
        for (const payload of PAYLOADS) {
          const r = await mount(route, payload, container);
          const seen: string[] = [];
          watched.push(seen);
          observers.push(...r.all.map((el) => watchShadowRoot(el.shadowRoot!, seen)));
          rendered.push(r);
        }
        for (const r of rendered) {
          try {
            await r.loaded;
            for (const el of r.all) await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
          } catch (error) {
            failures.push(`#${r.payload.id} ${r.payload.name}: ${(error as Error).message}`);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      } finally {
        // Mutation records are delivered before the observers are disconnected.
        observers.forEach((observer, i) => {
          const pending = observer.takeRecords();
          if (pending.length > 0) watched[Math.floor(i / 5)]!.push(`${pending.length} unchecked mutation records`);
          observer.disconnect();
        });
      }
      try {
        // Nothing ran, nothing appeared.
        expect(trap.findings(), 'the trap').to.deep.equal([]);
        for (const [i, r] of rendered.entries()) {
          renders++;
          const where = `#${r.payload.id} ${r.payload.name}`;
          for (const problem of watched[i]!) failures.push(`${where}: while rendering: ${problem}`);
          for (const problem of r.all.flatMap(findEscapes)) failures.push(`${where}: after rendering: ${problem}`);
          for (const el of r.all) {
            for (const href of linkHrefs(el)) {
              links++;
              if (!isSafeHref(href)) failures.push(`${where}: a link to ${JSON.stringify(href.slice(0, 80))} in <${el.localName}>`);
            }
          }
          for (const problem of textProblems(r, route.entry)) failures.push(`${where}: ${problem}`);
        }
        expect(failures.slice(0, 20), `${failures.length} problems`).to.deep.equal([]);
      } finally {
        container.remove();
      }
    });
  }

  // A suite of its own: Mocha runs a suite's tests before its child suites, and this one must come last.
  describe('once the whole corpus has run', () => {
    it('nothing ran late either (error events, image loads, timers)', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(trap.findings()).to.deep.equal([]);
      expect(renders).to.equal(PAYLOADS.length * ROUTES.length);
    });
  });
});
