// The React, Vue and Svelte apps of test/frameworks/, built from the packed
// package by build.mjs (`npm test` runs it first), each opened in a frame as
// a user's page: what their elements show, and what their event handlers got.
// Each app gives its elements the feed in app-feed.ts through `data`, and
// sets `days="0"` as its framework does (a string property).
import {expect, waitUntil} from '@open-wc/testing';
import {finishAnimations, normalize, parts, shadowText, waitForText} from '../helpers/dom.js';
import {ACTIVE_TITLE, activeFeed} from './app-feed.js';

const APPS = ['react', 'vue', 'svelte'];

/** Opens an app's built page in a frame; resolves once its elements are in its page. */
async function openApp(name: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = `The ${name} app`;
  frame.style.cssText = 'width: 900px; height: 1400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/test/frameworks/dist/${name}/index.html`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  // The frameworks render after the page's load (React schedules its first render).
  await waitUntil(() => page.querySelector('status-history'), `the ${name} app rendered no <status-history>: run \`node test/frameworks/build.mjs\``, {
    timeout: 5000,
  });
  for (const el of page.querySelectorAll('status-banner, status-indicator, status-history'))
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  return page;
}

/** The app's own text for what its handler received. */
const output = (page: Document, id: string) => normalize(page.getElementById(id)?.textContent);

async function waitForOutput(page: Document, id: string, expected: string): Promise<void> {
  await waitUntil(() => output(page, id) === expected, `#${id} never read "${expected}"; it reads "${output(page, id)}"`, {timeout: 5000});
}

for (const name of APPS) {
  describe(`the ${name} app, built from the packed package`, () => {
    let page: Document;

    beforeEach(async () => {
      page = await openApp(name);
    });

    afterEach(() => {
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    });

    it('shows the incident of its data in the banner and the indicator', async () => {
      const banner = page.querySelector('status-banner')!;
      await waitForText(banner, ACTIVE_TITLE);
      const indicator = page.querySelector('status-indicator[variant="badge"]')!;
      await waitForText(indicator, 'Major outage');
    });

    it('shows every incident in the history with days="0" set as its framework sets it', async () => {
      const history = page.querySelector('status-history')!;
      // The framework set the property, as a string.
      expect((history as unknown as {days: unknown}).days).to.be.oneOf(['0', 0]);
      await waitUntil(() => parts(history, 'incident').length > 0, `no incident in the history; it shows: ${shadowText(history).slice(0, 200)}`, {
        timeout: 5000,
      });
      expect(parts(history, 'incident')).to.have.length(activeFeed.incidents.length);
      for (const incident of activeFeed.incidents) expect(shadowText(history)).to.include(incident.title);
    });

    it("passes status-load to the app's typed handler", async () => {
      await waitForOutput(page, 'loaded', `${activeFeed.incidents.length} incidents`);
      if (name === 'react') await waitForOutput(page, 'history-loaded', `${activeFeed.incidents.length} incidents`);
    });

    it('passes status-error from a failing feed, and the indicator says the status is unavailable', async () => {
      await waitUntil(() => output(page, 'error').includes('HTTP 503'), `#error reads "${output(page, 'error')}"`, {timeout: 5000});
      await waitForText(page.querySelector('status-indicator[variant="text"]')!, 'Status unavailable');
    });

    it('passes status-change when the app gives new data', async () => {
      const indicator = page.querySelector('status-indicator[variant="badge"]')!;
      await waitForText(indicator, 'Major outage');
      page.querySelector('button')!.click();
      await waitForText(indicator, 'All systems operational');
      await waitForOutput(page, 'changed', 'major_outage → operational');
    });

    it('is accessible', async () => {
      await waitForText(page.querySelector('status-banner')!, ACTIVE_TITLE);
      for (const el of page.querySelectorAll('status-banner, status-indicator, status-history')) finishAnimations(el);
      // axe checks a frame's page through a copy of axe in that page.
      const axeScript = page.createElement('script');
      const axeLoaded = new Promise((resolve, reject) => {
        axeScript.addEventListener('load', resolve);
        axeScript.addEventListener('error', () => reject(new Error('axe-core did not load in the frame')));
      });
      axeScript.src = '/node_modules/axe-core/axe.min.js';
      page.head.append(axeScript);
      await axeLoaded;
      await expect(page.defaultView!.frameElement).to.be.accessible();
    });
  });
}
