import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {FORMATS} from '../../src/feeds/parse-feed.js';
import {
  activeIncident,
  echoUrl,
  fileUrl,
  loadPsgallery,
  PSGALLERY_PATH,
  nativeFeed,
  requestCount,
  uniqueKey,
  upcomingMaintenance,
  type NativeFeed,
  type PsgalleryFeed,
} from '../helpers/feeds.js';
import {finishAnimations, part, parts, partTexts, shadowText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';

/**
 * DESIGN.md §2: every attribute works the same when a framework sets it as a
 * property with a string value (React 19, Vue 3 and Svelte 5 do), and a value
 * that is not allowed keeps the default and says so once in the console.
 */

type Tag = 'status-banner' | 'status-history' | 'status-indicator';
type Element = HTMLElement & {data?: unknown; updateComplete: Promise<boolean>} & Record<string, unknown>;

/**
 * What a reader gets from the shadow DOM: its markup, without Lit's markers
 * and the inline heights a ResizeObserver sets; without the live region's
 * words with `spoken: false` (what was said depends on what came before).
 */
function seen(el: Element, {spoken = true} = {}): string {
  // Attributes in name order: the order Lit happened to set them in is not something a reader sees.
  const copy = document.createElement('div');
  copy.innerHTML = el.shadowRoot!.innerHTML;
  for (const node of copy.querySelectorAll('*')) {
    const attributes = [...node.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) node.removeAttribute(name);
    for (const [name, value] of attributes) node.setAttribute(name, value);
  }
  const markup = copy.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/ style="[^"]*"/g, '');
  return spoken ? markup : markup.replace(/(<div [^>]*role="status"[^>]*>)[^<]*/, '$1');
}

let feeds: Record<Tag, NativeFeed | PsgalleryFeed>;
let container: HTMLElement;

/** Adds an element as a framework does: set up first (`set`), then inserted, with its feed as `data` unless `src` is given. */
async function mount(tag: Tag, set: (el: Element) => void, {data = true} = {}): Promise<Element> {
  const el = document.createElement(tag) as unknown as Element;
  el.setAttribute('lang', 'en');
  set(el);
  if (data) el.data = feeds[tag];
  container.append(el);
  await el.updateComplete;
  finishAnimations(el);
  return el;
}

interface Case {
  tag: Tag;
  attribute: string;
  property: string;
  /** The text a framework passes. */
  value: string;
  /** What the property reads then. */
  expected: unknown;
  /** What the reader sees because of it, checked on both elements. */
  sees?: (el: Element) => unknown;
  /** Other attributes, on both elements. */
  with?: Record<string, string>;
}

const COMMON: Omit<Case, 'tag'>[] = [
  {attribute: 'format', property: 'format', value: 'native', expected: 'native'},
  {attribute: 'refresh', property: 'refresh', value: '0', expected: 0},
  {attribute: 'refresh', property: 'refresh', value: '300', expected: 300},
  {attribute: 'max-age', property: 'maxAge', value: '3600', expected: 3600},
  {attribute: 'components', property: 'components', value: 'downloads', expected: 'downloads'},
  {
    attribute: 'theme',
    property: 'theme',
    value: 'dark',
    expected: 'dark',
    // The styles key on the attribute: a property given as text is reflected to it.
    sees: (el) => expect(el.getAttribute('theme')).to.equal('dark'),
  },
  {attribute: 'href', property: 'href', value: 'https://example.com/our-status', expected: 'https://example.com/our-status'},
  {attribute: 'lang', property: 'lang', value: 'fr', expected: 'fr'},
  {attribute: 'time-zone', property: 'timeZone', value: 'local', expected: 'local'},
  {attribute: 'time-zone', property: 'timeZone', value: 'Europe/Paris', expected: 'Europe/Paris'},
];

