// The demo page's own logic: language and theme switches, the live-incident
// controls, the event log. No inline handlers (the page runs under a strict CSP).

const FEED_URL = '/demo/status.json';
const INCIDENT_URL = '/demo/incident';
const ELEMENTS = 'status-banner, status-history, status-indicator, status-uptime';
const LOG_SIZE = 10;
const STORAGE_KEY = 'status-banner-demo';

const STRINGS = {
  en: {
    title: 'status-banner — demo',
    skip: 'Skip to content',
    pitch:
      'Tell your users, in their language, when something is broken — and what happened before. Four web components, one script tag, your existing status feed.',
    buildNotice: 'The components are not built yet. Build them, then reload:',
    controls: 'Demo controls',
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    live: 'Live incident',
    liveHint: 'These buttons change the demo feed; every element on this page reads it and polls it every 10 seconds.',
    severity: 'Severity',
    minor: 'Minor',
    major: 'Major',
    critical: 'Critical',
    start: 'Start incident',
    update: 'Post update',
    resolve: 'Resolve',
    maintenance: 'Schedule maintenance',
    reset: 'Reset',
    indicator: 'Indicator',
    indicatorHint: 'The overall status, for a header, a footer or a help menu.',
    history: 'History',
    historyHint: 'Past and current incidents, newest first, with their updates and post-incident reports.',
    uptime: 'Uptime',
    uptimeMeasuredHint:
      'Measured: this feed gives each component’s uptime per day (components[].uptime). Payments has been measured for a month only: its percentage counts those 30 days, and the days before are drawn from its incidents.',
    uptimeDerivedHint:
      'Derived: this feed gives incidents only, so each day is drawn from the incidents that touched the component, and no percentage is made up. Start an incident above and watch today’s bar.',
    pages: 'Hand-written pages, read as they are',
    pagesHint:
      'The Markdown page this project started from (PowerShell Gallery’s, in French) and its English original, read directly with format="auto": no feed to write.',
    pagesConvert: 'Or make them one bilingual native feed:',
    log: 'Event log',
    logHint: 'The last 10 events caught on document.',
    logEmpty: 'No events yet.',
    clear: 'Clear',
    use: 'Use it',
    useHint: 'One script tag, then the elements wherever you want them:',
    useBundler: 'With a bundler:',
    copy: 'Copy',
    copied: 'Copied',
    footer: 'The feed is served from memory at',
    working: 'Sending…',
    done: {
      start: 'Incident started ({severity}).',
      update: 'Update posted: {status}.',
      resolve: 'Incident resolved.',
      maintenance: 'Maintenance scheduled in 2 hours.',
      reset: 'Feed reset to demo/status.json.',
    },
    failed: 'Failed: {message}',
    noServer: 'The live controls need the demo server (npm start).',
    status: {investigating: 'investigating', identified: 'identified', monitoring: 'monitoring', resolved: 'resolved'},
    summary: {
      // Each count in the form its number takes (Intl.PluralRules: one, other; French also many).
      load: '{incidents} ({active}), {maintenances}',
      incidents: {one: '{n} incident', other: '{n} incidents'},
      active: {one: '{n} active', other: '{n} active'},
      maintenances: {one: '{n} maintenance', other: '{n} maintenances'},
      change: '{previous} → {current}',
      dismiss: 'incident {incidentId}, update {updateId}',
    },
  },
  fr: {
    title: 'status-banner — démonstration',
    skip: 'Aller au contenu',
    pitch:
      'Dites à vos utilisateurs, dans leur langue, quand quelque chose ne va pas — et ce qui s’est passé avant. Quatre composants web, une balise script, votre flux de statut existant.',
    buildNotice: 'Les composants ne sont pas encore construits. Construisez-les, puis rechargez la page\u00a0:',
    controls: 'Commandes de la démonstration',
    language: 'Langue',
    theme: 'Thème',
    themeAuto: 'Auto',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    live: 'Incident en direct',
    liveHint: 'Ces boutons modifient le flux de démonstration\u00a0; chaque élément de la page le lit et l’interroge toutes les 10\u00a0secondes.',
    severity: 'Gravité',
    minor: 'Mineure',
    major: 'Majeure',
    critical: 'Critique',
    start: 'Déclencher un incident',
    update: 'Publier une mise à jour',
    resolve: 'Résoudre',
    maintenance: 'Planifier une maintenance',
    reset: 'Réinitialiser',
    indicator: 'Indicateur',
    indicatorHint: 'L’état général, pour un en-tête, un pied de page ou un menu d’aide.',
    history: 'Historique',
    historyHint: 'Incidents passés et en cours, du plus récent au plus ancien, avec leurs mises à jour et leurs rapports.',
    uptime: 'Disponibilité',
    uptimeMeasuredHint:
      'Mesurée : ce flux donne la disponibilité de chaque composant, jour par jour (components[].uptime). Les paiements ne sont mesurés que depuis un mois : leur pourcentage compte ces 30 jours, et les jours d’avant sont tirés de leurs incidents.',
    uptimeDerivedHint:
      'Déduite : ce flux ne donne que des incidents ; chaque jour est donc tiré des incidents qui ont touché le composant, et aucun pourcentage n’est inventé. Déclenchez un incident plus haut et regardez la barre d’aujourd’hui.',
    pages: 'Des pages écrites à la main, lues telles quelles',
    pagesHint:
      'La page Markdown d’où ce projet est parti (celle de PowerShell Gallery, en français) et son original anglais, lues directement avec format="auto" : aucun flux à écrire.',
    pagesConvert: 'Ou faites-en un seul flux natif bilingue :',
    log: 'Journal des événements',
    logHint: 'Les 10 derniers événements reçus par document.',
    logEmpty: 'Aucun événement pour l’instant.',
    clear: 'Effacer',
    use: 'Utilisation',
    useHint: 'Une balise script, puis les éléments où vous voulez\u00a0:',
    useBundler: 'Avec un bundler\u00a0:',
    copy: 'Copier',
    copied: 'Copié',
    footer: 'Le flux est servi depuis la mémoire à l’adresse',
    working: 'Envoi…',
    done: {
      start: 'Incident déclenché ({severity}).',
      update: 'Mise à jour publiée\u00a0: {status}.',
      resolve: 'Incident résolu.',
      maintenance: 'Maintenance planifiée dans 2\u00a0heures.',
      reset: 'Flux réinitialisé à demo/status.json.',
    },
    failed: 'Échec\u00a0: {message}',
    noServer: 'Les commandes en direct nécessitent le serveur de démonstration (npm start).',
    status: {investigating: 'en cours d’analyse', identified: 'cause identifiée', monitoring: 'sous surveillance', resolved: 'résolu'},
    summary: {
      load: '{incidents} ({active}), {maintenances}',
      incidents: {one: '{n}\u00a0incident', many: '{n}\u00a0d’incidents', other: '{n}\u00a0incidents'},
      active: {one: '{n} en cours', other: '{n} en cours'},
      maintenances: {one: '{n}\u00a0maintenance', many: '{n}\u00a0de maintenances', other: '{n}\u00a0maintenances'},
      change: '{previous} → {current}',
      dismiss: 'incident {incidentId}, mise à jour {updateId}',
    },
  },
};

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

