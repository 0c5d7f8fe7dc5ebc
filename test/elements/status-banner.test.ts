import {expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import {emulateMedia, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/define.js';
import type {StatusBanner, StatusIndicator} from '../../src/index.js';
import {
  activeIncident,
  echoUrl,
  maintenanceInProgress,
  minutesFromNow,
  nativeFeed,
  PAGE_URL,
  requestCount,
  resolvedIncident,
  uniqueKey,
  upcomingMaintenance,
} from '../helpers/feeds.js';
import {dateTimeWithZone} from '../helpers/dates.js';
import {finishAnimations, normalize, part, parts, shadowText, waitForText} from '../helpers/dom.js';
import {DISMISSALS_KEY, guardHostPage} from '../helpers/guard.js';
import {watchTimers} from '../helpers/timers.js';
import {backgroundOf, contrast} from './color.js';
import {describeOnlyIn} from '../helpers/engine.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Every text the banner's live region took, in order, from now on. */
function announcements(el: StatusBanner): string[] {
  const live = el.shadowRoot!.querySelector('[role="status"]')!;
  const seen: string[] = [];
  new MutationObserver(() => seen.push(normalize(live.textContent))).observe(live, {subtree: true, childList: true, characterData: true});
  return seen;
}
/** Lets the MutationObservers report. */
const settleObservers = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<status-banner>', () => {
  guardHostPage();

  describe('when all is well', () => {
    it('renders nothing and takes no room', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [resolvedIncident()]})}></status-banner>`);
      expect(part(el, 'banner')).to.equal(null);
      expect(shadowText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('keeps its live region even when empty, and announces a banner that appears', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed()}></status-banner>`);
      const live = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(live).to.not.equal(null);
      expect(live.textContent).to.equal('');
      el.data = nativeFeed({incidents: [activeIncident()]});
      await el.updateComplete;
      // The same region, now with a short sentence: what a screen reader says.
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(live);
      expect(normalize(live.textContent)).to.equal('Major incident: Package downloads are failing');
      expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
    });

    it('says "All systems operational" with show-operational', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" show-operational .data=${nativeFeed()}></status-banner>`);
      expect(part(el, 'banner')!.dataset['tone']).to.equal('operational');
      expect(shadowText(el)).to.equal('All systems operational');
      expect(part(el, 'dismiss')).to.equal(null);
      const fr = await fixture<StatusBanner>(html`<status-banner lang="fr" show-operational .data=${nativeFeed()}></status-banner>`);
      expect(shadowText(fr)).to.equal('Tous les systèmes sont opérationnels');
      finishAnimations(fr);
      await expect(fr).to.be.accessible();
    });

    it('reads "Status unknown" once the snapshot is older than max-age', async () => {
      // `data` is taken as fetched now; the element must turn unknown by itself
      // when max-age passes, never keep a stale green.
      const changes: CustomEvent[] = [];
      const el = await fixture<StatusBanner>(
        html`<status-banner lang="en" show-operational max-age="2" .data=${nativeFeed()} @status-change=${(e: CustomEvent) => changes.push(e)}></status-banner>`,
      );
      expect(shadowText(el)).to.equal('All systems operational');
      await waitForText(el, 'Status unknown');
      expect(part(el, 'banner')!.dataset['tone']).to.equal('unknown');
      expect(shadowText(el)).not.to.include('operational');
      expect(changes.map((e) => e.detail)).to.deep.equal([{previous: 'operational', current: 'unknown'}]);
    });

    it('reads "Status unknown" even when the age timer fires before Date.now() has passed max-age', async () => {
      const changes: CustomEvent[] = [];
      const el = await fixture<StatusBanner>(
        html`<status-banner lang="en" show-operational max-age="1" .data=${nativeFeed()} @status-change=${(e: CustomEvent) => changes.push(e)}></status-banner>`,
      );
      expect(shadowText(el)).to.equal('All systems operational');
      // From now on the page's clock reads 30 ms behind the timers' (two clocks, read apart and
      // rounded, as Firefox's can be under load): the timer set for max-age fires while Date.now()
      // says the snapshot is still fresh.
      const realNow = Date.now;
      Date.now = () => realNow() - 30;
      try {
        await waitForText(el, 'Status unknown');
      } finally {
        Date.now = realNow;
      }
      expect(changes.map((e) => e.detail)).to.deep.equal([{previous: 'operational', current: 'unknown'}]);
    });

    it('fires status-change when a render shows the snapshot past max-age before the age timer has run', async () => {
      // Any render may be the first to see max-age pass (another timer's, a
      // moment after the age timer's own check in an engine that rounds its
      // clock): what it shows and what status-change says must agree.
      const changes: CustomEvent[] = [];
      const el = await fixture<StatusBanner>(
        html`<status-banner lang="en" show-operational max-age="60" .data=${nativeFeed()} @status-change=${(e: CustomEvent) => changes.push(e)}></status-banner>`,
      );
      const realNow = Date.now;
      try {
        Date.now = () => realNow() + 61_000;
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        Date.now = realNow;
      }
      expect(shadowText(el)).to.include('Status unknown');
      expect(changes.map((e) => e.detail)).to.deep.equal([{previous: 'operational', current: 'unknown'}]);
    });

    it("turns unknown on a timer when max-age is made shorter than its age, not from a render (Lit's change-in-update)", async () => {
      const changes: CustomEvent[] = [];
      const el = await fixture<StatusBanner>(
        html`<status-banner lang="en" show-operational .data=${nativeFeed()} @status-change=${(e: CustomEvent) => changes.push(e)}></status-banner>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Past it already: the render that follows shows unknown, and status-change says so,
      // without that render asking for another from updated().
      el.maxAge = 0.005;
      await waitForText(el, 'Status unknown');
      await waitUntil(() => changes.length > 0, 'no status-change');
      expect(changes.map((e) => e.detail)).to.deep.equal([{previous: 'operational', current: 'unknown'}]);
      // Lit's dev build records each warning it gives (the test page names the set: web-test-runner.config.mjs).
      const issued = [...((globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings ?? [])];
      expect(issued.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
    });
  });

  describe('an active incident', () => {
    it('shows its label, title, latest update, status, time and details link', async () => {
      const data = nativeFeed({incidents: [activeIncident({minutesAgo: 40, updateMinutesAgo: 5})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      const banner = part(el, 'banner')!;
      expect(banner.dataset['tone']).to.equal('major');
      expect(normalize(part(el, 'label')!.textContent)).to.equal('Major incident:');
      expect(normalize(part(el, 'title')!.textContent)).to.equal('Package downloads are failing');
      expect(normalize(part(el, 'message')!.textContent)).to.equal('The CDN is returning corrupt packages; we are disabling it.');
      expect(normalize(part(el, 'status')!.textContent)).to.equal('Identified');
      expect(normalize(part(el, 'time')!.textContent)).to.equal('Updated 5 minutes ago');
      const link = part(el, 'details-link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://status.example.com/incidents/inc-1');
      expect(normalize(link.textContent)).to.equal('Details');
      expect(link.getAttribute('aria-label')).to.equal('Details: Package downloads are failing');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(part(el, 'more')).to.equal(null);
    });

    it('speaks French', async () => {
      const data = nativeFeed({incidents: [activeIncident({minutesAgo: 40, updateMinutesAgo: 5})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${data}></status-banner>`);
      expect(normalize(part(el, 'label')!.textContent)).to.equal(`Incident majeur${NBSP}:`);
      expect(normalize(part(el, 'title')!.textContent)).to.equal('Les téléchargements de packages échouent');
      expect(normalize(part(el, 'message')!.textContent)).to.equal('Le CDN renvoie des packages corrompus ; nous le désactivons.');
      expect(normalize(part(el, 'status')!.textContent)).to.equal('Cause identifiée');
      expect(normalize(part(el, 'time')!.textContent)).to.equal('Mis à jour il y a 5 minutes');
      expect(part(el, 'details-link')!.getAttribute('aria-label')).to.equal(`Détails${NBSP}: Les téléchargements de packages échouent`);
      expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Masquer');
    });

    it('shows the worst incident first, and how many more there are', async () => {
      const data = nativeFeed({
        incidents: [
          activeIncident({id: 'minor', severity: 'minor', minutesAgo: 5, title: 'Search is slow'}),
          activeIncident({id: 'critical', severity: 'critical', minutesAgo: 60, title: 'Everything is down'}),
        ],
      });
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(el, 'banner')!.dataset['tone']).to.equal('critical');
      expect(normalize(part(el, 'label')!.textContent)).to.equal('Critical incident:');
      expect(normalize(part(el, 'title')!.textContent)).to.equal('Everything is down');
      expect(normalize(part(el, 'more')!.textContent)).to.equal('+1 more');
      // Folded until the reader opens it.
      expect(part(el, 'others')!.hasAttribute('open')).to.equal(false);
      expect(part(el, 'other')!.checkVisibility()).to.equal(false);
      const fr = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${data}></status-banner>`);
      expect(normalize(part(fr, 'more')!.textContent)).to.equal('+1 autre');
    });

    it('sends details to href when given', async () => {
      const data = nativeFeed({incidents: [activeIncident()]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" href="https://help.example.org/status" .data=${data}></status-banner>`);
      expect((part(el, 'details-link') as HTMLAnchorElement).href).to.equal('https://help.example.org/status');
    });
  });

  describe('maintenance', () => {
    it('shows maintenance in progress', async () => {
      const data = nativeFeed({maintenances: [maintenanceInProgress()]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(el, 'banner')!.dataset['tone']).to.equal('maintenance');
      expect(normalize(part(el, 'label')!.textContent)).to.equal('Maintenance in progress:');
      expect(normalize(part(el, 'title')!.textContent)).to.equal('Database upgrade');
      expect(normalize(part(el, 'message')!.textContent)).to.equal('Publishing may be briefly unavailable.');
      expect(normalize(part(el, 'time')!.textContent)).to.match(/^Until \S/);
      const fr = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${data}></status-banner>`);
      // {{time}} is a date and a time ("13 juil. 2016, 09:00"), never a relative word: "le" fits it.
      expect(normalize(part(fr, 'time')!.textContent)).to.match(/^Fin prévue le \d/);
    });

    it('prefers an active incident over maintenance', async () => {
      const data = nativeFeed({incidents: [activeIncident({severity: 'minor'})], maintenances: [maintenanceInProgress()]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(normalize(part(el, 'label')!.textContent)).to.equal('Minor incident:');
    });

    it('announces maintenance due within 24 hours', async () => {
      const data = nativeFeed({maintenances: [upcomingMaintenance({hoursAhead: 3})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(normalize(part(el, 'label')!.textContent)).to.equal('Scheduled maintenance:');
      expect(normalize(part(el, 'title')!.textContent)).to.equal('Storage migration');
      expect(normalize(part(el, 'time')!.textContent)).to.match(/^Starts \S/);
      const fr = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${data}></status-banner>`);
      expect(normalize(part(fr, 'label')!.textContent)).to.equal(`Maintenance planifiée${NBSP}:`);
      expect(normalize(part(fr, 'time')!.textContent)).to.match(/^Début prévu le \d/);
    });

    it('says nothing of maintenance beyond `upcoming` hours', async () => {
      const data = nativeFeed({maintenances: [upcomingMaintenance({hoursAhead: 30})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(el, 'banner')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      const further = await fixture<StatusBanner>(html`<status-banner lang="en" upcoming="48" .data=${data}></status-banner>`);
      expect(normalize(part(further, 'label')!.textContent)).to.equal('Scheduled maintenance:');
    });
  });

  describe('dismissal', () => {
    // Dismissals are also kept in memory for the page's life (for when storage
    // is unavailable), so each test dismisses an incident id of its own.

    it('hides the banner, fires status-dismiss and remembers it across reloads', async () => {
      const data = nativeFeed({incidents: [activeIncident({id: 'inc-7', updateId: 'u2'})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      const button = part(el, 'dismiss') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal('Dismiss');
      const dismissed = oneEvent(el, 'status-dismiss');
      button.click();
      const event = (await dismissed) as CustomEvent<{incidentId: string; updateId: string}>;
      expect(event.detail).to.deep.equal({incidentId: 'inc-7', updateId: 'u2'});
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(localStorage.getItem(DISMISSALS_KEY)).to.include('inc-7');

      // A new element with the same feed, as after a page reload.
      el.remove();
      const again = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(again, 'banner')).to.equal(null);
    });

    it('shows the banner again when the incident has a newer update', async () => {
      const data = nativeFeed({incidents: [activeIncident({id: 'inc-8', updateId: 'u2'})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      (part(el, 'dismiss') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);

      const newer = nativeFeed({
        incidents: [activeIncident({id: 'inc-8', updateId: 'u3', updateMinutesAgo: 1, updateText: 'A fix is being deployed.'})],
      });
      el.data = newer;
      await el.updateComplete;
      expect(part(el, 'banner')).to.not.equal(null);
      expect(normalize(part(el, 'message')!.textContent)).to.equal('A fix is being deployed.');
    });

    it('stays dismissed when an earlier page view stored the dismissal', async () => {
      // The documented key: the feed (for `data`, "data " and its page URL), the item, the update.
      localStorage.setItem(DISMISSALS_KEY, JSON.stringify([JSON.stringify([`data ${PAGE_URL}`, 'inc-11', 'u2'])]));
      const data = nativeFeed({incidents: [activeIncident({id: 'inc-11'})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(el, 'banner')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('has no dismiss button with dismissible="false"', async () => {
      localStorage.setItem(DISMISSALS_KEY, JSON.stringify([JSON.stringify([`data ${PAGE_URL}`, 'inc-9', 'u2'])]));
      const data = nativeFeed({incidents: [activeIncident({id: 'inc-9'})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" dismissible="false" .data=${data}></status-banner>`);
      expect(part(el, 'banner')).to.not.equal(null);
      expect(part(el, 'dismiss')).to.equal(null);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });

    it('keeps apart two feeds that both number an incident "1"', async () => {
      // Cachet numbers incidents 1, 2, 3…: so may any two feeds on one page.
      const one = uniqueKey('dismiss-feed-a');
      const two = uniqueKey('dismiss-feed-b');
      const incident = activeIncident({id: '1', updateId: '1'});
      const first = await fixture<StatusBanner>(html`<status-banner lang="en" src=${echoUrl(nativeFeed({incidents: [incident]}), one)}></status-banner>`);
      const second = await fixture<StatusBanner>(html`<status-banner lang="en" src=${echoUrl(nativeFeed({incidents: [incident]}), two)}></status-banner>`);
      await waitUntil(() => part(first, 'dismiss') && part(second, 'dismiss'), 'the banners did not show');
      const dismissed = oneEvent(first, 'status-dismiss');
      (part(first, 'dismiss') as HTMLButtonElement).click();
      expect(((await dismissed) as CustomEvent).detail).to.deep.equal({incidentId: '1', updateId: '1'});
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(part(first, 'banner')).to.equal(null);
      expect(part(second, 'title')!.textContent).to.equal('Package downloads are failing');
      finishAnimations(second);
      await expect(second).to.be.accessible();

      // The same with `data`: feeds told apart by their page URL.
      const other = await fixture<StatusBanner>(
        html`<status-banner lang="en" .data=${nativeFeed({incidents: [incident], pageUrl: 'https://other.example.com/'})}></status-banner>`,
      );
      const mine = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [incident]})}></status-banner>`);
      (part(mine, 'dismiss') as HTMLButtonElement).click();
      await Promise.all([mine.updateComplete, other.updateComplete]);
      expect(part(mine, 'banner')).to.equal(null);
      expect(part(other, 'banner')).to.not.equal(null);
    });

    it('survives storage that holds garbage', async () => {
      localStorage.setItem(DISMISSALS_KEY, '{not json');
      const data = nativeFeed({incidents: [activeIncident({id: 'inc-10'})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(el, 'banner')).to.not.equal(null);
      (part(el, 'dismiss') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);
    });
  });

  it('shares one request with an indicator of the same src', async () => {
    const key = uniqueKey('banner-shared');
    const src = echoUrl(nativeFeed({incidents: [activeIncident()]}), key);
    // Two fixtures rather than one <div>: fixture() waits an animation frame
    // for plain elements, and a background tab may not get one.
    const banner = await fixture<StatusBanner>(html`<status-banner lang="en" refresh="0" src=${src}></status-banner>`);
    const indicator = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" refresh="0" src=${src}></status-indicator>`);
    await waitForText(banner, 'Package downloads are failing');
    await waitForText(indicator, 'Partial outage');
    expect(await requestCount(key)).to.equal(1);
  });

  it('shows nothing while loading and after a failed fetch', async () => {
    const key = uniqueKey('banner-500');
    const src = echoUrl('', key, {status: 500});
    const errors: Event[] = [];
    const el = await fixture<StatusBanner>(
      html`<status-banner lang="en" refresh="0" src=${src} @status-error=${(e: Event) => errors.push(e)}></status-banner>`,
    );
    expect(part(el, 'banner')).to.equal(null);
    await waitUntil(() => errors.length === 1, 'no status-error');
    await el.updateComplete;
    expect(part(el, 'banner')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  describe('the other active incidents', () => {
    const three = () =>
      nativeFeed({
        incidents: [
          activeIncident({
            id: 'minor',
            severity: 'minor',
            title: {en: 'Search is slow', fr: 'La recherche est lente'},
            url: 'https://status.example.com/incidents/minor',
          }),
          activeIncident({id: 'critical', severity: 'critical', title: 'Everything is down'}),
          activeIncident({
            id: 'major',
            severity: 'major',
            title: {en: 'Uploads fail', fr: 'Les envois échouent'},
            url: 'https://status.example.com/incidents/major',
          }),
        ],
      });

    it('opens them from "+N more": each with its severity, title and link, worst first', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${three()}></status-banner>`);
      const more = part(el, 'more')!;
      expect(more.localName).to.equal('summary');
      expect(normalize(more.textContent)).to.equal('+2 more');
      expect(parts(el, 'other').every((o) => !o.checkVisibility())).to.equal(true);
      more.click();
      await waitUntil(() => part(el, 'others')!.hasAttribute('open'));
      const others = parts(el, 'other') as HTMLAnchorElement[];
      expect(others.every((o) => o.checkVisibility())).to.equal(true);
      expect(others.map((o) => normalize(o.parentElement!.textContent))).to.deep.equal(['Major incident: Uploads fail', 'Minor incident: Search is slow']);
      expect(others.map((o) => o.href)).to.deep.equal(['https://status.example.com/incidents/major', 'https://status.example.com/incidents/minor']);
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('in French too', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${three()}></status-banner>`);
      expect(normalize(part(el, 'more')!.textContent)).to.equal('+2 autres');
      expect(parts(el, 'other').map((o) => normalize(o.parentElement!.textContent))).to.deep.equal([
        `Incident majeur${NBSP}: Les envois échouent`,
        `Incident mineur${NBSP}: La recherche est lente`,
      ]);
      part(el, 'more')!.click();
      await waitUntil(() => part(el, 'others')!.hasAttribute('open'));
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('time', () => {
    it('keeps "updated … ago" true by itself', async () => {
      // The page's clock held still while the banner renders, then moved on by
      // the test: what it shows depends on the clock, not on how fast this
      // machine renders. The banner's own timer (a real one) must notice.
      const realNow = Date.now;
      const start = realNow();
      let elapsed = 0;
      Date.now = () => start + elapsed;
      try {
        // 89 seconds ago reads "1 minute ago"; past 90 seconds it rounds to 2.
        const data = nativeFeed({incidents: [activeIncident({updateMinutesAgo: 89 / 60})]});
        const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
        expect(normalize(part(el, 'time')!.textContent)).to.equal('Updated 1 minute ago');
        elapsed = 2000;
        await waitUntil(() => normalize(part(el, 'time')!.textContent) === 'Updated 2 minutes ago', 'the age never moved');
      } finally {
        Date.now = realNow;
      }
    });

    it('says "just now", never "now" or "in 1 minute", of an update ahead of the reader’s clock', async () => {
      const data = nativeFeed({incidents: [activeIncident({updateMinutesAgo: -1})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(normalize(part(el, 'time')!.textContent)).to.equal('Updated just now');
      const fr = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${data}></status-banner>`);
      expect(normalize(part(fr, 'time')!.textContent)).to.equal('Mis à jour à l’instant');
      finishAnimations(fr);
      await expect(fr).to.be.accessible();
    });

    it('with one timer per banner, cleared when it leaves the page', async () => {
      const timers = watchTimers();
      try {
        const el = await fixture<StatusBanner>(
          html`<status-banner lang="en" .data=${nativeFeed({incidents: [activeIncident({updateMinutesAgo: 30})]})}></status-banner>`,
        );
        const mine = () => timers.pending(1000);
        expect(mine()).to.have.length(1);
        // 30 minutes old: a tick every 30 seconds is fine enough (a 60th of
        // the age, which grows by the time the render took: up to a minute of it, for a busy machine).
        expect(mine()[0]!.delay).to.be.within(30_000, 31_000);
        for (let i = 0; i < 3; i++) {
          el.requestUpdate();
          await el.updateComplete;
        }
        expect(mine(), 'each render replaces the timer').to.have.length(1);
        el.remove();
        await el.updateComplete;
        expect(mine()).to.deep.equal([]);
      } finally {
        timers.restore();
      }
    });

    it('shows upcoming maintenance at its local start time', async () => {
      const data = nativeFeed({maintenances: [upcomingMaintenance({hoursAhead: 5})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      const time = part(el, 'time')!;
      const start = Date.parse(time.getAttribute('datetime')!);
      const local = dateTimeWithZone('en', start);
      expect(normalize(time.textContent)).to.equal(`Starts ${local}`);
    });

    it('shows times of day in the time-zone asked, naming it, and follows a change of it', async () => {
      const data = nativeFeed({maintenances: [upcomingMaintenance({hoursAhead: 5})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" time-zone="Asia/Kolkata" .data=${data}></status-banner>`);
      const start = Date.parse(part(el, 'time')!.getAttribute('datetime')!);
      const inZone = (timeZone: string) => dateTimeWithZone('en', start, timeZone);
      expect(normalize(part(el, 'time')!.textContent)).to.equal(`Starts ${normalize(inZone('Asia/Kolkata'))}`);
      expect(normalize(part(el, 'time')!.textContent)).to.match(/[AP]M GMT\+5:30$/);
      el.timeZone = 'America/Los_Angeles';
      await el.updateComplete;
      expect(normalize(part(el, 'time')!.textContent)).to.match(/[AP]M P[SD]T$/);
      el.setAttribute('time-zone', 'local');
      await el.updateComplete;
      expect(el.timeZone).to.equal('local');
      expect(normalize(part(el, 'time')!.textContent)).to.equal(`Starts ${normalize(inZone(Intl.DateTimeFormat().resolvedOptions().timeZone))}`);
    });

    it('names the zone in the tooltip of "Updated 5 minutes ago", which screen readers reach', async () => {
      const el = await fixture<StatusBanner>(
        html`<status-banner lang="fr" time-zone="Europe/Paris" .data=${nativeFeed({incidents: [activeIncident()]})}></status-banner>`,
      );
      expect(part(el, 'time')!.getAttribute('title')).to.match(/ \d\d:\d\d UTC\+[12]$/);
    });
  });

  /**
   * DESIGN.md §3: a date without a time is a calendar date, that day where
   * the reader is (`npm test` runs this file under UTC, Los Angeles, Kolkata
   * and Kiritimati). Every expectation below is the reader's own calendar.
   */
  describe('calendar dates', () => {
    /** The reader's date `days` from today: as a feed writes it, and as a reader reads it. */
    function localDay(days: number): {feed: string; shown: string} {
      const d = new Date();
      d.setDate(d.getDate() + days);
      const two = (n: number) => String(n).padStart(2, '0');
      return {
        feed: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`,
        shown: new Intl.DateTimeFormat('en-US', {dateStyle: 'medium'}).format(d),
      };
    }

    it('says an incident was updated today or yesterday, never hours ago, and gives the day', async () => {
      const [today, yesterday] = [localDay(0), localDay(-1)];
      const incident = {...activeIncident(), started_at: yesterday.feed, updates: [{id: 'u1', at: today.feed, status: 'identified', text: 'Found it.'}]};
      const el = await fixture<StatusBanner>(html`<status-banner lang="en-US" .data=${nativeFeed({incidents: [incident]})}></status-banner>`);
      const time = part(el, 'time')!;
      expect(normalize(time.textContent)).to.equal('Updated today');
      expect(time.getAttribute('datetime')).to.equal(today.feed);
      expect(time.getAttribute('title')).to.equal(today.shown);
      el.data = nativeFeed({incidents: [{...incident, updates: [{id: 'u0', at: yesterday.feed, status: 'investigating'}]}]});
      await el.updateComplete;
      expect(normalize(part(el, 'time')!.textContent)).to.equal('Updated yesterday');
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('counts "today" on the calendar of the time-zone asked, and shows a calendar date without a zone', async () => {
      // Kiritimati (UTC+14) and Pago Pago (UTC-11) are never on the same day.
      const dayIn = (timeZone: string) => {
        const parts = new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(Date.now());
        const field = (type: string) => parts.find((p) => p.type === type)!.value;
        return `${field('year')}-${field('month')}-${field('day')}`;
      };
      for (const [zone, other] of [
        ['Pacific/Kiritimati', 'Pacific/Pago_Pago'],
        ['Pacific/Pago_Pago', 'Pacific/Kiritimati'],
      ] as const) {
        // Started an instant ago (the banner's choice is not what this is about); updated on a calendar day.
        const incident = {...activeIncident(), updates: [{id: 'u1', at: dayIn(zone), status: 'identified', text: 'Found it.'}]};
        const el = await fixture<StatusBanner>(
          html`<status-banner lang="en-US" time-zone=${zone} .data=${nativeFeed({incidents: [incident]})}></status-banner>`,
        );
        expect(normalize(part(el, 'time')!.textContent), zone).to.equal('Updated today');
        expect(part(el, 'time')!.getAttribute('title')).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
        el.timeZone = other;
        await el.updateComplete;
        expect(normalize(part(el, 'time')!.textContent), other).not.to.equal('Updated today');
      }
    });

    it('shows maintenance of a calendar day in progress all that day, until that day', async () => {
      const today = localDay(0);
      const work = {...maintenanceInProgress(), status: 'scheduled', starts_at: today.feed, ends_at: today.feed};
      const el = await fixture<StatusBanner>(html`<status-banner lang="en-US" .data=${nativeFeed({maintenances: [work]})}></status-banner>`);
      expect(part(el, 'banner')!.dataset['tone']).to.equal('maintenance');
      expect(normalize(part(el, 'label')!.textContent)).to.equal('Maintenance in progress:');
      const time = part(el, 'time')!;
      expect(normalize(time.textContent)).to.equal(`Until ${today.shown}`);
      expect(time.getAttribute('datetime')).to.equal(today.feed);
    });

    it('announces maintenance of a calendar day to come by its day, without a time', async () => {
      const tomorrow = localDay(1);
      const work = {...upcomingMaintenance(), starts_at: tomorrow.feed, ends_at: tomorrow.feed};
      const el = await fixture<StatusBanner>(html`<status-banner lang="en-US" upcoming="48" .data=${nativeFeed({maintenances: [work]})}></status-banner>`);
      expect(normalize(part(el, 'label')!.textContent)).to.equal('Scheduled maintenance:');
      expect(normalize(part(el, 'time')!.textContent)).to.equal(`Starts ${tomorrow.shown}`);
    });
  });

  describe('announcements', () => {
    it('announces an incident that starts while the page is open once, not on every poll', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed()}></status-banner>`);
      const seen = announcements(el);
      const critical = (updateId = 'u2') => activeIncident({id: 'c', severity: 'critical', title: 'Everything is down', updateId});
      el.data = nativeFeed({incidents: [critical()]});
      await el.updateComplete;
      // Polls: the same incident, then a new update of it, and the clock's re-renders.
      for (const data of [nativeFeed({incidents: [critical()]}), nativeFeed({incidents: [critical('u3')]}), nativeFeed({incidents: [critical('u3')]})]) {
        el.data = data;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      }
      await settleObservers();
      expect(seen).to.deep.equal(['Critical incident: Everything is down']);
      // A second major incident starts: it is not the one shown, it is announced all the same.
      el.data = nativeFeed({incidents: [critical('u3'), activeIncident({id: 'm', severity: 'major', title: 'Uploads fail'})]});
      await el.updateComplete;
      // A minor one is only counted in "+N more".
      el.data = nativeFeed({
        incidents: [critical('u3'), activeIncident({id: 'm', severity: 'major', title: 'Uploads fail'}), activeIncident({id: 'n', severity: 'minor'})],
      });
      await el.updateComplete;
      await settleObservers();
      expect(seen).to.deep.equal(['Critical incident: Everything is down', 'Major incident: Uploads fail']);
    });

    it('says nothing more when polls over HTTP bring the same incident', async () => {
      const key = uniqueKey('banner-announce');
      const src = echoUrl(nativeFeed({incidents: [activeIncident({severity: 'critical'})]}), key);
      const el = await fixture<StatusBanner>(html`<status-banner lang="fr" refresh="0" src=${src}></status-banner>`);
      const seen = announcements(el);
      await waitForText(el, 'Incident critique');
      await el.reload();
      await el.reload();
      await el.updateComplete;
      await settleObservers();
      expect(await requestCount(key)).to.equal(3);
      expect(seen).to.deep.equal([`Incident critique${NBSP}: Les téléchargements de packages échouent`]);
    });
  });

  describe('the live region over time', () => {
    const liveText = (el: StatusBanner) => normalize(el.shadowRoot!.querySelector('[role="status"]')!.textContent);
    const resolved = (incident: ReturnType<typeof activeIncident>) => ({...incident, status: 'resolved', resolved_at: minutesFromNow(0)});

    const LANGUAGES = [
      {lang: 'en', started: 'Major incident: Package downloads are failing', ended: 'Resolved: Package downloads are failing'},
      {
        lang: 'fr',
        started: `Incident majeur${NBSP}: Les téléchargements de packages échouent`,
        ended: `Résolu${NNBSP}: Les téléchargements de packages échouent`,
      },
    ];
    for (const {lang, started, ended} of LANGUAGES) {
      it(`announces a resolution once, then clears it (${lang})`, async () => {
        const timers = watchTimers();
        const realNow = Date.now;
        try {
          const incident = activeIncident({id: `live-${lang}`});
          const el = await fixture<StatusBanner>(html`<status-banner lang=${lang} .data=${nativeFeed()}></status-banner>`);
          const seen = announcements(el);
          el.data = nativeFeed({incidents: [incident]});
          await el.updateComplete;
          expect(liveText(el)).to.equal(started);
          // Resolved: the banner goes, the live region says so; later polls bring the same, and say nothing more.
          for (let poll = 0; poll < 3; poll++) {
            el.data = nativeFeed({incidents: [resolved(incident)]});
            await el.updateComplete;
          }
          expect(part(el, 'banner')).to.equal(null);
          expect(liveText(el)).to.equal(ended);
          // A render within 10 seconds keeps it (the banner's clock, a poll).
          el.requestUpdate();
          await el.updateComplete;
          expect(liveText(el)).to.equal(ended);
          // The banner's clock clears it within a minute, once 10 seconds have passed: fired here with the clock moved on.
          const clock = timers.pending(1000);
          expect(clock, 'no timer ends the announcement').to.have.length(1);
          expect(clock[0]!.delay).to.be.at.most(60_000);
          Date.now = () => realNow() + 10_001;
          timers.fire(clock[0]!);
          await el.updateComplete;
          expect(liveText(el)).to.equal('');
          await settleObservers();
          expect(seen).to.deep.equal([started, ended, '']);
          await expect(el).to.be.accessible();
        } finally {
          Date.now = realNow;
          timers.restore();
        }
      });
    }

    it('clears, not repeats, what it said when the language changes; later news comes in the new language', async () => {
      const incident = activeIncident({id: 'live-lang'});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [incident]})}></status-banner>`);
      const seen = announcements(el);
      expect(liveText(el)).to.equal(LANGUAGES[0]!.started);
      el.lang = 'fr';
      await el.updateComplete;
      expect(shadowText(el)).to.include('Incident majeur');
      expect(liveText(el)).to.equal('');
      el.data = nativeFeed({incidents: [resolved(incident)]});
      await el.updateComplete;
      expect(liveText(el)).to.equal(LANGUAGES[1]!.ended);
      await settleObservers();
      expect(seen).to.deep.equal(['', LANGUAGES[1]!.ended]);
    });

    it('clears what no longer holds: an incident gone from the feed, maintenance that ended, a feed replaced', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [activeIncident({id: 'gone'})]})}></status-banner>`);
      expect(liveText(el)).to.equal(LANGUAGES[0]!.started);
      // Gone unresolved: nothing is claimed resolved.
      el.data = nativeFeed();
      await el.updateComplete;
      expect(liveText(el)).to.equal('');
      el.data = nativeFeed({maintenances: [maintenanceInProgress()]});
      await el.updateComplete;
      expect(liveText(el)).to.equal('Maintenance in progress: Database upgrade');
      el.data = nativeFeed({maintenances: [{...maintenanceInProgress(), status: 'completed'}]});
      await el.updateComplete;
      expect(liveText(el)).to.equal('');
      el.data = nativeFeed({incidents: [activeIncident({id: 'replaced'})]});
      await el.updateComplete;
      expect(liveText(el)).to.equal(LANGUAGES[0]!.started);
      el.data = undefined;
      await el.updateComplete;
      expect(liveText(el)).to.equal('');
    });

    it('announces an incident that comes back after its resolution', async () => {
      const incident = activeIncident({id: 'again'});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [incident]})}></status-banner>`);
      const seen = announcements(el);
      el.data = nativeFeed({incidents: [resolved(incident)]});
      await el.updateComplete;
      el.data = nativeFeed({incidents: [incident]});
      await el.updateComplete;
      await settleObservers();
      expect(seen).to.deep.equal([LANGUAGES[0]!.ended, LANGUAGES[0]!.started]);
    });
  });

  describe('position', () => {
    const bar = (el: StatusBanner) => el.shadowRoot!.querySelector('.bar')!;
    /** Waits for the place the host keeps to match the fixed banner's height. */
    const placeKept = async (el: StatusBanner) => {
      await waitUntil(
        () => Math.abs(el.getBoundingClientRect().height - bar(el).getBoundingClientRect().height) < 0.5,
        'the host kept no place for the banner',
      );
    };

    it('is inline by default', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [activeIncident()]})}></status-banner>`);
      expect(getComputedStyle(bar(el)).position).to.equal('static');
      expect(el.getBoundingClientRect().height).to.equal(part(el, 'banner')!.getBoundingClientRect().height);
    });

    for (const position of ['top', 'bottom'] as const) {
      it(`${position}: fixed to the viewport, covering nothing, and no room when there is nothing to say`, async () => {
        window.scrollTo(0, 0);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><p>Before</p><status-banner lang="en" position=${position} .data=${nativeFeed({incidents: [activeIncident({id: `pos-${position}`})]})}></status-banner><p>After</p></div>`,
        );
        const el = wrapper.querySelector('status-banner')!;
        const after = wrapper.lastElementChild!;
        await el.updateComplete;
        await placeKept(el);
        finishAnimations(el);
        const box = part(el, 'banner')!.getBoundingClientRect();
        const viewport = document.documentElement;
        // Layout is compared within half a pixel: engines round subpixels differently.
        expect(box.left).to.be.closeTo(0, 0.5);
        expect(box.width).to.be.closeTo(viewport.clientWidth, 0.5);
        if (position === 'top') expect(box.top).to.be.closeTo(0, 0.5);
        else expect(box.bottom).to.be.closeTo(viewport.clientHeight, 0.5);
        expect(box.height).to.be.greaterThan(40);
        // In the flow, the banner's height is kept where the element stands.
        const host = el.getBoundingClientRect();
        expect(host.height).to.be.closeTo(box.height, 0.5);
        expect(after.getBoundingClientRect().top).to.be.at.least(host.bottom - 0.5);
        if (position === 'top') expect(after.getBoundingClientRect().top).to.be.at.least(box.bottom - 0.5);
        await expect(el).to.be.accessible();

        // Dismissed: nothing shown, no room kept.
        (part(el, 'dismiss') as HTMLButtonElement).click();
        await el.updateComplete;
        await waitUntil(() => el.getBoundingClientRect().height === 0, 'the room stayed');
        expect(after.getBoundingClientRect().top).to.equal(
          wrapper.firstElementChild!.getBoundingClientRect().bottom + parseFloat(getComputedStyle(after).marginTop),
        );
      });
    }

    it('takes no room when all is well', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><p>Before</p><status-banner lang="en" position="top" .data=${nativeFeed()}></status-banner><p>After</p></div>`,
      );
      const el = wrapper.querySelector('status-banner')!;
      await el.updateComplete;
      await nextFrame();
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(bar(el).getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('.spacer')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('motion, as the engine reports the reader’s setting', () => {
    it('fades in unless reduced motion is asked for', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [activeIncident()]})}></status-banner>`);
      expect(part(el, 'banner')).to.not.equal(null);
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      expect(el.shadowRoot!.getAnimations().length > 0, `animations with reduced motion ${reduced}`).to.equal(!reduced);
    });
  });

  describeOnlyIn(['chromium'], 'media emulation needs the DevTools protocol')('motion, emulated', () => {
    afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

    it('fades in, unless the reader asks for reduced motion', async () => {
      const data = nativeFeed({incidents: [activeIncident()]});
      await emulateMedia({reducedMotion: 'no-preference'});
      const moving = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(moving.shadowRoot!.getAnimations()).to.have.length.greaterThan(0);
      await emulateMedia({reducedMotion: 'reduce'});
      const still = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(still, 'banner')).to.not.equal(null);
      expect(still.shadowRoot!.getAnimations()).to.deep.equal([]);
    });
  });

  describe('dismissal across page views', () => {
    /** The banner page in an iframe: reloading it is a new page view, with only localStorage kept. */
    async function bannerPage(frame: HTMLIFrameElement, src: string): Promise<StatusBanner> {
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = `/test/elements/pages/banner.html?src=${encodeURIComponent(src)}`;
      await loaded;
      await waitUntil(() => frame.contentDocument?.body?.dataset['loaded'] === 'yes', 'the banner page never loaded its feed', {timeout: 5000});
      const el = frame.contentDocument!.querySelector('status-banner') as StatusBanner;
      await el.updateComplete;
      return el;
    }

    it('stays dismissed after a reload, and comes back with a new update', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="banner page" style="width: 600px; height: 300px"></iframe>`);
      const first = echoUrl(nativeFeed({incidents: [activeIncident({id: 'reload-1', updateId: 'u2'})]}), uniqueKey('reload-a'));
      let el = await bannerPage(frame, first);
      expect(part(el, 'banner')).to.not.equal(null);
      (part(el, 'dismiss') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);

      // A reload: a new document, a new element, the same feed.
      el = await bannerPage(frame, first);
      expect(frame.contentWindow!.performance.getEntriesByType('navigation')).to.have.length(1);
      expect(part(el, 'banner'), 'dismissed before the reload').to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);

      // The feed now has a newer update of the same incident.
      const newer = echoUrl(
        nativeFeed({incidents: [activeIncident({id: 'reload-1', updateId: 'u3', updateMinutesAgo: 1, updateText: 'A fix is being deployed.'})]}),
        uniqueKey('reload-b'),
      );
      el = await bannerPage(frame, newer);
      expect(normalize(part(el, 'message')!.textContent)).to.equal('A fix is being deployed.');
    });
  });

  describe('focus after dismissal', () => {
    const outside = () => fixture<HTMLButtonElement>(html`<button type="button">Outside</button>`);

    it('goes back from the keyboard to what had focus before the banner', async () => {
      const before = await outside();
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [activeIncident({id: 'kbd'})]})}></status-banner>`);
      before.focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement === part(el, 'details-link'), 'the details link has focus').to.equal(true);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement === part(el, 'dismiss'), 'the dismiss button has focus').to.equal(true);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);
      expect(document.activeElement === before, `focus went to ${document.activeElement?.localName}, not back`).to.equal(true);
      expect(normalize(el.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('Banner dismissed.');
    });

    it('is left to the page after a mouse click, with an announcement', async () => {
      const before = await outside();
      const el = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${nativeFeed({incidents: [activeIncident({id: 'mouse'})]})}></status-banner>`);
      before.focus();
      const box = part(el, 'dismiss')!.getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);
      expect(document.activeElement === before, 'focus jumped back after a click').to.equal(false);
      expect(el.shadowRoot!.activeElement === null, 'focus stayed in the banner').to.equal(true);
      expect(normalize(el.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('Bandeau masqué.');
    });
  });

  describe('keyboard', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`reaches every control with Tab, each with a visible focus ring (${theme})`, async () => {
        const before = await fixture<HTMLButtonElement>(html`<button type="button">Before</button>`);
        const data = nativeFeed({
          incidents: [
            activeIncident({id: 'k1', severity: 'critical'}),
            activeIncident({id: 'k2', severity: 'minor', title: 'Search is slow', url: 'https://status.example.com/k2'}),
          ],
        });
        const el = await fixture<StatusBanner>(html`<status-banner lang="en" theme=${theme} .data=${data}></status-banner>`);
        // Something to Tab to after the banner: without it, Firefox moves focus
        // out of the document into its own UI, and the next test starts there.
        el.after(Object.assign(document.createElement('button'), {textContent: 'After'}));
        finishAnimations(el);
        before.focus();
        const reached: string[] = [];
        const step = async () => {
          await sendKeys({press: 'Tab'});
          const focused = el.shadowRoot!.activeElement as HTMLElement | null;
          if (!focused) return null;
          reached.push(focused.getAttribute('part')!);
          const style = getComputedStyle(focused);
          expect(focused.matches(':focus-visible'), `${focused.getAttribute('part')} :focus-visible`).to.equal(true);
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          // The ring sits outside the control, on the banner's background.
          expect(contrast(style.outlineColor, backgroundOf(part(el, 'banner')!)), `${focused.getAttribute('part')} ring contrast`).to.be.at.least(3);
          return focused;
        };
        await step();
        const more = await step();
        await sendKeys({press: 'Enter'});
        await waitUntil(() => part(el, 'others')!.hasAttribute('open'));
        expect(more === part(el, 'more'), 'the summary had focus').to.equal(true);
        while ((await step()) !== null && reached.length < 10);
        expect(reached).to.deep.equal(['details-link', 'more', 'other', 'dismiss']);
      });
    }
  });

  describe('accessibility', () => {
    const data = () => nativeFeed({incidents: [activeIncident({severity: 'critical'}), activeIncident({id: 'b', severity: 'minor'})]});

    it('is accessible in English', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data()}></status-banner>`);
      expect(parts(el, 'banner')).to.have.length(1);
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in French', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="fr" .data=${data()}></status-banner>`);
      expect(shadowText(el)).to.include('Incident critique');
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible fixed on top with its other incidents open, in French and English, light and dark', async () => {
      for (const lang of ['fr', 'en']) {
        for (const theme of ['light', 'dark']) {
          const el = await fixture<StatusBanner>(html`<status-banner lang=${lang} theme=${theme} position="top" .data=${data()}></status-banner>`);
          part(el, 'more')!.click();
          await waitUntil(() => part(el, 'others')!.hasAttribute('open'));
          expect(parts(el, 'other')).to.have.length(1);
          finishAnimations(el);
          await expect(el).to.be.accessible();
          el.remove();
        }
      }
    });

    it('is accessible in the dark theme, for every tone', async () => {
      for (const feed of [
        data(),
        nativeFeed({incidents: [activeIncident({severity: 'major'})]}),
        nativeFeed({incidents: [activeIncident({severity: 'minor'})]}),
        nativeFeed({maintenances: [maintenanceInProgress()]}),
        nativeFeed(),
      ]) {
        const el = await fixture<StatusBanner>(html`<status-banner lang="en" theme="dark" show-operational .data=${feed}></status-banner>`);
        expect(parts(el, 'banner')).to.have.length(1);
        finishAnimations(el);
        await expect(el).to.be.accessible();
      }
    });
  });
});
