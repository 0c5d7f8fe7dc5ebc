// Screenshots for the README: `npm run screenshots` (builds first).
// Starts the demo server, drives Debian's Chromium (or $CHROME_PATH) with
// playwright-core, and writes PNGs to demo/screenshots/:
//   demo-light-en.png, demo-dark-fr.png        the demo page
//   banner-<kind>-<scheme>.png                 the banner: minor, major (with its
//                                              other incidents open), critical,
//                                              maintenance, upcoming, operational
//   banner-top-<scheme>.png                    position="top" over a page
//   history-<scheme>.png                       the history, one report open
//   indicator-<scheme>.png                     dot, badge and text variants
//   uptime-<scheme>-<lang>.png                 <status-uptime>: a measured feed (one day's
//                                              details open) and a feed of incidents only
//   forced-colors.png                          banners and badges in high contrast
//   lang-de.png                                German, registered from locales/de.json
//   lang-ar-rtl.png                            an Arabic right-to-left page: English UI (no
//                                              Arabic strings), feed text in Arabic
//   lang-fr-ca.png                             a fr-CA override over fr ("Cause première")
// `ONLY=languages npm run screenshots` makes the last three only.
// The gallery pages are built here, with feeds dated relative to now, and load
// the CDN build from the demo server.
import {spawn} from 'node:child_process';
import {mkdir, readFile} from 'node:fs/promises';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';
import {measuredUptimeFeed} from '../../demo/uptime-feed.mjs';

const PORT = Number(process.env.PORT) || 8124;
const ORIGIN = `http://localhost:${PORT}`;
const OUT = new URL('../../demo/screenshots/', import.meta.url);
const out = (name) => new URL(name, OUT).pathname;

const server = spawn(process.execPath, ['demo/serve.mjs'], {env: {...process.env, PORT: String(PORT)}, stdio: ['ignore', 'pipe', 'inherit']});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('http://') && resolve());
  server.on('exit', (code) => reject(new Error(`demo server exited (${code})`)));
});

const post = (action, extra = {}) =>
  fetch(`${ORIGIN}/demo/incident`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({action, ...extra})});

// --- Feeds for the gallery, relative to now ---------------------------------

const MINUTE = 60_000;
const at = (minutes) => new Date(Date.now() + minutes * MINUTE).toISOString();
const page = {name: 'Acme Cloud', url: 'https://status.example.com', lang: 'en'};
const components = [
  {id: 'api', name: {en: 'API', fr: 'API'}, status: 'operational'},
  {id: 'dashboard', name: {en: 'Dashboard', fr: 'Tableau de bord'}, status: 'operational'},
  {id: 'payments', name: {en: 'Payments', fr: 'Paiements'}, status: 'operational'},
];
const incident = (id, severity, title, text, minutesAgo, status = 'identified') => ({
  id,
  title,
  severity,
  status,
  started_at: at(-minutesAgo),
  components: ['api'],
  url: `https://status.example.com/incidents/${id}`,
  updates: [{id: `${id}-u2`, at: at(-Math.min(minutesAgo, 7)), status, text}],
});
const feed = (parts) => ({version: 1, page, components, incidents: [], maintenances: [], ...parts});

