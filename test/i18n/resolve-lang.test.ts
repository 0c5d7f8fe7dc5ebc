import {expect} from '@open-wc/testing';
import {onLanguageChange, resolveLanguage} from '../../src/i18n/resolve-lang.js';

/*
 * No `fixture()` and no timers here: both wait for a frame or a task, which a
 * test page the browser keeps in the background may not get for a long time.
 * Mutation observers are called in a microtask queued by the mutation itself,
 * so one microtask queued after it runs once the observers have been called.
 */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

const mounted: Element[] = [];

/** Puts test markup (never feed data) in the document; removed after each test. */
function mount(markup: string): Element {
  const container = document.createElement('div');
  container.innerHTML = markup;
  const element = container.firstElementChild!;
  document.body.append(element);
  mounted.push(element);
  return element;
}

afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

describe('resolveLanguage', () => {
  const root = document.documentElement;
  let savedLang: string | null;

  beforeEach(() => {
    savedLang = root.getAttribute('lang');
    root.removeAttribute('lang');
  });

  afterEach(() => {
    if (savedLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', savedLang);
  });

  it('uses the element’s own lang', () => {
    const el = mount('<div lang="de"><span lang="fr-CA"></span></div>');
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('fr-CA');
  });

  it('returns the tag in its canonical form', () => {
    const el = mount('<div><span lang="FR-be"></span></div>');
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('fr-BE');
  });

  it('uses the nearest ancestor with a lang', () => {
    const el = mount('<section lang="en"><div lang="fr"><p><span></span></p></div></section>');
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('fr');
  });

  it('crosses shadow roots up to the host’s lang', () => {
    const host = mount('<div lang="fr"></div>');
    const inner = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(document.createElement('p'));
    host.shadowRoot!.querySelector('p')!.append(inner);
    expect(resolveLanguage(inner)).to.equal('fr');
  });

  it('prefers a lang inside the shadow root to the host’s', () => {
    const host = mount('<div lang="fr"></div>');
    const wrapper = document.createElement('div');
    wrapper.lang = 'de';
    const inner = document.createElement('span');
    wrapper.append(inner);
    host.attachShadow({mode: 'open'}).append(wrapper);
    expect(resolveLanguage(inner)).to.equal('de');
  });

  it('uses <html lang>', () => {
    root.setAttribute('lang', 'fr-FR');
    const el = mount('<div><span></span></div>');
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('fr-FR');
  });

  it('skips an invalid lang and keeps looking up', () => {
    const el = mount('<div lang="fr"><span lang="not a language!"></span></div>');
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('fr');
  });

  it('skips an empty lang', () => {
    const el = mount('<div lang="fr"><span lang=""></span></div>');
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('fr');
  });

  it('falls back to the browser’s first language when no lang is set', () => {
    const el = mount('<div><span></span></div>');
    expect(navigator.languages.length, 'the browser reports languages').to.be.greaterThan(0);
    expect(resolveLanguage(el.querySelector('span')!)).to.equal(navigator.languages[0]);
    expect(resolveLanguage(document.createElement('span')), 'a detached element').to.equal(navigator.languages[0]);
  });
});

describe('onLanguageChange', () => {
  const unsubscribes: (() => void)[] = [];
  afterEach(() => unsubscribes.splice(0).forEach((off) => off()));

  it('fires when a lang attribute changes anywhere in the document', async () => {
    const el = mount('<div><p><span></span></p></div>');
    let calls = 0;
    unsubscribes.push(onLanguageChange(() => calls++));

    el.querySelector('span')!.setAttribute('lang', 'fr');
    await settle();
    expect(calls, 'a deep element gets a lang').to.equal(1);

    const root = document.documentElement;
    const saved = root.getAttribute('lang');
    root.setAttribute('lang', 'de');
    await settle();
    root.removeAttribute('lang');
    await settle();
    expect(calls, 'the root lang is set then removed').to.equal(3);
    if (saved !== null) root.setAttribute('lang', saved);
  });

  it('does not fire for other attributes', async () => {
    const el = mount('<div></div>');
    let calls = 0;
    unsubscribes.push(onLanguageChange(() => calls++));
    el.setAttribute('dir', 'rtl');
    el.setAttribute('title', 'x');
    await settle();
    expect(calls).to.equal(0);
  });

  it('calls every listener, and stops calling one after it unsubscribes', async () => {
    const el = mount('<div></div>');
    let first = 0;
    let second = 0;
    const offFirst = onLanguageChange(() => first++);
    unsubscribes.push(onLanguageChange(() => second++));

    el.setAttribute('lang', 'fr');
    await settle();
    expect([first, second]).to.deep.equal([1, 1]);

    offFirst();
    el.setAttribute('lang', 'en');
    await settle();
    expect([first, second]).to.deep.equal([1, 2]);
  });

  it('stops entirely after the last listener unsubscribes, and starts again on a new one', async () => {
    const el = mount('<div></div>');
    let calls = 0;
    const off = onLanguageChange(() => calls++);
    off();
    el.setAttribute('lang', 'fr');
    await settle();
    expect(calls).to.equal(0);

    unsubscribes.push(onLanguageChange(() => calls++));
    el.setAttribute('lang', 'de');
    await settle();
    expect(calls).to.equal(1);
  });
});
