import {expect} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';

/**
 * The demo page (demo/) speaks the language it shows (issue 13). Loaded in
 * a frame from the test server, which serves its files and the CDN build
 * (run `npm run build` first) but not the demo server's /demo/incident: the
 * live controls then say so, in the page's language.
 */

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const $ = (selector: string) => doc().querySelector<HTMLElement>(selector)!;

describe('the demo page', () => {
  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    // English first, whatever an earlier visit chose.
    await waitUntil(() => doc().querySelector('[data-lang="en"]'), 'the demo never loaded');
    $('[data-lang="en"]').click();
  });
  after(() => frame.remove());

  it('says "1 maintenance", in the singular, and in French too', async () => {
    // demo/status.json (4 incidents, none active, 1 maintenance), as the banner read it; the Markdown pages have none.
    const banner = () =>
      [...doc().querySelectorAll('.log-load')]
        .find((entry) => entry.querySelector('.log-source')!.textContent!.includes('<status-banner>'))
        ?.querySelector('.log-summary');
    await waitUntil(() => banner(), 'the banner’s status-load was never logged', {timeout: 15000});
    expect(banner()!.textContent).to.equal('4 incidents (0 active), 1 maintenance');
    $('[data-lang="fr"]').click();
    expect(banner()!.textContent).to.equal('4\u00a0incidents (0 en cours), 1\u00a0maintenance');
    $('[data-lang="en"]').click();
  });

  it('says the action line again in the language chosen after it', async () => {
    $('[data-action="maintenance"]').click();
    await waitUntil(() => $('#action-status').dataset['kind'] === 'error', 'the action never answered');
    expect($('#action-status').textContent).to.equal('Failed: The live controls need the demo server (npm start).');
    $('[data-lang="fr"]').click();
    expect($('#action-status').textContent).to.equal('Échec\u00a0: Les commandes en direct nécessitent le serveur de démonstration (npm start).');
    $('[data-lang="en"]').click();
    expect($('#action-status').textContent).to.equal('Failed: The live controls need the demo server (npm start).');
  });

  it('leaves room for the logo’s halo beside the title', () => {
    const logo = $('.logo');
    const halo = parseFloat(getComputedStyle(logo).fontSize) * 0.18;
    const title = doc().createRange();
    title.selectNodeContents($('.site-header h1'));
    const text = [...title.getClientRects()].filter((r) => r.left > logo.getBoundingClientRect().right).map((r) => r.left);
    expect(Math.min(...text) - logo.getBoundingClientRect().right).to.be.greaterThan(halo + 4);
    expect(logo.getBoundingClientRect().left - halo).to.be.at.least($('.site-header h1').getBoundingClientRect().left - 0.5);
  });

  it('draws the history on the panel’s own surface in dark mode, no darker box of its own', async () => {
    $('[data-theme-choice="dark"]').click();
    const history = doc().querySelector('section.history status-history')!;
    await waitUntil(() => history.shadowRoot?.querySelector('[part~="history"] h2'), 'the history never rendered', {timeout: 15000});
    const panel = getComputedStyle($('section.history')).backgroundColor;
    expect(getComputedStyle(history.shadowRoot!.querySelector('[part~="history"]')!).backgroundColor).to.equal(panel);
    $('[data-theme-choice="auto"]').click();
  });
});
