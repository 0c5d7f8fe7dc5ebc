/**
 * Feed text is plain text with three conventions (DESIGN.md §3): blank lines
 * separate paragraphs, single newlines are kept, http(s) URLs and e-mail
 * addresses become links, and ``` fences mark code. This turns a string into
 * that structure; the elements render it with Lit, so nothing is ever parsed
 * as HTML.
 */

export type Inline =
  | {readonly type: 'text'; readonly text: string}
  | {readonly type: 'link'; readonly text: string; readonly href: string};

export type Block =
  | {readonly type: 'paragraph'; readonly lines: readonly (readonly Inline[])[]}
  | {readonly type: 'code'; readonly lang: string; readonly code: string};

// Matched against trimmed lines, with trimEnd() rather than /\s+$/ elsewhere:
// white space around a pattern makes V8 backtrack, and a line of a million
// spaces ending in any other character took hours to scan (feed text is
// untrusted). trim() and trimEnd() strip exactly what \s matches.
const FENCE = /^```\s*([\w+#.-]*)$/;

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({type: 'paragraph', lines: paragraph.map(linkify)});
    paragraph = [];
  };
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line.trim());
    if (fence) {
      flush();
      const code: string[] = [];
      // An unclosed fence runs to the end of the text, as in Markdown.
      for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) code.push(lines[i]!.trimEnd());
      blocks.push({type: 'code', lang: fence[1] ?? '', code: code.join('\n')});
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line.trimEnd());
    }
  }
  flush();
  return blocks;
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

/** The URL if it parses as http(s), else undefined: the only links a feed may make. */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
