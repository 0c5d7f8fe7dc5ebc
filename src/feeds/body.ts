import {FeedError} from './feed-error.js';

/** The start of a response body, what tells its syntax: JSON, XML, Markdown, or an HTML page. */
export const bodyStart = (body: string): string => body.trimStart().slice(0, 200);

/**
 * An HTML page where a feed was expected (a proxy's error or login page, a
 * wrong URL), named as such; undefined for any other body.
 */
export function htmlPageError(start: string): FeedError | undefined {
  return /^<(!doctype html|html)\b/i.test(start) ? htmlPage(start) : undefined;
}

/** A body's JSON, or a FeedError saying what came instead. */
export function readJson(body: string, contentType = ''): unknown {
  const start = bodyStart(body);
  try {
    return JSON.parse(body);
  } catch (error) {
    if (/text\/html/i.test(contentType) || /^<[a-z!]/i.test(start)) throw htmlPage(start);
    const shown = start.length === 0 ? 'an empty body' : `${JSON.stringify(start.slice(0, 60))}`;
    throw new FeedError(`Expected a JSON status feed, got text that is not JSON (${(error as Error).message}): ${shown}`);
  }
}

function htmlPage(start: string): FeedError {
  return new FeedError(`Expected a status feed, got an HTML page (${JSON.stringify(start.slice(0, 60))}…): check the src URL or the proxy in front of it`);
}
