import {CODE_FENCE} from './code-fence.js';

/**
 * The first paragraph of a text as plain words: what a one-line banner
 * shows. The same words as the first paragraph of textBlocks() (a test
 * checks it on any text), read without cutting the rest of the text into
 * blocks: the banner's first script does without that reader, which the
 * history's chunk brings.
 */
export function firstParagraph(text: string): string {
  const lines: string[] = [];
  let inCode = false;
  for (const line of text.split(/\r\n?|\n/)) {
    const trimmed = line.trim();
    // An unclosed fence runs to the end of the text, as in Markdown.
    if (inCode) inCode = trimmed !== '```';
    else if (CODE_FENCE.test(trimmed)) {
      if (lines.length) break;
      inCode = true;
    } else if (trimmed) lines.push(line.trimEnd());
    else if (lines.length) break;
  }
  return lines.join(' ');
}