const minor = incident(
  'search-latency',
  'minor',
  {en: 'Search results are slower than usual', fr: 'La recherche est plus lente que d’habitude'},
  {
    en: 'Some searches take up to 5 seconds. Everything else works normally.',
    fr: 'Certaines recherches prennent jusqu’à 5 secondes. Tout le reste fonctionne normalement.',
  },
  25,
  'investigating',
);
const major = incident(
  'api-errors',
  'major',
  {en: 'Elevated API error rates in Europe', fr: 'Taux d’erreurs élevé de l’API en Europe'},
  {
    en: 'About 8% of API requests in eu-west fail with HTTP 503. We have identified a faulty load balancer and are replacing it.',
    fr: 'Environ 8 % des requêtes de l’API en eu-west échouent avec une erreur HTTP 503. Nous avons identifié un répartiteur de charge défaillant et le remplaçons.',
  },
  40,
);
const critical = incident(
  'payments-down',
  'critical',
  {en: 'Payments are unavailable', fr: 'Les paiements sont indisponibles'},
  {
    en: 'Card payments fail for all customers. Our payment provider is restoring service; no card has been charged twice.',
    fr: 'Les paiements par carte échouent pour tous les clients. Notre prestataire rétablit le service ; aucune carte n’a été débitée deux fois.',
  },
  12,
);
const webhooks = incident(
  'webhooks',
  'minor',
  {en: 'Webhook deliveries are delayed', fr: 'Les webhooks sont livrés avec du retard'},
  'Delays of up to 10 minutes.',
  90,
  'monitoring',
);
const maintenance = (id, status, startMinutes, endMinutes) => ({
  id,
  title: {en: 'Database upgrade', fr: 'Mise à niveau de la base de données'},
  status,
  starts_at: at(startMinutes),
  ends_at: at(endMinutes),
  components: ['dashboard'],
  text: {
    en: 'The dashboard is read-only during the upgrade. The API is not affected.',
    fr: 'Le tableau de bord est en lecture seule pendant la mise à niveau. L’API n’est pas concernée.',
  },
  updates: [],
});

const BANNERS = {
  minor: feed({incidents: [minor]}),
  major: feed({incidents: [major, minor, webhooks]}),
  critical: feed({incidents: [critical]}),
  maintenance: feed({maintenances: [maintenance('db', 'in_progress', -20, 40)]}),
  upcoming: feed({maintenances: [maintenance('db-next', 'scheduled', 180, 240)]}),
  operational: feed({}),
};

const history = JSON.parse(await readFile(new URL('../../demo/status.json', import.meta.url), 'utf8'));
history.incidents.unshift({...incident('api-errors', 'major', major.title, major.updates[0].text, 40), components: ['downloads']});

