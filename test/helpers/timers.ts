/**
 * Watches the page's setTimeout/clearTimeout, so that a test can see which
 * timers the widget leaves pending (a poll loop, a stale check) and fire one
 * now instead of waiting for it. Not a fake clock: time runs as usual, and
 * every timer still fires at its time unless fired or cleared first.
 */
export interface WatchedTimer {
  readonly id: number;
  readonly delay: number;
  readonly callback: () => void;
}

export interface TimerWatch {
  /** Timers set since the watch began, not yet run nor cleared, with a delay of at least `minDelay` ms. */
  pending(minDelay?: number): WatchedTimer[];
  /** Runs a pending timer now (and cancels its scheduled run). */
  fire(timer: WatchedTimer): void;
  /** Puts the real functions back. */
  restore(): void;
}

/** `win`: the page whose timers to watch (a same-origin iframe's window, say); by default the test page's. */
export function watchTimers(win: Window = window): TimerWatch {
  const realSet = win.setTimeout;
  const realClear = win.clearTimeout;
  const pending = new Map<number, WatchedTimer>();
  win.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return realSet(handler, delay, ...args);
    const callback = () => (handler as (...a: unknown[]) => void)(...args);
    const id: number = realSet(() => {
      pending.delete(id);
      callback();
    }, delay);
    pending.set(id, {id, delay: Number(delay) || 0, callback});
    return id;
  }) as typeof win.setTimeout;
  win.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof win.clearTimeout;
  return {
    pending: (minDelay = 0) => [...pending.values()].filter((t) => t.delay >= minDelay),
    fire(timer) {
      realClear(timer.id);
      pending.delete(timer.id);
      timer.callback();
    },
    restore() {
      win.setTimeout = realSet;
      win.clearTimeout = realClear;
    },
  };
}
