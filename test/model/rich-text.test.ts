import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {linkify, parseRichText, type Block, type Inline} from '../../src/model/rich-text.js';
import {safeHttpUrl} from '../../src/model/safe-url.js';
import {firstParagraph} from '../../src/model/first-paragraph.js';

/** The text of each line of each paragraph, links included: what a reader sees. */
const lineTexts = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? b.lines.map((line) => line.map((part) => part.text).join('')) : b));
const links = (parts: Inline[]) => parts.filter((p) => p.type === 'link');

describe('parseRichText', () => {
  it('separates paragraphs on blank lines (blank lines with spaces included)', () => {
    const blocks = parseRichText('First paragraph.\n\nSecond paragraph.\n   \n\nThird.');
    expect(lineTexts(blocks)).to.deep.equal([['First paragraph.'], ['Second paragraph.'], ['Third.']]);
  });

  it('keeps single newlines as lines of one paragraph', () => {
    expect(lineTexts(parseRichText('Line one\nLine two\r\nLine three'))).to.deep.equal([['Line one', 'Line two', 'Line three']]);
  });

  it('gives nothing for an empty text', () => {
    expect(parseRichText('')).to.deep.equal([]);
    expect(parseRichText('\n\n  \n')).to.deep.equal([]);
  });

  it('keeps a fenced code block verbatim, with its language', () => {
    const code = [
      'PS C:\\> Install-Module xStorage',
      "PackageManagement\\Install-Package : Package '{0}' failed <to be installed> because: {1}",
      '$null = PackageManagement\\Install-Package @PSBoundParameters +',
      '    ~~~~~~~~ & "quoted" https://not-a-link.example.com',
    ].join('\n');
    const blocks = parseRichText(`The error was:\n\n\`\`\`PowerShell\n${code}\n\`\`\`\n\nWe are sorry.`);
    expect(blocks).to.have.length(3);
    expect(blocks[1]).to.deep.equal({type: 'code', lang: 'PowerShell', code});
    expect(lineTexts([blocks[0]!, blocks[2]!])).to.deep.equal([['The error was:'], ['We are sorry.']]);
  });

  it('ends the paragraph before a fence even without a blank line', () => {
    const blocks = parseRichText('Error:\n```\nboom\n```\nAfter.');
    expect(blocks.map((b) => b.type)).to.deep.equal(['paragraph', 'code', 'paragraph']);
    expect(blocks[1]).to.deep.equal({type: 'code', lang: '', code: 'boom'});
  });

  it('keeps blank lines inside a code block', () => {
    expect(parseRichText('```\na\n\nb\n```')).to.deep.equal([{type: 'code', lang: '', code: 'a\n\nb'}]);
  });

  it('runs an unclosed fence to the end of the text', () => {
    const blocks = parseRichText('Before\n```sh\necho 1\n\necho 2');
    expect(blocks).to.have.length(2);
    expect(blocks[1]).to.deep.equal({type: 'code', lang: 'sh', code: 'echo 1\n\necho 2'});
  });

  it('leaves HTML as text', () => {
    const blocks = parseRichText('<b>bold</b> <img src=x onerror=alert(1)> <a href="https://e.com">x</a>');
    expect(lineTexts(blocks)).to.deep.equal([['<b>bold</b> <img src=x onerror=alert(1)> <a href="https://e.com">x</a>']]);
    const parts = blocks[0]!.type === 'paragraph' ? blocks[0]!.lines[0]! : [];
    // Only the URL inside the quotes is a link; the tags around it stay text.
    expect(links([...parts])).to.deep.equal([{type: 'link', text: 'https://e.com', href: 'https://e.com/'}]);
  });

  it('makes links inside paragraphs', () => {
    const blocks = parseRichText('Write to cgadmin@microsoft.com\nor see https://status.example.com.');
    expect(blocks[0]!.type).to.equal('paragraph');
    if (blocks[0]!.type !== 'paragraph') return;
    expect(links([...blocks[0]!.lines[0]!])[0]).to.deep.include({href: 'mailto:cgadmin@microsoft.com'});
    expect(links([...blocks[0]!.lines[1]!])[0]).to.deep.include({href: 'https://status.example.com/'});
  });
});

