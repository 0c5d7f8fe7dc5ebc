import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {Snapshot, StatusHistory} from '../../src/index.js';
import {
  activeIncident,
  echoUrl,
  fileUrl,
  loadPsgallery,
  maintenanceInProgress,
  nativeFeed,
  PSGALLERY_PATH,
  requestCount,
  uniqueKey,
  type PsgalleryFeed,
} from '../helpers/feeds.js';
import {backgroundOf, contrast} from './color.js';
import {finishAnimations, normalize, part, parts, partTexts, recordEvents, shadowText, waitForText} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';

/**
 * The pieces of a feed text a reader sees: its paragraphs and code blocks,
 * white space normalized. (Blocks are separate elements, so the text of one
 * runs straight into the next in `textContent`.)
 */
function visiblePieces(text: string): string[] {
  return text
    .split(/^\s*```[\w+#.-]*\s*$/m)
    .flatMap((chunk) => chunk.split(/\n\s*\n/))
    .map(normalize)
    .filter(Boolean);
}

const NBSP = '\u00a0';

/** The dates part as label → value pairs, as a reader reads them. */
function dates(entry: Element): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const row of entry.querySelectorAll('[part~="dates"] > span')) {
    const label = row.querySelector('.key')!;
    pairs[normalize(label.textContent)] = normalize(row.textContent!.slice(label.textContent!.length));
  }
  return pairs;
}

/** Entries newest first: Dec email, Sep maintenance, Aug email, Jul downloads, May downloads. */
const FR_TITLES = [
  'Impossible d’envoyer des courriers électroniques sur le site web PowerShell Gallery',
  'Mise à niveau de la base de données',
  'Impossible d’envoyer des e-mails à cgadmin@microsoft.com',
  'Échec du téléchargement d’éléments',
  'Échec du téléchargement d’éléments',
];
const EN_TITLES = [
  'Unable to send emails via PowerShellGallery website',
  'Database upgrade',
  'Unable to send emails to cgadmin@microsoft.com',
  'Download items failed',
  'Download items failed',
];

describe('<status-history>', () => {
  guardHostPage();

  let feed: PsgalleryFeed;
  beforeEach(async () => {
    feed = await loadPsgallery();
  });

  /** The incident entries (part `incident`) that carry a report, newest first: Dec, Aug, Jul, May. */
  const reportEntries = (el: Element) => parts(el, 'incident').filter((entry) => entry.querySelector('[part~="report"]'));

  describe('the PowerShell Gallery history in French', () => {
    let el: StatusHistory;
    beforeEach(async () => {
      el = await fixture<StatusHistory>(html`<status-history lang="fr" days="0" .data=${feed}></status-history>`);
    });

    it('shows every incident title in French, newest first', () => {
      expect(partTexts(el, 'incident-title')).to.deep.equal(FR_TITLES);
      expect(shadowText(el)).to.include('Historique des incidents');
      expect(shadowText(el)).not.to.include('Download items failed');
    });

    it('shows every report section in French', () => {
      const text = shadowText(el);
      const keys = ['impact', 'root_cause', 'resolution', 'mitigation', 'next_steps'] as const;
      let checked = 0;
      for (const incident of feed.incidents) {
        for (const key of keys) {
          const section = incident.report[key];
          if (!section) continue;
          for (const piece of visiblePieces(section.fr!)) {
            expect(text, `${incident.id} ${key}`).to.include(piece);
            checked++;
          }
        }
      }
      // 4 incidents × 4 sections, plus the two error messages shown as code.
      expect(checked).to.equal(18);
    });

    it('labels report sections with French typography', () => {
      const [december, august, july, may] = reportEntries(el).map((entry) => normalize(entry.textContent));
      for (const entry of [december, august, july, may]) expect(entry).to.include(`Résumé de l’impact${NBSP}:`);
      for (const entry of [july, may]) {
        expect(entry).to.include(`Cause racine préliminaire${NBSP}:`);
        expect(entry).to.include(`Atténuation${NBSP}:`);
      }
      for (const entry of [december, august]) {
        expect(entry).to.include(`Cause racine${NBSP}:`);
        expect(entry).not.to.include('préliminaire');
        expect(entry).to.include(`Résolution${NBSP}:`);
      }
      expect(december).to.include(`Étapes suivantes${NBSP}: si vous avez utilisé`);
      // The label runs into the section's first paragraph, as the seed writes it.
      expect(normalize(reportEntries(el)[2]!.querySelector('[part~="report-section"]')!.textContent)).to.match(
        /^Résumé de l’impact\u00a0: Entre le 11\/07\/2016 et le 13\/07\/2016/,
      );
    });

    it('shows the error a user saw as code', () => {
      const code = parts(el, 'code');
      expect(code).to.have.length(2);
      for (const block of code) {
        expect(block.localName).to.equal('pre');
        expect(block.textContent).to.include('End of Central Directory record could not be found');
        // Lines are kept as written.
        expect(block.textContent).to.include('\n');
      }
      expect(code[0]!.textContent).to.match(/^PS C:\\> Install-Module xStorage\nPackageManagement\\Install-Package/);
    });

    it('groups by month with French month names and shows French dates and durations', () => {
      expect(partTexts(el, 'month-heading')).to.deep.equal(['Décembre 2016', 'Septembre 2016', 'Août 2016', 'Juillet 2016', 'Mai 2016']);
      const july = dates(reportEntries(el)[2]!);
      // The end is "Fin", not "Résolution": that is the report section's label.
      expect(Object.keys(july)).to.deep.equal([`Début${NBSP}:`, `Fin${NBSP}:`, `Durée${NBSP}:`]);
      // The seed's days, as written, in every time zone: no time of day was given, none is shown.
      expect(july[`Début${NBSP}:`]).to.equal('11 juil. 2016');
      expect(july[`Fin${NBSP}:`]).to.equal('13 juil. 2016');
      // Intl puts a no-break space between number and unit in French.
      expect(july[`Durée${NBSP}:`]).to.match(/^2[ \u00a0\u202f]jours$/);
      const august = dates(reportEntries(el)[1]!);
      expect(august[`Durée${NBSP}:`]).to.match(/^5[ \u00a0\u202f]jours$/);
      expect(august[`Fin${NBSP}:`]).to.equal('10 août 2016');
    });

    it('names severity, status and affected components in French', () => {
      const july = normalize(reportEntries(el)[2]!.textContent);
      expect(july).to.include('Incident majeur');
      expect(july).to.include('Résolu');
      expect(july).to.include(`Composants concernés${NBSP}: Téléchargement des packages`);
      expect(normalize(reportEntries(el)[0]!.textContent)).to.include('Incident mineur');
    });

    it('turns e-mail addresses in feed text into mailto: links', () => {
      const links = parts(el, 'link');
      const mail = links.filter((a) => a.getAttribute('href') === 'mailto:cgadmin@microsoft.com');
      // The December next steps, the August impact and next steps, and the August updates.
      expect(mail.length).to.be.at.least(3);
      expect(mail[0]!.textContent).to.equal('cgadmin@microsoft.com');
      // A title is plain text: no link in it.
      for (const title of parts(el, 'incident-title')) expect(title.querySelector('a')).to.equal(null);
    });

    it('is accessible', async () => {
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('the PowerShell Gallery history in English', () => {
    let el: StatusHistory;
    beforeEach(async () => {
      el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
    });

    it('shows every incident title and report section in English', () => {
      expect(partTexts(el, 'incident-title')).to.deep.equal(EN_TITLES);
      const text = shadowText(el);
      for (const incident of feed.incidents) {
        for (const key of ['impact', 'root_cause', 'resolution', 'mitigation', 'next_steps'] as const) {
          const section = incident.report[key];
          if (section) for (const piece of visiblePieces(section.en!)) expect(text, `${incident.id} ${key}`).to.include(piece);
        }
      }
      expect(text).not.to.include('Échec du téléchargement');
    });

    it('uses English labels, months, dates and durations', () => {
      const [december, , july] = reportEntries(el).map((entry) => normalize(entry.textContent));
      expect(july).to.include('Impact summary:');
      expect(july).to.include('Preliminary root cause:');
      expect(july).to.include('Mitigation:');
      expect(december).to.include('Root cause: Engineers identified the cause as an authentication issue');
      expect(december).to.include('Next steps:');
      expect(partTexts(el, 'month-heading')).to.deep.equal(['December 2016', 'September 2016', 'August 2016', 'July 2016', 'May 2016']);
      const julyDates = dates(reportEntries(el)[2]!);
      expect(julyDates['Started:']).to.equal('Jul 11, 2016');
      expect(julyDates['Resolved:']).to.equal('Jul 13, 2016');
      expect([...reportEntries(el)[2]!.querySelectorAll('[part~="dates"] time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2016-07-11',
        '2016-07-13',
      ]);
      expect(julyDates['Duration:']).to.equal('2 days');
      expect(parts(el, 'code')[1]!.textContent).to.include('End of Central Directory record could not be found');
    });

    it('is accessible', async () => {
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });
  });

  // One case per language and theme: a test each, so each axe run has the whole per-test time.
  for (const lang of ['fr', 'en']) {
    for (const theme of ['light', 'dark']) {
      it(`is accessible with every entry unfolded (${lang}, ${theme})`, async () => {
        const el = await fixture<StatusHistory>(html`<status-history lang=${lang} theme=${theme} days="0" .data=${feed}></status-history>`);
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await el.updateComplete;
        expect(parts(el, 'report').every((r) => r.checkVisibility())).to.equal(true);
        finishAnimations(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is accessible in French with the dark theme', async () => {
    const el = await fixture<StatusHistory>(html`<status-history lang="fr" days="0" theme="dark" .data=${feed}></status-history>`);
    expect(shadowText(el)).to.include('Résumé de l’impact');
    finishAnimations(el);
    await expect(el).to.be.accessible();
  });

  it('fetches the fixture through src and fires status-load once', async () => {
    const key = uniqueKey('history-src');
    const src = fileUrl(PSGALLERY_PATH, key);
    const loads: CustomEvent<{snapshot: {incidents: unknown[]}}>[] = [];
    const el = await fixture<StatusHistory>(
      html`<status-history lang="fr" days="0" refresh="0" src=${src} @status-load=${(e: CustomEvent) => loads.push(e)}></status-history>`,
    );
    await waitForText(el, 'Échec du téléchargement d’éléments');
    expect(partTexts(el, 'incident-title')).to.deep.equal(FR_TITLES);
    // The closed entries' reports come a frame after their summaries.
    await el.updateComplete;
    expect(shadowText(el)).to.include(`Cause racine préliminaire${NBSP}:`);
    expect(parts(el, 'code')).to.have.length(2);
    expect(loads).to.have.length(1);
    expect(loads[0]!.detail.snapshot.incidents).to.have.length(4);
    expect(await requestCount(key)).to.equal(1);
  });

  describe('language', () => {
    it('re-renders in English when lang switches from fr to en', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="fr" days="0" .data=${feed}></status-history>`);
      expect(shadowText(el)).to.include('Résumé de l’impact');
      el.setAttribute('lang', 'en');
      await waitForText(el, 'Impact summary:');
      expect(partTexts(el, 'incident-title')).to.deep.equal(EN_TITLES);
      expect(partTexts(el, 'month-heading')[0]).to.equal('December 2016');
      expect(shadowText(el)).not.to.include('Résumé');
    });

    it('follows <html lang> when it has no lang of its own', async () => {
      const root = document.documentElement;
      const original = root.getAttribute('lang');
      try {
        root.setAttribute('lang', 'en');
        const el = await fixture<StatusHistory>(html`<status-history days="0" .data=${feed}></status-history>`);
        expect(shadowText(el)).to.include('Impact summary:');
        root.setAttribute('lang', 'fr');
        await waitForText(el, 'Résumé de l’impact');
        expect(partTexts(el, 'month-heading')[0]).to.equal('Décembre 2016');
        root.setAttribute('lang', 'en');
        await waitForText(el, 'Impact summary:');
        expect(partTexts(el, 'incident-title')).to.deep.equal(EN_TITLES);
      } finally {
        if (original === null) root.removeAttribute('lang');
        else root.setAttribute('lang', original);
      }
    });

    it('says an ongoing incident is ongoing, and under a minute as such, in either language', async () => {
      // Started 15 s ago: under a minute for the 45 s that follow, however slow the machine.
      const data = nativeFeed({incidents: [activeIncident({minutesAgo: 0.25})]});
      const fr = await fixture<StatusHistory>(html`<status-history lang="fr" .data=${data}></status-history>`);
      await waitForText(fr, 'Durée');
      const frDates = dates(parts(fr, 'incident')[0]!);
      expect(Object.keys(frDates)).to.deep.equal([`Début${NBSP}:`, `Durée${NBSP}:`]);
      expect(frDates[`Durée${NBSP}:`]).to.equal('moins d’une minute (en cours)');
      const en = await fixture<StatusHistory>(html`<status-history lang="en" .data=${data}></status-history>`);
      await waitForText(en, 'Duration');
      expect(dates(parts(en, 'incident')[0]!)['Duration:']).to.equal('less than a minute so far');
      await expect(fr).to.be.accessible();
    });
  });

  describe('days and limit', () => {
    it('looks back 90 days by default and says so when that finds nothing', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" .data=${feed}></status-history>`);
      expect(parts(el, 'incident')).to.have.length(0);
      expect(normalize(part(el, 'notice')!.textContent)).to.equal('No incidents in the last 90 days.');
      const fr = await fixture<StatusHistory>(html`<status-history lang="fr" .data=${feed}></status-history>`);
      expect(normalize(part(fr, 'notice')!.textContent)).to.equal('Aucun incident au cours des 90 derniers jours.');
      finishAnimations(fr);
      await expect(fr).to.be.accessible();
    });

    it('shows `limit` entries, then a button that shows the rest', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" limit="2" .data=${feed}></status-history>`);
      expect(parts(el, 'incident')).to.have.length(2);
      expect(partTexts(el, 'incident-title')).to.deep.equal(EN_TITLES.slice(0, 2));
      let more = part(el, 'more-button') as HTMLButtonElement;
      expect(normalize(more.textContent)).to.equal('Show 2 more');
      more.click();
      await el.updateComplete;
      expect(parts(el, 'incident')).to.have.length(4);
      more = part(el, 'more-button') as HTMLButtonElement;
      expect(normalize(more.textContent)).to.equal('Show 1 more');
      more.click();
      await el.updateComplete;
      expect(partTexts(el, 'incident-title')).to.deep.equal(EN_TITLES);
      expect(part(el, 'more-button')).to.equal(null);
    });
  });

  describe('folding', () => {
    /** The entry (part `incident`) whose title is `title`. */
    const entry = (el: Element, title: string) =>
      parts(el, 'incident').find((e) => normalize(e.querySelector('[part~="incident-title"]')!.textContent) === title)!;
    const isOpen = (el: Element, title: string) => entry(el, title).querySelector('details')!.open;

    it('folds each entry in a <details> whose summary tells title, severity, status and dates; ongoing ones open', async () => {
      feed.incidents.push(activeIncident({id: 'now', title: 'API errors'}) as never);
      (feed.maintenances ??= []).push(maintenanceInProgress({title: 'Network maintenance'}) as never);
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
      const entries = parts(el, 'incident');
      expect(entries).to.have.length(7);
      for (const e of entries) {
        const summary = e.querySelector('details > summary')!;
        expect(summary.getAttribute('part')).to.equal('summary');
        for (const piece of ['incident-title', 'severity', 'incident-status', 'dates'])
          expect(summary.querySelector(`[part~="${piece}"]`), piece).to.not.equal(null);
      }
      expect(isOpen(el, 'API errors')).to.equal(true);
      expect(isOpen(el, 'Network maintenance')).to.equal(true);
      expect(entries.filter((e) => e.querySelector('details')!.open)).to.have.length(2);
      // Folded, the report is out of sight (and out of the accessibility tree), the summary is not.
      const july = reportEntries(el)[2]!;
      expect(july.querySelector('[part~="report"]')!.checkVisibility()).to.equal(false);
      expect(july.querySelector('[part~="dates"]')!.checkVisibility()).to.equal(true);
      july.querySelector('summary')!.click();
      await waitUntil(() => july.querySelector('[part~="report"]')!.checkVisibility(), 'the report never unfolded');
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('keeps what the reader opened with its incident when a new one arrives on top', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
      entry(el, 'Database upgrade').querySelector('summary')!.click();
      await waitUntil(() => isOpen(el, 'Database upgrade'));
      await el.updateComplete;
      const next = await loadPsgallery();
      next.incidents.push(activeIncident({id: 'new', title: 'Uploads fail'}) as never);
      el.data = next;
      await el.updateComplete;
      expect(partTexts(el, 'incident-title')[0]).to.equal('Uploads fail');
      expect(isOpen(el, 'Database upgrade'), 'the reader’s entry stays open').to.equal(true);
      expect(isOpen(el, EN_TITLES[0]!), 'the entry that took its old place stays folded').to.equal(false);
      expect(isOpen(el, 'Uploads fail')).to.equal(true);
      // Folded again by the reader, it stays folded through later polls.
      entry(el, 'Database upgrade').querySelector('summary')!.click();
      await waitUntil(() => !isOpen(el, 'Database upgrade'));
      el.data = await loadPsgallery();
      await el.updateComplete;
      expect(isOpen(el, 'Database upgrade')).to.equal(false);
    });

    it('renders the bodies of closed entries after the frame that shows their summaries; updateComplete waits for them', async () => {
      feed.incidents.push(activeIncident({id: 'now', title: 'API errors'}) as never);
      const el = document.createElement('status-history');
      el.setAttribute('lang', 'en');
      el.setAttribute('days', '0');
      el.data = feed;
      // What each DOM change of the first renders showed, seen before the browser paints anything.
      const seen: {titles: number; closed: number; closedBodies: number; openBodies: number}[] = [];
      const look = () =>
        seen.push({
          titles: parts(el, 'incident-title').length,
          closed: el.shadowRoot!.querySelectorAll('details:not([open])').length,
          closedBodies: el.shadowRoot!.querySelectorAll('details:not([open]) > .body').length,
          openBodies: el.shadowRoot!.querySelectorAll('details[open] > .body').length,
        });
      const observer = new MutationObserver(look);
      document.body.append(el);
      observer.observe(el.shadowRoot!, {childList: true, subtree: true});
      try {
        await el.updateComplete;
        const first = seen.find((s) => s.titles > 0)!;
        expect(first, 'the first render with entries').to.deep.equal({titles: 6, closed: 5, closedBodies: 0, openBodies: 1});
        look();
        expect(seen.at(-1), 'after updateComplete').to.deep.equal({titles: 6, closed: 5, closedBodies: 5, openBodies: 1});
        // From then on, every render has them: a new snapshot comes whole.
        seen.length = 0;
        const next = await loadPsgallery();
        next.incidents.push(activeIncident({id: 'new', title: 'Uploads fail'}) as never);
        el.data = next;
        await el.updateComplete;
        expect(
          seen.every((s) => s.closedBodies === s.closed),
          'no render without the bodies',
        ).to.equal(true);
        expect(shadowText(el)).to.include('Preliminary root cause');
      } finally {
        observer.disconnect();
        el.remove();
      }
    });

    it('shows the update timeline, newest first, with statuses and times', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="fr" days="0" .data=${feed}></status-history>`);
      const july = reportEntries(el)[2]!;
      const updates = [...july.querySelectorAll('[part~="updates"] > [part~="update"]')];
      expect(updates).to.have.length(2);
      expect(normalize(updates[0]!.textContent)).to.match(/^Résolu · 13 juil/);
      expect(normalize(updates[1]!.textContent)).to.match(/^Analyse en cours · 11 juil/);
      expect(july.querySelector('[part~="updates"]')!.localName).to.equal('ol');
    });
  });

  describe('show more', () => {
    it('takes focus to the first entry it shows', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" limit="2" .data=${feed}></status-history>`);
      const more = part(el, 'more-button')!;
      more.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => parts(el, 'incident').length === 4);
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.localName).to.equal('summary');
      expect(normalize(focused.querySelector('[part~="incident-title"]')!.textContent)).to.equal(EN_TITLES[2]);
      expect(focused.matches(':focus-visible')).to.equal(true);
    });
  });

  describe('links to an incident', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('gives each entry a stable id', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
      expect(parts(el, 'incident').map((e) => e.id)).to.deep.equal([
        'incident-2016-12-15-email',
        'maintenance-2016-09-20-database',
        'incident-2016-08-10-email',
        'incident-2016-07-13-downloads',
        'incident-2016-05-19-downloads',
      ]);
    });

    it('opens and scrolls to the entry the URL names on load, even past the limit', async () => {
      history.replaceState(null, '', '#incident-2016-05-19-downloads');
      const spacer = await fixture<HTMLDivElement>(html`<div style="height: 3000px"></div>`);
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" limit="2" .data=${feed}></status-history>`);
      await el.updateComplete;
      const target = el.shadowRoot!.getElementById('incident-2016-05-19-downloads')!;
      expect(target, 'the oldest entry is shown').to.not.equal(null);
      expect(parts(el, 'incident')).to.have.length(5);
      expect(target.querySelector('details')!.open).to.equal(true);
      expect(el.shadowRoot!.activeElement === target.querySelector('summary'), 'its summary has focus').to.equal(true);
      const box = target.querySelector('summary')!.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(innerHeight);
      spacer.remove();
    });

    it('leaves focus where the reader put it while the feed was loading', async () => {
      history.replaceState(null, '', '#incident-2016-07-13-downloads');
      const input = await fixture<HTMLInputElement>(html`<input aria-label="Search" />`);
      input.focus();
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('incident-2016-07-13-downloads')!.querySelector('details')!.open).to.equal(true);
      expect(document.activeElement === input, 'the search field kept focus').to.equal(true);
    });

    it('follows hashchange', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="fr" days="0" .data=${feed}></status-history>`);
      const target = el.shadowRoot!.getElementById('maintenance-2016-09-20-database')!;
      expect(target.querySelector('details')!.open).to.equal(false);
      location.hash = '#maintenance-2016-09-20-database';
      await waitUntil(() => target.querySelector('details')!.open, 'hashchange did not open the entry');
      await waitUntil(() => el.shadowRoot!.activeElement === target.querySelector('summary'), 'its summary never got focus');
      // A fragment that names nothing here changes nothing, and nothing breaks.
      location.hash = '#incident-%E0%A4%A';
      location.hash = '#nothing-here';
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(target.querySelector('details')!.open).to.equal(true);
    });
  });

  describe('components', () => {
    it('shows only the incidents of the components asked for', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" components="email" .data=${feed}></status-history>`);
      expect(partTexts(el, 'incident-title')).to.deep.equal([EN_TITLES[0], EN_TITLES[2]]);
      el.components = 'Package downloads, search';
      await el.updateComplete;
      expect(partTexts(el, 'incident-title')).to.deep.equal([EN_TITLES[1], EN_TITLES[3], EN_TITLES[4]]);
    });
  });

  describe('keyboard', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`reaches every summary, link and button with Tab, each with a visible focus ring (${theme})`, async () => {
        const el = await fixture<StatusHistory>(html`<status-history lang="en" theme=${theme} days="0" limit="2" .data=${feed}></status-history>`);
        const start = await fixture<HTMLButtonElement>(html`<button type="button">Start</button>`);
        el.before(start);
        // Something to Tab to after the history: without it, Firefox moves
        // focus out of the document into its own UI, and the next test starts there.
        el.after(Object.assign(document.createElement('button'), {textContent: 'After'}));
        start.focus();
        const reached: string[] = [];
        for (let i = 0; i < 12; i++) {
          await sendKeys({press: 'Tab'});
          const focused = el.shadowRoot!.activeElement as HTMLElement | null;
          if (!focused) break;
          const name = focused.getAttribute('part') ?? focused.localName;
          reached.push(name);
          const style = getComputedStyle(focused);
          expect(focused.matches(':focus-visible'), name).to.equal(true);
          expect(style.outlineStyle, name).to.equal('solid');
          expect(parseFloat(style.outlineWidth), name).to.be.at.least(2);
          expect(contrast(style.outlineColor, backgroundOf(focused)), `${name} ring contrast`).to.be.at.least(3);
          // The first summary opens from the keyboard; its links come next.
          if (reached.length === 1) {
            await sendKeys({press: 'Enter'});
            await waitUntil(() => focused.parentElement!.hasAttribute('open'));
          }
        }
        // The December report has an e-mail address: a link of feed text.
        expect(reached).to.deep.equal(['summary', 'link', 'incident-link', 'summary', 'more-button']);
        start.remove();
      });
    }
  });

  it('turns http(s) URLs into links, and nothing else', async () => {
    const data = nativeFeed({
      incidents: [
        {
          id: 'links',
          title: 'Links',
          status: 'resolved',
          started_at: '2016-07-11T00:00:00Z',
          resolved_at: '2016-07-12T00:00:00Z',
          report: {
            impact: 'See https://example.com/postmortem?id=1, or write to ops@example.com. Not javascript:alert(1) nor ftp://example.com/x.',
          },
        },
      ],
    });
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${data}></status-history>`);
    const hrefs = parts(el, 'link').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.com/postmortem?id=1', 'mailto:ops@example.com']);
    expect(parts(el, 'link')[0]!.textContent).to.equal('https://example.com/postmortem?id=1');
    expect(shadowText(el)).to.include('Not javascript:alert(1) nor ftp://example.com/x.');
    for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?|mailto):/);
  });

  describe('loading, errors and the last good state', () => {
    it('says it is loading before the feed answers', async () => {
      const key = uniqueKey('history-loading');
      const src = fileUrl(PSGALLERY_PATH, key);
      // The request is held until the test has looked: a server delay could run out first on a busy machine.
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      const realFetch = window.fetch;
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).includes(key)) await answered;
        return realFetch(input, init);
      };
      try {
        const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" refresh="0" src=${src}></status-history>`);
        expect(normalize(part(el, 'notice')!.textContent)).to.equal('Loading the incident history…');
        expect(part(el, 'history')!.getAttribute('aria-busy')).to.equal('true');
        answer();
        await waitForText(el, 'Download items failed');
        expect(part(el, 'history')!.getAttribute('aria-busy')).to.equal('false');
        expect(shadowText(el)).not.to.include('Loading');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('says it is loading in French, and is accessible while loading', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="fr"></status-history>`);
      expect(normalize(part(el, 'notice')!.textContent)).to.equal('Chargement de l’historique des incidents…');
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('reports an HTTP 500 as an error notice and a status-error event', async () => {
      const key = uniqueKey('history-500');
      const src = echoUrl('oops', key, {status: 500});
      const errors: CustomEvent<{error: Error; url: string}>[] = [];
      const el = await fixture<StatusHistory>(
        html`<status-history lang="en" refresh="0" src=${src} @status-error=${(e: CustomEvent) => errors.push(e)}></status-history>`,
      );
      await waitForText(el, 'The incident history could not be loaded.');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.url).to.equal(src);
      expect(errors[0]!.detail.error.message).to.include('HTTP 500');
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      expect(parts(el, 'incident')).to.have.length(0);
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('names an HTML page where a feed was expected', async () => {
      const key = uniqueKey('history-html');
      const src = echoUrl('<!doctype html><html><body><h1>Sign in</h1></body></html>', key, {type: 'text/html'});
      const errors: CustomEvent<{error: Error; url: string}>[] = [];
      const el = await fixture<StatusHistory>(
        html`<status-history lang="fr" refresh="0" src=${src} @status-error=${(e: CustomEvent) => errors.push(e)}></status-history>`,
      );
      await waitForText(el, 'L’historique des incidents n’a pas pu être chargé.');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.error.message).to.include('HTML page');
      expect(errors[0]!.detail.url).to.equal(src);
      expect(el.shadowRoot!.querySelector('h1')).to.equal(null);
    });

    it('keeps the last good state when later data is bad', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
      const errors = recordEvents<{error: Error; url?: string}>(el, 'status-error');
      el.data = {version: 1, incidents: 'nope'};
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.error).to.be.instanceOf(Error);
      expect(errors[0]!.detail.url).to.equal(undefined);
      expect(partTexts(el, 'incident-title')).to.deep.equal(EN_TITLES);
      expect(shadowText(el)).not.to.include('could not be loaded');
    });
  });

  describe('time-zone', () => {
    // 23:30 UTC on July 31: already August 1 in Paris, still July 31 in New York.
    const lateJuly = () =>
      nativeFeed({
        incidents: [
          {
            id: 'night',
            title: 'Night outage',
            severity: 'major',
            status: 'resolved',
            started_at: '2016-07-31T23:30:00Z',
            resolved_at: '2016-08-01T00:15:00Z',
            updates: [{id: 'u', at: '2016-08-01T00:15:00Z', status: 'resolved', text: 'Fixed.'}],
          },
          {id: 'day', title: 'Calendar day', status: 'resolved', started_at: '2016-07-31', resolved_at: '2016-07-31'},
        ],
      });

    it('reads times of day, and the months they fall in, in the zone asked, naming it; calendar dates stay days', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en-US" days="0" time-zone="Europe/Paris" .data=${lateJuly()}></status-history>`);
      expect(partTexts(el, 'month-heading')).to.deep.equal(['August 2016', 'July 2016']);
      const [night, day] = parts(el, 'incident');
      expect(dates(night!)).to.deep.equal({'Started:': 'Aug 1, 2016, 1:30 AM GMT+2', 'Resolved:': 'Aug 1, 2016, 2:15 AM GMT+2', 'Duration:': '45 minutes'});
      expect(dates(day!)).to.deep.equal({'Started:': 'Jul 31, 2016', 'Resolved:': 'Jul 31, 2016', 'Duration:': 'less than a day'});
      el.timeZone = 'America/New_York';
      await el.updateComplete;
      expect(partTexts(el, 'month-heading')).to.deep.equal(['July 2016']);
      expect(dates(parts(el, 'incident')[0]!)['Started:']).to.equal('Jul 31, 2016, 7:30 PM EDT');
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('names the zone in French too', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="fr" days="0" time-zone="Europe/Paris" .data=${lateJuly()}></status-history>`);
      expect(dates(parts(el, 'incident')[0]!)[`Début${NBSP}:`]).to.equal('1 août 2016, 01:30 UTC+2');
    });
  });

  /**
   * DESIGN.md §3: a date without a time is a calendar date, that day in every
   * time zone (`npm test` runs this file under UTC, Los Angeles, Kolkata and
   * Kiritimati). Read as midnight UTC, "2016-12-01" was shown as "Nov 30,
   * 2016, 4:00 PM" under November in Los Angeles.
   */
  describe('calendar dates', () => {
    const calendarFeed = () =>
      nativeFeed({
        incidents: [
          {
            id: 'emails',
            title: {en: 'Unable to send emails', fr: 'Impossible d’envoyer des courriers'},
            severity: 'minor',
            status: 'resolved',
            started_at: '2016-12-01',
            resolved_at: '2016-12-03',
            updates: [{id: 'u1', at: '2016-12-03', status: 'resolved', text: 'Fixed.'}],
          },
          {id: 'blip', title: 'One-day blip', status: 'resolved', started_at: '2016-12-13', resolved_at: '2016-12-13'},
        ],
      });
    const byTitle = (el: Element, title: string) =>
      parts(el, 'incident').find((entry) => entry.querySelector('[part~="incident-title"]')!.textContent === title)!;

    it('shows each as that day, without a time, under its own month, in English', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en-US" days="0" .data=${calendarFeed()}></status-history>`);
      expect(partTexts(el, 'month-heading')).to.deep.equal(['December 2016']);
      const emails = byTitle(el, 'Unable to send emails');
      expect(dates(emails)).to.deep.equal({'Started:': 'Dec 1, 2016', 'Resolved:': 'Dec 3, 2016', 'Duration:': '2 days'});
      expect([...emails.querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), t.textContent])).to.deep.equal([
        ['2016-12-01', 'Dec 1, 2016'],
        ['2016-12-03', 'Dec 3, 2016'],
        ['2016-12-03', 'Dec 3, 2016'],
      ]);
      expect(dates(byTitle(el, 'One-day blip'))).to.deep.equal({'Started:': 'Dec 13, 2016', 'Resolved:': 'Dec 13, 2016', 'Duration:': 'less than a day'});
      finishAnimations(el);
      await expect(el).to.be.accessible();
    });

    it('shows each as that day in French', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="fr" days="0" .data=${calendarFeed()}></status-history>`);
      expect(partTexts(el, 'month-heading')).to.deep.equal(['Décembre 2016']);
      const emails = dates(byTitle(el, 'Impossible d’envoyer des courriers'));
      expect(emails[`Début${NBSP}:`]).to.equal('1 déc. 2016');
      expect(emails[`Durée${NBSP}:`]).to.match(/^2[ \u00a0\u202f]jours$/);
      expect(dates(byTitle(el, 'One-day blip'))[`Durée${NBSP}:`]).to.equal('moins d’une journée');
    });

    it("counts an incident going on since a calendar date in days on the reader's calendar", async () => {
      const start = new Date();
      start.setDate(start.getDate() - 2);
      const day = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
      const data = nativeFeed({incidents: [{id: 'open', title: 'Still broken', status: 'identified', started_at: day}]});
      const el = await fixture<StatusHistory>(html`<status-history lang="en-US" .data=${data}></status-history>`);
      const shown = dates(byTitle(el, 'Still broken'));
      expect(shown['Started:']).to.equal(new Intl.DateTimeFormat('en-US', {dateStyle: 'medium'}).format(start));
      expect(shown['Duration:']).to.equal('2 days so far');
    });

    it('refuses a native date-time without a time zone, saying which field and how to fix it', async () => {
      const src = echoUrl(nativeFeed({incidents: [{id: 'x', title: 'Zone-less', started_at: '2016-12-13T10:00:00'}]}), uniqueKey('history-zoneless'));
      const errors: CustomEvent<{error: Error; url: string}>[] = [];
      const el = await fixture<StatusHistory>(
        html`<status-history lang="en" refresh="0" src=${src} @status-error=${(e: CustomEvent) => errors.push(e)}></status-history>`,
      );
      await waitForText(el, 'The incident history could not be loaded.');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.error.message).to.include(
        'incidents[0].started_at: expected a time zone after the time ("Z" for UTC, or an offset such as "+02:00")',
      );
      expect(shadowText(el)).not.to.include('Zone-less');
    });
  });

  it('shows HTML in feed text as text', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const data = nativeFeed({
      incidents: [
        {
          id: 'x',
          title: `Title ${evil}`,
          status: 'resolved',
          started_at: '2016-07-11T00:00:00Z',
          resolved_at: '2016-07-12T00:00:00Z',
          components: ['<b>api</b>'],
          updates: [{id: 'u', at: '2016-07-11T00:00:00Z', text: `Update ${evil}`}],
          report: {impact: `Impact ${evil}`, root_cause: `\`\`\`html\n${evil}\n\`\`\``},
        },
      ],
    });
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${data}></status-history>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect(partTexts(el, 'incident-title')).to.deep.equal([`Title ${evil}`]);
    expect(shadowText(el)).to.include(`Impact ${evil}`);
    expect(shadowText(el)).to.include(`Update ${evil}`);
    expect(part(el, 'code')!.textContent).to.equal(evil);
  });

  describe('entries already shown', () => {
    it('show what a new feed says of them', async () => {
      const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${feed}></status-history>`);
      expect(partTexts(el, 'incident-title')).to.deep.equal(EN_TITLES);
      const changed = structuredClone(feed);
      changed.incidents[0]!.title = {en: 'Renamed in the new feed', fr: 'Renommé dans le nouveau flux'};
      el.data = changed;
      await el.updateComplete;
      expect(partTexts(el, 'incident-title')).to.include('Renamed in the new feed');
      el.setAttribute('lang', 'fr');
      await waitForText(el, 'Renommé dans le nouveau flux');
      expect(shadowText(el)).not.to.include('Renamed in the new feed');
    });

    it('show a component renamed in a new snapshot that keeps the same incident objects', async () => {
      // An app may give snapshots it updates immutably: the incidents that
      // did not change stay the same objects, and must not keep old names.
      let snapshot: Snapshot | undefined;
      const el = await fixture<StatusHistory>(
        html`<status-history lang="en" days="0" .data=${feed} @status-load=${(e: CustomEvent<{snapshot: Snapshot}>) => (snapshot = e.detail.snapshot)}></status-history>`,
      );
      expect(shadowText(el)).to.include('E-mail and contact forms');
      const components = snapshot!.components.map((c) => (c.id === 'email' ? {...c, name: 'Mail'} : c));
      el.data = {...snapshot!, components};
      await el.updateComplete;
      expect(partTexts(el, 'components').filter((text) => text.includes('Mail'))).to.have.length(2);
      expect(shadowText(el)).not.to.include('E-mail and contact forms');
    });
  });

  it('makes one request for the fixture even when rendered twice', async () => {
    // Guard against a regression where a history re-subscribed on every render.
    const key = uniqueKey('history-once');
    const src = fileUrl(PSGALLERY_PATH, key);
    const el = await fixture<StatusHistory>(html`<status-history lang="en" days="0" refresh="0" src=${src}></status-history>`);
    await waitUntil(() => parts(el, 'incident').length === 5, 'history never rendered');
    el.setAttribute('lang', 'fr');
    await waitForText(el, 'Résumé de l’impact');
    el.limit = 1;
    await el.updateComplete;
    expect(await requestCount(key)).to.equal(1);
  });
});
