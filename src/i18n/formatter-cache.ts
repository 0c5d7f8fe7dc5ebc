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
