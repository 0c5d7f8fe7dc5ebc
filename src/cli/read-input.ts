/// <reference types="node" />
import {readFile} from 'node:fs/promises';
import type {Snapshot} from '../model/types.js';
import {FeedError} from '../feeds/feed-error.js';
import {readMarkdownPage} from '../feeds/markdown-page.js';
import {parseFeedText, type FormatOption} from '../feeds/parse-feed.js';
import {planSource, readSource, type EndpointBody} from '../feeds/sources.js';

/** One input of the CLI read: its Snapshot, or every problem found, each one line. */
export type InputReading =
  | {readonly ok: true; readonly snapshot: Snapshot; readonly calendarDates: ReadonlySet<string>; readonly problems: readonly string[]}
  | {readonly ok: false; readonly problems: readonly string[]};

const TIMEOUT_MS = 30_000;

/**
 * Reads a file or a URL in the format asked (or sniffed). A URL is planned
 * as the elements plan it (a Statuspage page URL reads its API's endpoints).
 * Problems carry the input's name, and a line number or a path when the
 * format has them (`page.md:129: …`, `feed.json: incidents[2].started_at: …`).
 */
export async function readInput(input: string, format: FormatOption, lang?: string): Promise<InputReading> {
  let bodies: EndpointBody[];
  let plan;
  try {
    if (/^https?:\/\//i.test(input)) {
      plan = planSource(input, format, true);
      bodies = await Promise.all(plan.urls.map(fetchBody));
    } else {
      bodies = [{url: input, body: await readFile(input, 'utf8'), contentType: ''}];
    }
  } catch (error) {
    return {ok: false, problems: [`${input}: cannot read it: ${(error as Error).message}`]};
  }
  try {
    const snapshot = plan ? await readSource(plan, bodies, format) : await parseFeedText(bodies[0]!.body, format);
    if (snapshot.format !== 'markdown' || bodies.length !== 1) return {ok: true, snapshot, calendarDates: new Set(), problems: []};
    // A Markdown page is read again for what it could not read, line by line, and in the language given.
    const page = readMarkdownPage(bodies[0]!.body, {lang});
    return {ok: true, snapshot: page.snapshot, calendarDates: page.calendarDates, problems: page.problems.map((p) => `${input}:${p.line}: ${p.message}`)};
  } catch (error) {
    if (!(error instanceof FeedError)) return {ok: false, problems: [`${input}: ${(error as Error).message}`]};
    const problems = error.problems.length ? error.problems : [error.message];
    return {ok: false, problems: problems.map((p) => `${input}: ${p}`)};
  }
}

async function fetchBody(url: string): Promise<EndpointBody> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: {accept: 'application/json, application/xml, text/markdown, text/plain;q=0.9, */*;q=0.5'},
  });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return {url, body: await response.text(), contentType: response.headers.get('content-type') ?? ''};
}