const CASES: Case[] = [
  ...(['status-banner', 'status-history', 'status-indicator'] as const).flatMap((tag) => COMMON.map((c) => ({...c, tag}))),
  {tag: 'status-history', attribute: 'days', property: 'days', value: '0', expected: 0, sees: (el) => expect(parts(el, 'incident')).to.have.length(5)},
  {
    tag: 'status-history',
    attribute: 'days',
    property: 'days',
    value: '90',
    expected: 90,
    // The 2016 history is older than 90 days: said in words, not as a raw key.
    sees: (el) => expect(part(el, 'notice')!.textContent!.trim()).to.equal('No incidents in the last 90 days.'),
  },
  {
    tag: 'status-history',
    attribute: 'limit',
    property: 'limit',
    value: '2',
    expected: 2,
    with: {days: '0'},
    sees: (el) => {
      expect(parts(el, 'incident')).to.have.length(2);
      expect(partTexts(el, 'more-button')).to.deep.equal(['Show 2 more']);
    },
  },
  {
    tag: 'status-indicator',
    attribute: 'variant',
    property: 'variant',
    value: 'badge',
    expected: 'badge',
    sees: (el) => expect(partTexts(el, 'text')).to.deep.equal(['Major outage']),
  },
  {tag: 'status-indicator', attribute: 'variant', property: 'variant', value: 'text', expected: 'text', sees: (el) => expect(part(el, 'dot')).to.equal(null)},
  {
    tag: 'status-banner',
    attribute: 'upcoming',
    property: 'upcoming',
    value: '48',
    expected: 48,
    // The feed's only item is maintenance 30 hours ahead: shown within 48 hours, not the default 24.
    sees: (el) => expect(shadowText(el)).to.include('Scheduled maintenance'),
  },
  {
    tag: 'status-banner',
    attribute: 'show-operational',
    property: 'showOperational',
    value: '',
    expected: true,
    sees: (el) => expect(shadowText(el)).to.include('All systems operational'),
  },
  {
    tag: 'status-banner',
    attribute: 'show-operational',
    property: 'showOperational',
    value: 'true',
    expected: true,
    sees: (el) => expect(shadowText(el)).to.include('All systems operational'),
  },
  {
    tag: 'status-banner',
    attribute: 'show-operational',
    property: 'showOperational',
    value: 'false',
    expected: false,
    sees: (el) => expect(part(el, 'banner')).to.equal(null),
  },
  {tag: 'status-banner', attribute: 'dismissible', property: 'dismissible', value: 'false', expected: false},
  {tag: 'status-banner', attribute: 'dismissible', property: 'dismissible', value: 'true', expected: true},
  {
    tag: 'status-banner',
    attribute: 'time-zone',
    property: 'timeZone',
    value: 'Asia/Kolkata',
    expected: 'Asia/Kolkata',
    // The update's time of day, read in Kolkata, names it.
    sees: (el) => expect(part(el, 'time')!.getAttribute('title')).to.match(/\d:\d\d [AP]M GMT\+5:30$/),
  },
  {
    tag: 'status-history',
    attribute: 'time-zone',
    property: 'timeZone',
    value: 'Pacific/Kiritimati',
    expected: 'Pacific/Kiritimati',
    with: {days: '0'},
    // The seed's incidents have calendar dates: days, with no time and no zone, in any zone;
    // its maintenance has instants, read in Kiritimati (UTC+14), and named so.
    sees: (el) => {
      expect(shadowText(el)).to.include('Started: Dec 13, 2016Resolved: Dec 15, 2016Duration');
      expect(shadowText(el)).to.include('Started: Sep 21, 2016, 12:00 PM GMT+14Ended: Sep 21, 2016, 1:30 PM GMT+14');
    },
  },
  {
    tag: 'status-banner',
    attribute: 'position',
    property: 'position',
    value: 'bottom',
    expected: 'bottom',
    sees: (el) => expect(el.shadowRoot!.querySelector('.bar')!.getAttribute('data-pos')).to.equal('bottom'),
  },
];

/** The banner's feed depends on what the case is about: an incident, upcoming maintenance, or nothing at all. */
function bannerFeed(c: Case): NativeFeed {
  if (c.attribute === 'upcoming') return nativeFeed({maintenances: [upcomingMaintenance({hoursAhead: 30})]});
  if (c.attribute === 'show-operational') return nativeFeed();
  return nativeFeed({incidents: [activeIncident()]});
}

