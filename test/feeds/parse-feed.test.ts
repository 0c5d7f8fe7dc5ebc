import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/feeds/feed-error.js';
import {isSnapshot, parseFeed, parseFeedText} from '../../src/feeds/parse-feed.js';
import type {Snapshot} from '../../src/model/types.js';

/** Runs `parse` and returns the FeedError it must throw. */
function feedError(parse: () => unknown): FeedError {
  try {
    parse();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

const minimal = JSON.stringify({version: 1, incidents: [{id: 'i', title: 't', started_at: '2016-07-11T00:00:00Z'}]});

describe('parseFeedText', () => {
  it('parses a native feed body', () => {
    const snapshot = parseFeedText(minimal);
    expect(snapshot.format).to.equal('native');
    expect(snapshot.incidents.map((i) => i.id)).to.deep.equal(['i']);
  });

  it('parses a native feed body with surrounding whitespace and format="native"', () => {
    expect(parseFeedText(`\n  ${minimal}\n`, 'native').incidents).to.have.length(1);
  });

  it('names an HTML page given instead of a feed', () => {
    for (const body of ['<!DOCTYPE html><html><head><title>Sign in</title></head></html>', '\n  <html lang="en"><body>502 Bad Gateway</body></html>']) {
      const error = feedError(() => parseFeedText(body));
      expect(error.message).to.include('HTML page');
      expect(error.message).to.include('check the src URL');
    }
  });

  it('names a body that is not JSON by its text/html content type', () => {
    const error = feedError(() => parseFeedText('Service Unavailable', 'auto', 'text/html; charset=utf-8'));
    expect(error.message).to.include('HTML page');
  });

  it('reads a valid feed that a misconfigured server sends as text/html', () => {
    expect(parseFeedText(minimal, 'auto', 'text/html; charset=utf-8').incidents).to.have.length(1);
  });

  it('does not take a JSON content type with parameters for HTML', () => {
    expect(parseFeedText(minimal, 'auto', 'application/json; charset=utf-8').incidents).to.have.length(1);
  });

  it('says that text which is not JSON is not JSON, and shows its start', () => {
    const error = feedError(() => parseFeedText('not json'));
    expect(error.message).to.include('not JSON');
    expect(error.message).to.include('"not json"');
  });

  it('says that an empty body is empty', () => {
    for (const body of ['', '   \n']) {
      const error = feedError(() => parseFeedText(body));
      expect(error.message).to.include('not JSON');
      expect(error.message).to.include('an empty body');
    }
  });

  it('says that truncated JSON is not JSON', () => {
    const error = feedError(() => parseFeedText('{"version": 1, "incidents": ['));
    expect(error.message).to.include('not JSON');
    expect(error.message).to.include('{\\"version\\": 1');
  });

  it('names what came when JSON is not a status feed', () => {
    const array = feedError(() => parseFeedText('[]'));
    expect(array.message).to.include('Unrecognized status feed');
    expect(array.message).to.include('got an array of 0');

    const string = feedError(() => parseFeedText('"ok"'));
    expect(string.message).to.include('Unrecognized status feed');
    expect(string.message).to.include('got a string ("ok")');

    const object = feedError(() => parseFeedText('{"status": "ok"}'));
    expect(object.message).to.include('Unrecognized status feed');
    expect(object.message).to.include('an object with keys status');
  });

  it('passes the errors of a native feed through, with their fields', () => {
    const error = feedError(() => parseFeedText('{"version": 1, "incidents": [{"id": "x", "title": "t"}]}'));
    expect(error.message).to.include('incidents[0].started_at');
    expect(error.fields).to.deep.equal(['incidents[0].started_at']);
  });

  it('says clearly that a format not yet supported is not supported', () => {
    const error = feedError(() => parseFeedText('{"page": {}, "components": []}', 'statuspage'));
    expect(error.message).to.include('"statuspage" format is not supported');
    expect(error.message).to.include('format="native"');
  });
});

describe('parseFeed', () => {
  it('reads a native feed object', () => {
    expect(parseFeed(JSON.parse(minimal)).incidents[0]!.id).to.equal('i');
  });

  it('reads a feed holding only its version as an empty native feed', () => {
    expect(parseFeed({version: 1}).incidents).to.deep.equal([]);
  });

  it('tells a native feed of another version that its version is unsupported', () => {
    expect(() => parseFeed({version: 2, incidents: []})).to.throw(FeedError, 'Unsupported native feed version');
  });

  it('reads format="native" even when the shape is not sniffed as native', () => {
    expect(() => parseFeed({status: 'ok'}, 'native')).to.throw(FeedError, 'Unsupported native feed version');
    expect(() => parseFeed({status: 'ok'}, 'auto')).to.throw(FeedError, 'Unrecognized status feed');
  });

  it('passes a Snapshot through unchanged, whatever the format asked', () => {
    const snapshot: Snapshot = parseFeed(JSON.parse(minimal));
    expect(parseFeed(snapshot)).to.equal(snapshot);
    expect(parseFeed(snapshot, 'statuspage')).to.equal(snapshot);
  });

  it('names nothing, null and numbers as what came', () => {
    expect(() => parseFeed(undefined)).to.throw(FeedError, 'got nothing');
    expect(() => parseFeed(null)).to.throw(FeedError, 'got null');
    expect(() => parseFeed(3)).to.throw(FeedError, 'got a number (3)');
  });
});

describe('isSnapshot', () => {
  it('tells a Snapshot from a raw feed', () => {
    expect(isSnapshot(parseFeed(JSON.parse(minimal)))).to.equal(true);
    expect(isSnapshot(JSON.parse(minimal))).to.equal(false);
    expect(isSnapshot({kind: 'something-else'})).to.equal(false);
    expect(isSnapshot(null)).to.equal(false);
    expect(isSnapshot('status-snapshot')).to.equal(false);
  });
});
