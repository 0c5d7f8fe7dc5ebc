import type {Snapshot} from '../model/types.js';
import {isContentFile, parseContentFile} from './cstate.js';
import {readFrontMatter} from './front-matter.js';
import {parse as parseMarkdownPage} from './markdown-page.js';
import type {FormatOption} from './parse-feed.js';

/**
 * Feeds that are text, neither JSON nor XML: a status page kept by hand in
 * Markdown, or one of cState's content files (Markdown under YAML front
 * matter with cState's keys). Loaded on demand, as a chunk of its own.
 */
export function parse(body: unknown, format: FormatOption): Snapshot {
  const cstate = format === 'cstate' || (format === 'auto' && typeof body === 'string' && isContentFile(readFrontMatter(body.split(/\r\n|\r|\n/, 40))));
  return cstate ? parseContentFile(body) : parseMarkdownPage(body);
}
