import {safeHttpUrl} from '../model/safe-url.js';

/**
 * Cachet's messages and Uptime Kuma's incidents are Markdown: this keeps
 * what the elements render (paragraphs, line breaks, ``` code blocks, bare
 * URLs) and turns the rest into the plain text a reader would see:
 * `[text](url)` → "text (url)" when the URL is http(s) (else just the text),
 * emphasis and heading marks dropped, list items as "• " lines. Nothing is
 * ever read as HTML. Every repeated pattern is bounded: feed text is
 * untrusted, and an unbounded one can take quadratic time on a long line.
 */
export function markdownToText(markdown: string): string {
  let fenced = false;
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) fenced = !fenced;
      else if (!fenced) {
        line = line
          .replace(/!?\[([^\]\n]{0,300})\]\(\s*<?((?:[^()\s>]|\([^()\s]{0,200}\)){0,2000})>?(?:\s+"[^"\n]{0,300}")?\s*\)/g, (_, text: string, url: string) => {
            const href = safeHttpUrl(url);
            return href && text && text !== url ? `${text} (${href})` : text || href || '';
          })
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/^\s{0,3}>\s?/, '')
          .replace(/^(\s*)[-*+]\s+/, '$1• ')
          .replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2')
          .replace(/(^|[^\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?!\w)/g, '$1$2')
          .replace(/`([^`\n]{1,300})`/g, '$1');
      }
      return line;
    })
    .join('\n')
    .trim();
}
