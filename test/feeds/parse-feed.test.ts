import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/feeds/feed-error.js';
import {readJson} from '../../src/feeds/body.js';
import {isSnapshot, parseFeed, parseFeedText} from '../../src/feeds/parse-feed.js';
import {feedError, fixtureJson, fixtureText} from './fixtures.js';

const minimal = JSON.stringify({version: 1, incidents: [{id: 'i', title: 't', started_at: '2016-07-11T00:00:00Z'}]});

describe('parseFeedText', () => {
  it('parses a native feed body', async () => {
    const snapshot = await parseFeedText(minimal);
    expect(snapshot.format).to.equal('native');
    expect(snapshot.incidents.map((i) => i.id)).to.deep.equal(['i']);
  });

  it('parses a native feed body with surrounding whitespace and format="native"', async () => {
    expect((await parseFeedText(`\n  ${minimal}\n`, 'native')).incidents).to.have.length(1);
  });

  it('names an HTML page given instead of a feed', async () => {
    for (const body of [
      '<!DOCTYPE html><html><head><title>Sign in</title></head></html>',
      '\n  <html lang="en"><body>502 Bad Gateway</body></html>',
      // A proxy's error page without <html>: not a feed either.
      '<head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body>',
    ]) {
      const error = await feedError(parseFeedText(body));
      expect(error.message).to.include('HTML page');
      expect(error.message).to.include('check the src URL');
    }
  });

  it('names a body that is not JSON by its text/html content type', async () => {
    const error = await feedError(parseFeedText('Service Unavailable', 'auto', 'text/html; charset=utf-8'));
    expect(error.message).to.include('HTML page');
  });

  it('reads a valid feed that a misconfigured server sends as text/html', async () => {
    expect((await parseFeedText(minimal, 'auto', 'text/html; charset=utf-8')).incidents).to.have.length(1);
  });

  it('does not take a JSON content type with parameters for HTML', async () => {
    expect((await parseFeedText(minimal, 'auto', 'application/json; charset=utf-8')).incidents).to.have.length(1);
  });

  it('says that text which is not JSON is not JSON, and shows its start', async () => {
    const error = await feedError(parseFeedText('not json'));
    expect(error.message).to.include('not JSON');
    expect(error.message).to.include('"not json"');
  });

  it('says that an empty body is empty', async () => {
    for (const body of ['', '   \n']) {
      const error = await feedError(parseFeedText(body));
      expect(error.message).to.include('not JSON');
      expect(error.message).to.include('an empty body');
    }
  });

  it('says that truncated JSON is not JSON', async () => {
    const error = await feedError(parseFeedText('{"version": 1, "incidents": ['));
    expect(error.message).to.include('not JSON');
    expect(error.message).to.include('{\\"version\\": 1');
    const summary = await fixtureText('statuspage/github_summary_2022-11-25_incident.json');
    expect((await feedError(parseFeedText(summary.slice(0, 5000)))).message).to.include('not JSON');
  });

  it('names what came when JSON is not a status feed', async () => {
    const array = await feedError(parseFeedText('[]'));
    expect(array.message).to.include('Unrecognized status feed');
    expect(array.message).to.include('got an array of 0');

    const string = await feedError(parseFeedText('"ok"'));
    expect(string.message).to.include('Unrecognized status feed');
    expect(string.message).to.include('got a string ("ok")');

    const object = await feedError(parseFeedText('{"status": "ok"}'));
    expect(object.message).to.include('Unrecognized status feed');
    expect(object.message).to.include('an object with keys status');
    // What it would have taken.
    for (const name of ['native', 'Statuspage', 'Cachet', 'Uptime Kuma', 'Instatus', 'Atom', 'RSS']) expect(object.message).to.include(name);
  });

  it('passes the errors of a native feed through, with their fields', async () => {
    const error = await feedError(parseFeedText('{"version": 1, "incidents": [{"id": "x", "title": "t"}]}'));
    expect(error.message).to.include('incidents[0].started_at');
    expect(error.fields).to.deep.equal(['incidents[0].started_at']);
  });

  it('reads each format from its text, in auto and when asked', async () => {
    const cases: [string, string][] = [
      ['statuspage/github_summary_2022-11-25_incident.json', 'statuspage'],
      ['atom/streamyard_history.atom', 'atom'],
      ['rss/handwritten_statuspage_history.rss', 'rss'],
      ['cachet/yoti_components.json', 'cachet'],
      ['uptime-kuma/handwritten_heartbeat.json', 'uptime-kuma'],
      ['instatus/instatus_manychat_summary.json', 'instatus'],
      ['upptime/datalad_summary_2025-09-26.json', 'upptime'],
      ['betterstack/handwritten_index.json', 'betterstack'],
      ['gatus/handwritten_statuses.json', 'gatus'],
      ['markdown/psgallery_status.fr.md', 'markdown'],
      ['cstate/torproject_index_2025-05-01.json', 'cstate'],
      ['cstate/jenkins_issue_2025-11-18_cloudflare-outage.md', 'cstate'],
      ['incidentio/handwritten_widget.json', 'incidentio'],
      ['statusio/gitlab_status_2023-06-29_upcoming-maintenance.json', 'statusio'],
    ];
    for (const [path, format] of cases) {
      const body = await fixtureText(path);
      expect((await parseFeedText(body)).format, path).to.equal(format);
      expect((await parseFeedText(body, format as never)).format, path).to.equal(format);
    }
  });

  it('says which format it was asked to read when the payload is not of it', async () => {
    const error = await feedError(parseFeedText(minimal, 'cachet'));
    expect(error.message).to.include('Not a Cachet feed');
    const xml = await feedError(parseFeedText(minimal, 'atom'));
    expect(xml.message).to.include('Expected an Atom or RSS feed');
  });

  it('says that an unknown format is unknown, and lists the known ones', async () => {
    const error = await feedError(parseFeedText('{"page": {}, "components": []}', 'json' as never));
    expect(error.message).to.include('Unknown feed format "json"');
    expect(error.message).to.include('uptime-kuma');
  });
});

