// The `data` property given a feed of any format: read once its adapter has loaded, never
// overriding a newer value, keeping the last good state when a bad one follows.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import {LitElement} from 'lit';
import '../../src/define.js';
import {parseFeed} from '../../src/feeds/parse-feed.js';
import type {StatusErrorDetail, StatusHistory} from '../../src/index.js';
import {activeIncident, nativeFeed} from '../helpers/feeds.js';
import {recordEvents, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';

const json = async (path: string) => (await fetch(`/test/fixtures/${path}`)).json();
const text = async (path: string) => (await fetch(`/test/fixtures/${path}`)).text();

describe('data given in any format', () => {
  guardHostPage();

  it('renders a Statuspage summary object once its adapter has loaded, with a status-load', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const loaded = oneEvent(el, 'status-load');
    el.data = await json('statuspage/github_summary_2022-11-25_incident.json');
    const {detail} = await loaded;
    expect(detail.snapshot.format).to.equal('statuspage');
    await el.updateComplete;
    expect(shadowText(el)).to.include('Incident with Packages and Pages');
    expect(shadowText(el)).to.include('This feed lists only current incidents');
  });

  it('renders the XML text of an Atom feed', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    el.data = await text('atom/streamyard_history.atom');
    await waitForText(el, 'Networking issues');
  });

  it('reads the format asked for', async () => {
    const el = await fixture<HTMLElement & {data: unknown}>(html`<status-indicator lang="en" variant="text" format="cachet"></status-indicator>`);
    el.data = await json('cachet/yoti_components.json');
    await waitForText(el, 'All systems operational');
  });

  it('a native feed given after another format wins, though the other was still loading', async () => {
    // The native reader loaded already, so that the native feed is read at once below.
    await parseFeed({version: 1});
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const loads = recordEvents(el, 'status-load');
    const kuma = {...(await json('uptime-kuma/wittyoneoff_status-page.json')), ...(await json('uptime-kuma/wittyoneoff_heartbeat.json'))};
    el.data = kuma;
    // Lit's own updateComplete: the render that starts reading the Uptime Kuma
    // payload, without waiting for that reading (the element's own waits).
    await LitElement.prototype['getUpdateComplete'].call(el);
    el.data = nativeFeed({incidents: [activeIncident({title: 'Native wins'})]});
    await waitForText(el, 'Native wins');
    // The element's updateComplete waits for every read under way, the
    // superseded Uptime Kuma one too (not a fixed time, which a busy machine
    // can outlast): once that one has answered, it must not have replaced the newer feed.
    await el.updateComplete;
    expect(shadowText(el)).to.include('Native wins');
    expect(shadowText(el)).not.to.include('This feed lists only current incidents');
    expect(loads.map((e) => (e.detail as {snapshot: {format: string}}).snapshot.format)).to.deep.equal(['native']);
  });

  it('keeps the last good state when a bad payload follows, and says what came', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    el.data = await json('instatus/instatus_manychat_summary.json');
    await waitForText(el, 'Delays in Instagram automation');
    for (const [bad, expected] of [
      ['<html><body>Sign in</body></html>', 'HTML page'],
      [(await text('atom/streamyard_history.atom')).slice(0, 3000), 'Truncated Atom feed'],
      [{activeIncidents: 'none'}, 'Invalid Instatus feed: activeIncidents: expected an array, got a string ("none")'],
      [{data: [{id: 1, name: 'x', status: 'up', message: 'm', occurred_at: 12}]}, 'Invalid Cachet feed'],
    ] as const) {
      const failed = oneEvent(el, 'status-error');
      el.data = bad;
      const {detail} = (await failed) as CustomEvent<StatusErrorDetail>;
      expect(detail.error.message).to.include(expected);
      expect(detail).not.to.have.property('url');
      await el.updateComplete;
      expect(shadowText(el)).to.include('Delays in Instagram automation');
    }
    await waitUntil(() => shadowText(el).includes('Could not be updated since'));
  });
});
