/**
 * The Snapshot: what every feed adapter produces and every element reads.
 * Plain data only (numbers for instants, strings for ids) so that it can be
 * compared, cached as JSON and built under Node.
 */

/**
 * A human text from the feed: one string, or one string per language tag
 * (`{"en": "…", "fr": "…"}`). Never passed through i18next.
 */
export type Text = string | Readonly<Record<string, string>>;

export type Severity = 'minor' | 'major' | 'critical';
export type IncidentStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved';
export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'completed';
export type ComponentStatus = 'operational' | 'degraded' | 'partial_outage' | 'major_outage' | 'maintenance';

/** The overall status shown by the indicator: a component status, or `unknown` when nothing trustworthy is known. */
export type OverallStatus = ComponentStatus | 'unknown';

export type FeedFormat =
  | 'native'
  | 'statuspage'
  | 'atom'
  | 'rss'
  | 'cachet'
  | 'uptime-kuma'
  | 'instatus'
  | 'markdown'
  | 'cstate'
  | 'incidentio'
  | 'statusio'
  | 'upptime'
  | 'betterstack'
  | 'gatus';

export interface Page {
  readonly name?: Text;
  /** The human status page, where "details" links go by default. */
  readonly url?: string;
  /** The language of untagged texts, and the fallback for tagged ones. */
  readonly lang?: string;
}

export interface Component {
  readonly id: string;
  readonly name: Text;
  readonly status: ComponentStatus;
  /**
   * Daily figures the feed measured (native `components[].uptime`, Upptime,
   * Better Stack, heartbeats or checks), oldest first; absent when the feed
   * measures nothing. A day not listed was not measured.
   */
  readonly uptime?: readonly UptimeDay[];
}

/** One day's measured availability of a component. */
export interface UptimeDay {
  /** The calendar day, `YYYY-MM-DD`, in UTC (the day the feed measured). */
  readonly date: string;
  /** The share of the day the component was up, from 0 to 1. */
  readonly uptime: number;
  /** Minutes down that day, when the feed says. */
  readonly downMinutes?: number;
  /** How many checks were made that day, when the figure comes from checks. */
  readonly checks?: number;
  /** The worst status the feed recorded that day, when it says more than a ratio. */
  readonly status?: ComponentStatus;
}

/**
 * Which of an item's dates the feed wrote as *calendar dates*: a day without
 * a time of day (`"2016-12-13"`), as hand-kept histories write them. Such a
 * date is held as the UTC midnight that starts that day, so that it sorts
 * among instants and survives JSON, and means the whole of that day wherever
 * the reader is: it is shown as that day in every time zone, never with a
 * time (DESIGN.md §3). See model/calendar-date.ts.
 */
export type CalendarDates<Field extends string> = readonly Field[];

export interface Update {
  readonly id: string;
  /** Epoch milliseconds. */
  readonly at: number;
  readonly status?: IncidentStatus | MaintenanceStatus;
  readonly text?: Text;
  /** `['at']` when the feed gave the update's day only. */
  readonly calendarDates?: CalendarDates<'at'>;
}

/** The post-incident sections: what the seed page writes after each incident. */
export interface Report {
  readonly impact?: Text;
  readonly rootCause?: Text;
  /** The root cause is a first analysis, not the final one. */
  readonly rootCausePreliminary?: boolean;
  readonly resolution?: Text;
  readonly mitigation?: Text;
  readonly nextSteps?: Text;
}

export interface Incident {
  readonly id: string;
  readonly title: Text;
  readonly severity: Severity;
  readonly status: IncidentStatus;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly resolvedAt?: number;
  /** Ids of the affected components. */
  readonly components: readonly string[];
  readonly url?: string;
  /** Newest first. */
  readonly updates: readonly Update[];
  readonly report?: Report;
  /** Which of `startedAt` and `resolvedAt` are calendar dates (the feed gave the day only). */
  readonly calendarDates?: CalendarDates<'startedAt' | 'resolvedAt'>;
}

export interface Maintenance {
  readonly id: string;
  readonly title: Text;
  readonly status: MaintenanceStatus;
  readonly startsAt: number;
  readonly endsAt?: number;
  readonly components: readonly string[];
  readonly text?: Text;
  readonly url?: string;
  /** Newest first. */
  readonly updates: readonly Update[];
  /** Which of `startsAt` and `endsAt` are calendar dates (the feed gave the day only). */
  readonly calendarDates?: CalendarDates<'startsAt' | 'endsAt'>;
}

export interface Snapshot {
  /** Brand that tells a Snapshot from a raw feed object given to the `data` property. */
  readonly kind: 'status-snapshot';
  readonly format: FeedFormat;
  readonly page: Page;
  readonly components: readonly Component[];
  /** Newest first. */
  readonly incidents: readonly Incident[];
  /** Soonest first. */
  readonly maintenances: readonly Maintenance[];
  /**
   * Whether the source lists past incidents (`full`) or only the ones going on
   * now (`active`), so that the history can say so instead of showing nothing.
   */
  readonly history: 'full' | 'active';
}
