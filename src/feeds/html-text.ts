import {safeHttpUrl} from '../model/safe-url.js';
import {tokenize} from './xml.js';

/** Elements that start and end a paragraph. */
const BLOCK = /^(p|div|h[1-6]|ul|ol|table|blockquote|section|article|header|footer|aside|dl|figure|hr|details|address)$/;
/** Elements whose content is not text a reader should see. */
const HIDDEN = /^(script|style|head|title|template|noscript|iframe|object|embed|svg|math|select|textarea|button)$/;
/** One line each. */
const LINE = /^(li|tr|dt|dd|summary|figcaption|caption)$/;

/**
 * Turns the HTML that status pages put in their update bodies and feed
 * entries into the plain text the elements render (DESIGN.md §3): `<br>` is a
 * line break, paragraphs and other blocks are separated by a blank line, list
 * items become "• " lines, `<pre>` becomes a ``` code block, entities are
 * decoded and every tag is dropped. A link keeps its text, followed by its
 * address in parentheses when that address is http(s) and not already
 * written, so that the elements link it; any other scheme is dropped.
 *
 * `newlines`: the source is text with some HTML in it (a Statuspage update
 * body), so its raw line breaks are line breaks too, not white space.
 */
export function htmlToText(html: string, newlines = false): string {
  let out = '';
  let hidden = 0;
  let hiddenName = '';
  let pre = 0;
  const links: {href: string | undefined; raw: string; start: number}[] = [];

  // From the end, not with a regular expression: that would rescan the whole text at every block.
  const trimEnd = () => {
    let end = out.length;
    while (end > 0 && (out[end - 1] === ' ' || out[end - 1] === '\t')) end--;
    out = out.slice(0, end);
  };
  /** Ensures `count` line breaks end the text (none at its start). */
  const breakLines = (count: number) => {
    trimEnd();
    let have = 0;
    while (have < count && out[out.length - 1 - have] === '\n') have++;
    if (out !== '' && have < count) out += '\n'.repeat(count - have);
  };

  for (const token of tokenize(newlines ? html.replace(/\r\n?|\n/g, '<br>') : html)) {
    if (hidden > 0) {
      // Inside <script> and the like until its end; nested ones of the same name counted.
      if (token.type !== 'text' && token.name === hiddenName) hidden += token.type === 'open' && !token.selfClosing ? 1 : token.type === 'close' ? -1 : 0;
      continue;
    }
    if (token.type === 'text') {
      if (pre > 0) {
        out += token.text;
        continue;
      }
      let text = token.text.replace(/[ \t\n\r\f]+/g, ' ');
      if (out === '' || out.endsWith('\n') || out.endsWith(' ')) text = text.replace(/^ /, '');
      out += text;
      continue;
    }
    const name = token.name;
    if (token.type === 'open') {
      if (HIDDEN.test(name)) {
        if (!token.selfClosing) {
          hidden = 1;
          hiddenName = name;
        }
      } else if (name === 'br') {
        trimEnd();
        out += '\n';
      } else if (name === 'pre') {
        breakLines(2);
        out += '```\n';
        pre++;
      } else if (name === 'a') {
        const raw = (token.attrs['href'] ?? '').trim();
        links.push({href: safeHttpUrl(raw), raw, start: out.length});
      } else if (name === 'img' && token.attrs['alt']) {
        out += token.attrs['alt'];
      } else if (name === 'li') {
        breakLines(1);
        out += '• ';
      } else if (BLOCK.test(name)) {
        breakLines(2);
      } else if (LINE.test(name)) {
        breakLines(1);
      } else if (name === 'td' || name === 'th') {
        if (!/[\n ]$/.test(out) && out !== '') out += ' ';
      }
    } else if (name === 'pre' && pre > 0) {
      pre--;
      if (!out.endsWith('\n')) out += '\n';
      out += '```';
      breakLines(2);
    } else if (name === 'a') {
      const link = links.pop();
      if (link?.href) {
        const text = out.slice(link.start).trim();
        const bare = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
        if (!text) out += link.href;
        else if (!text.includes(link.raw) && bare(text) !== bare(link.raw)) out += ` (${link.href})`;
      }
    } else if (BLOCK.test(name)) {
      breakLines(2);
    } else if (LINE.test(name)) {
      breakLines(1);
    }
  }
  if (pre > 0) out += '\n```';
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
