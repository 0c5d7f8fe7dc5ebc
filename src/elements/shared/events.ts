import type {OverallStatus, Snapshot} from '../../model/types.js';

// The details of the events every element fires (DESIGN.md §2 "Events").

export interface StatusLoadDetail {
  snapshot: Snapshot;
}
export interface StatusChangeDetail {
  previous: OverallStatus;
  current: OverallStatus;
}
export interface StatusErrorDetail {
  error: Error;
  /** The feed URL that failed (the last mirror tried); absent when the `data` property was given. */
  url?: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** How many fetches in a row have failed, this one included. */
  attempt?: number;
}

/**
 * Fires one of the events DESIGN.md §2 lists: all bubble out of shadow roots.
 * A function, not a method: the manifest then lists the documented `@fires`,
 * not a generic event named `type`.
 */
export function fire<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
}