describe('attributes given as string properties', () => {
  guardHostPage();

  let psgallery: PsgalleryFeed;
  before(async () => {
    psgallery = await loadPsgallery();
  });
  beforeEach(async () => {
    container = await fixture(html`<div></div>`);
  });

  for (const c of CASES) {
    it(`<${c.tag}> ${c.property} = ${JSON.stringify(c.value)} means ${c.attribute}="${c.value}"`, async () => {
      const indicatorFeed = nativeFeed({incidents: [activeIncident({severity: 'critical'})]});
      feeds = {'status-banner': bannerFeed(c), 'status-history': psgallery, 'status-indicator': indicatorFeed};
      const other = (el: Element) => Object.entries(c.with ?? {}).forEach(([name, value]) => el.setAttribute(name, value));
      const byAttribute = await mount(c.tag, (el) => (other(el), el.setAttribute(c.attribute, c.value)));
      const byProperty = await mount(c.tag, (el) => (other(el), (el[c.property] = c.value)));
      expect(byAttribute[c.property], 'read from the attribute').to.equal(c.expected);
      expect(byProperty[c.property], 'read from the string property').to.equal(c.expected);
      await c.sees?.(byAttribute);
      await c.sees?.(byProperty);
      expect(seen(byProperty)).to.equal(seen(byAttribute));

      // Changed later, as a framework re-rendering does: the same again.
      // (The live region may differ: a banner that switches language clears what it said.)
      const later = await mount(c.tag, other);
      later[c.property] = c.value;
      await later.updateComplete;
      finishAnimations(later);
      expect(later[c.property]).to.equal(c.expected);
      expect(seen(later, {spoken: false})).to.equal(seen(byAttribute, {spoken: false}));
    });
  }

  for (const tag of ['status-banner', 'status-history', 'status-indicator'] as const) {
    it(`<${tag}> src as a property reads the feed, in one request with the attribute's`, async () => {
      feeds = {
        'status-banner': nativeFeed({incidents: [activeIncident()]}),
        'status-history': psgallery,
        'status-indicator': nativeFeed({incidents: [activeIncident()]}),
      };
      const key = uniqueKey(`string-src-${tag}`);
      const src = tag === 'status-history' ? fileUrl(PSGALLERY_PATH, key) : echoUrl(feeds[tag], key);
      // The 2016 history shows with days="0" only.
      const allDays = (el: Element) => tag === 'status-history' && el.setAttribute('days', '0');
      const byAttribute = await mount(tag, (el) => (el.setAttribute('src', src), allDays(el)), {data: false});
      const byProperty = await mount(tag, (el) => ((el['src'] = src), allDays(el)), {data: false});
      const loaded = (el: Element) =>
        tag === 'status-indicator'
          ? part(el, 'indicator')!.dataset['status'] === 'partial_outage'
          : shadowText(el).includes(tag === 'status-banner' ? 'Major incident' : 'Download items failed');
      await waitUntil(() => loaded(byAttribute) && loaded(byProperty), 'the feed never showed');
      finishAnimations(byAttribute);
      finishAnimations(byProperty);
      expect(seen(byProperty)).to.equal(seen(byAttribute));
      expect(await requestCount(key)).to.equal(1);
    });
  }

  it('the history of 4 incidents with days="0" set as a string, as the README\'s React snippet does', async () => {
    const el = await mount('status-history', (el) => (el['days'] = '0'), {data: false});
    el.data = psgallery;
    await el.updateComplete;
    expect(partTexts(el, 'incident-title')).to.have.length(5);
    expect(shadowText(el)).not.to.include('No incidents');
    expect(shadowText(el)).not.to.include('history.');
    await expect(el).to.be.accessible();
  });
});

interface Invalid {
  tag: Tag;
  attribute: string;
  property: string;
  value: string;
  /** The default it keeps. */
  fallback: unknown;
  warning: string;
}

const INVALID: Invalid[] = [
  {
    tag: 'status-indicator',
    attribute: 'variant',
    property: 'variant',
    value: 'badg',
    fallback: 'dot',
    warning: '<status-indicator> variant="badg" is not one of dot, badge, text; using "dot".',
  },
  {
    tag: 'status-history',
    attribute: 'days',
    property: 'days',
    value: 'abc',
    fallback: 90,
    warning: '<status-history> days="abc" is not a whole number, 0 or more; using 90.',
  },
  {
    tag: 'status-history',
    attribute: 'days',
    property: 'days',
    value: '-1',
    fallback: 90,
    warning: '<status-history> days="-1" is not a whole number, 0 or more; using 90.',
  },
  {
    tag: 'status-history',
    attribute: 'limit',
    property: 'limit',
    value: '0',
    fallback: 10,
    warning: '<status-history> limit="0" is not a whole number, 1 or more; using 10.',
  },
  {
    tag: 'status-banner',
    attribute: 'theme',
    property: 'theme',
    value: 'drak',
    fallback: 'auto',
    warning: '<status-banner> theme="drak" is not one of light, dark, auto; using "auto".',
  },
  {
    tag: 'status-indicator',
    attribute: 'refresh',
    property: 'refresh',
    value: '-5',
    fallback: 60,
    warning: '<status-indicator> refresh="-5" is not a number, 0 or more; using 60.',
  },
  {
    tag: 'status-banner',
    attribute: 'position',
    property: 'position',
    value: 'middle',
    fallback: 'inline',
    warning: '<status-banner> position="middle" is not one of inline, top, bottom; using "inline".',
  },
  {
    tag: 'status-banner',
    attribute: 'upcoming',
    property: 'upcoming',
    value: 'soon',
    fallback: 24,
    warning: '<status-banner> upcoming="soon" is not a number, 0 or more; using 24.',
  },
  {
    tag: 'status-history',
    attribute: 'max-age',
    property: 'maxAge',
    value: '1h',
    fallback: undefined,
    warning: '<status-history> max-age="1h" is not a number, 0 or more; using none.',
  },
  {
    tag: 'status-banner',
    attribute: 'time-zone',
    property: 'timeZone',
    value: 'Mars/Olympus_Mons',
    fallback: 'local',
    warning: '<status-banner> time-zone="Mars/Olympus_Mons" is not local or an IANA time zone such as Europe/Paris; using "local".',
  },
  {
    tag: 'status-history',
    attribute: 'time-zone',
    property: 'timeZone',
    value: 'UTC+2',
    fallback: 'local',
    warning: '<status-history> time-zone="UTC+2" is not local or an IANA time zone such as Europe/Paris; using "local".',
  },
  {
    tag: 'status-indicator',
    attribute: 'format',
    property: 'format',
    value: 'jsonfeed',
    fallback: 'auto',
    // The formats read today, whichever they are.
    warning: `<status-indicator> format="jsonfeed" is not one of ${FORMATS.join(', ')}; using "auto".`,
  },
];

