import type {Incident, Maintenance, Report, Snapshot, Update} from '../model/types.js';
import {buildSnapshot} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {fieldText, readFrontMatter} from './front-matter.js';
import {headingSlug} from './heading-slug.js';
import {completeRange, instantOf, scanPoints, type ScannedPoint, type WrittenPoint} from './markdown-dates.js';
import {markdownToText} from './markdown-text.js';
import {ENGLISH, VOCABULARIES, normalizeLabel, type PageVocabulary, type SectionMeaning} from './markdown-vocabulary.js';

/**
 * Format `markdown`: a status page kept by hand in Markdown, as the page this
 * project started from (PowerShell Gallery's) and many documentation sites
 * keep theirs. Each incident is a heading, "## 15/12/2016 - Title" or
 * "### 13. April 2026 23:00 CEST - 14. April 2026 11:00 CEST"; then come
 * bold-labelled sections ("__Root Cause__:", "**Mitigation:**") that map to
 * the post-incident report. The words are data (markdown-vocabulary.ts).
 */

/** Something on the page that could not be read, and the line it is on (1-based). */
export interface PageProblem {
  readonly line: number;
  readonly message: string;
}

export interface MarkdownPageReading {
  readonly snapshot: Snapshot;
  /** Every entry or label that could not be read: never dropped without a word (for `status-banner validate`). */
  readonly problems: readonly PageProblem[];
  /** Ids of the incidents and maintenances whose dates are calendar days, written without a time of day. */
  readonly calendarDates: ReadonlySet<string>;
}

export interface MarkdownPageOptions {
  /** The page's language (BCP 47); else the front matter's `lang`, else the language whose labels the page uses. */
  readonly lang?: string;
}

/** The adapter's entry point: a Snapshot, or a FeedError when the page has no entry that can be read. */
export function parse(value: unknown, options?: MarkdownPageOptions): Snapshot {
  return readMarkdownPage(value, options).snapshot;
}

interface Heading {
  readonly line: number;
  readonly level: number;
  readonly text: string;
}

interface Entry {
  readonly heading: Heading;
  readonly body: readonly {line: number; text: string}[];
}