// ---------------------------------------------------------------------------
// Preferences (remembered across reloads when storage is available)

function loadPrefs() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

function savePrefs(patch) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({...loadPrefs(), ...patch}));
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

// ---------------------------------------------------------------------------
// Language

let lang = 'en';

const t = (key) => key.split('.').reduce((o, k) => o?.[k], STRINGS[lang]) ?? key.split('.').reduce((o, k) => o?.[k], STRINGS.en) ?? key;
const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
/** A count in the UI's language: "1 maintenance", "2 maintenances", the form Intl.PluralRules picks. */
const count = (key, n) => {
  const forms = t(key);
  return format(forms[new Intl.PluralRules(lang).select(n)] ?? forms.other, {n: new Intl.NumberFormat(lang).format(n)});
};

function setLanguage(next) {
  lang = STRINGS[next] ? next : 'en';
  // The elements inherit the language from <html lang>.
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const el of $$('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const button of $$('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  renderLog();
  renderStatus();
  savePrefs({lang});
}

// ---------------------------------------------------------------------------
// Theme

const THEMES = ['auto', 'light', 'dark'];

function setTheme(theme) {
  if (!THEMES.includes(theme)) theme = 'auto';
  for (const el of $$(ELEMENTS)) el.setAttribute('theme', theme);
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  for (const button of $$('[data-theme-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.themeChoice === theme));
  }
  savePrefs({theme});
}

// ---------------------------------------------------------------------------
// Live incident controls

const actionStatus = $('#action-status');
/** What the action line says, as a key and its values: said again in the new language when it changes. */
let shown = null;

function showStatus(key, values = {}, kind = 'info') {
  shown = {key, values, kind};
  renderStatus();
}

function renderStatus() {
  if (!shown) return;
  const {key, values, kind} = shown;
  // Values that are keys themselves (a severity, a status) are translated too; a message from elsewhere is kept.
  const words = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, value?.key ? (value.lower ? t(value.key).toLowerCase() : t(value.key)) : value]),
  );
  actionStatus.textContent = format(t(key), words);
  actionStatus.dataset.kind = kind;
}

