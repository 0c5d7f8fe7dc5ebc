// The built files on the strictest host page: a page served with
//   default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// (test/tools/security-server.mjs), framed here because the test runner's own
// page has inline scripts. The page (csp-page.ts) reports every violation,
// error, unhandled rejection and console error while the CDN module, the npm
// build or the classic script render a real feed and the whole XSS corpus:
// none is allowed, and the elements must show the feed.
import {expect, waitUntil} from '@open-wc/testing';
import fr from '../../locales/fr.json';
import {guardHostPage} from '../helpers/guard.js';
import type {CspReport} from './csp-page.js';
import {PAYLOADS} from './payloads.js';

const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Frames the CSP page and waits for its report. */
async function framed(query: string): Promise<CspReport> {
  const iframe = document.createElement('iframe');
  iframe.src = `/security/csp-page?${query}`;
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  document.body.append(iframe);
  try {
    await waitUntil(() => (iframe.contentWindow as unknown as {__cspReport?: CspReport} | null)?.__cspReport?.done, `the CSP page (${query}) never reported`, {
      // The page renders the whole corpus: work, which WebKit on a loaded 2-core machine took over 45 s to do.
      timeout: 150_000,
      interval: 100,
    });
    // A copy: the frame and its objects go away with it.
    return JSON.parse(JSON.stringify((iframe.contentWindow as unknown as {__cspReport: CspReport}).__cspReport)) as CspReport;
  } finally {
    iframe.remove();
  }
}

const FR_STATUS = fr.status as Record<string, string>;

function expectClean(report: CspReport): void {
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(report.errors, 'errors, rejections, console errors').to.deep.equal([]);
  expect(report.findings, 'what the trap caught').to.deep.equal([]);
  expect(report.escapes, 'markup that is not the elements’ own').to.deep.equal([]);
  expect(report.payloads).to.equal(PAYLOADS.length);
}

function expectFeedShown(report: CspReport): void {
  // The PowerShell Gallery history, fetched (connect-src 'self'), in French.
  expect(report.texts['history']).to.include('Historique des incidents');
  expect(report.texts['history']).to.include('Échec du téléchargement d’éléments');
  expect(report.texts['history']).to.include('Résumé de l’impact\u00a0:');
  expect(report.texts['indicator']).to.equal(FR_STATUS['operational']);
  expect(report.texts['banner']).to.include('Major incident:');
  expect(report.texts['banner']).to.include('Base de données indisponible');
  // Dismissed: no banner left, only the polite announcement of the dismissal.
  expect(report.texts['banner-dismissed']).to.equal('Banner dismissed.');
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  guardHostPage();
  let clean = 0;
  let controls = 0;
  after(() =>
    console.log(
      `[security] strict CSP: ${clean} pages with zero violations, each rendering a real feed and ${PAYLOADS.length} payloads; ${controls} control pages that had to report theirs`,
    ),
  );

  it('the page is served with the policy', async () => {
    const response = await fetch('/security/csp-page?build=cdn');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_POLICY);
    expect(await response.text()).to.include('<script type="module" src="/dist/cdn/status-banner.js"></script>');
  });

  it('catches violations at all: a page that breaks the policy on purpose reports it', async function () {
    this.timeout(160_000);
    const report = await framed('build=cdn&probe=1');
    expect(report.probe).to.deep.equal(['innerHTML: TypeError', 'eval: EvalError']);
    // Trusted Types stops innerHTML and eval first; the style attribute is style-src's.
    expect(report.violations.map((v) => v.replace(/ at .*/, ''))).to.deep.equal([
      'require-trusted-types-for: trusted-types-sink "Element innerHTML|<b>not trusted</b>"',
      'require-trusted-types-for: trusted-types-sink "eval|1"',
      'style-src-attr: inline ',
    ]);
    controls++;
  });

  for (const [name, build] of [
    ['the CDN module (dist/cdn/status-banner.js)', 'cdn'],
    ['the npm build (dist/define.js, with lit and i18next as a bundler resolves them)', 'npm'],
    ['the classic script (dist/cdn/status-banner.iife.js)', 'iife'],
  ] as const) {
    it(`${name} renders the feed and the corpus with zero violations`, async function () {
      this.timeout(160_000);
      const report = await framed(`build=${build}`);
      expectClean(report);
      expectFeedShown(report);
      clean++;
    });
  }

  describe('next to another copy of Lit', () => {
    it("needs trusted-types lit-html 'allow-duplicates': without it, the second copy cannot create its policy", async function () {
      this.timeout(160_000);
      const report = await framed('build=cdn+npm');
      expect(
        report.violations.some((v) => v.startsWith('trusted-types:')),
        report.violations.join('\n'),
      ).to.equal(true);
      expect(report.errors.join('\n')).to.match(/lit-html/);
      controls++;
    });

    it("with 'allow-duplicates', both copies work: zero violations", async function () {
      this.timeout(160_000);
      const report = await framed('build=cdn+npm&policy=duplicates');
      expectClean(report);
      expectFeedShown(report);
      clean++;
    });
  });
});