describe('readJson', () => {
  it('parses JSON, or throws a FeedError that says what came', () => {
    expect(readJson('{"a": 1}')).to.deep.equal({a: 1});
    expect(() => readJson('<!doctype html><p>hi')).to.throw(FeedError, 'HTML page');
    expect(() => readJson('nope')).to.throw(FeedError, 'not JSON');
  });
});

describe('parseFeed', () => {
  it('reads every feed through a Promise, a native one included: the public API does not show which reader had loaded', async () => {
    const result = parseFeed(JSON.parse(minimal));
    expect(result).to.be.instanceOf(Promise);
    expect((await result).incidents[0]!.id).to.equal('i');
    const other = parseFeed(await fixtureJson('statuspage/github_summary_2026-07-31_operational.json'));
    expect(other).to.be.instanceOf(Promise);
    expect((await other).format).to.equal('statuspage');
  });

  it('reads a feed holding only its version as an empty native feed', async () => {
    expect((await parseFeed({version: 1})).incidents).to.deep.equal([]);
  });

  it('tells a native feed of another version that its version is unsupported', async () => {
    expect((await feedError(parseFeed({version: 2, incidents: []}))).message).to.include('Unsupported native feed version');
  });

  it('reads format="native" even when the shape is not sniffed as native', async () => {
    expect((await feedError(parseFeed({status: 'ok'}, 'native'))).message).to.include('Unsupported native feed version');
    expect((await feedError(parseFeed({status: 'ok'}, 'auto'))).message).to.include('Unrecognized status feed');
  });

  it('rejects, never throws, whatever it is given', () => {
    for (const value of [undefined, null, 3, {version: 2}, '<!doctype html>', '{']) {
      const result = parseFeed(value);
      expect(result).to.be.instanceOf(Promise);
      result.catch(() => {});
    }
  });

  it('reads the XML text of an Atom or RSS feed given as a value', async () => {
    const snapshot = await parseFeed(await fixtureText('atom/streamyard_history.atom'));
    expect(snapshot.format).to.equal('atom');
    expect(snapshot.incidents).to.have.length(17);
  });

  it('passes a Snapshot through unchanged, whatever the format asked', async () => {
    const snapshot = await parseFeed(JSON.parse(minimal));
    expect(await parseFeed(snapshot)).to.equal(snapshot);
    expect(await parseFeed(snapshot, 'statuspage')).to.equal(snapshot);
  });

  it('names nothing, null and numbers as what came', async () => {
    expect((await feedError(parseFeed(undefined))).message).to.include('got nothing');
    expect((await feedError(parseFeed(null))).message).to.include('got null');
    expect((await feedError(parseFeed(3))).message).to.include('got a number (3)');
  });
});

describe('isSnapshot', () => {
  it('tells a Snapshot from a raw feed', async () => {
    expect(isSnapshot(await parseFeed(JSON.parse(minimal)))).to.equal(true);
    expect(isSnapshot(JSON.parse(minimal))).to.equal(false);
    expect(isSnapshot({kind: 'something-else'})).to.equal(false);
    expect(isSnapshot(null)).to.equal(false);
    expect(isSnapshot('status-snapshot')).to.equal(false);
  });
});
