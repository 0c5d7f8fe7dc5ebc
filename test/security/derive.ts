/**
 * Everything the elements derive from a Snapshot, run on one: the model's
 * derivations, the text handling, and the formatters the history and the
 * banner call on every instant. Throws (with what failed) on the first
 * exception or impossible result; returns how many derivations ran.
 */
import {deriveStatus} from '../../src/headless.js';
import {formatDate, formatRelative} from '../../src/i18n/format.js';
import {formatDuration, formatList} from '../../src/i18n/format-duration.js';
import {translator} from '../../src/i18n/i18n.js';
import {formatMonth, monthKey} from '../../src/i18n/format-month.js';
import {chooseBanner, latestUpdateId} from '../../src/model/banner.js';
import {filterByComponents, parseComponentList} from '../../src/model/filters.js';
import {historyIncidents, historyMaintenances, incidentEnd} from '../../src/model/history-window.js';
import {linkify, parseRichText} from '../../src/model/rich-text.js';
import {isStale} from '../../src/model/staleness.js';
import {isIncidentActive, isMaintenanceInProgress, overallStatus} from '../../src/model/status.js';
import {pickText} from '../../src/model/text.js';
import type {Snapshot, Text} from '../../src/model/types.js';
import {isSafeHref} from './inspect.js';

const OVERALL = ['operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance', 'unknown'];
const DAY = 86_400_000;

export interface DeriveOptions {
  now?: number;
  lang?: string;
  /** A `components` attribute value. */
  components?: string;
  days?: number;
  upcomingHours?: number;
}

export function deriveEverything(snapshot: Snapshot, options: DeriveOptions = {}): number {
  const now = options.now ?? Date.now();
  const lang = options.lang ?? 'en';
  let count = 0;
  const step = <T>(name: string, run: () => T): T => {
    count++;
    try {
      return run();
    } catch (error) {
      throw new Error(`${name} threw on an adapter's snapshot: ${(error as Error)?.stack ?? String(error)}`, {cause: error});
    }
  };
  const expectThat = (ok: boolean, what: string) => {
    if (!ok) throw new Error(what);
  };

  const view = step('filterByComponents', () => filterByComponents(snapshot, parseComponentList(options.components)));
  const overall = step('overallStatus', () => overallStatus(view, now));
  expectThat(OVERALL.includes(overall), `overallStatus gave ${overall}`);
  const banner = step('chooseBanner', () => chooseBanner(view, now, options.upcomingHours ?? 24));
  if (banner.kind === 'incident') {
    expectThat(view.incidents.includes(banner.incident) && isIncidentActive(banner.incident), 'the banner chose an incident that is not active');
    step('latestUpdateId', () => latestUpdateId(banner.incident));
  } else if (banner.kind !== 'none') {
    expectThat(view.maintenances.includes(banner.maintenance), 'the banner chose a maintenance not in the snapshot');
  }
  const derived = step('deriveStatus', () => deriveStatus(snapshot, {now, fetchedAt: now - 1000, maxAge: 60}));
  expectThat(derived.overall === overallStatus(snapshot, now), 'deriveStatus disagrees with overallStatus');
  step('isStale', () => isStale(now - 5000, 1, now));

  const days = options.days ?? 90;
  const incidents = step('historyIncidents', () => historyIncidents(view, days, now));
  const maintenances = step('historyMaintenances', () => historyMaintenances(view, days, now));
  for (const i of incidents) {
    const end = step('incidentEnd', () => incidentEnd(i));
    expectThat(Number.isFinite(end), `incidentEnd gave ${end}`);
    step('formatDuration', () => formatDuration(end - i.startedAt, lang, translator(lang)));
    step('isIncidentActive', () => isIncidentActive(i));
  }
  for (const m of maintenances) step('isMaintenanceInProgress', () => isMaintenanceInProgress(m, now));

  const texts: (Text | undefined)[] = [snapshot.page.name, ...snapshot.components.map((c) => c.name)];
  const instants: number[] = [];
  for (const i of snapshot.incidents) {
    texts.push(i.title, ...i.updates.map((u) => u.text));
    if (i.report) texts.push(i.report.impact, i.report.rootCause, i.report.resolution, i.report.mitigation, i.report.nextSteps);
    instants.push(i.startedAt, ...(i.resolvedAt === undefined ? [] : [i.resolvedAt]), ...i.updates.map((u) => u.at));
  }
  for (const m of snapshot.maintenances) {
    texts.push(m.title, m.text, ...m.updates.map((u) => u.text));
    instants.push(m.startsAt, ...(m.endsAt === undefined ? [] : [m.endsAt]), ...m.updates.map((u) => u.at));
  }
  // The elements read at most a few hundred texts; a snapshot with more is sampled.
  for (const text of texts.slice(0, 200)) {
    const picked = step('pickText', () => pickText(text, lang, snapshot.page.lang));
    expectThat(typeof picked === 'string', `pickText gave ${typeof picked}`);
    const blocks = step('parseRichText', () => parseRichText(picked));
    for (const block of blocks) {
      if (block.type !== 'paragraph') continue;
      for (const line of block.lines)
        for (const inline of line) if (inline.type === 'link') expectThat(isSafeHref(inline.href), `rich text made a link to ${inline.href}`);
    }
    step('linkify', () => linkify(picked.slice(0, 2000)));
  }
  for (const at of instants.slice(0, 200)) {
    step('toISOString', () => new Date(at).toISOString());
    step('formatDate', () => formatDate(at, lang, 'dateTime'));
    step('formatMonth', () => formatMonth(at, lang));
    step('monthKey', () => monthKey(at));
    step('formatRelative', () => formatRelative(at, now, lang));
  }
  step('formatList', () =>
    formatList(
      snapshot.components.slice(0, 50).map((c) => pickText(c.name, lang)),
      lang,
    ),
  );
  // Every day of the window, as the history's `days` attribute would take it.
  step('historyIncidents (no limit)', () => historyIncidents(view, 0, now + DAY));
  return count;
}
