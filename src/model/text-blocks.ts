/**
 * Feed text cut into its blocks (DESIGN.md §3): paragraphs of lines,
 * separated by blank lines, and ``` fenced code. Links are found later, in
 * rich-text.ts; a one-line banner needs only the first paragraph's words
 * (first-paragraph.ts).
 */
import {CODE_FENCE} from './code-fence.js';

export type TextBlock = {readonly type: 'paragraph'; readonly lines: readonly string[]} | {readonly type: 'code'; readonly lang: string; readonly code: string};

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
    const fence = CODE_FENCE.exec(line.trim());
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
