import type {Component, ComponentStatus, Incident, Severity, Snapshot} from '../model/types.js';
import {safeHttpUrl} from '../model/safe-url.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader, parseIsoDate} from './field-reader.js';
import {fieldText, isContentFile, readFrontMatter} from './front-matter.js';
import {headingSlug} from './heading-slug.js';
import {markdownToText} from './markdown-text.js';

/**
 * Format `cstate`: cState, the Hugo status page theme. Two shapes:
 *
 * - its JSON API, `/index.json` (`"is": "index"`): `systems` with their
 *   `status` and `unresolvedIssues`, and `pinnedIssues`;
 * - one of its content files, `content/issues/<date>-<name>.md`: YAML front
 *   matter (`title`, `date`, `resolved`, `resolvedWhen`, `severity`,
 *   `affected`) over the messages, in plain text.
 *
 * `summaryStatus` is not believed: status.torproject.org's said `disrupted`
 * while every system was `ok` with no unresolved issue. The overall status
 * comes from the systems and the issues, as for every format.
 */

/** cState's three levels: `down`, `disrupted`, `notice` (informational), and `ok` for a system. */
const SYSTEM: Record<string, ComponentStatus> = {ok: 'operational', notice: 'operational', disrupted: 'degraded', down: 'major_outage'};
const SEVERITY: Record<string, Severity> = {notice: 'minor', disrupted: 'major', down: 'critical'};

/**
 * A cState date: ISO 8601 as front matter writes it, or as Hugo prints a
 * time into /index.json (`{{ .Date }}`), Go's way: "2025-11-18 11:48:00 +0000 UTC".
 */
export function cstateDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const go = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) ([+-]\d{2})(\d{2})(?: [A-Za-z]{1,6})?$/.exec(value.trim());
  return parseIsoDate(go ? `${go[1]}T${go[2]}${go[3]}:${go[4]}` : value);
}

/** A table's value for a feed's word, lowercased; never a property every object has (`constructor`). */
function lookup<T>(table: Record<string, T>, value: unknown): T | undefined {
  const word = typeof value === 'string' ? value.toLowerCase() : '';
  return Object.hasOwn(table, word) ? table[word] : undefined;
}
const severityOf = (value: unknown): Severity => lookup(SEVERITY, value) ?? 'major';
/** A system's id: its name as an anchor, or the name itself when that leaves nothing ("&#!"). */
const systemId = (name: string) => headingSlug(name) || name;

/** The JSON API's answer, or one content file's text. */
export const read = (value: unknown): Snapshot => (typeof value === 'string' ? parseContentFile(value) : parse(value));

/** The JSON API, `/index.json`. */
export function parse(value: unknown): Snapshot {
  if (!isObject(value) || !(value['is'] === 'index' || Array.isArray(value['systems']))) {
    throw new FeedError(`Not a cState feed: expected its /index.json ({"is": "index", "systems": [...]}), got ${describe(value)}`);
  }
  const r = new FieldReader();
  const page = {
    name: r.optionalString(value['title'], 'title'),
    url: safeHttpUrl(value['baseURL']),
    lang: r.optionalString(value['languageCode'], 'languageCode'),
  };
  const components: Component[] = [];
  const incidents = new Map<string, Incident>();
  const readIssue = (o: Record<string, unknown>, path: string, system?: string) => {
    const title = r.optionalString(o['title'], `${path}.title`);
    const startedAt = cstateDate(o['createdAt']);
    if (startedAt === undefined) r.problem(`${path}.createdAt`, 'a date such as "2025-11-18 11:48:00 +0000 UTC"', o['createdAt']);
    const id = r.optionalString(o['permalink'], `${path}.permalink`) ?? r.optionalString(o['filename'], `${path}.filename`) ?? title;
    if (!id || startedAt === undefined) return;
    const known = incidents.get(id);
    const affected = r
      .array(o['affected'], `${path}.affected`)
      .filter((a): a is string => typeof a === 'string' && a.trim() !== '')
      .map(systemId);
    if (known) {
      // The same issue under every system it affects: one incident.
      if (system && !known.components.includes(system)) incidents.set(id, {...known, components: [...known.components, system]});
      return;
    }
    const resolvedAt = o['resolved'] === true ? (cstateDate(o['resolvedAt']) ?? startedAt) : undefined;
    incidents.set(id, {
      id,
      title: title ?? id,
      severity: severityOf(o['severity']),
      status: resolvedAt === undefined ? 'investigating' : 'resolved',
      startedAt,
      resolvedAt,
      components: [...new Set([...(system ? [system] : []), ...affected])],
      url: safeHttpUrl(o['permalink']),
      updates: [],
    });
  };
  r.each(value['systems'], 'systems', (o, path) => {
    const name = r.optionalString(o['name'], `${path}.name`);
    if (!name) return r.problem(`${path}.name`, 'a system name', o['name']);
    const id = systemId(name);
    components.push({id, name, status: lookup(SYSTEM, o['status']) ?? 'degraded'});
    r.each(o['unresolvedIssues'], `${path}.unresolvedIssues`, (issue, p) => readIssue(issue, p, id));
  });
  r.each(value['pinnedIssues'], 'pinnedIssues', (issue, p) => readIssue(issue, p));
  r.check('cState feed');
  return buildSnapshot('cstate', page, components, [...incidents.values()], [], 'active');
}

