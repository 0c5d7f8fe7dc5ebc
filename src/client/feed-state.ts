import type {Snapshot} from '../model/types.js';

/** What a store knows of its feed: explicit async state, as @lit/task has it. */
export interface FeedState {
  /**
   * `loading` until this page's first fetch answers (with a snapshot when
   * one was kept from an earlier page load: shown meanwhile, with its age).
   */
  readonly status: 'loading' | 'ready' | 'error';
  /** The last good snapshot; kept through later failures. */
  readonly snapshot?: Snapshot;
  /** When the last good snapshot was fetched (epoch ms). */
  readonly fetchedAt?: number;
  /** The last failure, while the feed is failing. */
  readonly error?: Error;
  readonly errorUrl?: string;
  /** How many fetches in a row have failed, while the feed is failing. */
  readonly attempt?: number;
}
