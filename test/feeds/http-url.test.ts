// httpUrl(): the fast path for a feed's plain links gives, for every string,
// exactly what safeHttpUrl() (new URL()) gives; and it is taken for plain links.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {httpUrl} from '../../src/feeds/http-url.js';
import {safeHttpUrl} from '../../src/model/safe-url.js';

/** Strings close to the fast path's pattern, with every piece the URL parser rewrites or refuses. */
const piece = (values: string[]) => fc.constantFrom(...values);
const scheme = fc.oneof(
  {weight: 4, arbitrary: piece(['https://', 'http://'])},
  piece(['HTTPS://', 'Http://', 'javascript://', 'ftp://', 'https:/', 'https:', 'http:\\\\', ' https://', '\thttps://', 'https://user@', 'https://.']),
);
const label = fc.oneof(
  {weight: 4, arbitrary: piece(['status', 'example', 'com', 'a', 'a1', 'x-y', 'co'])},
  piece(['Z', '0', '1', '255', '0x7f', '012', '1e3', '-a', 'a-', 'xn--', 'xn--p1ai', 'a--b', '_', '', 'é', '%41', ':', ':443', ':80', ':8080', '[::1]', '\t']),
);
const host = fc.array(label, {minLength: 1, maxLength: 4}).map((labels) => labels.join('.'));
const rest = fc.array(
  fc.oneof(
    {weight: 4, arbitrary: piece(['/', 'a', 'B', '0', '-', '_', '.', '~', ':', '@', '!', '$', '&', '(', ')', '*', '+', ',', ';', '=', '?'])},
    piece([
      '//',
      '..',
      '/.',
      '/..',
      '%',
      '%2e',
      '%2E',
      '%41',
      '%zz',
      "'",
      '#',
      '\\',
      ' ',
      '\t',
      '\n',
      '"',
      '<',
      '>',
      '`',
      '{',
      '}',
      '|',
      '^',
      '[',
      ']',
      'é',
      '\u0000',
      '\u00a0',
      '\u2028',
      '\ud800',
      'xn--',
    ]),
  ),
  {maxLength: 12},
);
const nearUrl = fc
  .tuple(scheme, host, fc.oneof({weight: 4, arbitrary: fc.constant('/')}, piece(['', '?', '#', ':443/', '.', '\\'])), rest)
  .map((parts) => parts.join(''));

describe('httpUrl: safeHttpUrl, fast for plain links', () => {
  // First, before the property tests below call new URL() thousands of times:
  // JavaScriptCore then compiles safeHttpUrl() with the URL it saw, and
  // replacing globalThis.URL afterwards is not seen by that code.
  it('takes a plain link as it is, without new URL(), and hands any other to it', () => {
    const real = globalThis.URL;
    let parsed = 0;
    globalThis.URL = class extends real {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        parsed++;
      }
    };
    try {
      expect(httpUrl('https://status.example.com/incidents/123?lang=fr&x=1')).to.equal('https://status.example.com/incidents/123?lang=fr&x=1');
      expect(httpUrl('http://a-b.example/x_y/~z(1);p=2')).to.equal('http://a-b.example/x_y/~z(1);p=2');
      expect(parsed).to.equal(0);
      for (const [value, expected] of [
        ['https://status.example.com', 'https://status.example.com/'],
        ['HTTPS://Status.Example.com/a/../b', 'https://status.example.com/b'],
        ['https://status.example.com:443/x', 'https://status.example.com/x'],
        ['https://status.example.com/a b', 'https://status.example.com/a%20b'],
        ['https://status.example.com/#top', 'https://status.example.com/#top'],
        ['javascript://status.example.com/%0aalert(1)', undefined],
      ] as const) {
        expect(httpUrl(value), value).to.equal(expected);
      }
      expect(parsed).to.equal(6);
    } finally {
      globalThis.URL = real;
    }
  });
  it('gives what safeHttpUrl gives, for strings near a plain link', () => {
    let unchanged = 0;
    fc.assert(
      fc.property(nearUrl, (value) => {
        const url = httpUrl(value);
        if (url === value) unchanged++;
        return url === safeHttpUrl(value);
      }),
      {numRuns: 20_000},
    );
    // Many of them are links the parser keeps as they are: the fast path's cases.
    expect(unchanged).to.be.greaterThan(1000);
  });

  it('gives what safeHttpUrl gives, for any string or value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.anything()), (value) => httpUrl(value) === safeHttpUrl(value)),
      {numRuns: 5_000},
    );
  });
});
