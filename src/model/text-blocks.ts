/**
 * Feed text cut into its blocks (DESIGN.md §3): paragraphs of lines,
 * separated by blank lines, and ``` fenced code. Links are found later, in
 * rich-text.ts: a one-line banner needs only the first paragraph's words.
 */

export type TextBlock = {readonly type: 'paragraph'; readonly lines: readonly string[]} | {readonly type: 'code'; readonly lang: string; readonly code: string};

// Matched against trimmed lines, with trimEnd() rather than /\s+$/ elsewhere:
// white space around a pattern makes V8 backtrack, and a line of a million
// spaces ending in any other character took hours to scan (feed text is
// untrusted). trim() and trimEnd() strip exactly what \s matches.
const FENCE = /^```\s*([\w+#.-]*)$/;

export function textBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({type: 'paragraph', lines: paragraph});
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

/** The first paragraph of a text as plain words: what a one-line banner shows. */
export function firstParagraph(text: string): string {
  const first = textBlocks(text).find((b) => b.type === 'paragraph');
  return first && first.type === 'paragraph' ? first.lines.join(' ') : '';
}
