// Property-based tests of the model on varied, valid snapshots (the adapter
// fuzzing mostly gets refusals: a feed with a bad field is refused whole),
// of the date reader, and of the elements on whatever comes: generated
// feeds, mutated feeds and mutated Snapshots given to `data` never throw
// into the page, never put anything but their own markup in their shadow
// roots, and a feed they cannot show becomes a `status-error`.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {FeedError} from '../../src/feeds/feed-error.js';
import {parseIsoDate} from '../../src/feeds/field-reader.js';
import {parseNativeFeed} from '../../src/feeds/native.js';
import {parseFeed} from '../../src/feeds/parse-feed.js';
import {guardHostPage} from '../helpers/guard.js';
import {mutatedFeed, withLinks} from './arbitraries.js';
import {deriveEverything} from './derive.js';
import {FORMAT_ENTRIES} from './formats.js';
import {assertAsyncProperty, assertProperty} from './fuzz.js';
import {findEscapes} from './inspect.js';
import {PAYLOADS} from './payloads.js';
import {snapshotProblems} from './snapshot-shape.js';

const DAY = 86_400_000;
const MIN_TIME = new Date('0000-01-01T00:00:00.000Z').getTime();
const MAX_TIME = new Date('9999-12-31T23:59:59.999Z').getTime();

/** Any instant a native feed can write (years 0000 to 9999, a day inside so that any zone can write it), biased towards now. */
const instant = fc.oneof(
  fc.integer({min: MIN_TIME + DAY, max: MAX_TIME - DAY}),
  fc.integer({min: -400 * DAY, max: 400 * DAY}).map((offset) => Date.now() + offset),
  fc.integer({min: -2 * DAY, max: 2 * DAY}).map((offset) => Date.now() + offset),
);
/** The instant written as ISO 8601, in one of the forms the native format allows (a calendar date: its day). */
const isoDate = fc
  .tuple(instant, fc.integer({min: -(23 * 60 + 59), max: 23 * 60 + 59}), fc.constantFrom('Z', 'offset', 'compact-offset', 'calendar-date'))
  .map(([t, offset, form]) => {
    if (form === 'Z') return new Date(t).toISOString();
    const local = new Date(t + offset * 60_000).toISOString().slice(0, 23);
    if (form === 'calendar-date') return new Date(t).toISOString().slice(0, 10);
    const sign = offset < 0 ? '-' : '+';
    const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
    const mm = String(Math.abs(offset) % 60).padStart(2, '0');
    return `${local}${sign}${hh}${form === 'offset' ? ':' : ''}${mm}`;
  });

const word = fc.oneof(
  fc.constantFrom('api', 'downloads', 'web', '__proto__', 'constructor', 'API'),
  fc.string({minLength: 1}).filter((s) => s.trim() !== ''),
);
const hostileString = fc.oneof(fc.string(), fc.constantFrom(...PAYLOADS.map((p) => p.text)));
const text = fc.oneof(hostileString, fc.dictionary(fc.constantFrom('en', 'fr', 'fr-CA', 'EN', 'de', 'x-pirate', '__proto__'), hostileString, {minKeys: 1}));
const anyEnum = fc.oneof(
  fc.constantFrom(
    'minor',
    'major',
    'critical',
    'investigating',
    'identified',
    'monitoring',
    'resolved',
    'scheduled',
    'in_progress',
    'completed',
    'operational',
    'degraded',
    'partial_outage',
    'major_outage',
    'maintenance',
    'Under Maintenance',
    'postmortem',
  ),
  fc.string(),
);
const update = fc.record(
  {id: fc.oneof(word, fc.integer()), at: isoDate, status: fc.option(anyEnum, {nil: undefined}), text: fc.option(text, {nil: undefined})},
  {requiredKeys: ['at']},
);
const incident = fc.record(
  {
    id: fc.oneof(word, fc.integer()),
    title: text,
    severity: anyEnum,
    status: anyEnum,
    started_at: isoDate,
    resolved_at: isoDate,
    components: fc.array(word, {maxLength: 4}),
    url: fc.oneof(fc.webUrl(), hostileString),
    updates: fc.array(update, {maxLength: 6}),
    report: fc.record(
      {impact: text, root_cause: text, root_cause_preliminary: fc.boolean(), resolution: text, mitigation: text, next_steps: text},
      {requiredKeys: []},
    ),
  },
  {requiredKeys: ['id', 'title', 'started_at']},
);
const maintenance = fc.record(
  {
    id: fc.oneof(word, fc.integer()),
    title: text,
    status: anyEnum,
    starts_at: isoDate,
    ends_at: isoDate,
    components: fc.array(word, {maxLength: 4}),
    text,
    url: fc.oneof(fc.webUrl(), hostileString),
    updates: fc.array(update, {maxLength: 4}),
  },
  {requiredKeys: ['id', 'title', 'starts_at']},
);
/** A valid native feed (DESIGN.md §3) with anything in every free field. */
const nativeFeed = fc.record(
  {
    version: fc.constant(1),
    page: fc.record(
      {name: text, url: fc.oneof(fc.webUrl(), hostileString), lang: fc.constantFrom('en', 'fr', 'fr-CA', 'de', 'not a tag', '')},
      {requiredKeys: []},
    ),
    components: fc.array(fc.record({id: fc.oneof(word, fc.integer()), name: text, status: anyEnum}, {requiredKeys: ['id']}), {maxLength: 6}),
    incidents: fc.array(incident, {maxLength: 8}),
    maintenances: fc.array(maintenance, {maxLength: 4}),
  },
  {requiredKeys: ['version']},
);

