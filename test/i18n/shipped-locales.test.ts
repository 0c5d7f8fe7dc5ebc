import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {StatusBanner, StatusHistory, StatusIndicator, StatusUptime} from '../../src/index.js';
import {registerLocale} from '../../src/index.js';
import de from '../../locales/de.json';
import es from '../../locales/es.json';
import {activeIncident, nativeFeed, resolvedIncident, type NativeFeed} from '../helpers/feeds.js';
import {finishAnimations, normalize, part, parts, partTexts, shadowText} from '../helpers/dom.js';

/**
 * locales/de.json and locales/es.json ship as files, outside the CDN's first
 * script: a page registers them (`registerLocale('de', strings)`), and every
 * element then speaks the language. The feed here is English only: each
 * piece of it shown in a German or Spanish UI carries `lang="en"`.
 */

/** An English feed with an incident going on, two others too, and one resolved: every element has feed text to show. */
function englishFeed(): NativeFeed {
  const feed = nativeFeed({
    incidents: [
      activeIncident({title: 'Downloads fail', updateText: 'We are on it.'}),
      activeIncident({id: 'inc-2', severity: 'minor', title: 'Search is slow'}),
      resolvedIncident({title: 'Search was slow'}),
    ],
  });
  feed.components = [
    {id: 'api', name: 'API', status: 'operational'},
    {id: 'downloads', name: 'Package downloads', status: 'partial_outage'},
  ];
  return feed;
}

/** Every element showing the feed, in `lang`. */
async function allElements(lang: string) {
  const data = englishFeed();
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}>
    <status-banner .data=${data}></status-banner>
    <status-indicator variant="badge" .data=${data}></status-indicator>
    <status-history days="0" .data=${data}></status-history>
    <status-uptime days="7" .data=${data}></status-uptime>
  </div>`);
  const banner = wrap.querySelector<StatusBanner>('status-banner')!;
  const indicator = wrap.querySelector<StatusIndicator>('status-indicator')!;
  const history = wrap.querySelector<StatusHistory>('status-history')!;
  const uptime = wrap.querySelector<StatusUptime>('status-uptime')!;
  for (const el of [banner, indicator, history, uptime]) {
    await el.updateComplete;
    finishAnimations(el);
  }
  return {banner, indicator, history, uptime};
}

/** The language marks of every piece of feed text an element shows: all `en`, with `dir="auto"`. */
function feedMarks(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((node) => `${node.getAttribute('lang')} ${node.getAttribute('dir')}`);
}

describe('shipped languages: de and es', () => {
  before(() => {
    registerLocale('de', de);
    registerLocale('es', es);
  });

  it('renders every element in German once de.json is registered', async () => {
    const {banner, indicator, history, uptime} = await allElements('de');
    expect(normalize(part(banner, 'label')!.textContent)).to.equal('Schwerer Vorfall:');
    expect(normalize(part(banner, 'status')!.textContent)).to.equal('Ursache identifiziert');
    expect(normalize(part(banner, 'time')!.textContent)).to.match(/^Aktualisiert vor \d+ Minuten$/);
    expect(normalize(part(banner, 'more')!.textContent)).to.equal('+1 weiterer');
    expect(partTexts(indicator, 'text')).to.deep.equal(['Teilweiser Ausfall']);
    expect(normalize(part(history, 'heading')!.textContent)).to.equal('Vorfallverlauf');
    expect(shadowText(history)).to.include('Untersuchung läuft');
    expect(shadowText(history)).to.include('Behoben');
    expect(normalize(part(uptime, 'heading')!.textContent)).to.equal('Verfügbarkeit');
    expect(shadowText(uptime)).to.include('Aus Vorfällen abgeleitet');
    for (const el of [banner, indicator, history, uptime]) {
      expect(el.shadowRoot!.querySelector('[lang="de"]'), el.localName).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('renders every element in Spanish once es.json is registered', async () => {
    const {banner, indicator, history, uptime} = await allElements('es');
    expect(normalize(part(banner, 'label')!.textContent)).to.equal('Incidente grave:');
    expect(normalize(part(banner, 'time')!.textContent)).to.match(/^Actualizado hace \d+ minutos$/);
    expect(partTexts(indicator, 'text')).to.deep.equal(['Interrupción parcial']);
    expect(normalize(part(history, 'heading')!.textContent)).to.equal('Historial de incidentes');
    expect(shadowText(history)).to.include('Resuelto');
    expect(normalize(part(uptime, 'heading')!.textContent)).to.equal('Disponibilidad');
    for (const el of [banner, indicator, history, uptime]) await expect(el).to.be.accessible();
  });

  it('marks the feed’s English words in a German UI: titles, update texts and component names, in every element', async () => {
    const {banner, history, uptime} = await allElements('de');
    // The banner: its title, message, and the other incidents' titles ("+1 weiterer").
    expect(feedMarks(banner, '[part~="title"], [part~="message"], [part~="other"]')).to.deep.equal(['en auto', 'en auto', 'en auto']);
    // The history: titles, affected components (each name), update texts.
    const entry = parts(history, 'incident').find((e) => e.textContent!.includes('Downloads fail'))!;
    expect(entry.querySelector('[part~="incident-title"]')!.getAttribute('lang')).to.equal('en');
    const components = entry.querySelector('[part~="components"]')!;
    expect([...components.querySelectorAll('span[lang]')].map((s) => [s.textContent, s.getAttribute('lang'), s.getAttribute('dir')])).to.deep.equal([
      ['Package downloads', 'en', 'auto'],
    ]);
    expect([...entry.querySelectorAll('[part~="update"] p')].every((p) => p.getAttribute('lang') === 'en')).to.equal(true);
    // The uptime: each component's name.
    expect(feedMarks(uptime, '[part~="name"]')).to.deep.equal(['en auto', 'en auto']);
  });

  it('joins several affected components in the UI’s language, each name marked', async () => {
    const data = englishFeed();
    data.incidents![2]!.components = ['api', 'downloads'];
    const el = await fixture<StatusHistory>(html`<status-history lang="es" days="0" .data=${data}></status-history>`);
    const entry = parts(el, 'incident').find((e) => e.textContent!.includes('Search was slow'))!;
    const components = entry.querySelector('[part~="components"]')!;
    expect(normalize(components.textContent)).to.equal('Afectados: API y Package downloads');
    expect([...components.querySelectorAll('span[lang="en"]')].map((s) => s.textContent)).to.deep.equal(['API', 'Package downloads']);
  });

  it('marks no language on feed text in the UI’s own language', async () => {
    const {banner, uptime} = await allElements('en');
    expect(part(banner, 'title')!.hasAttribute('lang')).to.equal(false);
    expect(part(uptime, 'name')!.hasAttribute('lang')).to.equal(false);
  });
});
