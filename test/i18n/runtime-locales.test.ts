import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {StatusBanner, StatusIndicator} from '../../src/index.js';
import {registerLocale} from '../../src/index.js';
import {addStrings, translator, uiLanguage} from '../../src/i18n/i18n.js';
import {historyStrings} from '../../src/i18n/history-strings.js';
import {activeIncident, nativeFeed} from '../helpers/feeds.js';
import {finishAnimations, part, shadowText, waitForText} from '../helpers/dom.js';
import {waitUntil} from '../helpers/wait-until.js';

// Registered languages are global to the page: the tests run in this order,
// `de` without strings first, then with them.
describe('runtime languages', () => {
  it('a language without strings reads all English: strings, dates and relative times', async () => {
    const el = await fixture<StatusBanner>(
      html`<status-banner lang="de" .data=${nativeFeed({incidents: [activeIncident({title: 'Search is slow'})]})}></status-banner>`,
    );
    const text = shadowText(el);
    expect(text).to.match(/Updated \d+ minutes ago/);
    expect(text).not.to.match(/vor|Minuten/);
    const bar = el.shadowRoot!.querySelector('.bar')!;
    expect(bar.getAttribute('lang')).to.equal('en');
    expect(bar.getAttribute('dir')).to.equal('ltr');
    expect(part(el, 'time')!.getAttribute('title')).not.to.match(/\d\d\.\d\d\./);
    finishAnimations(el);
    await expect(el).to.be.accessible();
  });

  it('marks its UI ltr inside a right-to-left page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><status-indicator .data=${nativeFeed()}></status-indicator></div>`);
    const el = wrap.querySelector<StatusIndicator>('status-indicator')!;
    await el.updateComplete;
    const root = part(el, 'indicator')!;
    expect(root.getAttribute('lang')).to.equal('en');
    expect(root.getAttribute('dir')).to.equal('ltr');
    finishAnimations(el);
    await expect(el).to.be.accessible();
  });

  it('registerLocale adds a language, and elements already on the page re-render in it', async () => {
    const el = await fixture<StatusBanner>(
      html`<status-banner lang="de" .data=${nativeFeed({incidents: [activeIncident({title: 'Search is slow'})]})}></status-banner>`,
    );
    expect(uiLanguage('de')).to.equal('en');
    registerLocale('de', {banner: {updated: 'Aktualisiert {{ago}}'}});
    expect(uiLanguage('de')).to.equal('de');
    await waitForText(el, 'Aktualisiert vor');
    const bar = el.shadowRoot!.querySelector('.bar')!;
    expect(bar.getAttribute('lang')).to.equal('de');
    // A key the partial bundle lacks comes from English.
    expect(translator('de')('banner.dismiss')).to.equal(translator('en')('banner.dismiss'));
    // The feed's English title, in a German UI, carries its language.
    const title = part(el, 'title')!;
    expect(title.getAttribute('lang')).to.equal('en');
    expect(title.getAttribute('dir')).to.equal('auto');
    finishAnimations(el);
    await expect(el).to.be.accessible();
  });

  it('a region overrides its base language key by key: fr-CA over fr over en', () => {
    addStrings(historyStrings);
    registerLocale('fr-ca', {report: {rootCause: 'Cause première'}});
    expect(uiLanguage('fr-CA')).to.equal('fr-CA');
    expect(translator('fr-CA')('report.rootCause')).to.equal('Cause première');
    expect(translator('fr-CA')('report.impact')).to.equal('Résumé de l’impact');
    expect(translator('fr')('report.rootCause')).to.equal('Cause racine');
    expect(translator('fr-BE')('report.rootCause')).to.equal('Cause racine');
  });

  it('strings loaded lazily never overwrite a user’s', () => {
    registerLocale('fr', {history: {title: 'Journal des incidents'}});
    addStrings(historyStrings);
    expect(translator('fr')('history.title')).to.equal('Journal des incidents');
    // The rest of the lazy bundle is there.
    expect(translator('fr')('history.updates')).to.equal(historyStrings.fr.history.updates);
  });

  it('reads <script type="application/json" data-status-locale> in the document', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.statusLocale = 'es';
    script.textContent = JSON.stringify({status: {operational: 'Todos los sistemas operativos'}});
    document.body.append(script);
    try {
      const el = await fixture<StatusIndicator>(html`<status-indicator lang="es" variant="text" .data=${nativeFeed()}></status-indicator>`);
      await waitUntil(() => shadowText(el).includes('Todos los sistemas operativos'), 'the script’s strings');
      expect(part(el, 'indicator')!.getAttribute('lang')).to.equal('es');
      finishAnimations(el);
      await expect(el).to.be.accessible();
    } finally {
      script.remove();
    }
  });
});