/** Enable only the actions the feed allows right now. */
function syncControls(feed) {
  const live = (feed?.incidents ?? []).find((i) => typeof i?.id === 'string' && i.id.startsWith('live-') && i.status !== 'resolved' && !i.resolved_at);
  const updateButton = $('[data-action="update"]');
  const resolveButton = $('[data-action="resolve"]');
  updateButton.disabled = !live || !['investigating', 'identified'].includes(live.status);
  resolveButton.disabled = !live;
}

function reloadElements() {
  // Elements sharing a `src` share one store: one reload refreshes them all.
  const banner = $('status-banner');
  if (typeof banner?.reload === 'function') {
    try {
      Promise.resolve(banner.reload()).catch(() => {});
    } catch {
      // The element reports its own errors through status-error.
    }
  }
}

async function runAction(action) {
  const body = {action};
  if (action === 'start') body.severity = $('#severity').value;
  const buttons = $$('[data-action]');
  const wasDisabled = buttons.map((b) => b.disabled);
  buttons.forEach((b) => (b.disabled = true));
  $('#live-controls').setAttribute('aria-busy', 'true');
  showStatus('working');
  let feed = null;
  try {
    const response = await fetch(INCIDENT_URL, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(body),
    });
    const payload = await response.json().catch(() => null);
    if (!response.ok) {
      if (response.status === 404 || response.status === 405) throw Object.assign(new Error(t('noServer')), {noServer: true});
      throw new Error(payload?.error ?? `HTTP ${response.status}`);
    }
    feed = payload;
    const live = feed?.incidents?.[0];
    showStatus(`done.${action}`, {severity: {key: body.severity ?? 'major', lower: true}, status: {key: `status.${live?.status}`}}, 'success');
    reloadElements();
  } catch (error) {
    showStatus('failed', {message: error?.noServer ? {key: 'noServer'} : (error?.message ?? String(error))}, 'error');
  } finally {
    $('#live-controls').removeAttribute('aria-busy');
    buttons.forEach((b, i) => (b.disabled = wasDisabled[i]));
    if (feed) syncControls(feed);
  }
}

async function fetchFeedState() {
  try {
    const response = await fetch(FEED_URL, {cache: 'no-store'});
    if (response.ok) syncControls(await response.json());
  } catch {
    // The elements show the error; the controls stay as they are.
  }
}

// ---------------------------------------------------------------------------
// Event log

const LOGGED = ['status-load', 'status-change', 'status-error', 'status-dismiss'];
const log = [];

function describeSource(target) {
  if (!(target instanceof Element)) return '';
  const variant = target.getAttribute('variant');
  return `<${target.localName}${variant ? ` ${variant}` : ''}>`;
}

