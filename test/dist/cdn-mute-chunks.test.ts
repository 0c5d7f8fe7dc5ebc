// dist/cdn/status-banner.js whose chunks fail to load with an error that
// names no file, as WebKit's "Importing a module script failed." does: the
// status-error must still say which chunk is missing, whatever the engine.
// (The chunks served here throw those words; see test/tools/security-server.mjs.)
import {expect} from '@open-wc/testing';
import {guardHostPage} from '../helpers/guard.js';

const BASE = new URL('/security/mute-chunks/', location.href).href;
const chunkUrl = (name: string) => new RegExp(`${BASE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}chunks/${name}-[\\w-]+\\.js`);

describe('dist/cdn/status-banner.js when a chunk fails without saying which', () => {
  guardHostPage();

  before(async () => {
    await import(/* @vite-ignore */ `${'/security/mute-chunks/status-banner.js'}`);
  });

  it('a history names the chunk that failed (its view’s, or its reader’s, whichever fails first), keeping the engine error as the cause', async () => {
    const el = document.createElement('status-history');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', '/test/fixtures/native/psgallery.json');
    const failed = new Promise<Error>((resolve) => el.addEventListener('status-error', (e) => resolve((e as CustomEvent<{error: Error}>).detail.error), {once: true}));
    document.body.append(el);
    try {
      const error = await failed;
      // Both chunks are requested at once (the reader with the feed): which fails first differs between engines.
      expect([chunkUrl('history-view'), chunkUrl('native')].some((url) => url.test(error.message)), error.message).to.equal(true);
      expect(error.message).to.include('Importing a module script failed.');
      expect((error.cause as Error).message).to.equal('Importing a module script failed.');
      await (el as unknown as {updateComplete: Promise<boolean>}).updateComplete;
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Status unavailable');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('an indicator names the chunk of the reader its feed needs', async () => {
    const el = document.createElement('status-indicator');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', '/test/fixtures/statuspage/github_summary_2022-11-25_incident.json');
    const failed = new Promise<Error>((resolve) => el.addEventListener('status-error', (e) => resolve((e as CustomEvent<{error: Error}>).detail.error), {once: true}));
    document.body.append(el);
    try {
      // A JSON feed that is not native: its reader comes with the table of formats' chunk.
      expect((await failed).message).to.match(chunkUrl('formats'));
    } finally {
      el.remove();
    }
  });
});
