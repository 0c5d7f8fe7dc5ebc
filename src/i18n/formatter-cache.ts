/**
 * The `Intl` formatters in use, built once per language and style: building a
 * formatter costs far more than using one, and a history formats hundreds.
 */
const cache = new Map<string, unknown>();

export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Makes formatters ahead of their first use while a feed is on its way, one
 * per task: the page's first one takes the engine tens of milliseconds (it
 * loads its locale data), which the first render would otherwise add to its
 * own task, and several in one task made one of 40-55 ms. Returns what stops
 * those not made yet.
 */
export function makeAhead(steps: (() => unknown)[]): () => void {
  const next = () => {
    steps.shift()?.();
    if (steps.length) timer = setTimeout(next);
  };
  let timer = setTimeout(next);
  return () => clearTimeout(timer);
}
