/**
 * Text "as the feed's author wrote it", as a reader gets it: what the
 * injection checks compare a feed text with, in a Snapshot and on screen.
 */
import {normalize} from '../helpers/dom.js';

/**
 * Text as a format that collapses white space delivers it (formats.ts,
 * `collapsesWhiteSpace`): every run of white space (as JavaScript's `\s`
 * knows it: also no-break space, BOM, line and paragraph separators) one
 * space, trimmed; lone surrogates as U+FFFD, as a UTF-8 body carries them.
 */
export function collapseWhiteSpace(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How a format delivers text: as is, or white space collapsed. */
export function seenThrough(collapsesWhiteSpace: boolean | undefined): (text: string | null | undefined) => string | null | undefined {
  return collapsesWhiteSpace ? collapseWhiteSpace : (text) => text;
}

/**
 * The lines of a feed text a reader sees, white space normalized: rich text
 * keeps each line (fence lines excepted) as written, and separate elements
 * run into each other in `textContent`.
 */
export function visibleLines(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .filter((line) => !/^\s*```/.test(line))
    .map(normalize)
    .filter(Boolean);
}
