import {FeedError} from './feed-error.js';
import type {ReadOptions} from './types.js';

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

/**
 * A body longer than this, read with a pause (a page, not the CLI), is
 * parsed in slices: JSON.parse() of a megabyte is tens of milliseconds on a
 * phone, one long task.
 */
export const BIG_JSON = 1_000_000;

/**
 * readJson(), in slices with a pause between them for a big body
 * (json-in-slices.ts, loaded then). Not JSON: the FeedError readJson()
 * throws, with the engine's own message.
 */
export async function readJsonInSlices(body: string, contentType = '', options?: ReadOptions): Promise<unknown> {
  return options?.pause && body.length > BIG_JSON
    ? (await import('./json-in-slices.js')).readBigJson(body, options.pause, () => readJson(body, contentType))
    : readJson(body, contentType);
}

function htmlPage(start: string): FeedError {
  return new FeedError(`Expected a status feed, got an HTML page (${JSON.stringify(start.slice(0, 60))}…): check the src URL or the proxy in front of it`);
}
