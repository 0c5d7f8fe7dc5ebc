// Every supported format, as a site would use it: a real (or documentation-based) payload
// served over HTTP on the test origin, read with format="auto" by the three elements.
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import type {StatusLoadDetail} from '../../src/index.js';
import {fileUrl, uniqueKey} from '../helpers/feeds.js';
import {finishAnimations, part, parts, shadowText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';

type Tag = 'status-banner' | 'status-history' | 'status-indicator';

const mounted: HTMLElement[] = [];

/** An element reading `src`, in the page, once its first load (or failure) has rendered. */
export async function mount(
  tag: Tag,
  src: string,
  attrs: Record<string, string> = {},
): Promise<{el: HTMLElement & {updateComplete: Promise<unknown>}; event: Event}> {
  const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<unknown>};
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const settled = new Promise<Event>((resolve) => {
    el.addEventListener('status-load', resolve, {once: true});
    el.addEventListener('status-error', resolve, {once: true});
  });
  document.body.append(el);
  mounted.push(el);
  const event = await settled;
  await el.updateComplete;
  finishAnimations(el);
  return {el, event};
}

interface Case {
  name: string;
  /** A fixture under test/fixtures, served by the feed server… */
  path?: string;
  /** …or a URL (a page URL read through its endpoints). */
  src?: string;
  format: string;
  /** What the banner says, or null when it shows nothing. */
  banner: string[] | null;
  indicator: string;
  /** Titles the history shows (days="0"). */
  history: string[];
  /** The source lists only what is going on now: the history says so. */
  activeOnly: boolean;
}

const CASES: Case[] = [
  {
    name: 'Statuspage summary.json during an incident (GitHub)',
    path: 'test/fixtures/statuspage/github_summary_2022-11-25_incident.json',
    format: 'statuspage',
    banner: ['Major incident:', 'Incident with Packages and Pages', 'Packages is now experiencing degraded performance'],
    indicator: 'Partial outage',
    history: ['Incident with Packages and Pages'],
    activeOnly: true,
  },
  {
    name: 'Statuspage page read through its API (summary, incidents, scheduled maintenances)',
    src: '/test/fixtures/statuspage/site/api/v2/',
    format: 'statuspage',
    banner: ['Major incident:', 'Incident with Packages and Pages'],
    indicator: 'Partial outage',
    history: ['Incident with GitHub Actions', 'Incident with Packages and Pages', 'Git Operations database upgrade', 'Delayed webhook deliveries'],
    activeOnly: false,
  },
  {
    name: 'Statuspage history.atom (StreamYard)',
    path: 'test/fixtures/atom/streamyard_history.atom',
    format: 'atom',
    banner: null,
    indicator: 'All systems operational',
    history: ['Networking issues', 'On-Air Issues', 'StreamYard On-Air Issue'],
    activeOnly: false,
  },
  {
    name: 'Statuspage history.rss, written from what Statuspage serves',
    path: 'test/fixtures/rss/handwritten_statuspage_history.rss',
    format: 'rss',
    banner: null,
    indicator: 'All systems operational',
    history: ['Database maintenance on 2026-01-03', 'Checkout errors', 'Network maintenance in FRA', 'Login issue'],
    activeOnly: false,
  },
  {
    name: 'plain RSS of another site',
    path: 'test/fixtures/rss/handwritten_plain.rss',
    format: 'rss',
    banner: ['Major incident:', 'Investigating: Slow search'],
    indicator: 'Partial outage',
    history: ['Investigating: Slow search', '[Resolved] Email delays'],
    activeOnly: false,
  },
  {
    name: 'Cachet /api/v1/components (Yoti)',
    path: 'test/fixtures/cachet/yoti_components.json',
    format: 'cachet',
    banner: null,
    indicator: 'All systems operational',
    history: [],
    activeOnly: true,
  },
  {
    name: 'Cachet /api/v1/incidents, written from Cachet’s source',
    path: 'test/fixtures/cachet/handwritten_incidents.json',
    format: 'cachet',
    banner: ['Major incident:', 'App sign-in failures', 'A bad certificate was deployed; we are rolling it back.'],
    indicator: 'Partial outage',
    history: ['App sign-in failures', 'Slow website'],
    activeOnly: false,
  },
  {
    name: 'Uptime Kuma status page URL (WittyOneOff)',
    src: '/test/fixtures/uptime-kuma/site/status/wittyoneoff',
    format: 'uptime-kuma',
    banner: null,
    indicator: 'All systems operational',
    history: [],
    activeOnly: true,
  },
  {
    name: 'Instatus summary.json (Manychat)',
    path: 'test/fixtures/instatus/instatus_manychat_summary.json',
    format: 'instatus',
    banner: ['Minor incident:', 'Delays in Instagram automation'],
    indicator: 'Degraded performance',
    history: ['Delays in Instagram automation'],
    activeOnly: true,
  },
];