const ATX = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Tells, line by line, whether a line is inside a code fence. A fence closes
 * only with the characters that opened it and nothing after them: the seed's
 * error output has a line of `~~~~` inside a ``` block.
 */
function fenceTracker(): (line: string) => boolean {
  let open: string | undefined;
  return (line) => {
    const m = FENCE.exec(line);
    if (!m) return open !== undefined;
    if (open === undefined) {
      open = m[1]!;
      return true;
    }
    if (m[1]![0] === open[0] && m[1]!.length >= open.length && m[2]!.trim() === '') open = undefined;
    return true;
  };
}
const LABEL = /^ {0,3}(\*\*|__)(?=\S)(.{1,120}?)(?<=\S)\1\s*([:：]*)\s*(.*)$/;
const ANCHOR = /<a\s+(?:name|id)\s*=\s*["']([^"']{1,200})["']\s*>\s*<\/a>|\{#([\w-]{1,200})\}/gi;
const OPEN_END = /(?:[-–—]|\bto\b|\bau\b)\s*(?:\.\.\.|…)\s*$|\b(?:ongoing|en cours)\b|継続中/i;
const UPDATE_LINE = /^\s*\[[^\]\n]{1,30}\]\s*(.{1,80}?)\s*:\s+(.*)$/;

export function readMarkdownPage(value: unknown, options: MarkdownPageOptions = {}): MarkdownPageReading {
  if (typeof value !== 'string') throw new FeedError(`Not a Markdown status page: expected text, got ${describe(value)}`);
  const lines = value.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: PageProblem[] = [];
  const frontMatter = readFrontMatter(lines);
  const headings = findHeadings(lines, frontMatter.end);
  const vocabulary = chooseVocabulary(options.lang ?? fieldText(frontMatter, 'lang') ?? fieldText(frontMatter, 'locale'), lines);
  const read = (text: string) => scanPoints(text, vocabulary, VOCABULARIES);

  // The entries are the headings of the level of the first one that names a day;
  // a heading above that level ("## Maintenances") closes the entry before it.
  const first = headings.find((h) => h.level >= 2 && read(cleanHeading(h.text).text).some((p) => p.day !== undefined));
  if (!first) {
    throw new FeedError('Not a Markdown status page: expected headings that start with a date, such as "## 12/15/2016 - Title"');
  }
  const entries: Entry[] = [];
  for (let i = headings.indexOf(first); i < headings.length; i++) {
    const heading = headings[i]!;
    if (heading.level !== first.level) continue;
    const next = headings.slice(i + 1).find((h) => h.level <= first.level);
    const body = lines.slice(heading.line, next ? next.line - 1 : lines.length).map((text, k) => ({line: heading.line + 1 + k, text}));
    entries.push({heading, body});
  }

  const incidents: Incident[] = [];
  const maintenances: Maintenance[] = [];
  const calendarDates = new Set<string>();
  const ids = new Map<string, number>();
  for (const entry of entries) {
    const item = readEntry(entry, vocabulary, read, problems);
    if (!item) continue;
    // Two entries with one heading (a page that repeats one) keep both, as GitHub numbers their anchors.
    const seen = ids.get(item.id) ?? 0;
    ids.set(item.id, seen + 1);
    const id = seen ? `${item.id}-${seen}` : item.id;
    if (item.calendar) calendarDates.add(id);
    // The Snapshot says so too (model/types.ts), so that the elements show these dates as days.
    if (item.kind === 'maintenance') {
      const m = item.maintenance;
      maintenances.push({...m, id, ...(item.calendar ? {calendarDates: m.endsAt === undefined ? ['startsAt'] : ['startsAt', 'endsAt']} : {})});
    } else {
      const i = item.incident;
      incidents.push({...i, id, ...(item.calendar ? {calendarDates: i.resolvedAt === undefined ? ['startedAt'] : ['startedAt', 'resolvedAt']} : {})});
    }
  }

  if (incidents.length + maintenances.length === 0) {
    throw new FeedError(
      `Unreadable Markdown status page: ${problems
        .map((p) => `line ${p.line}: ${p.message}`)
        .slice(0, 3)
        .join('; ')}`,
    );
  }
  const page = {name: pageTitle(lines, headings) ?? fieldText(frontMatter, 'title'), lang: vocabulary.lang};
  return {snapshot: buildSnapshot('markdown', page, [], incidents, maintenances, 'full'), problems, calendarDates};
}

/** The page's ATX headings, with their 1-based line; none inside code fences. */
function findHeadings(lines: readonly string[], from: number): Heading[] {
  const headings: Heading[] = [];
  const inFence = fenceTracker();
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFence(line)) continue;
    const m = ATX.exec(line);
    if (m) headings.push({line: i + 1, level: m[1]!.length, text: m[2]!});
  }
  return headings;
}

/** The page's title: its first level-1 heading, `# Title` or underlined with `===`. */
function pageTitle(lines: readonly string[], headings: readonly Heading[]): string | undefined {
  const atx = headings.find((h) => h.level === 1);
  const setext = lines.findIndex((line, i) => i > 0 && /^=+\s*$/.test(line) && lines[i - 1]!.trim() !== '');
  const line = atx && (setext < 0 || atx.line - 1 < setext - 1) ? atx.text : setext > 0 ? lines[setext - 1]! : undefined;
  const title = line === undefined ? '' : markdownToText(cleanHeading(line).text);
  return title || undefined;
}

/**
 * The page's language: the one asked, else the one whose section labels the
 * page uses most (English when none or a tie).
 */
function chooseVocabulary(lang: string | undefined, lines: readonly string[]): PageVocabulary {
  const base = lang?.toLowerCase().split(/[-_]/)[0];
  const asked = VOCABULARIES.find((v) => v.lang === base);
  if (asked) return asked;
  let best = ENGLISH;
  let bestCount = 0;
  for (const vocabulary of VOCABULARIES) {
    const count = lines.filter((line) => {
      const label = LABEL.exec(line)?.[2];
      return label !== undefined && Object.hasOwn(vocabulary.labels, normalizeLabel(label));
    }).length;
    if (count > bestCount) [best, bestCount] = [vocabulary, count];
  }
  return best;
}

/** A heading without its anchor (`<a name="…"></a>`, `{#…}`) and warning signs, and the anchor. */
function cleanHeading(text: string): {text: string; anchor?: string} {
  let anchor: string | undefined;
  const clean = text.replace(ANCHOR, (_, name?: string, id?: string) => {
    anchor ??= name ?? id;
    return '';
  });
  return {text: clean.replace(/[\u26a0\u2757\u203c\u{1f534}\u{1f7e0}\u{1f7e1}\u{1f7e2}]|\ufe0f/gu, '').trim(), anchor};
}

type ReadEntry =
  {kind: 'incident'; id: string; calendar: boolean; incident: Incident} | {kind: 'maintenance'; id: string; calendar: boolean; maintenance: Maintenance};

