// dist/cdn/status-banner.js hosted without the chunks/ folder beside it (a
// site that copied one file): the elements whose code or reader is in a
// chunk cannot show a feed, and must say so, without an error in the page.
import {expect} from '@open-wc/testing';
import {guardHostPage} from '../helpers/guard.js';

const ORPHAN = new URL('/security/orphan/', location.href).href;
const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

describe('dist/cdn/status-banner.js without its chunks/ folder', () => {
  guardHostPage();

  before(async () => {
    await import(/* @vite-ignore */ `${'/security/orphan/status-banner.js'}`);
  });

  it('a history says it cannot show the status, and fires status-error naming the chunk', async () => {
    const el = document.createElement('status-history');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', '/test/fixtures/native/psgallery.json');
    const errors: Error[] = [];
    el.addEventListener('status-error', (e) => errors.push((e as CustomEvent<{error: Error}>).detail.error));
    document.body.append(el);
    try {
      await (el as unknown as {updateComplete: Promise<boolean>}).updateComplete;
      expect(squash(el.shadowRoot!.textContent)).to.equal('Status unavailable');
      expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.exist;
      // The resolved URL of the missing file, whatever words the engine used (WebKit names none).
      const named = errors.find((e) => e.message.includes(`${ORPHAN}chunks/history-view-`));
      expect(named, errors.map((e) => e.message).join(' | ')).to.exist;
      expect(named!.message).to.match(/chunks\/history-view-[\w-]+\.js/);
      expect(named!.cause).to.be.an('error');
    } finally {
      el.remove();
    }
  });

  it('a banner and an indicator on a native feed report the missing reader, in French too', async () => {
    const banner = document.createElement('status-banner');
    banner.setAttribute('lang', 'fr');
    banner.setAttribute('show-operational', '');
    banner.setAttribute('src', '/test/fixtures/native/psgallery.json');
    const indicator = document.createElement('status-indicator');
    indicator.setAttribute('lang', 'fr');
    indicator.setAttribute('variant', 'text');
    indicator.setAttribute('src', '/test/fixtures/native/psgallery.json');
    const failed = Promise.all([banner, indicator].map((el) => new Promise<CustomEvent>((resolve) => el.addEventListener('status-error', (e) => resolve(e as CustomEvent), {once: true}))));
    document.body.append(banner, indicator);
    try {
      const events = await failed;
      for (const event of events) expect(String(event.detail.error.message)).to.include(`${ORPHAN}chunks/native-`);
      await (indicator as unknown as {updateComplete: Promise<boolean>}).updateComplete;
      expect(squash(indicator.shadowRoot!.textContent)).to.include('indisponible');
    } finally {
      banner.remove();
      indicator.remove();
    }
  });
});
