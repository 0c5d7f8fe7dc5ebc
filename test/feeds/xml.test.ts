import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {childNamed, decodeEntities, parseXml, serialize, textContent, tokenize, type XmlElement} from '../../src/feeds/xml.js';

const first = (xml: string) => parseXml(xml).children.find((c): c is XmlElement => typeof c !== 'string')!;

describe('xml tokenizer', () => {
  it('reads elements, attributes in every quoting, self-closing tags and text', () => {
    const tokens = [...tokenize(`<a href="x" title='y' data-n=3 hidden><b/>t</a>`)];
    expect(tokens).to.deep.equal(
      [
        {type: 'open', name: 'a', attrs: {href: 'x', title: 'y', 'data-n': '3', hidden: ''}, selfClosing: false},
        {type: 'open', name: 'b', attrs: {}, selfClosing: true},
        {type: 'text', text: 't'},
        {type: 'close', name: 'a'},
      ].map((t) => ('attrs' in t ? {...t, attrs: Object.assign(Object.create(null), t.attrs)} : t)),
    );
  });

  it('lower-cases names, keeps namespace prefixes', () => {
    const root = first('<RSS><Channel><pubDate>x</pubDate><dc:date>y</dc:date></Channel></RSS>');
    expect(root.name).to.equal('rss');
    const channel = childNamed(root, 'channel')!;
    expect(textContent(childNamed(channel, 'pubdate'))).to.equal('x');
    expect(textContent(childNamed(channel, 'date'))).to.equal('y');
    expect(textContent(childNamed(channel, 'dc:date'))).to.equal('y');
  });

  it('keeps CDATA as written and decodes entities elsewhere, numeric ones included', () => {
    expect(textContent(first('<d><![CDATA[<p>a &amp; b</p>]]></d>'))).to.equal('<p>a &amp; b</p>');
    expect(textContent(first('<d>&lt;p&gt; &amp;amp; &#8217; &#x2019; &eacute; &nbsp;</d>'))).to.equal('<p> &amp; ’ ’ é \u00a0');
    expect(first(`<a title="&quot;q&quot; &amp; &#39;s&#39;">x</a>`).attrs['title']).to.equal(`"q" & 's'`);
  });

  it('leaves unknown and invalid references readable, and never takes a prototype member for an entity', () => {
    expect(decodeEntities('&bogus; &constructor; &toString; &#0; &#xD800; &#1114112;')).to.equal('&bogus; &constructor; &toString; \ufffd \ufffd \ufffd');
    expect(decodeEntities('AT&T & co')).to.equal('AT&T & co');
  });

  it('keeps attributes named like Object members as plain data', () => {
    const a = first('<a constructor="c" __proto__="p" toString="t">x</a>');
    expect(a.attrs['constructor']).to.equal('c');
    expect(a.attrs['__proto__']).to.equal('p');
    expect(a.attrs['tostring']).to.equal('t');
  });

  it('skips comments, processing instructions and DOCTYPEs, and never expands their entities', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><!-- c --><feed>&lol2;</feed>`;
    const feed = first(bomb);
    expect(feed.name).to.equal('feed');
    expect(textContent(feed)).to.equal('&lol2;');
  });

  it('reads junk as text: a lone <, unclosed and stray tags, a tag cut off at the end', () => {
    expect(textContent(first('<p>a < b and c <3 d</p>'))).to.equal('a < b and c <3 d');
    const doc = parseXml('<feed><entry><title>t</entry></x></feed><entry');
    const feed = first('<feed><entry><title>t</entry></x></feed><entry');
    expect(feed.name).to.equal('feed');
    expect(textContent(childNamed(childNamed(feed, 'entry')!, 'title'))).to.equal('t');
    expect(doc.children).to.have.length(1);
  });

  it('does not overflow on deep nesting', () => {
    const depth = 100_000;
    const root = first(`${'<a>'.repeat(depth)}deep${'</a>'.repeat(depth)}`);
    expect(textContent(root)).to.equal('deep');
  });

  it('writes a subtree back as markup (Atom xhtml content)', () => {
    const div = first('<div><p class="x">a &amp; <b>b</b></p><br/></div>');
    expect(serialize(div)).to.equal('<p class="x">a &amp; <b>b</b></p><br></br>');
  });

  it('never throws, whatever the input', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '/',
      '</',
      '<a',
      '<a b="',
      "'",
      '"',
      '=',
      '&',
      '&#',
      '&#x',
      ';',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?',
      '?>',
      '<!DOCTYPE [',
      ']>',
      'text',
      ' ',
      '\n',
      'é',
      '\u0000',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, {maxLength: 60}).map((p) => p.join('')),
        (source) => {
          parseXml(source);
          [...tokenize(source)];
        },
      ),
      {numRuns: 500},
    );
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (source) => void parseXml(source)),
      {numRuns: 300},
    );
  });
});

describe('xml tokenizer: work grows linearly with the input, whatever it is', () => {
  /**
   * How many characters the tokenizer's searches (`indexOf`) looked at to
   * read `source`: where its work is, and where it once went quadratic
   * (each `<!x>` searched the rest of the document for a `[`). Counted, not
   * timed, so a busy machine cannot change the answer.
   */
  function scanned(source: string): number {
    const indexOf = String.prototype.indexOf;
    let count = 0;
    String.prototype.indexOf = function (this: string, search: string, from?: number) {
      const start = Math.max(0, Math.trunc(from ?? 0));
      const at = indexOf.call(this, search, start);
      count += (at < 0 ? this.length : at + search.length) - start;
      return at;
    };
    try {
      for (const token of tokenize(source)) void token;
    } finally {
      String.prototype.indexOf = indexOf;
    }
    return count;
  }

  const ADVERSARIAL: Record<string, (n: number) => string> = {
    declarations: (n) => '<!x>'.repeat(n),
    'declarations, then an internal subset': (n) => '<!x>'.repeat(n) + '<!DOCTYPE d [<!ENTITY e "x">]>',
    'declarations with no end': (n) => '<!x'.repeat(n),
    'processing instructions': (n) => '<?x?>'.repeat(n),
    comments: (n) => '<!--x-->'.repeat(n),
    'comment openers with no end': (n) => '<!--'.repeat(n),
    'CDATA sections': (n) => '<![CDATA[x]]>'.repeat(n),
    'CDATA openers with no end': (n) => '<![CDATA['.repeat(n),
    'lone angle brackets': (n) => '< '.repeat(n),
    'attributes with an open quote': (n) => '<a b="'.repeat(n) + '>',
    'tags with no end': (n) => '<a '.repeat(n),
    'closing tags': (n) => '</a>'.repeat(n),
    entities: (n) => '<p>' + '&amp;&#x2019;&bogus;'.repeat(n) + '</p>',
  };

  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`${name}: four times the input, at most about four times the work`, () => {
      const small = make(5_000);
      const work = scanned(small);
      const fourTimes = scanned(make(20_000));
      expect(work, 'characters looked at, per character of input').to.be.at.most(8 * small.length);
      expect(fourTimes, `work for 4× the input (${work} for 1×)`).to.be.at.most(4.4 * work + 64);
    });
  }
});
