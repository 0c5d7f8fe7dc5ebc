// Format `markdown`: the seed's own page (French), its English original, the Japanese
// translation, and PressureSuite's looser history, all real pages (test/fixtures/markdown/).
import {expect} from '@open-wc/testing';
import {readMarkdownPage} from '../../src/feeds/markdown-page.js';
import {parseFeed, parseFeedText} from '../../src/feeds/parse-feed.js';
import {parseNativeFeed} from '../../src/feeds/native.js';
import {overallStatus} from '../../src/model/status.js';
import {feedError, fixtureText} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
const day = (t: number | undefined) => iso(t)?.slice(0, 10);

describe('Markdown status pages', () => {
  it('reads the seed (French): every incident, its sections, its dates from "Entre le … et le …"', async () => {
    const {snapshot: s, problems, calendarDates} = readMarkdownPage(await fixtureText('markdown/psgallery_status.fr.md'));
    expect(problems).to.deep.equal([]);
    expect(s.format).to.equal('markdown');
    expect(s.page).to.deep.equal({name: 'État de PowerShell Gallery', lang: 'fr'});
    expect(s.incidents.map((i) => [i.title, day(i.startedAt), day(i.resolvedAt), i.status])).to.deep.equal([
      ['Impossible d’envoyer des courriers électroniques sur le site web PowerShell Gallery', '2016-12-13', '2016-12-15', 'resolved'],
      // "Résolu :" is a status, not part of the title.
      ['Impossible d’envoyer des e-mails à cgadmin@microsoft.com', '2016-08-05', '2016-08-10', 'resolved'],
      ['Échec du téléchargement d’éléments', '2016-07-11', '2016-07-13', 'resolved'],
      ['Échec du téléchargement d’éléments', '2016-05-17', '2016-05-19', 'resolved'],
    ]);
    // Two incidents with one title differ by their anchors, and every date is a calendar day.
    expect(s.incidents.map((i) => i.id)).to.deep.equal([
      '12152016---unable-to-send-emails-via-powershellgallery-website',
      '8102016---resolved-unable-to-send-emails-to-cgadminmicrosoftcom',
      '7132016---download-items-failed',
      '5192016---download-items-failed',
    ]);
    expect([...calendarDates]).to.have.length(4);
    // A calendar day is read exactly as the native reader reads "2016-12-13".
    const native = parseNativeFeed({version: 1, incidents: [{id: 'x', title: 't', started_at: '2016-12-13'}]});
    expect(s.incidents[0]!.startedAt).to.equal(native.incidents[0]!.startedAt);

    const [december, , july] = s.incidents;
    expect(december!.report!.impact).to.match(/^entre le 13\/12\/2016 et le 15\/12\/2016, les messages envoyés/);
    expect(december!.report!.rootCause).to.equal('les ingénieurs ont identifié la cause comme étant un problème d’authentification avec le serveur SMTP.');
    expect(december!.report!.rootCausePreliminary).to.equal(undefined);
    expect(december!.report!.resolution).to.match(/^les ingénieurs ont pu résoudre/);
    // "Étapes" alone, as the December entry writes it, is the next steps.
    expect(december!.report!.nextSteps).to.match(/^si vous avez utilisé les liens/);
    expect(july!.report!.rootCausePreliminary).to.equal(true);
    expect(july!.report!.rootCause).to.match(/^Les ingénieurs ont identifié un problème avec Azure Content Delivery Network/);
    // "Prévention" is how the seed translates "Mitigation".
    expect(july!.report!.mitigation).to.equal('Les ingénieurs ont désactivé Azure CDN dans PowerShell Gallery.');
    expect(july!.report!.resolution).to.equal(undefined);
    // The error a user saw stays a fenced block, its lines as written.
    expect(july!.report!.impact).to.include('\n\n```PowerShell\nPS C:\\> Install-Module xStorage\nPackageManagement\\Install-Package');
    expect(july!.report!.impact).to.include('\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ + CategoryInfo');
    expect(july!.report!.impact).to.match(/InstallPackage\n```$/);
    expect(overallStatus(s)).to.equal('operational');
  });

  it('reads its English original the same way: M/D/YYYY dates, "Resolved:", headings without anchors get the same ids', async () => {
    const {snapshot: en, problems} = readMarkdownPage(await fixtureText('markdown/psgallery_status_2016-12-16.en.md'));
    const {snapshot: fr} = readMarkdownPage(await fixtureText('markdown/psgallery_status.fr.md'));
    expect(problems).to.deep.equal([]);
    expect(en.page).to.deep.equal({name: 'PowerShell Gallery Status', lang: 'en'});
    expect(en.incidents.map((i) => i.title)).to.deep.equal([
      'Unable to send emails via PowerShellGallery website',
      'Unable to send emails to cgadmin@microsoft.com',
      'Download Items Failed',
      'Download Items Failed',
    ]);
    expect(en.incidents.map((i) => i.id)).to.deep.equal(fr.incidents.map((i) => i.id));
    expect(en.incidents.map((i) => [i.startedAt, i.resolvedAt])).to.deep.equal(fr.incidents.map((i) => [i.startedAt, i.resolvedAt]));
    const [, august, , may] = en.incidents;
    expect(august!.report!.nextSteps).to.equal(
      'If you used the Contact Us link or sent mail to cgadmin@microsoft.com during this time and we have not responded, please try again. Thank you for your patience.',
    );
    expect(may!.report!.rootCausePreliminary).to.equal(true);
    expect(may!.report!.mitigation).to.equal('Engineers disabled Azure CDN in the PowerShell Gallery.');
    expect(may!.report!.impact).to.include('```PowerShell\nVERBOSE: Hash for package');
  });

  it('reads the Japanese translation: YYYY/MM/DD and 年月日 dates, its own labels, CRLF and LF mixed', async () => {
    const {snapshot: ja, problems} = readMarkdownPage(await fixtureText('markdown/psgallery_status_2017-04-04.ja.md'));
    expect(problems).to.deep.equal([]);
    expect(ja.page.lang).to.equal('ja');
    expect(ja.incidents.map((i) => [day(i.startedAt), day(i.resolvedAt), i.status])).to.deep.equal([
      ['2017-03-27', '2017-03-27', 'resolved'],
      ['2016-12-13', '2016-12-15', 'resolved'],
      ['2016-08-05', '2016-08-10', 'resolved'],
      ['2016-07-11', '2016-07-13', 'resolved'],
      ['2016-05-17', '2016-05-19', 'resolved'],
    ]);
    // "解決済み -" and "解決:" are statuses, not part of the titles.
    expect(ja.incidents[0]!.title).to.equal('個々のモジュールとスクリプトのページを表示できません');
    expect(ja.incidents[2]!.title).to.equal('電子メールを cgadmin@microsoft.com に送信できない');
    expect(ja.incidents[3]!.report!.rootCausePreliminary).to.equal(true);
    expect(ja.incidents[3]!.report!.mitigation).to.be.a('string');
    expect(ja.incidents[0]!.report!.nextSteps).to.be.a('string');
    expect(ja.incidents.every((i) => !/\r/.test(JSON.stringify(i)))).to.equal(true);
  });

  it("reads PressureSuite's looser history and names, with its line, the one entry it cannot read", async () => {
    const text = await fixtureText('markdown/pressuresuite_status_2026-04-14.md');
    const {snapshot: s, problems} = readMarkdownPage(text);
    // 37 headings: 27 incidents, 9 planned works, 1 unreadable ("2022 - …" has no day).
    expect(s.incidents).to.have.length(27);
    expect(s.maintenances).to.have.length(9);
    expect(problems).to.have.length(1);
    expect(problems[0]!.line).to.equal(129);
    expect(text.split('\n')[128]).to.equal('### 2022 - 01.December 2023');
    expect(problems[0]!.message).to.include('2022 - 01.December 2023');

    const byStart = (at: string) => s.incidents.find((i) => iso(i.startedAt) === at)!;
    // "13. April 2026 23:00 CEST - 14. April 2026 11:00 CEST": zones read, a title from the summary.
    const april = byStart('2026-04-13T21:00:00.000Z');
    expect(iso(april.resolvedAt)).to.equal('2026-04-14T09:00:00.000Z');
    expect(april.title).to.equal('During the night, the PressureSuite Cloud experienced a temporary service disruption.');
    expect(april.report!.mitigation).to.match(/^The service was stabilized/);
    // "⚠️ 27. June 2025 09:00 CEST  - ..." is still open.
    const june = byStart('2025-06-27T07:00:00.000Z');
    expect([june.status, june.resolvedAt]).to.deep.equal(['investigating', undefined]);
    expect(overallStatus(s)).to.equal('partial_outage');
    // "29th April 2024 - 11:30 CEST - 3rd May 2024 - 16:30 CEST", and its "[UPDATE] …:" paragraphs.
    const ftp = byStart('2024-04-29T09:30:00.000Z');
    expect(iso(ftp.resolvedAt)).to.equal('2024-05-03T14:30:00.000Z');
    expect(ftp.report!.impact).to.match(/^We experienced a disruption/);
    expect(ftp.updates.map((u) => iso(u.at))).to.deep.equal([
      '2024-05-03T14:30:00.000Z',
      '2024-05-02T15:00:00.000Z',
      '2024-05-02T14:00:00.000Z',
      '2024-04-30T16:40:00.000Z',
      '2024-04-30T10:00:00.000Z',
    ]);
    // "23.December - 08. March 2023": the start's year is the one before; a calendar day.
    expect(day(byStart('2022-12-23T00:00:00.000Z').resolvedAt)).to.equal('2023-03-08');
    // "22. February 2022 10:00 CET - 10:20 CET", "29.Okt.2019 from 17:00-21:00 CET", "From 23.Jan.2020 to 10.Feb.2020".
    expect(iso(byStart('2022-02-22T09:00:00.000Z').resolvedAt)).to.equal('2022-02-22T09:20:00.000Z');
    expect(iso(byStart('2019-10-29T16:00:00.000Z').resolvedAt)).to.equal('2019-10-29T20:00:00.000Z');
    expect(day(byStart('2020-01-23T00:00:00.000Z').resolvedAt)).to.equal('2020-02-10');
    // "17.June 2021 11:00:00 MEZ - …" (MEZ as written, though June is MESZ) is on the page twice: both kept, with their own ids.
    const twice = s.incidents.filter((i) => iso(i.startedAt) === '2021-06-17T10:00:00.000Z');
    expect(twice).to.have.length(2);
    expect(twice[0]!.id).not.to.equal(twice[1]!.id);
    // "Preliminary Root Cause:", "**Mitigation:**:".
    const okt = byStart('2019-10-29T16:00:00.000Z');
    expect(okt.report!.rootCausePreliminary).to.equal(true);
    expect(okt.report!.mitigation).to.be.a('string').and.not.match(/^:/);
    // "**Planned work**" entries are maintenances.
    expect(s.maintenances.map((m) => iso(m.startsAt))).to.include('2021-07-01T09:00:00.000Z');
  });

  it('is sniffed by format="auto" when served as text, and read when asked for', async () => {
    const text = await fixtureText('markdown/psgallery_status.fr.md');
    expect((await parseFeedText(text)).format).to.equal('markdown');
    expect((await parseFeedText(text, 'markdown')).incidents).to.have.length(4);
    expect((await parseFeed(text)).format).to.equal('markdown');
  });

  it('refuses text with no dated heading, and says what it expected', async () => {
    const error = await feedError(parseFeedText('# Notes\n\nNothing here.\n', 'auto'));
    expect(error.message).to.include('expected headings that start with a date');
    const none = await feedError(parseFeedText('## someday - Outage\n\n**Root Cause**: x\n', 'markdown'));
    expect(none.message).to.include('expected headings that start with a date');
  });
});