/** One entry: its heading's dates and title, and its sections. Undefined (and a problem said) when its dates cannot be read. */
function readEntry(entry: Entry, vocabulary: PageVocabulary, read: (text: string) => ScannedPoint[], problems: PageProblem[]): ReadEntry | undefined {
  const {heading} = entry;
  const {text, anchor} = cleanHeading(heading.text);
  const points = read(text);
  const firstDay = points[0];
  if (!firstDay || firstDay.day === undefined || firstDay.start > leadLength(text, vocabulary)) {
    problems.push({
      line: heading.line,
      message: `cannot read a date in the heading "${text}": expected one such as "12/15/2016 - Title" or "13. April 2026 23:00 CEST - 14. April 2026 11:00 CEST"`,
    });
    return undefined;
  }

  // "date - title" (the seed), or a range of dates and times with no title (PressureSuite).
  const afterFirst = text.slice(firstDay.end).replace(/^[\s\-–—:|,]+/, '');
  const startsWithPoint = points[1] !== undefined && skipConnectors(afterFirst, vocabulary) === text.slice(points[1].start).trimStart();
  const titled = !startsWithPoint && /\p{L}/u.test(skipConnectors(afterFirst, vocabulary)) && !OPEN_END.test(afterFirst);
  const range = completeRange(titled ? [firstDay] : points.slice(0, 2));
  let title = titled ? afterFirst : '';
  let resolvedByTitle = false;
  for (const word of vocabulary.resolved) {
    const prefix = new RegExp(`^${word}\\s*[:：\\-–]\\s*`, 'iu');
    if (prefix.test(title)) {
      title = title.replace(prefix, '');
      resolvedByTitle = true;
      break;
    }
  }
  const open = !titled && points.length < 2 && OPEN_END.test(text.slice(firstDay.end));

  const sections = readSections(entry.body, vocabulary, problems);
  const texts = new Map<SectionMeaning | 'lead', string>();
  for (const [meaning, lines] of sections.texts) {
    const value = markdownToText(lines.join('\n'));
    if (value) texts.set(meaning, value);
  }

  // "Between 12/13/2016 and 12/15/2016" in the summary gives the start and the end.
  let [start, end] = range.map(instantOfPoint);
  let calendar = range[0]?.hour === undefined;
  const between = vocabulary.between.exec(texts.get('impact') ?? '');
  if (between) {
    const [from, to] = [read(between[1]!)[0], read(between[2]!)[0]];
    const [fromAt, toAt] = completeRange([from ?? {}, to ?? {}]).map(instantOfPoint);
    if (fromAt !== undefined && toAt !== undefined && fromAt <= toAt) {
      [start, end] = [fromAt, toAt];
      calendar = from!.hour === undefined;
    }
  }
  if (start === undefined) {
    problems.push({line: heading.line, message: `cannot read the dates in the heading "${text}" (a day without its year, or an impossible date)`});
    return undefined;
  }
  if (end !== undefined && end < start) {
    problems.push({line: heading.line, message: `the heading "${text}" ends before it starts; read as starting then`});
    end = undefined;
  }
  const resolvedAt = open ? undefined : (end ?? (titled || calendar ? start : undefined));

  const summary = texts.get('impact') ?? texts.get('lead') ?? texts.get('maintenance') ?? '';
  title ||= firstSentence(summary) || text;
  const id = anchor ?? headingSlug(text);
  const updates = readUpdates(sections.updates, read, problems);
  if (texts.has('lead') && !texts.has('impact') && !sections.texts.has('maintenance')) {
    texts.set('impact', texts.get('lead')!);
  }

  if (sections.texts.has('maintenance')) {
    const words = [texts.get('maintenance'), texts.get('impact'), texts.get('lead')].filter(Boolean);
    return {
      kind: 'maintenance',
      id,
      calendar,
      maintenance: {id, title, status: 'scheduled', startsAt: start, endsAt: end, components: [], text: words.join('\n\n') || undefined, updates},
    };
  }
  const report: Report = {
    impact: texts.get('impact'),
    rootCause: texts.get('rootCause') ?? texts.get('preliminaryRootCause'),
    rootCausePreliminary: texts.has('preliminaryRootCause') && !texts.has('rootCause') ? true : undefined,
    resolution: texts.get('resolution'),
    mitigation: texts.get('mitigation'),
    nextSteps: texts.get('nextSteps'),
  };
  const resolved = resolvedByTitle || resolvedAt !== undefined;
  return {
    kind: 'incident',
    id,
    calendar,
    incident: {
      id,
      title,
      severity: 'major',
      status: resolved ? 'resolved' : 'investigating',
      startedAt: start,
      resolvedAt: resolvedAt ?? (resolvedByTitle ? start : undefined),
      components: [],
      updates,
      report: Object.values(report).some((v) => v !== undefined) ? report : undefined,
    },
  };
}

