import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {StatusIndicator} from '../../src/index.js';
import {activeIncident, echoUrl, maintenanceInProgress, nativeFeed, PAGE_URL, uniqueKey} from '../helpers/feeds.js';
import {finishAnimations, normalize, part, recordEvents, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {backgroundOf, contrast} from './color.js';

const operational = () => nativeFeed();
const majorIncident = () => nativeFeed({incidents: [activeIncident({severity: 'major'})]});

/** The accessible name of the dot: its role and label, as assistive technology reads them. */
function dotName(el: StatusIndicator): {role: string | null; label: string | null} {
  const dot = part(el, 'dot')!;
  return {role: dot.getAttribute('role'), label: dot.getAttribute('aria-label')};
}

/** A page of each theme, as the theme's own surface color. */
const PAGE_BACKGROUND = {light: '#ffffff', dark: '#0d1117'} as const;

describe('<status-indicator>', () => {
  guardHostPage();

  describe('variants', () => {
    it('dot: an image named by the status text', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" .data=${operational()}></status-indicator>`);
      expect(dotName(el)).to.deep.equal({role: 'img', label: 'All systems operational'});
      expect(part(el, 'text')).to.equal(null);
      expect(part(el, 'indicator')!.getAttribute('title')).to.equal('All systems operational');
      expect(part(el, 'indicator')!.dataset['status']).to.equal('operational');
    });

    it('badge: a dot and the status text', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="badge" .data=${majorIncident()}></status-indicator>`);
      expect(part(el, 'dot')).to.not.equal(null);
      // The text names the status; the dot beside it is decoration, not a second name.
      expect(part(el, 'dot')!.getAttribute('role')).to.equal(null);
      expect(part(el, 'dot')!.getAttribute('aria-label')).to.equal(null);
      expect(normalize(part(el, 'text')!.textContent)).to.equal('Partial outage');
    });

    it('text: the status text alone', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" .data=${majorIncident()}></status-indicator>`);
      expect(part(el, 'dot')).to.equal(null);
      expect(shadowText(el)).to.equal('Partial outage');
    });

    it('falls back to dot for an unknown variant', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="sparkles" .data=${operational()}></status-indicator>`);
      expect(dotName(el).role).to.equal('img');
      expect(part(el, 'indicator')!.dataset['variant']).to.equal('dot');
    });
  });

  describe('status', () => {
    it('operational vs an active major incident, in English and French', async () => {
      const cases: [string, unknown, string][] = [
        ['en', operational(), 'All systems operational'],
        ['en', majorIncident(), 'Partial outage'],
        ['fr', operational(), 'Tous les systèmes sont opérationnels'],
        ['fr', majorIncident(), 'Panne partielle'],
        ['en', nativeFeed({incidents: [activeIncident({severity: 'critical'})]}), 'Major outage'],
        ['fr', nativeFeed({incidents: [activeIncident({severity: 'minor'})]}), 'Performances dégradées'],
        ['en', nativeFeed({maintenances: [maintenanceInProgress()]}), 'Under maintenance'],
      ];
      for (const [lang, data, expected] of cases) {
        const el = await fixture<StatusIndicator>(html`<status-indicator lang=${lang} variant="badge" .data=${data}></status-indicator>`);
        expect(normalize(part(el, 'text')!.textContent), `${lang}: ${expected}`).to.equal(expected);
      }
    });

    it('follows the components it is given', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" components="api" .data=${majorIncident()}></status-indicator>`);
      // The incident touches `downloads` only.
      expect(shadowText(el)).to.equal('All systems operational');
      el.components = 'downloads';
      await el.updateComplete;
      expect(shadowText(el)).to.equal('Partial outage');
    });

    it('fires status-change with previous and current when new data changes the overall status', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="text" .data=${operational()}></status-indicator>`);
      const changes = recordEvents<{previous: string; current: string}>(el, 'status-change');
      el.data = operational();
      await el.updateComplete;
      expect(changes, 'no change, no event').to.have.length(0);
      el.data = majorIncident();
      await el.updateComplete;
      expect(changes.map((e) => e.detail)).to.deep.equal([{previous: 'operational', current: 'partial_outage'}]);
      expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
      expect(shadowText(el)).to.equal('Partial outage');
      el.data = operational();
      await el.updateComplete;
      expect(changes.map((e) => e.detail)[1]).to.deep.equal({previous: 'partial_outage', current: 'operational'});
    });
  });

  describe('links', () => {
    it('links to href', async () => {
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" href="https://help.example.org/status" .data=${operational()}></status-indicator>`,
      );
      const link = part(el, 'indicator') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://help.example.org/status');
    });

    it("links to the feed's page without href", async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" .data=${operational()}></status-indicator>`);
      expect((part(el, 'indicator') as HTMLAnchorElement).href).to.equal(PAGE_URL);
    });

    it('refuses a javascript: href', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" href="javascript:alert(1)" .data=${operational()}></status-indicator>`);
      const link = part(el, 'indicator') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(PAGE_URL);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).not.to.match(/^javascript:/i);
    });

    it('is no link when there is nowhere to go', async () => {
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" href="javascript:alert(1)" .data=${nativeFeed({pageUrl: null})}></status-indicator>`,
      );
      expect(part(el, 'indicator')!.localName).to.equal('span');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('loading and unavailable', () => {
    it('says it is checking before the feed answers', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="badge"></status-indicator>`);
      expect(normalize(part(el, 'text')!.textContent)).to.equal('Checking status…');
      expect(part(el, 'indicator')!.dataset['status']).to.equal('unknown');
      const fr = await fixture<StatusIndicator>(html`<status-indicator lang="fr"></status-indicator>`);
      expect(dotName(fr)).to.deep.equal({role: 'img', label: 'Vérification de l’état…'});
    });

    it('says the status is unavailable when the feed answers 500', async () => {
      const key = uniqueKey('indicator-500');
      const src = echoUrl('', key, {status: 500});
      const errors: CustomEvent<{error: Error; url: string}>[] = [];
      const el = await fixture<StatusIndicator>(
        html`<status-indicator lang="en" variant="badge" refresh="0" src=${src} @status-error=${(e: CustomEvent) => errors.push(e)}></status-indicator>`,
      );
      await waitForText(el, 'Status unavailable');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.url).to.equal(src);
      expect(errors[0]!.detail.error.message).to.include('HTTP 500');
      expect(part(el, 'indicator')!.dataset['status']).to.equal('unknown');
      const fr = await fixture<StatusIndicator>(html`<status-indicator lang="fr" variant="text" refresh="0" src=${src}></status-indicator>`);
      // A second element on the failing feed learns of the failure at once.
      await waitForText(fr, 'État indisponible');
    });

    it('reads the feed over HTTP and shows its status', async () => {
      const key = uniqueKey('indicator-src');
      const src = echoUrl(majorIncident(), key);
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="fr" variant="badge" refresh="0" src=${src}></status-indicator>`);
      await waitUntil(() => part(el, 'indicator')!.dataset['status'] === 'partial_outage', 'never loaded');
      expect(normalize(part(el, 'text')!.textContent)).to.equal('Panne partielle');
    });
  });

  describe('accessibility', () => {
    for (const variant of ['dot', 'badge', 'text']) {
      it(`is accessible as ${variant}, in English, French and the dark theme`, async () => {
        for (const [lang, theme] of [
          ['en', 'light'],
          ['fr', 'light'],
          ['en', 'dark'],
          ['fr', 'dark'],
        ] as const) {
          for (const data of [operational(), majorIncident(), nativeFeed({incidents: [activeIncident({severity: 'critical'})]})]) {
            const el = await fixture<StatusIndicator>(html`<status-indicator lang=${lang} theme=${theme} variant=${variant} .data=${data}></status-indicator>`);
            // The dot and text variants have no background of their own: they
            // sit on the host page's, which theme="dark" says is dark.
            el.parentElement!.style.background = PAGE_BACKGROUND[theme];
            finishAnimations(el);
            await expect(el).to.be.accessible();
          }
        }
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`is reached with Tab and shows a focus ring (${theme})`, async () => {
        const start = await fixture<HTMLButtonElement>(html`<button type="button">Start</button>`);
        const el = await fixture<StatusIndicator>(
          html`<status-indicator lang="en" theme=${theme} variant="badge" .data=${majorIncident()}></status-indicator>`,
        );
        el.parentElement!.style.background = PAGE_BACKGROUND[theme];
        start.focus();
        await sendKeys({press: 'Tab'});
        const link = part(el, 'indicator')!;
        expect(el.shadowRoot!.activeElement === link, 'the indicator link has focus').to.equal(true);
        const style = getComputedStyle(link);
        expect(link.matches(':focus-visible')).to.equal(true);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(contrast(style.outlineColor, backgroundOf(el.parentElement!))).to.be.at.least(3);
      });
    }

    it('is accessible while loading', async () => {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="fr" theme="dark" variant="text"></status-indicator>`);
      el.parentElement!.style.background = PAGE_BACKGROUND.dark;
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });
  });
});