function summarize(type, detail = {}) {
  switch (type) {
    case 'status-load': {
      const snapshot = detail?.snapshot ?? {};
      const incidents = Array.isArray(snapshot.incidents) ? snapshot.incidents : [];
      const active = incidents.filter((i) => i?.status !== 'resolved' && i?.resolvedAt == null).length;
      const maintenances = Array.isArray(snapshot.maintenances) ? snapshot.maintenances.length : 0;
      return format(t('summary.load'), {
        incidents: count('summary.incidents', incidents.length),
        active: count('summary.active', active),
        maintenances: count('summary.maintenances', maintenances),
      });
    }
    case 'status-change':
      return format(t('summary.change'), {previous: detail?.previous ?? '—', current: detail?.current ?? '—'});
    case 'status-error':
      return String(detail?.error?.message ?? detail?.error ?? 'error') + (detail?.url ? ` (${detail.url})` : '');
    case 'status-dismiss':
      return format(t('summary.dismiss'), {incidentId: detail?.incidentId ?? '—', updateId: detail?.updateId ?? '—'});
    default:
      return '';
  }
}

function onStatusEvent(event) {
  const now = new Date();
  const source = describeSource(event.target);
  // Elements sharing a `src` share one store, so one fetch makes every one of
  // them fire the same event: those are shown as one entry naming each source.
  const summary = summarize(event.type, event.detail);
  const same = log.find(
    (entry) => now - entry.time < 1000 && entry.type === event.type && !entry.sources.includes(source) && summarize(entry.type, entry.detail) === summary,
  );
  if (same) {
    same.sources.push(source);
  } else {
    log.unshift({time: now, type: event.type, sources: [source], detail: event.detail});
    log.length = Math.min(log.length, LOG_SIZE);
  }
  renderLog();
}

function renderLog() {
  const list = $('#event-log');
  const timeFormat = new Intl.DateTimeFormat(lang, {hour: '2-digit', minute: '2-digit', second: '2-digit'});
  // Built with DOM nodes and textContent: event details may carry feed text.
  list.replaceChildren(
    ...log.map((entry) => {
      const item = document.createElement('li');
      item.className = `log-entry log-${entry.type.replace('status-', '')}`;
      const time = document.createElement('time');
      time.dateTime = entry.time.toISOString();
      time.textContent = timeFormat.format(entry.time);
      const type = document.createElement('span');
      type.className = 'log-type';
      type.textContent = entry.type;
      const source = document.createElement('span');
      source.className = 'log-source';
      source.textContent = entry.sources.join(' ');
      const summary = document.createElement('span');
      summary.className = 'log-summary';
      summary.textContent = summarize(entry.type, entry.detail);
      item.append(time, type, source, summary);
      return item;
    }),
  );
  $('#log-empty').hidden = log.length > 0;
}

// ---------------------------------------------------------------------------
// Copy buttons

async function copySnippet(button) {
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) return;
  try {
    await navigator.clipboard.writeText(source.textContent);
    button.textContent = t('copied');
    setTimeout(() => (button.textContent = t('copy')), 1500);
  } catch {
    // Clipboard denied: the snippet can still be selected by hand.
  }
}

// ---------------------------------------------------------------------------
// A build that is missing shows a notice instead of an empty page.

function watchBuild() {
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 3000));
  Promise.race([customElements.whenDefined('status-banner').then(() => true), timeout]).then((defined) => {
    $('#build-notice').hidden = defined;
  });
}

// ---------------------------------------------------------------------------
// Wiring

for (const type of LOGGED) document.addEventListener(type, onStatusEvent);

for (const button of $$('[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
for (const button of $$('[data-theme-choice]')) button.addEventListener('click', () => setTheme(button.dataset.themeChoice));
for (const button of $$('[data-action]')) button.addEventListener('click', () => runAction(button.dataset.action));
for (const button of $$('[data-copy]')) button.addEventListener('click', () => copySnippet(button));
$('#clear-log').addEventListener('click', () => {
  log.length = 0;
  renderLog();
});

const prefs = loadPrefs();
setLanguage(prefs.lang ?? document.documentElement.lang ?? 'en');
setTheme(prefs.theme ?? 'auto');
syncControls(null);
fetchFeedState();
watchBuild();
