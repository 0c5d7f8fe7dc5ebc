/**
 * Runs inside test/security/csp-page.html, under a strict CSP with Trusted
 * Types enforced (see test/tools/security-server.mjs), before the build the
 * page loads. It records every CSP violation, error, unhandled rejection and
 * console error; shows a real feed (the PowerShell Gallery history, fetched)
 * and an incident in the three elements; renders the whole XSS corpus; and
 * leaves the report in `window.__cspReport` for the framing test
 * (csp.test.ts). With `?probe=1` it also breaks the policy on purpose, so the
 * test can see that violations are caught at all.
 */
import {FORMAT_ENTRIES} from './formats.js';
import {findEscapes, watchShadowRoot} from './inspect.js';
import {PAYLOADS} from './payloads.js';
import {installTrap} from './trap.js';

export interface CspReport {
  done: boolean;
  violations: string[];
  errors: string[];
  findings: string[];
  escapes: string[];
  /** Shadow text of the page's three elements. */
  texts: Record<string, string>;
  payloads: number;
  probe: string[];
}

type StatusEl = HTMLElement & {data: unknown; updateComplete: Promise<unknown>};

const report: CspReport = {done: false, violations: [], errors: [], findings: [], escapes: [], texts: {}, payloads: 0, probe: []};
(window as unknown as {__cspReport: CspReport}).__cspReport = report;

const trap = installTrap();
// Capture: also the errors of resources (a blocked or failed script), which do not bubble.
window.addEventListener(
  'error',
  (e: Event) =>
    report.errors.push(
      e instanceof ErrorEvent ? `error: ${e.message}` : `resource error on <${(e.target as Element)?.localName}> ${(e.target as HTMLScriptElement)?.src ?? ''}`,
    ),
  true,
);
window.addEventListener('unhandledrejection', (e) => report.errors.push(`unhandled rejection: ${String((e.reason as Error)?.message ?? e.reason)}`));
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  report.errors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError.apply(console, args);
};

const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const byId = (id: string) => document.getElementById(id) as StatusEl;

/** Resolves at the element's first status-load or status-error (listening from now, before the build upgrades it). */
const settled = (el: Element) =>
  new Promise<string>((resolve) => {
    el.addEventListener('status-load', () => resolve('load'), {once: true});
    el.addEventListener('status-error', (e) => resolve(`error: ${(e as CustomEvent).detail.error.message}`), {once: true});
  });
const historyLoaded = settled(byId('history'));
const indicatorLoaded = settled(byId('indicator'));

async function run(): Promise<void> {
  await customElements.whenDefined('status-banner');
  const native = FORMAT_ENTRIES.find((e) => e.name === 'native')!;
  const banner = byId('banner');
  banner.data = native.build('Base de données indisponible');
  for (const outcome of await Promise.all([historyLoaded, indicatorLoaded])) if (outcome !== 'load') report.errors.push(outcome);
  for (const id of ['banner', 'indicator', 'history']) {
    await byId(id).updateComplete;
    report.texts[id] = squash(byId(id).shadowRoot?.textContent);
    report.escapes.push(...findEscapes(byId(id)));
  }
  // The reader dismisses the banner: localStorage and a re-render, under the policy too.
  byId('banner').shadowRoot?.querySelector<HTMLButtonElement>('[part~="dismiss"]')?.click();
  await banner.updateComplete;
  report.texts['banner-dismissed'] = squash(banner.shadowRoot?.textContent);

  // The corpus, in every field, through the banner and the history.
  const corpus = document.getElementById('corpus')!;
  for (const payload of PAYLOADS) {
    const els = ['status-banner', 'status-history'].map((tag) => {
      const el = document.createElement(tag) as StatusEl;
      el.setAttribute('days', '0');
      el.data = native.build(payload.text);
      return el;
    });
    corpus.append(...els);
    const watched: string[] = [];
    const observers = els.map((el) => watchShadowRoot(el.shadowRoot!, watched));
    for (const el of els) await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    observers.forEach((o) => o.disconnect());
    report.escapes.push(...watched, ...els.flatMap(findEscapes).map((p) => `payload ${payload.id}: ${p}`));
    els.forEach((el) => el.remove());
    report.payloads++;
  }
  await new Promise((resolve) => setTimeout(resolve, 300));

  if (new URLSearchParams(location.search).get('probe') === '1') {
    probe();
    // The browser reports violations in tasks of their own: wait for the three the probe causes, not for a fixed time.
    await until(() => trap.violations.length >= 3, 10_000);
  }
  report.violations.push(...trap.violations);
  report.findings.push(...trap.findings().filter((f) => !f.startsWith('CSP violation: ')));
}

/** Waits until `done()` holds, or `ms` have passed (then the report says what was missing). */
async function until(done: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Breaks the policy on purpose: the framing test expects these to be seen. */
function probe(): void {
  try {
    document.createElement('div').innerHTML = '<b>not trusted</b>';
    report.probe.push('innerHTML was allowed');
  } catch (error) {
    report.probe.push(`innerHTML: ${(error as Error).name}`);
  }
  try {
    (0, eval)('1');
    report.probe.push('eval was allowed');
  } catch (error) {
    report.probe.push(`eval: ${(error as Error).name}`);
  }
  const style = document.createElement('div');
  style.setAttribute('style', 'color: red');
  document.body.append(style);
}

run()
  .catch((error) => report.errors.push(`the page's own script failed: ${(error as Error)?.stack ?? String(error)}`))
  .finally(() => {
    report.done = true;
  });