const deriveOptions = fc.record({
  now: fc.oneof(fc.constant(Date.now()), instant),
  lang: fc.constantFrom('en', 'fr', 'fr-CA', 'de', 'en-GB'),
  components: fc.option(
    fc.array(word, {maxLength: 3}).map((w) => w.join(', ')),
    {nil: undefined},
  ),
  days: fc.oneof(fc.constantFrom(0, 1, 90), fc.integer({min: 0, max: 100_000})),
  upcomingHours: fc.oneof(fc.constantFrom(0, 24), fc.double({min: -1e6, max: 1e6, noNaN: true})),
});

let cases = 0;

describe('fuzzing the model and the elements', function () {
  // Each property is a fixed amount of work, not a wait: on a busy machine, or
  // in a slower engine, it only takes longer (the runs are what must not change).
  this.timeout(60_000);
  guardHostPage();
  after(() => console.log(`[security] model and element fuzzing: ${cases} cases`));

  it('a valid native feed with anything in its free fields always reads, soundly, and every derivation holds', () => {
    assertProperty(
      fc.tuple(nativeFeed, deriveOptions),
      ([feed, options]) => {
        cases++;
        // The native reader itself, at once: the property is synchronous.
        const snapshot = parseNativeFeed(feed);
        const problems = snapshotProblems(snapshot);
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join('; '));
        deriveEverything(snapshot, options);
      },
      1000,
    );
  });

  it('reads every ISO 8601 instant of years 0000 to 9999 as that instant, in every zone form', () => {
    assertProperty(
      fc.tuple(fc.integer({min: MIN_TIME, max: MAX_TIME}), fc.integer({min: -(23 * 60 + 59), max: 23 * 60 + 59})),
      ([t, offset]) => {
        cases++;
        const expectTime = (iso: string, expected: number) => {
          const read = parseIsoDate(iso);
          if (read !== expected)
            throw new Error(`${iso} read as ${read === undefined ? 'nothing' : new Date(read).toISOString()}, expected ${new Date(expected).toISOString()}`);
        };
        expectTime(new Date(t).toISOString(), t);
        const local = new Date(t + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const zone = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        if (local.startsWith('-') || local.startsWith('+')) return; // shifted out of 0000–9999: not writable in the format
        expectTime(`${local}${sign}${zone}`, t);
      },
      2000,
    );
  });

  /** Renders the three elements with `data`; returns what the page and their shadow roots saw. */
  async function renderData(data: unknown, format = 'auto'): Promise<{escapes: string[]; errors: number; loads: number}> {
    const container = document.createElement('div');
    const elements = ['status-banner', 'status-history', 'status-indicator'].map((tag) => {
      const el = document.createElement(tag) as HTMLElement & {data: unknown; updateComplete: Promise<unknown>};
      el.setAttribute('lang', 'fr');
      el.setAttribute('format', format);
      if (tag === 'status-history') el.setAttribute('days', '0');
      el.data = data;
      return el;
    });
    let errors = 0;
    let loads = 0;
    // Each element says how its feed went, once read: other formats than native are read by adapters loaded on demand.
    const settled = Promise.all(
      elements.map(
        (el) =>
          new Promise((resolve) => {
            el.addEventListener('status-error', resolve, {once: true});
            el.addEventListener('status-load', resolve, {once: true});
          }),
      ),
    );
    for (const el of elements) {
      el.addEventListener('status-error', () => errors++);
      el.addEventListener('status-load', () => loads++);
    }
    container.append(...elements);
    document.body.append(container);
    try {
      await settled;
      for (const el of elements) {
        // A failed render is reported by the element and followed by a second one.
        await el.updateComplete;
        await el.updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      return {escapes: elements.flatMap(findEscapes), errors, loads};
    } finally {
      container.remove();
    }
  }

  it('the elements render any generated native feed, or say why not', async () => {
    await assertAsyncProperty(
      nativeFeed,
      async (feed) => {
        cases++;
        const result = await renderData(feed);
        expect(result.escapes).to.deep.equal([]);
        expect(result.loads + result.errors).to.equal(3);
      },
      60,
    );
  });

  for (const entry of FORMAT_ENTRIES.filter((e) => e.via.includes('data') && typeof e.build('x') === 'object')) {
    it(`the elements survive any mutated ${entry.name} given to data, shared references and cycles included`, async () => {
      await assertAsyncProperty(
        fc.oneof(mutatedFeed(entry), withLinks(mutatedFeed(entry))),
        async (feed) => {
          cases++;
          let expectedError = false;
          if (entry.adapter) {
            try {
              await parseFeed(feed, entry.format);
            } catch (error) {
              if (!(error instanceof FeedError)) throw error;
              expectedError = true;
            }
          }
          const result = await renderData(feed, entry.format);
          expect(result.escapes).to.deep.equal([]);
          if (expectedError) expect(result.errors, 'a status-error from each element').to.equal(3);
          // The host page guard (guardHostPage) fails the test on any uncaught error or rejection.
        },
        80,
      );
    });
  }
});