/** One content file, `content/issues/<date>-<name>.md`: one incident. */
export function parseContentFile(text: unknown): Snapshot {
  if (typeof text !== 'string') throw new FeedError(`Not a cState content file: expected text, got ${describe(text)}`);
  const lines = text.split(/\r\n|\r|\n/);
  const matter = readFrontMatter(lines);
  if (!isContentFile(matter)) {
    throw new FeedError('Not a cState content file: expected YAML front matter with title, date, severity, affected, resolved');
  }
  const title = fieldText(matter, 'title');
  const date = fieldText(matter, 'date');
  const startedAt = cstateDate(date);
  const problems: string[] = [];
  if (!title) problems.push(`title: expected the issue's title, got ${describe(title)}`);
  if (startedAt === undefined) problems.push(`date: expected an ISO 8601 date such as "2025-11-18T11:48:00-00:00", got ${describe(date)}`);
  const resolved = fieldText(matter, 'resolved') === 'true';
  const resolvedWhen = fieldText(matter, 'resolvedwhen');
  const resolvedAt = resolved ? (cstateDate(resolvedWhen) ?? startedAt) : undefined;
  if (resolved && resolvedWhen !== undefined && cstateDate(resolvedWhen) === undefined)
    problems.push(`resolvedWhen: expected an ISO 8601 date, got ${describe(resolvedWhen)}`);
  if (problems.length)
    throw new FeedError(
      `Invalid cState content file: ${problems.join('; ')}`,
      problems.map((p) => p.split(':')[0]!),
      problems,
    );

  const affected = matter.fields['affected'];
  const names = (typeof affected === 'string' ? [affected] : [...(affected ?? [])]).filter((name) => name.trim() !== '');
  const severity = severityOf(fieldText(matter, 'severity'));
  const status: ComponentStatus = resolved ? 'operational' : (lookup(SYSTEM, fieldText(matter, 'severity')) ?? 'degraded');
  const components = names.map((name) => ({id: systemId(name), name, status}));
  const body = markdownToText(lines.slice(matter.end).join('\n'));
  const id = `${date!.slice(0, 10)}-${systemId(title!)}`;
  const incident: Incident = {
    id,
    title: title!,
    severity,
    status: resolved ? 'resolved' : 'investigating',
    startedAt: startedAt!,
    resolvedAt,
    components: components.map((c) => c.id),
    // The file's messages, newest first as cState writes them, are one text.
    updates: body ? [{id: `${id}-messages`, at: resolvedAt ?? startedAt!, status: resolved ? 'resolved' : 'investigating', text: body}] : [],
  };
  return buildSnapshot('cstate', {}, components, [incident], [], 'full');
}
