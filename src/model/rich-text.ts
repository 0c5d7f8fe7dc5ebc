/**
 * Feed text is plain text with three conventions (DESIGN.md §3): blank lines
 * separate paragraphs, single newlines are kept, http(s) URLs and e-mail
 * addresses become links, and ``` fences mark code. This turns a string into
 * that structure; the elements render it with Lit, so nothing is ever parsed
 * as HTML.
 */
import {safeHttpUrl} from './safe-url.js';
import {textBlocks} from './text-blocks.js';

export type Inline = {readonly type: 'text'; readonly text: string} | {readonly type: 'link'; readonly text: string; readonly href: string};

export type Block =
  {readonly type: 'paragraph'; readonly lines: readonly (readonly Inline[])[]} | {readonly type: 'code'; readonly lang: string; readonly code: string};

export function parseRichText(source: string): Block[] {
  return textBlocks(source).map((block) => (block.type === 'paragraph' ? {type: 'paragraph', lines: block.lines.map(linkify)} : block));
}

// URLs end before whitespace and before closing punctuation that ends a sentence.
// The local part of an address is capped at the 64 characters RFC 5321 allows:
// unbounded, a long line such as `a.1a.1a.1…` costs time quadratic in its
// length (every word boundary rescans to the end), and feed text is untrusted.
const LINK = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}»]|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;

/** Splits one line into text and links; only http(s) and mailto links are made. */
export function linkify(line: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(LINK)) {
    const text = match[0];
    const start = match.index!;
    if (start > last) parts.push({type: 'text', text: line.slice(last, start)});
    const href = /^https?:/i.test(text) ? safeHttpUrl(text) : `mailto:${text}`;
    parts.push(href ? {type: 'link', text, href} : {type: 'text', text});
    last = start + text.length;
  }
  if (last < line.length) parts.push({type: 'text', text: line.slice(last)});
  return parts;
}