/**
 * Lets every warning asked for be given: their words load with a chunk of
 * their own (attribute-warning.ts), once, then each waits one microtask.
 */
async function warningsGiven(): Promise<void> {
  await import('../../src/elements/shared/attribute-warning.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('attribute values that are not allowed', () => {
  guardHostPage();

  let warnings: string[];
  let realWarn: typeof console.warn;
  let psgallery: PsgalleryFeed;
  before(async () => {
    psgallery = await loadPsgallery();
  });
  beforeEach(async () => {
    container = await fixture(html`<div></div>`);
    feeds = {
      'status-banner': nativeFeed({incidents: [activeIncident()]}),
      'status-history': psgallery,
      'status-indicator': nativeFeed({incidents: [activeIncident()]}),
    };
    warnings = [];
    realWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = realWarn;
  });

  for (const c of INVALID) {
    it(`<${c.tag}> ${c.attribute}="${c.value}" keeps the default and warns once, as an attribute or a property`, async () => {
      const byDefault = await mount(c.tag, () => {});
      const byAttribute = await mount(c.tag, (el) => el.setAttribute(c.attribute, c.value));
      const byProperty = await mount(c.tag, (el) => (el[c.property] = c.value));
      // Set again, on either: still one warning for this element, attribute and value.
      byAttribute[c.property] = c.value;
      byProperty.setAttribute(c.attribute, c.value);
      await byAttribute.updateComplete;
      await byProperty.updateComplete;
      for (const el of [byAttribute, byProperty]) {
        expect(el[c.property]).to.equal(c.fallback);
        expect(seen(el), 'shown as with no value at all').to.equal(seen(byDefault));
      }
      await warningsGiven();
      expect(warnings).to.deep.equal([c.warning]);
    });
  }

  it('warns again for another value, or another element', async () => {
    await mount('status-indicator', (el) => el.setAttribute('variant', 'dots'));
    await mount('status-indicator', (el) => (el['variant'] = 'badges'));
    await mount('status-banner', (el) => el.setAttribute('theme', 'dots'));
    await mount('status-history', (el) => el.setAttribute('theme', 'dots'));
    await warningsGiven();
    expect(warnings).to.deep.equal([
      '<status-indicator> variant="dots" is not one of dot, badge, text; using "dot".',
      '<status-indicator> variant="badges" is not one of dot, badge, text; using "dot".',
      '<status-banner> theme="dots" is not one of light, dark, auto; using "auto".',
      '<status-history> theme="dots" is not one of light, dark, auto; using "auto".',
    ]);
  });

  it('says nothing of an attribute removed, an empty one, or a property unset', async () => {
    const el = await mount('status-history', (el) => el.setAttribute('days', '0'));
    el.removeAttribute('days');
    await el.updateComplete;
    expect(el['days']).to.equal(90);
    el.setAttribute('days', '');
    el['limit'] = undefined;
    el['maxAge'] = null;
    await el.updateComplete;
    expect([el['days'], el['limit'], el['maxAge']]).to.deep.equal([90, 10, undefined]);
    await warningsGiven();
    expect(warnings).to.deep.equal([]);
  });

  it('stays accessible with values not allowed', async () => {
    const el = await mount('status-indicator', (el) => (el.setAttribute('variant', 'sparkle'), el.setAttribute('theme', 'neon')));
    expect(part(el, 'dot')!.getAttribute('role')).to.equal('img');
    await expect(el).to.be.accessible();
  });
});
