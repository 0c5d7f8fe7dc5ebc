import {dateOf, type Dated} from '../model/calendar-date.js';
import type {Component, Incident, Maintenance, Report, Snapshot, Text, Update} from '../model/types.js';
import {NATIVE_VERSION} from './native-shape.js';

/**
 * Writes a Snapshot as a native feed (DESIGN.md §3): what `status-banner
 * convert` prints, and what the native reader reads back into the same
 * Snapshot. Fields without a value are left out.
 */

export interface NativeWriteOptions {
  /**
   * Ids of the incidents and maintenances whose dates are calendar days
   * (a hand-written page's "15/12/2016"): written `"2016-12-15"`, without
   * the time of day a Snapshot's instant would otherwise invent.
   */
  readonly calendarDates?: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

export function writeNativeFeed(snapshot: Snapshot, options: NativeWriteOptions = {}): Json {
  const calendar = options.calendarDates ?? new Set<string>();
  return compact({
    version: NATIVE_VERSION,
    page: compact({name: snapshot.page.name, url: snapshot.page.url, lang: snapshot.page.lang}),
    components: snapshot.components.map(writeComponent),
    incidents: snapshot.incidents.map((incident) => writeIncident(incident, calendar.has(incident.id))),
    maintenances: snapshot.maintenances.map((maintenance) => writeMaintenance(maintenance, calendar.has(maintenance.id))),
  });
}

/** An instant as ISO 8601 in UTC, or its day alone when it is a calendar date. */
export function writeInstant(time: number, calendarDay = false): string {
  const iso = new Date(time).toISOString();
  return calendarDay ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** An item's date field as the native feed writes it: a calendar date stays one (or every date does, with `calendar`). */
function writeField<Field extends string>(item: Dated<Field>, field: Field, calendar: boolean): string | undefined {
  const when = dateOf(item, field);
  return when && writeInstant(when.at, calendar || when.calendar);
}

function writeComponent(component: Component): Json {
  return {id: component.id, name: component.name, status: component.status};
}

function writeIncident(incident: Incident, calendar: boolean): Json {
  return compact({
    id: incident.id,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    started_at: writeField(incident, 'startedAt', calendar),
    resolved_at: writeField(incident, 'resolvedAt', calendar),
    components: incident.components.length ? incident.components : undefined,
    url: incident.url,
    updates: incident.updates.length ? incident.updates.map(writeUpdate) : undefined,
    report: incident.report && writeReport(incident.report),
  });
}

function writeMaintenance(maintenance: Maintenance, calendar: boolean): Json {
  return compact({
    id: maintenance.id,
    title: maintenance.title,
    status: maintenance.status,
    starts_at: writeField(maintenance, 'startsAt', calendar),
    ends_at: writeField(maintenance, 'endsAt', calendar),
    components: maintenance.components.length ? maintenance.components : undefined,
    text: maintenance.text,
    url: maintenance.url,
    updates: maintenance.updates.length ? maintenance.updates.map(writeUpdate) : undefined,
  });
}

function writeUpdate(update: Update): Json {
  // A calendar date stays a day (model/types.ts calendarDates): written with a time, it would become midnight UTC.
  return compact({id: update.id, at: writeInstant(update.at, dateOf(update, 'at')!.calendar), status: update.status, text: update.text});
}

function writeReport(report: Report): Json | undefined {
  const written = compact({
    impact: report.impact,
    root_cause: report.rootCause,
    root_cause_preliminary: report.rootCausePreliminary,
    resolution: report.resolution,
    mitigation: report.mitigation,
    next_steps: report.nextSteps,
  });
  return Object.keys(written).length ? written : undefined;
}

/** The object without its undefined fields (and without an empty `page`). */
function compact(object: Record<string, unknown>): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    if (key === 'page' && Object.keys(value as Json).length === 0) continue;
    out[key] = value as Text | unknown;
  }
  return out;
}
