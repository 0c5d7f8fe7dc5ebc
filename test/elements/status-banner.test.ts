import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {StatusBanner, StatusIndicator} from '../../src/index.js';
import {
  activeIncident,
  echoUrl,
  maintenanceInProgress,
  nativeFeed,
  requestCount,
  resolvedIncident,
  uniqueKey,
  upcomingMaintenance,
} from '../helpers/feeds.js';
import {finishAnimations, normalize, part, parts, shadowText, waitForText} from '../helpers/dom.js';
import {DISMISSALS_KEY, guardHostPage} from '../helpers/guard.js';

const NBSP = '\u00a0';

describe('<status-banner>', () => {
  guardHostPage();

  describe('when all is well', () => {
    it('renders nothing and takes no room', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed({incidents: [resolvedIncident()]})}></status-banner>`);
      expect(part(el, 'banner')).to.equal(null);
      expect(shadowText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('keeps its live region even when empty', async () => {
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${nativeFeed()}></status-banner>`);
      const live = el.shadowRoot!.querySelector('[role="status"]');
      expect(live).to.not.equal(null);
      expect(live!.getAttribute('aria-live')).to.equal('polite');
      expect(live!.textContent!.trim()).to.equal('');
      // The banner, when it comes, appears inside the region so that it is announced.
      el.data = nativeFeed({incidents: [activeIncident()]});
      await el.updateComplete;
      expect(live!.querySelector('[part~="banner"]')).to.not.equal(null);
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
      expect(shadowText(el)).not.to.include('Search is slow');
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
      expect(normalize(part(el, 'time')!.textContent)).to.match(/^Until /);
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
      expect(normalize(part(fr, 'time')!.textContent)).to.match(/^Début \S/);
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
      localStorage.setItem(DISMISSALS_KEY, JSON.stringify(['inc-11|u2']));
      const data = nativeFeed({incidents: [activeIncident({id: 'inc-11'})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${data}></status-banner>`);
      expect(part(el, 'banner')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('has no dismiss button with dismissible="false"', async () => {
      localStorage.setItem(DISMISSALS_KEY, JSON.stringify(['inc-9|u2']));
      const data = nativeFeed({incidents: [activeIncident({id: 'inc-9'})]});
      const el = await fixture<StatusBanner>(html`<status-banner lang="en" dismissible="false" .data=${data}></status-banner>`);
      expect(part(el, 'banner')).to.not.equal(null);
      expect(part(el, 'dismiss')).to.equal(null);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
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

  describe('accessibility', () => {
    const data = () =>
      nativeFeed({incidents: [activeIncident({severity: 'critical'}), activeIncident({id: 'b', severity: 'minor'})]});

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
