import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {StatusUptime} from '../../src/index.js';
import {echoUrl, hoursFromNow, PAGE_URL, resolvedIncident, uniqueKey, type NativeFeed} from '../helpers/feeds.js';
import {normalize, part, parts, partTexts, recordEvents, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';

const DAY = 86_400_000;

/** `YYYY-MM-DD` of the UTC day `n` days before today. */
function daysAgo(n: number): string {
  return new Date(Date.now() - n * DAY).toISOString().slice(0, 10);
}

/**
 * The incident moved to 11:00–13:00 UTC `n` days ago: on that one UTC day
 * whatever the time now (two hours back from now cross midnight in the
 * first two hours of a UTC day).
 */
function atNoon<T extends {started_at: string; resolved_at?: string; updates?: {at: string}[]}>(incident: T, n: number): T {
  const noon = Math.floor(Date.now() / DAY) * DAY - n * DAY + DAY / 2;
  const end = new Date(noon + DAY / 24).toISOString();
  return {...incident, started_at: new Date(noon - DAY / 24).toISOString(), resolved_at: end, updates: incident.updates?.map((u) => ({...u, at: end}))};
}

/**
 * A native feed whose API is measured on each of the last `measured` days
 * (99.95 % on average: 100 % every day but one, whose figure makes it so),
 * with one resolved incident 3 days ago; the website is not measured.
 */
function measuredFeed(measured = 90): NativeFeed & {components: unknown[]} {
  // 90 days at 99.95 %: 0.05 % × 90 = 4.5 % of one day down, on the day of the incident.
  const uptime = Array.from({length: measured}, (_, n) => ({
    date: daysAgo(n),
    uptime: n === 3 ? 1 - 0.0005 * measured : 1,
    ...(n === 3 && {down_minutes: Math.round(0.0005 * measured * 1440)}),
  }));
  return {
    version: 1,
    page: {name: 'Example', url: PAGE_URL},
    components: [
      {id: 'api', name: {en: 'API', fr: 'API'}, uptime},
      {id: 'web', name: {en: 'Website', fr: 'Site web'}},
    ],
    incidents: [atNoon(resolvedIncident({id: 'slow-search', daysAgo: 3}), 3)],
  } as NativeFeed & {components: unknown[]};
}

/** The bars of a row, as buttons. */
const bars = (row: Element) => [...row.querySelectorAll<HTMLButtonElement>('[part~="day"]')];

describe('<status-uptime>', () => {
  guardHostPage();

  describe('a measured feed', () => {
    let el: StatusUptime;
    beforeEach(async () => {
      el = await fixture<StatusUptime>(html`<status-uptime lang="en" .data=${measuredFeed()}></status-uptime>`);
    });

    it('shows one row per component, one bar per day, and the measured uptime', () => {
      expect(partTexts(el, 'name')).to.deep.equal(['API', 'Website']);
      const [api, web] = parts(el, 'row');
      expect(bars(api!)).to.have.length(90);
      expect(bars(web!)).to.have.length(90);
      expect(normalize(part(el, 'percent')!.textContent)).to.equal('99.95%');
      expect(bars(api!).every((bar) => bar.dataset['kind'] === 'measured')).to.equal(true);
    });

    it('gives each row one accessible summary', () => {
      const [api, web] = parts(el, 'days');
      expect(api!.getAttribute('role')).to.equal('group');
      expect(api!.getAttribute('aria-label')).to.equal('API: 99.95% uptime over 90 days; 1 day with incidents');
      // The website is not measured: its days are derived from the incidents, and its percentage is not made up.
      expect(web!.getAttribute('aria-label')).to.equal('Website: uptime not measured over 90 days, status derived from incidents; no incidents');
      expect(partTexts(el, 'percent')[1]).to.equal('Not measured');
    });

    it('draws the day of the incident lower than the days up, and names its status in its label', () => {
      const [api] = parts(el, 'row');
      const incidentDay = bars(api!)[86]!;
      const upDay = bars(api!)[0]!;
      expect(incidentDay.dataset['status']).to.equal('partial_outage');
      expect(incidentDay.getBoundingClientRect().height).to.be.lessThan(upDay.getBoundingClientRect().height);
      expect(incidentDay.getAttribute('aria-label')).to.match(/: Partial outage, 95\.50% uptime \(measured\)$/);
    });

    it('has a legend for each kind of day and each status', () => {
      const legend = normalize(part(el, 'legend')!.textContent);
      for (const words of ['Measured', 'Derived from incidents', 'No data', 'Operational', 'Major outage', 'UTC']) expect(legend).to.include(words);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    let el: StatusUptime;
    beforeEach(async () => {
      el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="7" .data=${measuredFeed()}></status-uptime>`);
    });

    it('makes each row one tab stop, on its latest day', () => {
      const [api] = parts(el, 'row');
      expect(bars(api!).map((bar) => bar.tabIndex)).to.deep.equal([-1, -1, -1, -1, -1, -1, 0]);
    });

    it('moves between days with the arrows, Home and End, and shows the chosen day', async () => {
      const [api] = parts(el, 'row');
      bars(api!)[6]!.focus();
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      const chosen = el.shadowRoot!.activeElement as HTMLButtonElement;
      expect(bars(api!).indexOf(chosen)).to.equal(3);
      expect(chosen.tabIndex).to.equal(0);
      expect(bars(api!).filter((bar) => bar.tabIndex === 0)).to.have.length(1);
      // Three days back is the incident's day: its details name it, and link into the history.
      const details = api!.querySelector('[part~="details"]')!;
      expect(normalize(details.textContent)).to.include('Downtime:');
      const link = api!.querySelector<HTMLAnchorElement>('[part~="incident-link"]')!;
      expect(normalize(link.textContent)).to.equal('Search was slow');
      expect(link.getAttribute('href')).to.equal('#incident-slow-search');
      await sendKeys({press: 'Home'});
      await el.updateComplete;
      expect(bars(api!).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement)).to.equal(0);
      await sendKeys({press: 'ArrowLeft'});
      expect(bars(api!).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement)).to.equal(0);
      await sendKeys({press: 'End'});
      await el.updateComplete;
      expect(bars(api!).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement)).to.equal(6);
      expect(normalize(api!.querySelector('[part~="details"]')!.textContent)).to.include('No incidents');
    });

    it('touches only the bars that change: two on hover or focus, one for a day a new snapshot changed', async () => {
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" .data=${measuredFeed()}></status-uptime>`);
      const [api, web] = parts(el, 'row');
      /** The changes to the bars until the next update completes, as "<day> <attribute>". */
      const changesDuring = async (change: () => void) => {
        const records: MutationRecord[] = [];
        const observer = new MutationObserver((list) => records.push(...list));
        observer.observe(el.shadowRoot!, {subtree: true, attributes: true, childList: true});
        change();
        await el.updateComplete;
        records.push(...observer.takeRecords());
        observer.disconnect();
        return records.map((m) => {
          const bar = m.target as HTMLButtonElement;
          const row = bar.closest('[part~="row"]');
          return m.type === 'attributes' && bar.matches('[part~="day"]')
            ? `${row === web ? 'web ' : ''}${bars(row!).indexOf(bar)} ${m.attributeName}`
            : 'other';
        });
      };
      const hovered = await changesDuring(() => bars(api!)[80]!.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true})));
      // The latest day gives up the tab stop, the hovered one takes it and is marked chosen; nothing else changes but the details.
      expect(hovered.filter((c) => c !== 'other').sort()).to.deep.equal(['80 part', '80 tabindex', '89 part', '89 tabindex']);
      expect(
        bars(api!)
          .filter((bar) => bar.tabIndex === 0)
          .map((bar) => bars(api!).indexOf(bar)),
      ).to.deep.equal([80]);
      expect(
        bars(web!)
          .filter((bar) => bar.tabIndex === 0)
          .map((bar) => bars(web!).indexOf(bar)),
      ).to.deep.equal([89]);

      // A poll that changed the day before yesterday only: that bar alone is told.
      const feed = measuredFeed();
      (feed.components[0] as unknown as {uptime: {uptime: number}[]}).uptime[2]!.uptime = 0.9;
      const polled = await changesDuring(() => (el.data = feed));
      expect(polled.filter((c) => c !== 'other').sort()).to.deep.equal(['87 aria-label', '87 data-kind', '87 data-status']);
      expect(bars(api!)[87]!.dataset['status']).to.equal('major_outage');
      expect(bars(api!)[80]!.tabIndex).to.equal(0);
    });

    it('draws a new row with its own days, whatever the row above shows or has chosen', async () => {
      const [, web] = parts(el, 'row');
      bars(web!)[4]!.click();
      await el.updateComplete;
      // A third component, measured on its last 3 days only, half of yesterday down: its row is new, and drawn after the website's.
      const feed = measuredFeed();
      const uptime = [0, 1, 2].map((n) => ({date: daysAgo(n), uptime: n === 1 ? 0.5 : 1}));
      feed.components.push({id: 'cdn', name: {en: 'CDN', fr: 'CDN'}, uptime});
      el.data = feed;
      await el.updateComplete;
      const cdn = parts(el, 'row')[2]!;
      expect(normalize(cdn.querySelector('[part~="name"]')!.textContent)).to.equal('CDN');
      // The days before its first measure are derived from the feed's incidents (none touched it), as the website's are.
      expect(bars(cdn).map((bar) => bar.dataset['kind'])).to.deep.equal(['derived', 'derived', 'derived', 'derived', 'measured', 'measured', 'measured']);
      expect(bars(cdn).map((bar) => bar.tabIndex)).to.deep.equal([-1, -1, -1, -1, -1, -1, 0]);
      expect(bars(cdn).filter((bar) => bar.part.contains('day-chosen'))).to.have.length(0);
      expect(bars(cdn)[5]!.getAttribute('aria-label')).to.include('50.00%');
      expect(bars(cdn)[6]!.getAttribute('aria-label')).to.include('100.00%');
      expect(bars(cdn)[0]!.getAttribute('aria-label')).to.equal(bars(web!)[0]!.getAttribute('aria-label'));
      expect(bars(cdn)[4]!.getAttribute('aria-label')).to.match(/: Operational, 100\.00% uptime \(measured\)$/);
      // The website's row keeps its chosen day.
      expect(bars(web!)[4]!.part.contains('day-chosen')).to.equal(true);
    });

    it('closes the details with Escape', async () => {
      const [api] = parts(el, 'row');
      bars(api!)[6]!.focus();
      await el.updateComplete;
      expect(api!.querySelector<HTMLElement>('[part~="details"]')!.hidden).to.equal(false);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(api!.querySelector<HTMLElement>('[part~="details"]')!.hidden).to.equal(true);
    });

    it('shows a day on tap or click', async () => {
      const [, web] = parts(el, 'row');
      bars(web!)[4]!.click();
      await el.updateComplete;
      const details = web!.querySelector<HTMLElement>('[part~="details"]')!;
      expect(details.hidden).to.equal(false);
      expect(normalize(details.textContent)).to.include('Derived from incidents');
      expect(bars(web!)[4]!.part.contains('day-chosen')).to.equal(true);
    });
  });

  describe('honest figures', () => {
    it('gives the percentage over the measured days only, and says how many they are', async () => {
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" .data=${measuredFeed(10)}></status-uptime>`);
      expect(partTexts(el, 'percent')[0]).to.equal('99.95% (10 of 90 days measured)');
      expect(parts(el, 'days')[0]!.getAttribute('aria-label')).to.equal('API: 99.95% uptime on the 10 measured days of 90; 1 day with incidents');
      const kinds = bars(parts(el, 'row')[0]!).map((bar) => bar.dataset['kind']);
      expect(kinds.filter((k) => k === 'measured')).to.have.length(10);
      expect(kinds.filter((k) => k === 'derived')).to.have.length(80);
    });

    it('says there is no data, and shows no percentage, for a feed that knows nothing of the past', async () => {
      // Uptime Kuma's status page alone: monitors but no history.
      const kuma = {
        heartbeatList: {'1': [{status: 1, time: new Date(Date.now() - 60_000).toISOString().replace('T', ' ').replace('Z', '')}]},
        publicGroupList: [{name: 'Services', monitorList: [{id: 1, name: 'Mail'}]}],
      };
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="30" .data=${kuma}></status-uptime>`);
      const row = parts(el, 'row')[0]!;
      const kinds = bars(row).map((bar) => bar.dataset['kind']);
      expect(kinds.slice(0, 29).every((k) => k === 'none')).to.equal(true);
      expect(kinds[29]).to.equal('measured');
      // The days without data are not drawn as up.
      expect(bars(row)[0]!.dataset['status']).to.equal('none');
      expect(parts(el, 'days')[0]!.getAttribute('aria-label')).to.equal('Mail: 100.00% uptime on the 1 measured day of 30; no incidents');
    });
  });

  describe('in French', () => {
    it('writes the summary and the figures in French, with French typography', async () => {
      const el = await fixture<StatusUptime>(html`<status-uptime lang="fr" .data=${measuredFeed()}></status-uptime>`);
      // Intl puts a no-break space before % (narrow or not, depending on the engine's data).
      expect(partTexts(el, 'percent')[0]).to.match(/^99,95[\u00a0\u202f]%$/);
      expect(parts(el, 'days')[0]!.getAttribute('aria-label')).to.match(
        /^API\u00a0: 99,95[\u00a0\u202f]% de disponibilité sur 90 jours\u202f; 1 jour avec incidents$/,
      );
      expect(shadowText(el)).to.include('Disponibilité');
      expect(shadowText(el)).to.include('Déduit des incidents');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('shows the components asked for only', async () => {
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" components="web" .data=${measuredFeed()}></status-uptime>`);
      expect(partTexts(el, 'name')).to.deep.equal(['Website']);
    });

    describe('days, read as every element reads its numbers (attribute-values.ts)', () => {
      let warnings: string[];
      let warn: typeof console.warn;
      beforeEach(() => {
        warnings = [];
        warn = console.warn;
        console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      });
      afterEach(() => {
        console.warn = warn;
      });
      /** The warnings' words load with a chunk of their own, then each waits a microtask. */
      async function warningsGiven(): Promise<void> {
        await import('../../src/elements/shared/attribute-warning.js');
        await new Promise((resolve) => setTimeout(resolve, 0));
      }

      it('reads a string property as a framework sets it, as the attribute', async () => {
        const byAttribute = await fixture<StatusUptime>(html`<status-uptime lang="en" days="30" .data=${measuredFeed()}></status-uptime>`);
        const byProperty = await fixture<StatusUptime>(
          html`<status-uptime lang="en" .days=${'30' as unknown as number} .data=${measuredFeed()}></status-uptime>`,
        );
        for (const el of [byAttribute, byProperty]) {
          expect(el.days).to.equal(30);
          expect(bars(parts(el, 'row')[0]!)).to.have.length(30);
        }
        byProperty.days = '365' as unknown as number;
        await byProperty.updateComplete;
        expect(byProperty.days).to.equal(365);
        expect(bars(parts(byProperty, 'row')[0]!)).to.have.length(365);
        await warningsGiven();
        expect(warnings).to.deep.equal([]);
      });

      for (const value of ['a week', '0', '366', '7.5', '-1']) {
        it(`keeps 90 days for days="${value}", and says once which values are allowed`, async () => {
          const byAttribute = await fixture<StatusUptime>(html`<status-uptime lang="en" days=${value} .data=${measuredFeed()}></status-uptime>`);
          const byProperty = await fixture<StatusUptime>(
            html`<status-uptime lang="en" .days=${value as unknown as number} .data=${measuredFeed()}></status-uptime>`,
          );
          byAttribute.days = value as unknown as number;
          byProperty.setAttribute('days', value);
          await byAttribute.updateComplete;
          await byProperty.updateComplete;
          for (const el of [byAttribute, byProperty]) {
            expect(el.days).to.equal(90);
            expect(bars(parts(el, 'row')[0]!)).to.have.length(90);
          }
          // A valid value afterwards is taken.
          byAttribute.days = '7' as unknown as number;
          await byAttribute.updateComplete;
          expect(bars(parts(byAttribute, 'row')[0]!)).to.have.length(7);
          await warningsGiven();
          expect(warnings).to.deep.equal([`<status-uptime> days=${JSON.stringify(value)} is not a whole number from 1 to 365; using 90.`]);
        });
      }

      it('says nothing of an attribute removed or empty, or a property unset', async () => {
        const el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="7" .data=${measuredFeed()}></status-uptime>`);
        el.removeAttribute('days');
        await el.updateComplete;
        expect(el.days).to.equal(90);
        el.setAttribute('days', '');
        await el.updateComplete;
        expect(el.days).to.equal(90);
        el.days = undefined as unknown as number;
        await el.updateComplete;
        expect(el.days).to.equal(90);
        expect(bars(parts(el, 'row')[0]!)).to.have.length(90);
        await warningsGiven();
        expect(warnings).to.deep.equal([]);
      });
    });
  });

  describe('a fetched feed', () => {
    it('reads the feed from src and fires status-load', async () => {
      const el = document.createElement('status-uptime') as StatusUptime;
      el.lang = 'en';
      el.src = echoUrl(measuredFeed(), uniqueKey('uptime-src'));
      const loaded = oneEvent(el, 'status-load');
      document.body.append(el);
      try {
        await loaded;
        await waitForText(el, '99.95%');
      } finally {
        el.remove();
      }
    });

    it('keeps its last good state and fires status-error when the feed turns bad', async () => {
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" .data=${measuredFeed()}></status-uptime>`);
      const errors = recordEvents<{error: Error}>(el, 'status-error');
      el.data = {version: 1, components: [{id: 'api', uptime: [{date: 'yesterday', uptime: 1}]}]};
      await waitUntil(() => errors.length === 1);
      expect(errors[0]!.detail.error.message).to.include('components[0].uptime[0].date');
      await el.updateComplete;
      expect(partTexts(el, 'percent')[0]).to.equal('99.95%');
    });
  });

  describe('each source', () => {
    /** A fixture's text with every `YYYY-MM-DD` moved so that `newest` becomes today (UTC): real payloads, in today's window. */
    async function movedToToday(path: string, newest: string): Promise<unknown> {
      const text = await (await fetch(`/test/fixtures/${path}`)).text();
      const shift = Date.parse(`${daysAgo(0)}T00:00:00Z`) - Date.parse(`${newest}T00:00:00Z`);
      return JSON.parse(
        text.replace(/\b(\d{4}-\d{2}-\d{2})(?=[T "])/g, (date) => new Date(Date.parse(`${date}T00:00:00Z`) + shift).toISOString().slice(0, 10)),
      );
    }
    const kinds = (row: Element) => bars(row).map((bar) => bar.dataset['kind']);
    const count = (list: (string | undefined)[], kind: string) => list.filter((k) => k === kind).length;

    it('Statuspage page: days derived from incidents.json, the critical GitHub Actions incident on its two days', async () => {
      const el = await fixture<StatusUptime>(
        html`<status-uptime lang="en" days="365" components="API Requests" src="/test/fixtures/statuspage/site/api/v2/"></status-uptime>`,
      );
      await waitUntil(() => parts(el, 'row').length === 1, 'no row', {timeout: 5000});
      const row = parts(el, 'row')[0]!;
      expect(count(kinds(row), 'derived')).to.equal(365);
      const worst = bars(row).filter((bar) => bar.dataset['status'] === 'major_outage');
      expect(worst.map((bar) => bar.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['Jul 19, 2026', 'Jul 20, 2026']);
      expect(partTexts(el, 'percent')).to.deep.equal(['Not measured']);
      await expect(el).to.be.accessible();
    });

    it('Uptime Kuma status page: the day its heartbeats fall on is measured, the days before have no data', async () => {
      const el = await fixture<StatusUptime>(
        html`<status-uptime lang="en" days="120" components="socktop.io" src="/test/fixtures/uptime-kuma/site/status/wittyoneoff"></status-uptime>`,
      );
      await waitUntil(() => parts(el, 'row').length === 1, 'no row', {timeout: 5000});
      const row = parts(el, 'row')[0]!;
      const measured = bars(row).filter((bar) => bar.dataset['kind'] === 'measured');
      expect(measured.map((bar) => bar.getAttribute('aria-label'))).to.deep.equal(['Aug 26, 2026: Operational, 100.00% uptime (measured)']);
      expect(count(kinds(row), 'none')).to.equal(119);
      expect(partTexts(el, 'percent')).to.deep.equal(['100.00% (1 of 120 days measured)']);
    });

    it('Atom: one row for the whole page, its days derived from the entries', async () => {
      const text = await (await fetch('/test/fixtures/atom/streamyard_history.atom')).text();
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="7" .data=${text}></status-uptime>`);
      expect(parts(el, 'row')).to.have.length(1);
      expect(count(kinds(parts(el, 'row')[0]!), 'derived')).to.equal(7);
    });

    it('Cachet: the days of its incidents derived, with their worst status', async () => {
      const feed = await movedToToday('cachet/handwritten_incidents.json', '2026-05-02');
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="30" .data=${feed}></status-uptime>`);
      const row = parts(el, 'row')[0]!;
      expect(count(kinds(row), 'derived')).to.equal(30);
      const today = bars(row)[29]!;
      expect(today.dataset['status']).not.to.equal('operational');
      today.click();
      await el.updateComplete;
      expect(normalize(row.querySelector('[part~="details"]')!.textContent)).to.include('App sign-in failures');
    });

    it('Upptime: the real summary, moved to today: every day since the oldest downtime measured', async () => {
      const feed = await movedToToday('upptime/datalad_summary_2025-09-26.json', '2025-09-26');
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" components="centerforopenneuroscience-org" .data=${feed}></status-uptime>`);
      const row = parts(el, 'row')[0]!;
      expect(count(kinds(row), 'measured')).to.equal(90);
      expect(bars(row)[89]!.getAttribute('aria-label')).to.match(/: Major outage, 92\.50% uptime \(measured\)$/);
      await expect(el).to.be.accessible();
    });

    it('Better Stack: its status history measured, the days it did not monitor without data, its status reports on their days', async () => {
      const feed = await movedToToday('betterstack/handwritten_index.json', '2026-11-25');
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="7" .data=${feed}></status-uptime>`);
      const [website, , backup] = parts(el, 'row');
      expect(kinds(website!)).to.deep.equal(['none', 'none', 'none', 'none', 'measured', 'measured', 'measured']);
      expect(partTexts(el, 'name')).to.deep.equal(['Website', 'API', 'Nightly backup']);
      // The backup is not monitored: the day of its status report (5 days ago) is derived from it, the others have no data.
      expect(kinds(backup!)).to.deep.equal(['none', 'derived', 'none', 'none', 'none', 'none', 'none']);
      expect(bars(backup!)[1]!.dataset['status']).to.equal('major_outage');
      expect(partTexts(el, 'percent')[2]).to.equal('Not measured');
      // The website's day down names the report, linking into the history.
      bars(website!)[5]!.focus();
      await el.updateComplete;
      expect(partTexts(el, 'incident-link')).to.deep.equal(['Website unreachable']);
      expect(bars(website!)[5]!.dataset['status']).to.equal('major_outage');
    });

    it('Gatus: the days its results fall on measured', async () => {
      const feed = await movedToToday('gatus/handwritten_statuses.json', '2026-11-26');
      const el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="7" .data=${feed}></status-uptime>`);
      expect(partTexts(el, 'name')).to.deep.equal(['core / frontend', 'core / api']);
      expect(parts(el, 'days')[0]!.getAttribute('aria-label')).to.equal('core / frontend: 75.00% uptime on the 2 measured days of 7; no incidents');
    });
  });

  describe('on a 320 px phone', () => {
    for (const days of [7, 30, 90]) {
      it(`fits ${days} days in the row, in bars of one width, at least 2 px each, the bad day lower`, async () => {
        const wrap = await fixture<HTMLElement>(
          html`<div style="width: 320px"><status-uptime lang="en" days=${days} .data=${measuredFeed()}></status-uptime></div>`,
        );
        const el = wrap.querySelector<StatusUptime>('status-uptime')!;
        await el.updateComplete;
        const row = parts(el, 'days')[0]!;
        const boxes = bars(parts(el, 'row')[0]!).map((bar) => bar.getBoundingClientRect());
        expect(boxes).to.have.length(days);
        const widths = boxes.map((box) => box.width);
        expect(Math.min(...widths)).to.be.at.least(2);
        expect(Math.max(...widths) - Math.min(...widths)).to.be.below(1);
        expect(boxes[0]!.left).to.be.at.least(row.getBoundingClientRect().left - 0.5);
        expect(boxes.at(-1)!.right).to.be.at.most(row.getBoundingClientRect().right + 0.5);
        expect(boxes.every((box, d) => d === 0 || box.left >= boxes[d - 1]!.right)).to.equal(true);
        // Status is not told by colour alone: the day of the incident (3 days ago, 4.5 % down) is drawn lower than a day up.
        expect(boxes.at(-4)!.height).to.be.below(boxes.at(-1)!.height);
        expect(boxes.at(-4)!.bottom).to.be.closeTo(boxes.at(-1)!.bottom, 0.5);
      });
    }
  });

  it('starts a day at midnight UTC and ends with today', async () => {
    const feed = {
      version: 1,
      components: [{id: 'api', name: 'API'}],
      incidents: [{id: 'now', title: 'Down', severity: 'critical', started_at: hoursFromNow(-0.5), components: ['api']}],
    };
    const el = await fixture<StatusUptime>(html`<status-uptime lang="en" days="7" .data=${feed}></status-uptime>`);
    const last = bars(parts(el, 'row')[0]!)[6]!;
    expect(last.dataset['status']).to.equal('major_outage');
    // Today's bar, whenever the incident began (30 minutes ago can be yesterday): it goes on now.
    const today = new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeZone: 'UTC'}).format(Date.now());
    expect(last.getAttribute('aria-label')).to.equal(`${today}: Major outage (derived from incidents)`);
  });
});
