import type {Incident, Maintenance, Report, Snapshot, Text, Update} from '../model/types.js';

/**
 * Several translations of one status page (the seed's English original and
 * its French translation) as one multilingual Snapshot: every text becomes
 * `{"en": …, "fr": …}`. Incidents and maintenances are paired by id (the
 * headings' anchors, which translations keep), else by their dates: two
 * incidents can share a title ("Download Items Failed") and differ by date.
 * Pure: `status-banner convert` uses it.
 */

export interface Translation {
  /** BCP 47 tag of this translation's texts. */
  readonly lang: string;
  readonly snapshot: Snapshot;
}

export interface MergedTranslations {
  readonly snapshot: Snapshot;
  /** Items missing from a translation: kept, in the languages they have, and named here. */
  readonly unpaired: readonly string[];
}

export function mergeTranslations(translations: readonly Translation[]): MergedTranslations {
  const [base, ...others] = translations;
  if (!base) throw new RangeError('mergeTranslations: no translation given');
  const unpaired: string[] = [];
  let incidents = base.snapshot.incidents.map((i) => localizeIncident(i, base.lang));
  let maintenances = base.snapshot.maintenances.map((m) => localizeMaintenance(m, base.lang));
  let pageName = tag(base.snapshot.page.name, base.lang);
  for (const other of others) {
    incidents = pairInto(
      incidents,
      other.snapshot.incidents,
      (i) => [i.startedAt, i.resolvedAt],
      (into, from) => mergeIncident(into, from, other.lang),
      (i) => localizeIncident(i, other.lang),
      `${other.lang} incident`,
      unpaired,
    );
    maintenances = pairInto(
      maintenances,
      other.snapshot.maintenances,
      (m) => [m.startsAt, m.endsAt],
      (into, from) => mergeMaintenance(into, from, other.lang),
      (m) => localizeMaintenance(m, other.lang),
      `${other.lang} maintenance`,
      unpaired,
    );
    pageName = join(pageName, other.snapshot.page.name, other.lang);
  }
  const snapshot: Snapshot = {
    ...base.snapshot,
    page: {...base.snapshot.page, name: pageName, lang: base.lang},
    incidents: incidents.sort((a, b) => b.startedAt - a.startedAt),
    maintenances: maintenances.sort((a, b) => a.startsAt - b.startsAt),
  };
  return {snapshot, unpaired};
}

/**
 * Merges each of `items` into its pair in `into`: the one with its id, else
 * the first not yet paired with the same dates. An item with no pair is added.
 */
function pairInto<T extends {id: string}>(
  into: T[],
  items: readonly T[],
  dates: (item: T) => readonly (number | undefined)[],
  merge: (into: T, from: T) => T,
  localize: (item: T) => T,
  what: string,
  unpaired: string[],
): T[] {
  const result = [...into];
  const paired = new Set<number>();
  const lang = what.split(' ')[0];
  for (const item of items) {
    let index = result.findIndex((candidate, i) => !paired.has(i) && candidate.id === item.id);
    if (index < 0) index = result.findIndex((candidate, i) => !paired.has(i) && dates(candidate).join() === dates(item).join());
    if (index < 0) {
      unpaired.push(`${what} "${item.id}" has no counterpart in the first input: kept in its language only`);
      result.push(localize(item));
      paired.add(result.length - 1);
      continue;
    }
    paired.add(index);
    result[index] = merge(result[index]!, item);
  }
  into.forEach((item, i) => {
    if (!paired.has(i)) unpaired.push(`${what.split(' ')[1]} "${item.id}" has no ${lang} translation: kept without it`);
  });
  return result;
}

/** A text tagged with its language: `"…"` → `{"fr": "…"}`; a text already tagged stays as it is. */
function tag(text: Text | undefined, lang: string): Text | undefined {
  return typeof text === 'string' ? {[lang]: text} : text;
}

/** One more language of a text. */
function join(text: Text | undefined, more: Text | undefined, lang: string): Text | undefined {
  if (more === undefined) return text;
  return {...(tag(text, lang) as Record<string, string> | undefined), ...(tag(more, lang) as Record<string, string>)};
}

const REPORT_TEXTS = ['impact', 'rootCause', 'resolution', 'mitigation', 'nextSteps'] as const;

function mapReport(report: Report | undefined, text: (key: (typeof REPORT_TEXTS)[number]) => Text | undefined): Report | undefined {
  if (!report) return undefined;
  const out: Record<string, unknown> = {...report};
  for (const key of REPORT_TEXTS) out[key] = text(key);
  return out as Report;
}

const localizeUpdate = (u: Update, lang: string): Update => ({...u, text: tag(u.text, lang)});

function localizeIncident(incident: Incident, lang: string): Incident {
  return {
    ...incident,
    title: tag(incident.title, lang)!,
    updates: incident.updates.map((u) => localizeUpdate(u, lang)),
    report: mapReport(incident.report, (key) => tag(incident.report![key], lang)),
  };
}

function localizeMaintenance(maintenance: Maintenance, lang: string): Maintenance {
  return {
    ...maintenance,
    title: tag(maintenance.title, lang)!,
    text: tag(maintenance.text, lang),
    updates: maintenance.updates.map((u) => localizeUpdate(u, lang)),
  };
}

/** Updates paired by their time, else by their place in the list. */
function mergeUpdates(into: readonly Update[], from: readonly Update[], lang: string): Update[] {
  return into.map((u, i) => {
    const pair = from.find((f) => f.at === u.at) ?? from[i];
    return pair ? {...u, text: join(u.text, pair.text, lang)} : u;
  });
}

function mergeIncident(into: Incident, from: Incident, lang: string): Incident {
  const report = into.report ?? (from.report ? {} : undefined);
  return {
    ...into,
    title: join(into.title, from.title, lang)!,
    updates: mergeUpdates(into.updates, from.updates, lang),
    report: report && {
      ...mapReport(report, (key) => join(report[key], from.report?.[key], lang)),
      rootCausePreliminary: into.report?.rootCausePreliminary ?? from.report?.rootCausePreliminary,
    },
  };
}

function mergeMaintenance(into: Maintenance, from: Maintenance, lang: string): Maintenance {
  return {...into, title: join(into.title, from.title, lang)!, text: join(into.text, from.text, lang), updates: mergeUpdates(into.updates, from.updates, lang)};
}
