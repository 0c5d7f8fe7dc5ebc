import type {FeedState, FeedStore} from './feed-store.js';

/** What a tab sends the others after each of its fetches: the store's state (its error as plain data), its pause, when the fetch ended. */
type Message = [state: FeedState & {error?: {message: string; name: string; status?: number}}, pause: number, last: number];

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
export function shareTabs(store: FeedStore): void {
  const {locks} = navigator;
  const name = `status-banner:${store.key}`;
  let channel: BroadcastChannel;
  try {
    if (!locks) return;
    channel = new BroadcastChannel(name);
  } catch {
    return;
  }
  /** A request for the lock is queued or granted. */
  let asked = false;
  let release: (() => void) | undefined;
  let stopped = false;

  const lead = () => {
    if (asked || stopped || document.hidden) return;
    asked = true;
    locks
      .request(name, () => {
        // Hidden or stopped while the request waited: pass the lock on.
        if (stopped || document.hidden) return void (asked = false);
        store.lead(true);
        return new Promise<void>((resolve) => (release = resolve));
      })
      // No lock to be had here: this tab polls on its own.
      .catch(() => stopped || store.lead(true));
  };
  const unlead = () => {
    if (!release) return;
    release();
    release = undefined;
    asked = false;
    store.lead(false);
  };
  const onVisibility = () => (document.hidden ? unlead() : lead());

  channel.onmessage = ({data: [state, pause, last]}: MessageEvent<Message>) => {
    const {error} = state;
    store.receive(error ? {...state, error: Object.assign(new Error(error.message), error)} : state, pause, last);
  };
  store.tabs = {
    post(state, pause) {
      const {error} = state;
      const message: Message = [
        error ? {...state, error: {message: error.message, name: error.name, status: (error as {status?: number}).status}} : state,
        pause,
        Date.now(),
      ];
      try {
        channel.postMessage(message);
      } catch {
        // Snapshots are plain data; should one not clone, the other tabs keep their state until the next answer.
      }
    },
    stop() {
      stopped = true;
      unlead();
      channel.close();
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
  document.addEventListener('visibilitychange', onVisibility);
  store.lead(false);
  lead();
}
