// The npm entry points as a bundler sees them: dist/index.js registers
// nothing (package.json "sideEffects"), dist/define.js registers the elements.
import {expect} from '@open-wc/testing';

describe('dist/index.js and dist/define.js', () => {
  it('index exports the classes and the headless API without registering anything', async () => {
    const api = await import(/* @vite-ignore */ `${'/dist/index.js'}`);
    expect(api.StatusBanner).to.be.a('function');
    expect(api.StatusHistory).to.be.a('function');
    expect(api.StatusIndicator).to.be.a('function');
    expect(api.loadStatus).to.be.a('function');
    expect(api.deriveStatus).to.be.a('function');
    expect(customElements.get('status-banner')).to.equal(undefined);
  });

  it('loadStatus and deriveStatus read a feed without any element', async () => {
    const {loadStatus, deriveStatus} = await import(/* @vite-ignore */ `${'/dist/index.js'}`);
    const snapshot = await loadStatus('/test/fixtures/native/design-example.json');
    expect(snapshot.incidents.map((i: {id: string}) => i.id)).to.deep.equal(['2026-11-api-latency', '2026-10-dashboard']);
    const derived = deriveStatus(snapshot);
    expect(derived.overall).to.equal('partial_outage');
    expect(derived.banner.kind).to.equal('incident');
    expect(derived.banner.incident.id).to.equal('2026-11-api-latency');
    // Past max-age, a snapshot reads as unknown, never a stale green.
    expect(deriveStatus(snapshot, {fetchedAt: Date.now() - 120_000, maxAge: 60}).overall).to.equal('unknown');
  });

  it('loadStatus reads a Statuspage page through its endpoints, past incidents included', async () => {
    const {loadStatus, deriveStatus} = await import(/* @vite-ignore */ `${'/dist/index.js'}`);
    const snapshot = await loadStatus('/test/fixtures/statuspage/site/api/v2/');
    expect(snapshot.format).to.equal('statuspage');
    expect(snapshot.history).to.equal('full');
    expect(snapshot.incidents.map((i: {id: string}) => i.id)).to.deep.equal(['8vfyvq16hzh9', 'ljwdk6qml8z8', 'r3zzq1jbm1yk']);
    expect(deriveStatus(snapshot).overall).to.equal('partial_outage');
    const summaryOnly = await loadStatus('/test/fixtures/statuspage/site/api/v2/', {history: false});
    expect(summaryOnly.history).to.equal('active');
  });

  it('loadStatus reads Atom and rejects a payload of another format than asked', async () => {
    const {loadStatus, FeedError} = await import(/* @vite-ignore */ `${'/dist/index.js'}`);
    expect((await loadStatus('/test/fixtures/atom/streamyard_history.atom')).incidents).to.have.length(17);
    let error: Error | undefined;
    try {
      await loadStatus('/test/fixtures/cachet/yoti_components.json', {format: 'instatus'});
    } catch (e) {
      error = e as Error;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect(error!.message).to.include('Not an Instatus feed');
    // XML where the format asked is JSON.
    const xml = await loadStatus('/test/fixtures/atom/streamyard_history.atom', {format: 'cachet'}).catch((e: Error) => e);
    expect(xml.message).to.include('Expected a JSON status feed, got text that is not JSON');
    expect(xml.message).to.include('<?xml version');
  });

  it('loadStatus rejects with the reason when every mirror fails', async () => {
    const {loadStatus} = await import(/* @vite-ignore */ `${'/dist/index.js'}`);
    let error: Error | undefined;
    try {
      await loadStatus('/feed/echo?status=503&key=npm-1 /feed/echo?status=200&type=text/html&body=%3C!doctype%20html%3E&key=npm-2');
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.include('HTML page');
  });

  it('define registers the three elements', async () => {
    await import(/* @vite-ignore */ `${'/dist/define.js'}`);
    for (const name of ['status-banner', 'status-history', 'status-indicator']) {
      expect(customElements.get(name), name).to.be.a('function');
    }
  });
});