describe('every format in the three elements, format="auto"', () => {
  guardHostPage();

  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  for (const c of CASES) {
    describe(c.name, () => {
      const src = () => c.src ?? fileUrl(c.path!, uniqueKey(c.format));

      it('the indicator says how the service is doing', async () => {
        const {el, event} = await mount('status-indicator', src(), {variant: 'text'});
        expect(event.type).to.equal('status-load');
        expect((event as CustomEvent<StatusLoadDetail>).detail.snapshot.format).to.equal(c.format);
        expect(shadowText(el)).to.equal(c.indicator);
      });

      it(c.banner ? 'the banner shows what is going on' : 'the banner shows nothing, all being well', async () => {
        const {el} = await mount('status-banner', src());
        if (c.banner === null) {
          expect(part(el, 'banner')).to.equal(null);
          return;
        }
        const text = shadowText(el);
        for (const piece of c.banner) expect(text).to.include(piece);
        await expect(el).to.be.accessible();
      });

      it(`the history ${c.activeOnly ? 'says the source lists only what goes on now' : 'lists the past'}`, async () => {
        const {el} = await mount('status-history', src(), {days: '0'});
        const titles = parts(el, 'incident-title').map((t) => t.textContent!.trim());
        for (const title of c.history) expect(titles).to.include(title);
        const notices = parts(el, 'notice').map((n) => n.textContent!.trim());
        expect(notices.includes('This feed lists only current incidents; past ones are on the status page.')).to.equal(c.activeOnly);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('splits an Atom entry into its dated updates, in the reader’s language', async () => {
    const {el} = await mount('status-history', fileUrl('test/fixtures/atom/streamyard_history.atom', uniqueKey('atom-fr')), {days: '0', lang: 'fr'});
    const entry = parts(el, 'incident').find((e) => e.querySelector('[part~="incident-title"]')!.textContent!.trim() === 'StreamYard On-Air Issue')!;
    const updates = [...entry.querySelectorAll('[part~="updates"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(updates).to.have.length(3);
    expect(updates[0]).to.match(/^Résolu · .*2023.* The cloud provider has resolved the issue\.$/);
    expect(updates[1]).to.match(/^Cause identifiée · /);
    expect(updates[2]).to.match(/^Analyse en cours · .*On-Air is experiencing issues/);
    // The link to the incident on the status page.
    expect(entry.querySelector('a')!.getAttribute('href')).to.equal('https://status.streamyard.com/incidents/6pz1jst84ctl');
  });

  it('shows an HTML update body as text with its paragraphs, never as markup', async () => {
    const {el} = await mount('status-history', '/test/fixtures/statuspage/site/api/v2/', {days: '0'});
    const entry = parts(el, 'incident').find((e) => e.textContent!.includes('Incident with GitHub Actions'))!;
    const latest = entry.querySelector('[part~="updates"] li')!;
    expect(latest.querySelectorAll('[part~="paragraph"]')).to.have.length(3);
    expect(latest.textContent).not.to.include('<br');
    expect(latest.querySelector('br')).to.equal(null);
  });
});