describe('linkify', () => {
  it('turns an https URL into a link and keeps the text around it', () => {
    expect(linkify('See https://status.example.com/incidents/42 for details')).to.deep.equal([
      {type: 'text', text: 'See '},
      {type: 'link', text: 'https://status.example.com/incidents/42', href: 'https://status.example.com/incidents/42'},
      {type: 'text', text: ' for details'},
    ]);
  });

  it('turns an http URL with query and fragment into a link', () => {
    const [link] = links(linkify('http://example.com/a?b=1&c=2#d'));
    expect(link).to.deep.equal({type: 'link', text: 'http://example.com/a?b=1&c=2#d', href: 'http://example.com/a?b=1&c=2#d'});
  });

  it('leaves sentence punctuation after a URL out of the link', () => {
    for (const end of ['.', ',', ';', ':', '!', '?', ')', '...']) {
      const parts = linkify(`Go to https://example.com/status${end}`);
      expect(
        links(parts).map((l) => l.text),
        `ending with ${end}`,
      ).to.deep.equal(['https://example.com/status']);
      expect(parts.at(-1), `ending with ${end}`).to.deep.equal({type: 'text', text: end});
    }
  });

  it('leaves surrounding parentheses out of the link', () => {
    expect(links(linkify('(https://example.com/a)')).map((l) => l.text)).to.deep.equal(['https://example.com/a']);
  });

  it('turns an e-mail address into a mailto: link, punctuation left out', () => {
    const parts = linkify('Write to cgadmin@microsoft.com.');
    expect(parts).to.deep.equal([
      {type: 'text', text: 'Write to '},
      {type: 'link', text: 'cgadmin@microsoft.com', href: 'mailto:cgadmin@microsoft.com'},
      {type: 'text', text: '.'},
    ]);
  });

  it('turns addresses with dots, plus signs and subdomains into links', () => {
    expect(links(linkify('first.last+status@mail.example.co.uk'))[0]).to.deep.include({href: 'mailto:first.last+status@mail.example.co.uk'});
  });

  it('links addresses whose local part has up to the 64 characters RFC 5321 allows, not longer', () => {
    const local64 = 'a'.repeat(64);
    expect(links(linkify(`${local64}@example.com`))[0]).to.deep.include({href: `mailto:${local64}@example.com`});
    expect(links(linkify(`a${local64}@example.com`))).to.deep.equal([]);
  });

  it('keeps a long line full of word boundaries and no address intact as text', () => {
    const line = 'a.1'.repeat(20_000) + '@';
    expect(linkify(line)).to.deep.equal([{type: 'text', text: line}]);
  });

  it('makes several links on one line', () => {
    const parts = linkify('https://a.example.com and ops@example.com and http://b.example.com');
    expect(links(parts).map((l) => l.href)).to.deep.equal(['https://a.example.com/', 'mailto:ops@example.com', 'http://b.example.com/']);
  });

  it('never makes javascript: or data: links', () => {
    for (const line of [
      'javascript:alert(1)',
      'click javascript:alert(document.cookie) now',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
    ]) {
      const parts = linkify(line);
      expect(links(parts), line).to.deep.equal([]);
      expect(parts.map((p) => p.text).join(''), line).to.equal(line);
    }
  });

  it('links only the http part of a URL smuggled after a javascript: prefix', () => {
    const parts = linkify('javascript:https://evil.example.com');
    expect(links(parts).map((l) => l.href)).to.deep.equal(['https://evil.example.com/']);
    expect(parts[0]).to.deep.equal({type: 'text', text: 'javascript:'});
  });

  it('returns plain text as one part, and nothing for an empty line', () => {
    expect(linkify('Nothing to see here.')).to.deep.equal([{type: 'text', text: 'Nothing to see here.'}]);
    expect(linkify('')).to.deep.equal([]);
  });
});

describe('safeHttpUrl', () => {
  it('accepts http and https URLs, normalized', () => {
    expect(safeHttpUrl('https://status.example.com')).to.equal('https://status.example.com/');
    expect(safeHttpUrl('  HTTP://Example.com/a b ')).to.equal('http://example.com/a%20b');
  });

  it('refuses other schemes', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>', 'ftp://example.com', 'mailto:a@b.c', 'file:///etc/passwd']) {
      expect(safeHttpUrl(url), url).to.equal(undefined);
    }
  });

  it('refuses what is not a URL string', () => {
    for (const value of ['', '   ', 'not a url', '/relative/path', 42, null, undefined, {}]) {
      expect(safeHttpUrl(value), String(value)).to.equal(undefined);
    }
  });

  it('resolves a relative URL against a base', () => {
    expect(safeHttpUrl('/incidents/1', 'https://status.example.com/feed.json')).to.equal('https://status.example.com/incidents/1');
    expect(safeHttpUrl('javascript:alert(1)', 'https://status.example.com/')).to.equal(undefined);
  });
});

describe("firstParagraph (the banner's one line)", () => {
  it("is the first paragraph's words, after any code block, lines joined by a space", () => {
    expect(firstParagraph('```\nError 500\n```\n\nWe are looking into it.\nMore soon: https://example.com/x\n\nSecond')).to.equal(
      'We are looking into it. More soon: https://example.com/x',
    );
    expect(firstParagraph('```js\nonly code')).to.equal('');
    expect(firstParagraph('')).to.equal('');
  });

  it('reads any text as the rich text reader does', () => {
    const piece = fc.constantFrom('```', '```js', '\n', '\r\n', '\n\n', '  ', 'word', 'https://example.com/a.', 'a@b.co', '\t');
    fc.assert(
      fc.property(
        fc.array(piece, {maxLength: 30}).map((p) => p.join('')),
        (text) => {
          const first = parseRichText(text).find((b) => b.type === 'paragraph');
          const expected = first && first.type === 'paragraph' ? first.lines.map((l) => l.map((i) => i.text).join('')).join(' ') : '';
          expect(firstParagraph(text)).to.equal(expected);
        },
      ),
      {numRuns: 500},
    );
  });
});