const instantOfPoint = (point: WrittenPoint) => instantOf(point);

/** How far into a heading its first date may start: after a warning sign or a connector ("From 23.Jan.2020"), no further. */
function leadLength(text: string, vocabulary: PageVocabulary): number {
  return text.length - skipConnectors(text, vocabulary).length;
}

function skipConnectors(text: string, vocabulary: PageVocabulary): string {
  let rest = text.trimStart();
  for (let changed = true; changed;) {
    changed = false;
    for (const word of vocabulary.connectors) {
      if (rest.toLowerCase().startsWith(word) && !/[\p{L}\p{N}]/u.test(rest[word.length] ?? '')) {
        rest = rest.slice(word.length).trimStart();
        changed = true;
      }
    }
  }
  return rest;
}

/** A title for an entry whose heading has only dates: its summary's first sentence. */
function firstSentence(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '' && !l.startsWith('```')) ?? '';
  const sentence = /^.{1,200}?[.!?。](?=\s|$)/u.exec(line)?.[0] ?? line;
  return sentence.length > 120 ? `${sentence.slice(0, 119)}…` : sentence;
}

/** The entry's body cut at its bold labels; text before the first label is the `lead`. */
function readSections(
  body: Entry['body'],
  vocabulary: PageVocabulary,
  problems: PageProblem[],
): {texts: Map<SectionMeaning | 'lead', string[]>; updates: Entry['body']} {
  const texts = new Map<SectionMeaning | 'lead', string[]>();
  const updates: {line: number; text: string}[] = [];
  let current: SectionMeaning | 'lead' = 'lead';
  const inFence = fenceTracker();
  let fenced = false;
  for (const {line, text} of body) {
    fenced = inFence(text);
    const label = fenced ? null : LABEL.exec(text);
    const meaning = label ? meaningOf(label[2]!, vocabulary) : undefined;
    if (label && meaning) {
      current = meaning;
      if (!texts.has(current)) texts.set(current, []);
      if (label[4]) add(label[4], line);
      continue;
    }
    if (label && (label[3] || !label[4]) && !fenced) {
      problems.push({line, message: `unknown section label "${label[2]}", kept as text of the section before it`});
    }
    // Thematic breaks separate entries on some pages: they are no text.
    if (!fenced && /^ {0,3}([-*_])(\s*\1){2,}\s*$/.test(text)) continue;
    add(text, line);
  }
  return {texts, updates};

  function add(text: string, line: number) {
    if (current === 'updates') {
      updates.push({line, text});
      return;
    }
    if (!texts.has(current)) texts.set(current, []);
    texts.get(current)!.push(fenced ? text.trimEnd() : text.trim());
  }
}

function meaningOf(label: string, vocabulary: PageVocabulary): SectionMeaning | undefined {
  const key = normalizeLabel(label);
  for (const v of [vocabulary, ...VOCABULARIES]) if (Object.hasOwn(v.labels, key)) return v.labels[key];
  return undefined;
}

/** "[UPDATE] 3rd May 2024 - 16:30 CEST: text" paragraphs as updates, newest first. */
function readUpdates(lines: Entry['body'], read: (text: string) => ScannedPoint[], problems: PageProblem[]): Update[] {
  const updates: {at: number; lines: string[]}[] = [];
  let current: {at: number; lines: string[]} | undefined;
  for (const {line, text} of lines) {
    const m = UPDATE_LINE.exec(text);
    if (m) {
      const at = instantOf(completeRange(read(m[1]!).slice(0, 1))[0] ?? {});
      if (at === undefined) {
        problems.push({line, message: `cannot read the date of the update "${m[1]}"`});
        current = undefined;
      } else {
        current = {at, lines: [m[2]!]};
        updates.push(current);
      }
      continue;
    }
    if (current) current.lines.push(text);
    else if (text.trim()) problems.push({line, message: `text in the update history outside any "[UPDATE] <date>:" paragraph`});
  }
  return updates.map((u, i) => ({id: `u${updates.length - i}`, at: u.at, text: markdownToText(u.lines.join('\n'))})).sort((a, b) => b.at - a.at);
}
