// The built CDN module (dist/cdn/status-banner.js, made by `npm run build`
// before the tests) as a page gets it: one file, registering the elements,
// that loads from chunks/ beside it the history's rendering when a history
// connects, and each format's reader when a feed in that format comes.
// This is the minified artifact, so it also checks what the minifiers did.
import {expect} from '@open-wc/testing';

// ASCII white space only: JavaScript's \s would also fold the no-break spaces French typography needs.
const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

describe('dist/cdn/status-banner.js', () => {
  before(async () => {
    // A path outside the module graph the test runner rewrites.
    await import(/* @vite-ignore */ `${'/dist/cdn/status-banner.js'}`);
  });

  it('registers the three elements at once, and loads no chunk before an element needs one', async () => {
    expect(customElements.get('status-banner')).to.be.a('function');
    expect(customElements.get('status-indicator')).to.be.a('function');
    expect(customElements.get('status-history')).to.be.a('function');
    const chunks = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/dist/cdn/chunks/'));
    expect(chunks).to.deep.equal([]);
  });

  it('renders a native feed fetched through src, in French', async () => {
    const el = document.createElement('status-history');
    el.setAttribute('src', '/test/fixtures/native/psgallery.json');
    el.setAttribute('lang', 'fr');
    el.setAttribute('days', '0');
    const loaded = new Promise((resolve) => el.addEventListener('status-load', resolve, {once: true}));
    document.body.append(el);
    try {
      await loaded;
      await (el as any).updateComplete;
      const text = squash(el.shadowRoot!.textContent);
      expect(text).to.include('Échec du téléchargement d’éléments');
      // The label and its text keep the space between them after minification.
      expect(text).to.include('Résumé de l’impact\u00a0: ');
      expect(el.shadowRoot!.querySelector('[part~="code"]')!.textContent).to.include('End of Central Directory record could not be found');
      // Its rendering came from its chunk, with the history's strings and styles.
      const views = performance.getEntriesByType('resource').filter((e) => /\/dist\/cdn\/chunks\/history-view-[\w-]+\.js$/.test(e.name));
      expect(views.length).to.equal(1);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="code"]')!).whiteSpace).to.equal('pre');
    } finally {
      el.remove();
    }
  });

  it('loads the reader of each format from its chunks/ folder, only when a feed needs it', async () => {
    const chunks = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => path.startsWith('/dist/cdn/chunks/') && !path.includes('/history-view-'));
    // The native feed above needed its own reader (and what it shares with
    // the other formats' readers), and nothing of theirs.
    const names = chunks().map((path) => path.replace(/^\/dist\/cdn\/chunks\/([a-z-]+)-[\w-]+\.js$/, '$1'));
    expect(names).to.include('native');
    // Which shared chunks Rollup makes changes with the code; no other format's reader is among them.
    const readers = ['formats', 'statuspage', 'syndication', 'cachet', 'uptime-kuma', 'instatus', 'markdown-page', 'cstate', 'incidentio', 'statusio', 'html-text'];
    expect(names.filter((name) => readers.includes(name))).to.deep.equal([]);
    const el = document.createElement('status-banner');
    el.setAttribute('src', '/test/fixtures/statuspage/github_summary_2022-11-25_incident.json');
    el.setAttribute('lang', 'en');
    const loaded = new Promise((resolve) => el.addEventListener('status-load', resolve, {once: true}));
    document.body.append(el);
    try {
      await loaded;
      await (el as any).updateComplete;
      const text = squash(el.shadowRoot!.textContent);
      expect(text).to.include('Major incident:');
      expect(text).to.include('Incident with Packages and Pages');
      expect(chunks().some((path) => /^\/dist\/cdn\/chunks\/formats-[\w-]+\.js$/.test(path))).to.equal(true);
      // Each chunk is fetched once, however many feeds need it.
      expect(new Set(chunks()).size).to.equal(chunks().length);
    } finally {
      el.remove();
    }
  });

  it('reads an Atom feed given as data, its adapter in a chunk too', async () => {
    const el = document.createElement('status-history') as any;
    el.setAttribute('lang', 'en');
    el.setAttribute('days', '0');
    document.body.append(el);
    try {
      const loaded = new Promise((resolve) => el.addEventListener('status-load', resolve, {once: true}));
      el.data = await (await fetch('/test/fixtures/atom/streamyard_history.atom')).text();
      await loaded;
      await el.updateComplete;
      expect(squash(el.shadowRoot!.textContent)).to.include('Networking issues');
    } finally {
      el.remove();
    }
  });

  it('draws every shape of its icons (self-closed SVG paths survive minification)', async () => {
    const el = document.createElement('status-banner') as any;
    el.data = {
      version: 1,
      incidents: [{id: 'i1', title: 'Down', severity: 'critical', started_at: new Date().toISOString()}],
    };
    document.body.append(el);
    try {
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector('[part~="icon"] svg')!;
      const shapes = svg.querySelectorAll('path, circle');
      expect(shapes.length).to.be.greaterThan(1);
      // No shape is nested inside another (which the HTML parser does to unclosed <path>).
      for (const shape of shapes) expect(shape.parentElement).to.equal(svg);
    } finally {
      el.remove();
    }
  });
});
