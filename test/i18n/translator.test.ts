import {expect} from '@open-wc/testing';
import i18next from 'i18next';
import {historyStrings} from '../../src/i18n/history-strings.js';
import {addStrings, translator, uiLanguage} from '../../src/i18n/i18n.js';

// The history's strings come with its element (src/i18n/history-strings.ts);
// these tests use some without defining it.
addStrings(historyStrings);

describe('translator', () => {
  it('translates keys in French and English', () => {
    expect(translator('fr')('report.impact')).to.equal('Résumé de l’impact');
    expect(translator('en')('report.impact')).to.equal('Impact summary');
    expect(translator('fr')('status.major_outage')).to.equal('Panne majeure');
    expect(translator('en')('severity.critical')).to.equal('Critical incident');
  });

  // Tags reach the translator canonical: resolveLanguage canonicalizes them (`FR-be` → `fr-BE`).
  it('speaks French to a regional French tag', () => {
    expect(translator('fr-CA')('report.rootCause')).to.equal('Cause racine');
    expect(translator('fr-BE')('report.rootCause')).to.equal('Cause racine');
  });

  it('speaks English to a language it does not have', () => {
    expect(translator('de')('report.rootCause')).to.equal('Root cause');
    expect(translator('zh-Hant-TW')('report.rootCause')).to.equal('Root cause');
    expect(translator('')('report.rootCause')).to.equal('Root cause');
  });

  it('returns the same function for a tag each time, and English for every language without strings', () => {
    expect(translator('fr-CA')).to.equal(translator('fr-CA'));
    expect(translator('de')).to.equal(translator('en'));
  });

  it('interpolates values without escaping them (Lit escapes on render)', () => {
    expect(translator('fr')('label', {label: 'Panne <CDN> & "DNS"'})).to.equal('Panne <CDN> & "DNS"\u00a0:');
  });

  it('pluralizes in French: 1 is singular, 2 is plural', () => {
    const t = translator('fr');
    expect(t('banner.more', {count: 1})).to.equal('+1 autre');
    expect(t('banner.more', {count: 2})).to.equal('+2 autres');
    expect(t('history.empty', {count: 1})).to.equal('Aucun incident au cours des dernières 24 heures.');
    expect(t('history.empty', {count: 90})).to.equal('Aucun incident au cours des 90 derniers jours.');
    expect(t('history.showMore', {count: 1})).to.equal('Afficher 1 autre');
    expect(t('history.showMore', {count: 10})).to.equal('Afficher 10 autres');
  });

  it('pluralizes in English', () => {
    const t = translator('en');
    expect(t('history.empty', {count: 1})).to.equal('No incidents in the last 24 hours.');
    expect(t('history.empty', {count: 2})).to.equal('No incidents in the last 2 days.');
    expect(t('history.showMore', {count: 5})).to.equal('Show 5 more');
  });

  it('builds a label with the language’s punctuation', () => {
    const fr = translator('fr');
    const en = translator('en');
    expect(fr('label', {label: fr('report.impact')})).to.equal('Résumé de l’impact\u00a0:');
    expect(en('label', {label: en('report.impact')})).to.equal('Impact summary:');
  });
});

describe('uiLanguage', () => {
  it('keeps a tag whose language has strings (its formats are its own), else English', () => {
    expect(uiLanguage('fr-CA')).to.equal('fr-CA');
    expect(uiLanguage('en-GB')).to.equal('en-GB');
    expect(uiLanguage('de')).to.equal('en');
    expect(uiLanguage('ar')).to.equal('en');
  });
});

describe('the private i18next instance', () => {
  it('leaves the global i18next uninitialized', () => {
    expect(translator('fr')('report.impact')).to.equal('Résumé de l’impact');
    // i18next sets isInitialized (to true) and language only in init(); a fresh global has neither.
    expect(i18next.isInitialized).not.to.equal(true);
    expect(i18next.language).to.equal(undefined);
    expect(i18next.store).to.equal(undefined);
  });

  it('keeps its strings when the host page sets up the global i18next with its own', async () => {
    await i18next.init({
      lng: 'fr',
      resources: {
        fr: {translation: {report: {impact: 'Impact (hôte)'}, label: '[{{label}}]'}},
        en: {translation: {report: {impact: 'Host impact'}}},
      },
    });
    // The host's setup took effect: its own strings are in use.
    expect(i18next.t('report.impact')).to.equal('Impact (hôte)');

    expect(translator('fr')('report.impact')).to.equal('Résumé de l’impact');
    expect(translator('en')('report.impact')).to.equal('Impact summary');
    expect(translator('fr')('label', {label: 'X'})).to.equal('X\u00a0:');

    await i18next.changeLanguage('en');
    expect(i18next.t('report.impact')).to.equal('Host impact');
    expect(translator('fr')('report.impact')).to.equal('Résumé de l’impact');
  });
});
