// A native feed written to DESIGN.md §3 by hand (not the demo's), through
// `src` (a real HTTP fetch) and through `data`, in French and English.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {StatusHistory} from '../../src/index.js';

const URL = '/test/fixtures/native/design-example.json';

// ASCII white space only: JavaScript's \s would also fold the no-break spaces French typography needs.
const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const textOf = (el: Element) => squash(el.shadowRoot!.textContent);

async function loadFeed(): Promise<any> {
  return (await fetch(URL)).json();
}

async function rendered<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await (el as any).updateComplete;
  return el;
}

describe('a hand-written native feed', () => {
  it('renders every title and report section in French through src', async () => {
    const feed = await loadFeed();
    const el = document.createElement('status-history') as StatusHistory;
    el.setAttribute('lang', 'fr');
    el.setAttribute('days', '0');
    el.setAttribute('src', URL);
    const loaded = oneEvent(el, 'status-load');
    document.body.append(el);
    try {
      const {detail} = await loaded;
      expect(detail.snapshot.incidents).to.have.length(2);
      await el.updateComplete;
      const text = textOf(el);
      for (const incident of feed.incidents) expect(text).to.include(incident.title.fr);
      expect(text).to.include(feed.maintenances[0].title.fr);
      const report = feed.incidents[1].report;
      for (const key of ['root_cause', 'resolution']) expect(text).to.include(squash(report[key].fr));
      expect(text).to.include('Cause racine\u00a0:');
      expect(text).not.to.include('Cause racine préliminaire');
      expect(text).to.include('Résumé de l’impact\u00a0:');
      expect(text).to.include('API publique');
      expect(text).to.include('Octobre 2026');
      // The error a user saw is code, shown as written (the angle brackets are text).
      const pre = el.shadowRoot!.querySelector('[part~="code"]')!;
      expect(pre.textContent).to.equal('HTTP 502 Bad Gateway <upstream timed out>');
      expect(el.shadowRoot!.querySelector('upstream')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('renders the same feed given as data, in English, with its links', async () => {
    const feed = await loadFeed();
    const el = await rendered<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
    const text = textOf(el);
    expect(text).to.include('Elevated API error rates');
    expect(text).to.include('Dashboard unavailable');
    expect(text).to.include('Root cause:');
    expect(text).to.include('Impact summary:');
    expect(text).to.include('October 2026');
    expect(text).to.include(squash(feed.incidents[1].report.next_steps.en));
    const hrefs = [...el.shadowRoot!.querySelectorAll('[part~="link"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('mailto:support@example.com');
    // The sentence's final period is not part of the URL.
    expect(hrefs).to.include('https://example.com/support');
  });

  it('shows the active incident in the banner and the indicator', async () => {
    const feed = await loadFeed();
    const banner = await rendered<HTMLElement>(html`<status-banner lang="en" .data=${feed}></status-banner>`);
    const text = textOf(banner);
    expect(text).to.include('Major incident:');
    expect(text).to.include('Elevated API error rates');
    expect(text).to.include('A faulty load balancer rule was identified');
    expect(text).to.include('Identified');
    expect(banner.shadowRoot!.querySelector('[part~="details-link"]')!.getAttribute('href')).to.equal(feed.incidents[0].url);

    const indicator = await rendered<HTMLElement>(html`<status-indicator lang="fr" variant="text" .data=${feed}></status-indicator>`);
    expect(textOf(indicator)).to.equal('Panne partielle');
  });

  it('is accessible in French and English', async () => {
    const feed = await loadFeed();
    for (const lang of ['fr', 'en']) {
      const el = await rendered<StatusHistory>(html`<status-history lang=${lang} days="0" .data=${feed}></status-history>`);
      await expect(el).to.be.accessible();
    }
  });
});