/** A page on the demo server's origin that shows the elements given `data`. */
function galleryHtml(scheme, lang, body, data, {dir = 'ltr', setup = ''} = {}) {
  const surface = scheme === 'dark' ? '#0d1117' : '#ffffff';
  const text = scheme === 'dark' ? '#e6edf3' : '#1f2328';
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<script type="module" src="/dist/cdn/status-banner.js"></script>
<style>
  html { color-scheme: ${scheme}; background: ${surface}; color: ${text}; font-family: system-ui, sans-serif; }
  body { margin: 0; padding: 24px; }
  .shot { width: 720px; padding: 12px; }
  .row { display: flex; gap: 24px; align-items: center; }
  .app { max-width: 720px; margin: 0 auto; line-height: 1.6; }
  .app header { display: flex; justify-content: space-between; align-items: center; padding: 12px 0; border-bottom: 1px solid #8884; }
  .app .skeleton { height: 12px; border-radius: 6px; background: #8882; margin: 14px 0; }
</style></head><body>${body}
<script type="module">
  const data = ${JSON.stringify(data)};
  await customElements.whenDefined('status-banner');
  ${setup}
  for (const el of document.querySelectorAll('[data-feed]')) el.data = data[el.dataset.feed];
  document.body.dataset.ready = '1';
</script></body></html>`;
}

async function gallery(browser, scheme, lang, body, data, {viewport = {width: 800, height: 600}, forcedColors = 'none', hash = '', dir, setup} = {}) {
  const page = await browser.newPage({viewport, colorScheme: scheme, forcedColors, reducedMotion: 'reduce', deviceScaleFactor: 2, locale: lang});
  const url = `${ORIGIN}/__gallery/${scheme}-${lang}.html`;
  await page.route(url, (route) => route.fulfill({contentType: 'text/html', body: galleryHtml(scheme, lang, body, data, {dir, setup})}));
  await page.goto(url + hash);
  await page.waitForSelector('body[data-ready]');
  // Two frames: Lit renders, then the fixed banner's place is measured.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page;
}

/** Languages (README "Languages"): German registered, an Arabic right-to-left page, a fr-CA override. */
async function languageShots(browser) {
  const register = (tag, strings) => `const {registerLocale} = await import('/dist/cdn/status-banner.js'); await registerLocale('${tag}', ${strings});`;
  const arabic = {
    ...feed({
      incidents: [
        {
          ...major,
          title: {en: major.title.en, ar: 'ارتفاع معدل أخطاء واجهة البرمجة في أوروبا'},
          updates: [
            {
              ...major.updates[0],
              text: {en: major.updates[0].text.en, ar: 'نحو 8٪ من الطلبات في eu-west تفشل بالخطأ HTTP 503. حددنا موازن حمل معطلاً ونعمل على استبداله.'},
            },
          ],
        },
        minor,
        webhooks,
      ],
    }),
  };
  const shots = [
    [
      'lang-de',
      'de',
      'ltr',
      register('de', "await (await fetch('/locales/de.json')).json()"),
      {banner: BANNERS.major, history},
      '#incident-2016-07-13-downloads',
    ],
    ['lang-ar-rtl', 'ar', 'rtl', '', {banner: arabic, history: arabic}, ''],
    [
      'lang-fr-ca',
      'fr-CA',
      'ltr',
      register('fr-CA', JSON.stringify({report: {rootCause: 'Cause première', rootCausePreliminary: 'Cause première préliminaire'}})),
      {banner: BANNERS.major, history},
      '#incident-2016-07-13-downloads',
    ],
  ];
  for (const [name, lang, dir, setup, data, hash] of shots) {
    const body = `<div class="shot" id="shot" style="width: 760px; display: grid; gap: 16px">
      <status-banner time-zone="Europe/Paris" data-feed="banner"></status-banner>
      <status-history days="0" limit="2" time-zone="Europe/Paris" data-feed="history"></status-history></div>`;
    const page = await gallery(browser, 'light', lang, body, data, {viewport: {width: 820, height: 1600}, dir, setup, hash});
    if (name !== 'lang-fr-ca') await page.click('status-banner >> [part~="more"]');
    await page.evaluate(() => document.activeElement?.blur());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.locator('#shot').screenshot({path: out(`${name}.png`)});
    await page.close();
  }
}

const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs.filter((a) => !a.startsWith('--headless'))});
try {
  await mkdir(OUT, {recursive: true});
  await languageShots(browser);
  if (process.env.ONLY === 'languages') throw 'done';

  // The demo page, as a visitor sees it during a major incident.
  await post('reset');
  await post('start', {severity: 'major'});
  for (const [scheme, lang] of [
    ['light', 'en'],
    ['dark', 'fr'],
  ]) {
    const page = await browser.newPage({viewport: {width: 1000, height: 1400}, colorScheme: scheme, reducedMotion: 'reduce', deviceScaleFactor: 1});
    await page.goto(`${ORIGIN}/demo/`);
    if (lang === 'fr') await page.click('button[data-lang="fr"]');
    await page.waitForSelector('status-banner >> [part~="banner"]');
    await page.waitForSelector('status-history >> [part~="incident"]');
    await page.waitForSelector('status-uptime >> [part~="row"]');
    await page.screenshot({path: out(`demo-${scheme}-${lang}.png`)});
    await page.close();
  }

  for (const scheme of ['light', 'dark']) {
    // Each banner on its own.
    for (const kind of Object.keys(BANNERS)) {
      const attrs = kind === 'operational' ? 'show-operational' : '';
      const page = await gallery(
        browser,
        scheme,
        'en',
        `<div class="shot" id="shot"><status-banner lang="en" ${attrs} data-feed="${kind}"></status-banner></div>`,
        BANNERS,
      );
      if (kind === 'major') await page.click('status-banner >> [part~="more"]');
      await page.locator('#shot').screenshot({path: out(`banner-${kind}-${scheme}.png`)});
      await page.close();
    }

    // position="top" over an app: the page's content starts below it.
    {
      const body = `<status-banner lang="en" position="top" data-feed="critical"></status-banner>
        <div class="app"><header><strong>Acme Cloud</strong><status-indicator lang="en" variant="badge" data-feed="critical"></status-indicator></header>
        <h1>Checkout</h1>${'<div class="skeleton"></div>'.repeat(6)}</div>`;
      const page = await gallery(browser, scheme, 'en', body, BANNERS, {viewport: {width: 900, height: 420}});
      await page.screenshot({path: out(`banner-top-${scheme}.png`)});
      await page.close();
    }

    // The history, the July incident unfolded by its URL fragment.
    {
      const lang = scheme === 'dark' ? 'fr' : 'en';
      const page = await gallery(
        browser,
        scheme,
        lang,
        `<div class="shot" id="shot" style="width: 760px"><status-history lang="${lang}" days="0" limit="4" data-feed="history"></status-history></div>`,
        {history},
        {viewport: {width: 820, height: 1800}, hash: '#incident-2016-07-13-downloads'},
      );
      // The screenshot shows the page at rest, not the focus the fragment gave.
      await page.evaluate(() => document.activeElement?.blur());
      await page.locator('#shot').screenshot({path: out(`history-${scheme}.png`)});
      await page.close();
    }

    // The indicator's three variants, for three states.
    {
      const row = (kind) =>
        `<div class="row">${['dot', 'badge', 'text'].map((v) => `<status-indicator lang="en" variant="${v}" data-feed="${kind}"></status-indicator>`).join('')}</div>`;
      const body = `<div class="shot" id="shot" style="width: auto; display: inline-grid; gap: 16px">${['operational', 'minor', 'critical', 'maintenance'].map(row).join('')}</div>`;
      const page = await gallery(browser, scheme, 'en', body, BANNERS);
      await page.locator('#shot').screenshot({path: out(`indicator-${scheme}.png`)});
      await page.close();
    }
  }

  // <status-uptime>: measured days (a bad one's details open), then days derived from incidents.
  for (const [scheme, lang] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'fr'],
    ['dark', 'fr'],
  ]) {
    const derived = feed({
      incidents: [
        {...major, status: 'resolved', resolved_at: at(-3 * 24 * 60 + 60), started_at: at(-3 * 24 * 60)},
        {...webhooks, components: ['payments'], started_at: at(-9 * 24 * 60)},
      ],
    });
    const body = `<div class="shot" id="shot" style="width: 760px; display: grid; gap: 16px">
      <status-uptime lang="${lang}" days="90" data-feed="measured"></status-uptime>
      <status-uptime lang="${lang}" days="30" data-feed="derived"></status-uptime></div>`;
    const page = await gallery(browser, scheme, lang, body, {measured: measuredUptimeFeed(), derived}, {viewport: {width: 820, height: 1400}});
    await page.waitForSelector('status-uptime >> [part~="row"]');
    // Hover the API's worst day: its details show under the row.
    await page.evaluate(() => {
      const bars = [...document.querySelector('status-uptime').shadowRoot.querySelectorAll('[part~="day"]')].slice(0, 90);
      const worst = bars.reduce((a, b) => (b.offsetHeight < a.offsetHeight ? b : a));
      worst.dispatchEvent(new PointerEvent('pointerover', {bubbles: true}));
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.locator('#shot').screenshot({path: out(`uptime-${scheme}-${lang}.png`)});
    await page.close();
  }

  // Windows high contrast: no color left, the icons and labels still tell.
  {
    const body = `<div class="shot" id="shot" style="display: grid; gap: 12px">
      <status-banner lang="en" data-feed="critical"></status-banner>
      <status-banner lang="en" data-feed="maintenance"></status-banner>
      <div class="row"><status-indicator lang="en" variant="dot" data-feed="major"></status-indicator><status-indicator lang="en" variant="badge" data-feed="major"></status-indicator></div>
      <status-uptime lang="en" days="30" data-feed="uptime"></status-uptime></div>`;
    const page = await gallery(browser, 'dark', 'en', body, {...BANNERS, uptime: measuredUptimeFeed()}, {forcedColors: 'active'});
    await page.waitForSelector('status-uptime >> [part~="row"]');
    await page.locator('#shot').screenshot({path: out('forced-colors.png')});
    await page.close();
  }
  console.log(`screenshots written to ${OUT.pathname}`);
} catch (stop) {
  if (stop !== 'done') throw stop;
  console.log(`language screenshots written to ${OUT.pathname}`);
} finally {
  await browser.close();
  await post('reset').catch(() => {});
  server.kill();
}
