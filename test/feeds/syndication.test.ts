// Atom and RSS: Statuspage's history feeds (the real StreamYard history.atom, and a
// history.rss written from what Statuspage serves) and plain feeds of other sites.
import {expect} from '@open-wc/testing';
import {parse} from '../../src/feeds/syndication.js';
import type {Incident, Maintenance} from '../../src/model/types.js';
import {feedError, fixtureText} from './fixtures.js';

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('Atom and RSS adapter', () => {
  describe('Statuspage history.atom (StreamYard, 17 entries)', () => {
    let atom: string;
    before(async () => {
      atom = await fixtureText('atom/streamyard_history.atom');
    });

    it('reads every entry as an incident, newest first, with the page', async () => {
      const s = await parse(atom);
      expect(s.format).to.equal('atom');
      expect(s.history).to.equal('full');
      expect(s.page).to.deep.equal({name: 'StreamYard Status - Incident History', url: 'https://status.streamyard.com/'});
      expect(s.incidents).to.have.length(17);
      expect(s.maintenances).to.deep.equal([]);
      expect(s.incidents[0]!.title).to.equal('Networking issues');
      expect(s.incidents[0]!.url).to.equal('https://status.streamyard.com/incidents/l4222m9bmd6k');
      expect(s.incidents.every((i) => i.status === 'resolved')).to.equal(true);
    });

    it('splits the HTML content into dated updates with their status, newest first', async () => {
      const incident = (await parse(atom)).incidents.find((i) => i.title === 'StreamYard On-Air Issue')!;
      expect(incident.updates.map((u) => [iso(u.at), u.status, u.text])).to.deep.equal([
        ['2023-07-05T04:15:00.000Z', 'resolved', 'The cloud provider has resolved the issue.'],
        ['2023-07-05T03:45:00.000Z', 'identified', 'One of our cloud providers is experiencing an outage. This is causing issues with On-Air Webinars.'],
        ['2023-07-05T02:23:00.000Z', 'investigating', 'On-Air is experiencing issues. We are currently investigating.'],
      ]);
      expect(iso(incident.startedAt)).to.equal('2023-07-05T02:23:00.000Z');
      expect(iso(incident.resolvedAt)).to.equal('2023-07-05T04:15:00.000Z');
    });

    it('infers each update’s year, which the feed does not write, from the entry’s date', async () => {
      const s = await parse(atom);
      // "Feb  8, 09:00 UTC" in the entry published 2024-02-08 (whose date is written " 8").
      expect(atom.includes("&lt;var data-var='date'&gt; 8&lt;/var&gt;")).to.equal(true);
      expect(iso(s.incidents[0]!.updates[0]!.at)).to.equal('2024-02-08T09:00:00.000Z');
      // The oldest entry is from 2022.
      expect(iso(s.incidents[16]!.startedAt)).to.equal('2022-02-14T19:04:00.000Z');
      for (const incident of s.incidents) {
        for (const u of incident.updates) expect(new Date(u.at).getUTCFullYear()).to.be.within(2022, 2024);
      }
    });

    it('gives an "Update" (no change of status) no status of its own', async () => {
      const incident = (await parse(atom)).incidents.find((i) => i.title === 'Elevated error rates')!;
      expect(incident.updates.map((u) => u.status)).to.deep.equal(['resolved', 'identified', undefined, undefined, 'investigating']);
    });

    it('gives each update an id of its own that a new update does not reuse', async () => {
      const ids = (await parse(atom)).incidents.flatMap((i) => i.updates.map((u) => u.id));
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('refuses the feed cut short, saying so', async () => {
      const error = await feedError(() => parse(atom.slice(0, Math.floor(atom.length / 2))));
      expect(error.message).to.equal('Truncated Atom feed: the XML ends before its closing </feed> tag');
    });
  });

  describe('Statuspage history.rss, written from what Statuspage serves', () => {
    let rss: string;
    before(async () => {
      rss = await fixtureText('rss/handwritten_statuspage_history.rss');
    });

    it('reads incidents and maintenances, with RSS dates and links', async () => {
      const s = await parse(rss);
      expect(s.format).to.equal('rss');
      expect(s.page).to.deep.equal({name: 'Example Cloud Status - Incident History', url: 'https://status.example.com/'});
      expect(s.incidents.map((i) => i.title)).to.deep.equal(['Checkout errors', 'Login issue']);
      expect(s.maintenances.map((m) => m.title)).to.deep.equal(['Network maintenance in FRA', 'Database maintenance on 2026-01-03']);
    });

    it('puts updates of an incident that crossed the new year in their own year', async () => {
      const incident = (await parse(rss)).incidents[0]!;
      expect(incident.updates.map((u) => [iso(u.at), u.status])).to.deep.equal([
        ['2026-01-01T00:40:00.000Z', 'resolved'],
        ['2025-12-31T23:55:00.000Z', undefined],
        ['2025-12-31T23:10:00.000Z', 'investigating'],
      ]);
      expect(incident.updates[0]!.text).to.equal('Checkout works again. Thanks for your patience & happy new year.');
      expect(incident.updates[1]!.text).to.equal('The payment provider’s fix is rolling out.\nRetries succeed.');
    });

    it('reads a maintenance window, past midnight, ahead of the entry', async () => {
      const m = (await parse(rss)).maintenances.find((x) => typeof x.title === 'string' && x.title.startsWith('Database'))! as Maintenance;
      expect(m.status).to.equal('scheduled');
      expect(iso(m.startsAt)).to.equal('2026-01-03T22:00:00.000Z');
      expect(iso(m.endsAt)).to.equal('2026-01-04T02:00:00.000Z');
      expect(m.updates.map((u) => u.status)).to.deep.equal(['scheduled']);
    });

    it('reads a completed maintenance and its statuses', async () => {
      const m = (await parse(rss)).maintenances.find((x) => typeof x.title === 'string' && x.title.startsWith('Network'))!;
      expect(m.status).to.equal('completed');
      expect(m.updates.map((u) => u.status)).to.deep.equal(['completed', 'in_progress', 'scheduled']);
      expect(iso(m.updates[2]!.at)).to.equal('2025-12-20T10:00:00.000Z');
      expect([iso(m.startsAt), iso(m.endsAt)]).to.deep.equal(['2025-12-30T06:00:00.000Z', '2025-12-30T07:00:00.000Z']);
    });

    it('keeps only text of the HTML: no script, no image, links only http(s)', async () => {
      const incident = (await parse(rss)).incidents.find((i) => i.title === 'Login issue')!;
      expect(incident.updates[0]!.text).to.equal('Fixed. Read more');
      expect(incident.updates[1]!.text).to.equal('Sign-in with SSO fails; see the SSO guide (https://docs.example.com/sso).');
    });
  });

  describe('plain feeds of other sites', () => {
    it('reads RSS items as past events unless a status word leads, with their zones', async () => {
      const s = await parse(await fixtureText('rss/handwritten_plain.rss'));
      const byTitle = (t: string) => s.incidents.find((i) => typeof i.title === 'string' && i.title.includes(t)) as Incident;
      const email = byTitle('Email delays');
      expect(email.status).to.equal('resolved');
      expect(iso(email.resolvedAt)).to.equal('2025-12-10T10:20:00.000Z');
      expect(email.updates[0]!.text).to.equal('Outgoing e-mail was delayed by up to 30 minutes between 09:00 and 10:15.');
      const search = byTitle('Slow search');
      expect(search.status).to.equal('investigating');
      expect(iso(search.startedAt)).to.equal('2025-12-11T21:45:00.000Z'); // 16:45 EST
      expect(search.updates[0]!.text).to.equal('Search answers slowly for some customers.\n\nNext update within the hour.'); // content:encoded
      // An item with only a description (and a dc:date): its text is its title.
      const restart = byTitle('Planned restart');
      expect(iso(restart.startedAt)).to.equal('2025-12-09T21:00:00.000Z');
      expect(restart.url).to.equal('https://acme.example/notices/1206');
      // Its link, not the atom:link to the feed itself.
      expect(s.page.url).to.equal('https://acme.example/notices');
    });

    it('reads Atom with XHTML and text content, and an HTML title', async () => {
      const s = await parse(await fixtureText('atom/handwritten_plain.atom'));
      expect(s.page.name).to.equal('Widgets & Co. — service log');
      const [uploads] = s.incidents;
      expect(uploads!.status).to.equal('resolved');
      expect([iso(uploads!.startedAt), iso(uploads!.resolvedAt)]).to.deep.equal(['2025-11-20T16:00:00.000Z', '2025-11-20T17:30:00.000Z']);
      expect(uploads!.updates[0]!.text).to.equal('Uploads failed for all users.\n\nCause: an expired certificate.\nRenewed at 09:25 PST.');
      const [upgrade] = s.maintenances;
      expect(upgrade!.title).to.equal('Scheduled database upgrade');
      expect(upgrade!.status).to.equal('scheduled');
    });

    it('reads RSS 1.0 (RDF), whose items sit beside the channel', async () => {
      const s =
        await parse(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://x.example/"><title>X</title><link>https://x.example/</link></channel>
        <item rdf:about="https://x.example/1"><title>Monitoring: API latency</title><link>https://x.example/1</link><dc:date>2025-10-01T10:00:00Z</dc:date></item>
      </rdf:RDF>`);
      expect(s.format).to.equal('rss');
      expect(s.incidents.map((i) => [i.title, i.status])).to.deep.equal([['Monitoring: API latency', 'monitoring']]);
    });

    it('reads an item dated by its day alone as a calendar date (DESIGN.md §3), and a dated time as an instant', async () => {
      const s =
        await parse(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://x.example/"><title>X</title><link>https://x.example/</link></channel>
        <item rdf:about="https://x.example/1"><title>Emails were not sent</title><link>https://x.example/1</link><dc:date>2016-12-13</dc:date></item>
        <item rdf:about="https://x.example/2"><title>Investigating: slow search</title><link>https://x.example/2</link><dc:date>2016-12-14</dc:date></item>
        <item rdf:about="https://x.example/3"><title>Downloads failed</title><link>https://x.example/3</link><dc:date>2016-07-11T10:00:00Z</dc:date></item>
      </rdf:RDF>`);
      const [search, emails, downloads] = s.incidents;
      expect(emails!.startedAt).to.equal(Date.UTC(2016, 11, 13));
      expect(emails!.calendarDates).to.deep.equal(['startedAt', 'resolvedAt']);
      expect(emails!.updates.map((u) => u.calendarDates)).to.deep.equal([['at']]);
      expect(search!.status).to.equal('investigating');
      expect(search!.calendarDates, 'not resolved').to.deep.equal(['startedAt']);
      expect(downloads!.calendarDates).to.equal(undefined);
      expect(downloads!.updates[0]!.calendarDates).to.equal(undefined);
    });

    it('reads a feed with no entries as an empty history', async () => {
      const s = await parse('<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>');
      expect(s.incidents).to.deep.equal([]);
      expect(s.history).to.equal('full');
    });
  });

  describe('bad payloads', () => {
    it('says what came instead of an Atom or RSS feed', async () => {
      expect((await feedError(() => parse({feed: 1}))).message).to.include('Expected an Atom or RSS feed (XML text), got an object');
      expect((await feedError(() => parse('just text'))).message).to.include('got text that is not XML ("just text")');
      expect((await feedError(() => parse(''))).message).to.include('got an empty body');
      expect((await feedError(() => parse('<?xml version="1.0"?><opml><body/></opml>'))).message).to.include('root element is <opml>');
      expect((await feedError(() => parse('<body><h1>502 Bad Gateway</h1></body>'))).message).to.include('HTML page');
    });

    it('refuses a feed whose entries have no date', async () => {
      const error = await feedError(() => parse('<rss><channel><item><title>a</title></item><item><title>b</title></item></channel></rss>'));
      expect(error.message).to.equal('Invalid RSS feed: none of its 2 entries has a title or text and a date (pubDate)');
    });
  });
});
