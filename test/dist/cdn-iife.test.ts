// The classic-script build (dist/cdn/status-banner.iife.js), loaded the way a
// tag manager or an old CMS does it: a plain <script src>.
import {expect} from '@open-wc/testing';

describe('dist/cdn/status-banner.iife.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/cdn/status-banner.iife.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('the IIFE build did not load'));
    });
    document.head.append(script);
    await loaded;
  });

  it('registers the elements and renders an incident in English', async () => {
    expect(customElements.get('status-banner')).to.be.a('function');
    const el = document.createElement('status-banner') as any;
    el.setAttribute('lang', 'en');
    el.data = {
      version: 1,
      incidents: [{id: 'i1', title: 'Login failures', severity: 'minor', started_at: new Date().toISOString(),
        updates: [{id: 'u1', at: new Date().toISOString(), status: 'investigating', text: 'We are looking into it.'}]}],
    };
    document.body.append(el);
    try {
      await el.updateComplete;
      const text = el.shadowRoot.textContent.replace(/[ \t\n\r]+/g, ' ');
      expect(text).to.include('Minor incident:');
      expect(text).to.include('Login failures');
      expect(text).to.include('We are looking into it.');
    } finally {
      el.remove();
    }
  });

  it('reads every format without loading anything more: its adapters are inlined', async () => {
    const el = document.createElement('status-indicator') as any;
    el.setAttribute('lang', 'en');
    el.setAttribute('variant', 'text');
    document.body.append(el);
    try {
      const loaded = new Promise((resolve) => el.addEventListener('status-load', resolve, {once: true}));
      el.data = await (await fetch('/test/fixtures/instatus/instatus_manychat_summary.json')).json();
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot.textContent.trim()).to.equal('Degraded performance');
      const chunks = performance.getEntriesByType('resource').filter((e) => e.name.includes('/chunks/'));
      expect(chunks).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
