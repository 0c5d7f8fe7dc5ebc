// The types feeds/ shares between its modules, and with the client and the
// CLI: here, in one file that imports nothing of feeds/, so that no two
// modules of feeds/ import each other for a type.
import type {FeedFormat, Snapshot} from '../model/types.js';

/** A `format` attribute's value: a format's name, or `auto` (sniffed). */
export type FormatOption = FeedFormat | 'auto';

/**
 * Lets the page run between two slices of a long reading (input, rendering,
 * other scripts), and resolves when the reading may go on. The client gives
 * one (client/yield-to-page.ts): feeds/ has no timers.
 */
export type Pause = () => Promise<void>;

/** How a feed is read. */
export interface ReadOptions {
  /**
   * Given, a big feed is read in slices with a pause between them, so that
   * it is never one long task; a pause that rejects ends the reading (a
   * newer value came). Without it, every feed is read at once.
   */
  readonly pause?: Pause;
}

/**
 * An adapter's reading: a payload (a parsed JSON value, or the text of a
 * format read as text) to a Snapshot, or a FeedError. A reading in slices
 * (native, Atom, RSS) may end in a Promise.
 */
export type Reader = (payload: unknown, format: FeedFormat, options?: ReadOptions) => Snapshot | Promise<Snapshot>;

/** The endpoints one `src` URL stands for (sources.ts). */
export interface SourcePlan {
  /** The endpoints to fetch; all of them must answer. */
  readonly urls: readonly string[];
  /** What these endpoints together tell of the past, when more than each payload alone. */
  readonly history?: 'full';
  /** The human status page, for "details" links, when the payloads do not name it. */
  readonly page?: string;
  /** The format a page URL's endpoints are in, known before they answer. */
  readonly format?: FeedFormat;
}

/** What one endpoint answered. */
export interface EndpointBody {
  readonly url: string;
  readonly body: string;
  readonly contentType: string;
}
