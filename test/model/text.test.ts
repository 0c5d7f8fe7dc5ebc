import {expect} from '@open-wc/testing';
import {pickText} from '../../src/model/text.js';

describe('pickText', () => {
  const bilingual = {en: 'Download items failed', fr: 'Échec du téléchargement'};

  it('returns the entry whose tag is exactly the reader language', () => {
    expect(pickText(bilingual, 'fr')).to.equal('Échec du téléchargement');
    expect(pickText(bilingual, 'en')).to.equal('Download items failed');
  });

  it('compares language tags case-insensitively, both ways', () => {
    expect(pickText(bilingual, 'FR')).to.equal('Échec du téléchargement');
    expect(pickText({'EN-gb': 'colour', en: 'color'}, 'en-GB')).to.equal('colour');
  });

  it('prefers the exact regional tag over its base language', () => {
    expect(pickText({fr: 'courriel (France)', 'fr-CA': 'courriel (Québec)'}, 'fr-CA')).to.equal('courriel (Québec)');
  });

  it('serves an fr-CA reader the fr text when there is no fr-CA entry', () => {
    expect(pickText(bilingual, 'fr-CA')).to.equal('Échec du téléchargement');
  });

  it('serves an fr reader an fr-CA-only text before any other language', () => {
    expect(pickText({en: 'email', 'fr-CA': 'courriel'}, 'fr')).to.equal('courriel');
  });

  it('serves an fr-BE reader an fr-CA-only text: same base language', () => {
    expect(pickText({en: 'email', 'fr-CA': 'courriel'}, 'fr-BE')).to.equal('courriel');
  });

  it('falls back to the page language when the reader language is missing', () => {
    expect(pickText({de: 'Ausfall', fr: 'Panne', en: 'Outage'}, 'es', 'fr')).to.equal('Panne');
  });

  it('falls back to the base of the page language', () => {
    expect(pickText({de: 'Ausfall', fr: 'Panne'}, 'es', 'fr-CH')).to.equal('Panne');
  });

  it('falls back to the first entry when neither reader nor page language is present', () => {
    expect(pickText({de: 'Ausfall', fr: 'Panne'}, 'es', 'it')).to.equal('Ausfall');
    expect(pickText({de: 'Ausfall', fr: 'Panne'}, 'es')).to.equal('Ausfall');
  });

  it('returns a plain string as it is, whatever the language', () => {
    expect(pickText('Database upgrade', 'fr')).to.equal('Database upgrade');
    expect(pickText('', 'fr')).to.equal('');
  });

  it('returns an empty string for an absent text', () => {
    expect(pickText(undefined, 'fr')).to.equal('');
  });

  it('ignores entries that are not strings (a malformed cached snapshot)', () => {
    const text = {en: 42, fr: 'Panne'} as unknown as Record<string, string>;
    expect(pickText(text, 'en')).to.equal('Panne');
    expect(pickText({} as Record<string, string>, 'en')).to.equal('');
  });
});
