import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {htmlToText} from '../../src/feeds/html-text.js';
import {markdownToText} from '../../src/feeds/markdown-text.js';
import {fixtureJson} from './fixtures.js';

describe('htmlToText', () => {
  it('turns <br> into a line break and blocks into paragraphs', () => {
    expect(htmlToText('<p>One<br>two<br />three</p><p>Four</p><div>Five</div>')).to.equal('One\ntwo\nthree\n\nFour\n\nFive');
  });

  it('collapses white space as HTML does, and decodes entities', () => {
    expect(htmlToText('  <p>\n  a   b\t c &amp; d &lt;e&gt; &rsquo;s &#8212; &#x2014;</p>  ')).to.equal('a b c & d <e> ’s — —');
  });

  it('keeps raw line breaks when the source is text with some HTML in it (a Statuspage body)', () => {
    expect(htmlToText('Line one.\nLine two.\r\n\r\nNew paragraph.', true)).to.equal('Line one.\nLine two.\n\nNew paragraph.');
    expect(htmlToText('Line one.\nLine two.')).to.equal('Line one. Line two.');
  });

  it('reads GitHub’s <br /><br /> as paragraph breaks', async () => {
    const incident = await fixtureJson('statuspage/github_incident_2026-07-19_actions_critical.json');
    const text = htmlToText(incident.incident_updates[0].body, true);
    const paragraphs = text.split('\n\n');
    expect(paragraphs).to.have.length(3);
    expect(paragraphs[0]).to.match(/^Between July 19, 2026, at 23:05 UTC/);
    expect(paragraphs[1]).to.match(/^The incident was caused by a certificate lifecycle management failure/);
    expect(paragraphs[2]).to.match(/^To prevent recurrence/);
    expect(text).not.to.include('<');
  });

  it('writes list items as "• " lines', () => {
    expect(htmlToText('<p>Affected:</p><ul><li>API</li><li>Web <b>app</b></li></ul><p>End</p>')).to.equal('Affected:\n\n• API\n• Web app\n\nEnd');
  });

  it('makes <pre> a ``` code block, its white space kept', () => {
    expect(htmlToText('<p>Error:</p><pre>PS C:\\> Install-Module x\n  at line 1</pre><p>Fixed.</p>')).to.equal(
      'Error:\n\n```\nPS C:\\> Install-Module x\n  at line 1\n```\n\nFixed.',
    );
  });

  it('drops scripts, styles and every tag, keeping only text', () => {
    const text = htmlToText(
      '<p>Hi<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(2)><iframe src="https://evil.example">x</iframe> there</p>',
    );
    expect(text).to.equal('Hi there');
  });

  it('keeps a link’s text and adds its http(s) address, never another scheme', () => {
    expect(htmlToText('See <a href="https://example.com/a">the post</a>.')).to.equal('See the post (https://example.com/a).');
    expect(htmlToText('<a href="https://example.com/a">https://example.com/a</a>')).to.equal('https://example.com/a');
    expect(htmlToText('<a href="https://example.com">example.com</a>')).to.equal('example.com');
    expect(htmlToText('<a href="javascript:alert(1)">click</a> <a href="data:text/html,x">me</a> <a href="mailto:a@b.example">mail</a>')).to.equal(
      'click me mail',
    );
    expect(htmlToText('<a href="https://example.com/x"></a>')).to.equal('https://example.com/x');
  });

  it('uses an image’s alt text', () => {
    expect(htmlToText('<p><img alt="Graph of errors" src="g.png"> above</p>')).to.equal('Graph of errors above');
  });

  it('never throws and never leaves a tag, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<p>',
            '</p>',
            '<br>',
            '<a href="https://x.example">',
            '</a>',
            '<pre>',
            '</pre>',
            '<li>',
            'text',
            ' ',
            '\n',
            '&amp;',
            '<script>',
            '</script>',
            '<',
            '>',
          ),
          {maxLength: 40},
        ),
        (parts) => {
          const text = htmlToText(parts.join(''));
          expect(text).not.to.match(/<(p|br|a|pre|li|script)\b/);
        },
      ),
      {numRuns: 300},
    );
  });
});

describe('markdownToText', () => {
  it('keeps paragraphs, line breaks and fenced code, and drops emphasis and heading marks', () => {
    expect(markdownToText('# Outage\n\nSome users **cannot sign in** to the _app_ and *web*.\n\n```\nsnake_case **kept**\n```')).to.equal(
      'Outage\n\nSome users cannot sign in to the _app_ and web.\n\n```\nsnake_case **kept**\n```',
    );
  });

  it('writes a link as its text and http(s) address, and drops other schemes', () => {
    expect(markdownToText('See [the post](https://example.com/p "Post") or [this](javascript:alert(1)).')).to.equal(
      'See the post (https://example.com/p) or this.',
    );
    expect(markdownToText('- one\n* two')).to.equal('• one\n• two');
  });

  it('keeps snake_case and arithmetic as written', () => {
    expect(markdownToText('set max_retries to 2*3*4')).to.equal('set max_retries to 2*3*4');
  });
});
