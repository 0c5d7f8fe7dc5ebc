import {BIG_JSON, readJsonInSlices} from '../feeds/body.js';
import type {Snapshot} from '../model/types.js';
import type {FeedState} from './feed-state.js';
import {yieldToPage} from './yield-to-page.js';

/** How a store shares its answers with the site's other tabs, set on it by shareTabs(). */
export interface TabLink {
  /** `json`: the snapshot's JSON text, which the store has already. */
  post(state: FeedState, pause: number, json?: string): void;
  wake(): void;
  stop(): void;
}

/** What sharing needs of a feed's store (feed-store.ts). */
interface SharedStore {
  readonly key: string;
  tabs?: TabLink;
  lead(leads: boolean): void;
  receive(state: FeedState, pause: number, last: number, json?: string): void;
  readonly state: FeedState;
}

/**
 * What a tab sends the others after each of its fetches: the store's state
 * (its error as plain data) without its snapshot, its pause, when the fetch
 * ended, and the snapshot as JSON text. Text, not the Snapshot: cloning a
 * string is a copy, where cloning (and comparing) the objects of a history of
 * megabytes was a long task in every tab at every poll; a tab that has the
 * same text already reads nothing, and a big new one is parsed in slices.
 */
type Message = [state: Omit<FeedState, 'snapshot'> & {error?: {message: string; name: string; status?: number}}, pause: number, last: number, json?: string];

/**
 * One poll per feed for all of a visitor's tabs on one site, not one per tab
 * (issue 12). A chunk of its own, loaded once a store polls (feed-store.ts):
 * the first fetch never waits for it.
 *
 * Each polling store opens a BroadcastChannel and asks for a Web Lock, both
 * named by the store's key (the format and every endpoint, resolved), so two
 * feeds or two sites never mix. The tab that holds the lock runs the poll
 * loop; the others run none, and wait for the lock. Every tab's answer —
 * the leader's polls, any tab's first fetch or reload() — goes to the other
 * tabs as the store's state (the Snapshot, its fetch time, or the failure),
 * and they take it as if they had fetched it: their elements update, load
 * and error events fire, max-age counts from the real fetch time, and the
 * leader's next poll counts from that answer.
 *
 * A tab holds the lock only while it is shown: a hidden tab gives it up
 * (today, a hidden tab does not poll) and keeps receiving. When the leader
 * is hidden, closed or stops, the lock passes to the next tab shown, which
 * polls from when the last answer came. Where BroadcastChannel or Web Locks
 * are missing, or the lock is refused (an opaque origin), every tab polls
 * on its own, as before.
 */
export function shareTabs(store: SharedStore): void {
  const {locks} = navigator;
  const name = `status-banner:${store.key}`;
  let channel: BroadcastChannel;
  try {
    if (!locks) return;
    channel = new BroadcastChannel(name);
  } catch {
    return;
  }
  /** What the store was last told: it leads until told otherwise. */
  let leading = true;
  /** A request for the lock waits, or holds it. */
  let queued = true;
  /** Gives the lock up, while this tab holds it. */
  let release: (() => void) | undefined;
  let stopped = false;

  const setLead = (leads: boolean) => leads === leading || store.lead((leading = leads));
  // No lock to be had here (an opaque origin): this tab polls on its own.
  const fallBack = () => stopped || setLead(true);
  const unlead = () => {
    release?.();
    release = undefined;
    queued = false;
    setLead(false);
  };
  /** A hidden tab keeps the lock (and polls when shown again, as before) unless another tab waits for it. */
  const passOn = async () => {
    try {
      const {pending = []} = await locks.query();
      if (release && document.hidden && pending.some((lock) => lock.name === name)) unlead();
    } catch {
      // No query: keep it.
    }
  };
  const grant = () => {
    if (stopped) return;
    setLead(true);
    const held = new Promise<void>((resolve) => (release = resolve));
    if (document.hidden) void passOn();
    return held;
  };
  // A page that goes away (a navigation, a closed tab) gives its lock up and
  // drops its waiting request at once: WebKit holds the next navigation of
  // the window until they are gone.
  const leaving = new AbortController();
  const queue = () => {
    if (queued || stopped || document.hidden) return;
    queued = true;
    locks.request(name, {signal: leaving.signal}, grant).catch(fallBack);
  };

  /** The snapshot's JSON text this tab last sent or took, and its Snapshot. */
  let known: [json?: string, snapshot?: Snapshot] = [];
  /** Counts messages: a big snapshot still being parsed when a newer message comes is dropped. */
  let received = 0;
  channel.onmessage = async ({data}: MessageEvent<Message | 0>) => {
    // A tab that is shown asks for the lock: a hidden leader gives it up.
    if (!data) return document.hidden && release && unlead();
    const [state, pause, last, json] = data;
    const n = ++received;
    let snapshot = json === known[0] ? known[1] : undefined;
    if (json !== undefined && !snapshot) {
      try {
        snapshot = (await readJsonInSlices(json, '', {pause: yieldToPage})) as Snapshot;
        // A big history is rendered in a task of its own, not after the end of its reading (as the store does).
        if (json.length > BIG_JSON) await yieldToPage();
      } catch {
        return;
      }
      if (n !== received || stopped) return;
    }
    known = [json, snapshot];
    const {error} = state;
    store.receive({...state, snapshot, ...(error && {error: Object.assign(new Error(error.message), error)})}, pause, last, json);
  };
  const post = (message: Message | 0) => {
    try {
      channel.postMessage(message);
    } catch {
      // Snapshots are plain data; should one not clone, the other tabs keep their state until the next answer.
    }
  };
  store.tabs = {
    post({snapshot, ...state}, pause, json) {
      const {error} = state;
      known = [json, snapshot];
      const message: Message = [
        error ? {...state, error: {message: error.message, name: error.name, status: (error as {status?: number}).status}} : state,
        pause,
        Date.now(),
        json,
      ];
      // A big text is sent in a task of its own, after this tab's elements render: sending copies it in one go.
      if (json && json.length > BIG_JSON) void yieldToPage().then(() => stopped || post(message));
      else post(message);
    },
    wake() {
      if (document.hidden) return void passOn();
      queue();
      if (!release) post(0);
    },
    stop() {
      stopped = true;
      release?.();
      leaving.abort();
      channel.close();
      removeEventListener('pagehide', onPageHide);
    },
  };
  const onPageHide = () => store.tabs?.stop();
  addEventListener('pagehide', onPageHide);
  // Free at once (one tab, or the first): this tab goes on polling as it did.
  locks
    .request(name, {ifAvailable: true}, (lock) => {
      if (lock) return grant();
      queued = false;
      setLead(false);
      store.tabs?.wake();
    })
    .catch(fallBack);
}
