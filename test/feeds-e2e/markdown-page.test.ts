// The seed's own page, and its English original, read by <status-history src> straight from
// the test server: every incident, every section, the code blocks, in French and in English.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {StatusHistory} from '../../src/index.js';
import {normalize, parts, recordEvents} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';

const NBSP = '\u00a0';

async function history(src: string, lang: string): Promise<StatusHistory> {
  const el = await fixture<StatusHistory>(html`<status-history src=${src} lang=${lang} days="0" refresh="0"></status-history>`);
  await waitUntil(() => parts(el, 'incident').length === 4, 'the four incidents never showed', {timeout: 5000});
  // The closed entries' bodies come a frame after their summaries.
  await el.updateComplete;
  return el;
}

describe('<status-history> reading a Markdown page', () => {
  guardHostPage();

  it('shows the seed page (French) with every incident, section and code block', async () => {
    const el = await history('/test/fixtures/markdown/psgallery_status.fr.md', 'fr');
    const entries = parts(el, 'incident').map((entry) => normalize(entry.textContent));
    expect(parts(el, 'incident-title').map((t) => normalize(t.textContent))).to.deep.equal([
      'Impossible d’envoyer des courriers électroniques sur le site web PowerShell Gallery',
      'Impossible d’envoyer des e-mails à cgadmin@microsoft.com',
      'Échec du téléchargement d’éléments',
      'Échec du téléchargement d’éléments',
    ]);
    const [december, august, july, may] = entries;
    for (const entry of entries) expect(entry).to.include(`Résumé de l’impact${NBSP}:`);
    for (const entry of [december, august]) {
      expect(entry).to.include(`Cause racine${NBSP}: `);
      expect(entry).to.include(`Résolution${NBSP}:`);
      expect(entry).to.include(`Étapes suivantes${NBSP}:`);
    }
    for (const entry of [july, may]) {
      expect(entry).to.include(`Cause racine préliminaire${NBSP}:`);
      expect(entry).to.include(`Atténuation${NBSP}: Les ingénieurs ont désactivé Azure CDN`);
    }
    expect(december).to.include('si vous avez utilisé les liens Contacter les propriétaires');
    const code = parts(el, 'code');
    expect(code.map((block) => block.localName)).to.deep.equal(['pre', 'pre']);
    expect(code[0]!.textContent).to.match(/^PS C:\\> Install-Module xStorage\nPackageManagement/);
    expect(code[1]!.textContent).to.include("VERBOSE: Hash for package 'AzureRM.OperationalInsights'");
    await expect(el).to.be.accessible();
  });

  it('shows the English page in English', async () => {
    const el = await history('/test/fixtures/markdown/psgallery_status_2016-12-16.en.md', 'en');
    const [december, , july] = parts(el, 'incident').map((entry) => normalize(entry.textContent));
    expect(december).to.include('Unable to send emails via PowerShellGallery website');
    expect(december).to.include('Impact summary: Between 12/13/2016 and 12/15/2016');
    expect(december).to.include('Dec 13, 2016');
    expect(december).to.include('Dec 15, 2016');
    expect(july).to.include('Preliminary root cause:');
    expect(july).to.include('Mitigation: Engineers disabled Azure CDN in the PowerShell Gallery.');
    expect(july).to.include('Next steps: Investigate the underlying root cause');
    expect(parts(el, 'code')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('keeps its last good state and fires status-error when the page has no dated heading', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0"></status-history>`);
    const errors = recordEvents<{error: Error}>(el, 'status-error');
    el.data = await (await fetch('/test/fixtures/markdown/psgallery_status_2016-12-16.en.md')).text();
    await waitUntil(() => parts(el, 'incident').length === 4, 'the page never showed');
    el.data = '# Status\n\nAll good, we think.\n';
    await waitUntil(() => errors.length === 1, 'no status-error');
    expect(errors[0]!.detail.error.message).to.include('expected headings that start with a date');
    expect(parts(el, 'incident')).to.have.length(4);
  });
});
