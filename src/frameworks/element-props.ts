// What a framework may set on each element, and the events each one fires:
// the framework-neutral part of the typings that src/frameworks/react.ts,
// vue.ts and svelte.ts give to React JSX, Vue templates and Svelte markup.
// Types only: this file compiles to nothing.
import type {FormatOption} from '../feeds/parse-feed.js';
import type {StatusChangeDetail, StatusErrorDetail, StatusLoadDetail} from '../elements/shared/status-element.js';
import type {StatusBanner, StatusDismissDetail} from '../elements/status-banner/status-banner.js';
import type {StatusHistory} from '../elements/status-history/status-history.js';
import type {StatusIndicator} from '../elements/status-indicator/status-indicator.js';
import type {StatusUptime} from '../elements/status-uptime/status-uptime.js';

/**
 * A number attribute's value. React 19, Vue 3 and Svelte 5 set `days="0"` as
 * the property `days = "0"`, a string, which the elements read as the
 * attribute (DESIGN.md §2): so a numeric string is typed as valid too.
 */
export type NumberValue = number | `${number}`;

/** The events every element fires (DESIGN.md §2, all `bubbles` and `composed`). */
export interface StatusEventMap {
  'status-load': CustomEvent<StatusLoadDetail>;
  'status-change': CustomEvent<StatusChangeDetail>;
  'status-error': CustomEvent<StatusErrorDetail>;
}

/** The banner fires one more: the reader dismissed it. */
export interface StatusBannerEventMap extends StatusEventMap {
  'status-dismiss': CustomEvent<StatusDismissDetail>;
}

/**
 * `addEventListener('status-load', (e) => e.detail.snapshot)` needs no cast,
 * on an element, the document or the window (the events are composed). The
 * map every element's, the document's and the window's extend.
 */
declare global {
  // Declaration merging: the interface adds our members to the library's own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends StatusBannerEventMap {}
}

/**
 * Event handler props as React 19 and Svelte 5 read them on a custom element:
 * `on` + the event's name as written, `onstatus-load` for `status-load`
 * (`onStatusLoad` would listen to an event named "StatusLoad").
 */
export type EventHandlerProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/**
 * One element's props in a framework that reads events as `on<name>`
 * handlers (React 19, Svelte 5): the framework's own attributes (`Base`:
 * `id`, `class`, `style`…), this element's props in place of any of the
 * same name, and its events.
 */
export type WithStatusProps<Base, Tag extends keyof StatusElementTypes> = Omit<Base, keyof StatusElementTypes[Tag]['props']> &
  StatusElementTypes[Tag]['props'] &
  EventHandlerProps<StatusElementTypes[Tag]['events']>;

/** The attributes and properties common to all elements. */
export interface StatusElementProps {
  /** Feed URL; several URLs separated by spaces are mirrors, tried in order. */
  src?: string;
  /** The feed's format; `auto` sniffs it. */
  format?: FormatOption;
  /** BCP 47 tag of the reader's language; inherited when absent. */
  lang?: string;
  /** Seconds between polls; `0` fetches once. */
  refresh?: NumberValue;
  /** Seconds after which a snapshot reads as `unknown` (attribute). */
  'max-age'?: NumberValue;
  /** Seconds after which a snapshot reads as `unknown` (property). */
  maxAge?: NumberValue;
  /** Comma-separated component ids or names to consider. */
  components?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Where "details" links go. */
  href?: string;
  /** A feed object (any supported format) or a Snapshot: given, nothing is fetched. A property only. */
  data?: unknown;
}

export interface StatusBannerProps extends StatusElementProps {
  /** Hours ahead in which scheduled maintenance is announced. */
  upcoming?: NumberValue;
  /** Show "All systems operational" when nothing is going on (attribute). */
  'show-operational'?: boolean | '';
  /** Show "All systems operational" when nothing is going on (property). */
  showOperational?: boolean;
  /** `false` (or `"false"`) removes the dismiss button. */
  dismissible?: boolean | 'true' | 'false';
  position?: 'inline' | 'top' | 'bottom';
}

export interface StatusHistoryProps extends StatusElementProps {
  /** How many days back to show; `0` for no limit. */
  days?: NumberValue;
  /** Entries shown before a "show more" button. */
  limit?: NumberValue;
}

export interface StatusIndicatorProps extends StatusElementProps {
  variant?: 'dot' | 'badge' | 'text';
}

export interface StatusUptimeProps extends StatusElementProps {
  /** How many days to show, up to today: 1 to 365. */
  days?: NumberValue;
}

/**
 * Each element's class, props and events, by tag: what src/frameworks/*.ts
 * turn into each framework's own form.
 */
export interface StatusElementTypes {
  'status-banner': {element: StatusBanner; props: StatusBannerProps; events: StatusBannerEventMap};
  'status-history': {element: StatusHistory; props: StatusHistoryProps; events: StatusEventMap};
  'status-indicator': {element: StatusIndicator; props: StatusIndicatorProps; events: StatusEventMap};
  'status-uptime': {element: StatusUptime; props: StatusUptimeProps; events: StatusEventMap};
}
