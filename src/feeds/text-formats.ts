import type {Snapshot} from '../model/types.js';
import {parse as parseMarkdownPage} from './markdown-page.js';
import type {FormatOption} from './parse-feed.js';

/**
 * Feeds that are text, neither JSON nor XML: a status page kept by hand in
 * Markdown. Loaded on demand, as a chunk of its own.
 */
export function parse(body: unknown, _format: FormatOption): Snapshot {
  return parseMarkdownPage(body);
}
