/**
 * fast-check arbitraries for hostile feeds: any JSON value, any string where
 * a date is expected, deep nesting, duplicate ids, shared sub-objects and
 * cycles, and valid feeds with one to four fields replaced by any of those.
 */
import fc from 'fast-check';
import type {FormatEntry} from './formats.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Anything a date field may hold: ISO forms, near misses, out-of-range and non-dates. */
export const dateLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({noInvalidDate: true}).map((d) => d.toISOString()),
  fc.date({noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({min: 0, max: 9999}),
      fc.integer({min: 0, max: 13}),
      fc.integer({min: 0, max: 32}),
      fc.integer({min: 0, max: 25}),
      fc.integer({min: 0, max: 61}),
      fc.integer({min: 0, max: 61}),
      fc.constantFrom('Z', 'z', '+00:00', '-23:59', '+99:99', '+0530', ' Z', '', '.5Z', '.123456789Z', 'GMT'),
      fc.constantFrom('T', ' ', 't', '_'),
    )
    .map(([y, mo, d, h, mi, s, zone, sep]) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}:${pad(s)}${zone}`),
  fc.constantFrom(
    '',
    ' ',
    'yesterday',
    'NaN',
    'Infinity',
    '1e999',
    '2016-02-30',
    '2016-02-29',
    '2015-02-29',
    '0000-00-00',
    '0000-01-01',
    '9999-12-31T23:59:59.999Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00Z',
    '2016-07-11T24:00:00Z',
    '2016-07-11T23:59:60Z',
    '2016-07-11T00:00:00.9999999999999Z',
    '2016-07-11T00:00:00+25:00',
    '2016-07-11T00:00:00' + ' '.repeat(5000) + 'x',
    '\u0000',
    '２０１６-０７-１１',
    'Mon, 11 Jul 2016 00:00:00 GMT',
    '1468195200',
    '1468195200000',
  ),
  fc.string(),
  fc.string({unit: 'binary'}),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
);

/** A value nested `depth` levels deep in arrays and objects (a chain: each level holds the next once). */
export function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : {title: value, id: 'x', en: 'y'};
  return value;
}

/**
 * A value of `depth` levels where each level refers to the next twice: small
 * in memory, 2^depth paths for anything that walks it as a tree (a naive
 * deep copy or JSON.stringify never ends).
 */
export function exponentialDag(depth: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = {title: value, en: value};
  return value;
}

export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({min: 1, max: 20_000}), fc.jsonValue({maxDepth: 1}))
  .map(([depth, leaf]) => nested(depth, leaf));

/** Any JavaScript value an app could give to `data`: null prototypes, boxed values, Maps, sparse arrays, BigInts. */
export const anyJsValue: fc.Arbitrary<unknown> = fc.anything({
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withTypedArray: true,
});

/** Any value a feed field could be replaced with. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 3, arbitrary: fc.jsonValue()},
  {weight: 2, arbitrary: dateLike},
  {weight: 2, arbitrary: fc.string({unit: 'binary'})},
  {
    weight: 1,
    arbitrary: anyJsValue,
  },
  {weight: 1, arbitrary: deepNesting},
  {weight: 1, arbitrary: fc.constantFrom(undefined, null, '', ' ', [], {}, [[]], -0, NaN, Infinity, Number.MAX_VALUE, 2 ** 53, '__proto__', 'constructor')},
  {weight: 1, arbitrary: fc.dictionary(fc.constantFrom('en', 'fr', 'fr-CA', '', '__proto__', 'constructor', 'x'), fc.oneof(fc.string(), fc.jsonValue()))},
);

/**
 * A copy of a value's plain objects and arrays, however deep (structuredClone
 * recurses, and overflows on hostile depths); other values are shared.
 * Cycles in the input are not expected (it comes from a generator).
 */
export function clonePlain<T>(value: T): T {
  if (!isPlain(value)) return value;
  const copies = new Map<object, Record<string | number, unknown>>();
  const copyOf = (v: object) => (Array.isArray(v) ? [] : Object.getPrototypeOf(v) === null ? Object.create(null) : {}) as Record<string | number, unknown>;
  const root = copyOf(value);
  copies.set(value, root);
  const stack: object[] = [value];
  while (stack.length > 0) {
    const source = stack.pop()!;
    const target = copies.get(source)!;
    for (const [key, child] of Object.entries(source)) {
      if (!isPlain(child)) {
        target[key] = child;
        continue;
      }
      let copy = copies.get(child);
      if (!copy) {
        copy = copyOf(child);
        copies.set(child, copy);
        stack.push(child);
      }
      target[key] = copy;
    }
  }
  return root as T;
}

/** Every object and array inside a value (the value itself included), each once. */
export function containers(value: unknown): object[] {
  const seen = new Set<object>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (!isPlain(v) || seen.has(v)) continue;
    seen.add(v);
    for (const child of Object.values(v)) stack.push(child);
  }
  return [...seen];
}

/** A JSON-like container (not a boxed value, Map, typed array…) whose entries can be replaced. */
function isPlain(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return Array.isArray(v) || proto === Object.prototype || proto === null;
}

/** Every path to a value inside a tree, down to `maxDepth` (feeds are shallow; hostile values are not). */
export function paths(value: unknown, maxDepth = 12): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [v, prefix] = stack.pop()!;
    if (!isPlain(v) || prefix.length >= maxDepth) continue;
    for (const [key, child] of Object.entries(v)) {
      const path = [...prefix, Array.isArray(v) ? Number(key) : key];
      out.push(path);
      stack.push([child, path]);
    }
  }
  return out;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)?.[key], root);
}

/**
 * Links random containers of a value to each other: shared sub-objects
 * (the same incident twice, one text object in every field) and cycles (an
 * incident inside its own updates, a feed inside its page).
 */
export function withLinks<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc
    .tuple(
      value,
      fc.array(
        fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.nat({max: 4}), fc.constantFrom('title', 'id', 'updates', 'page', 'incidents', 'en', 'text', 'components'))),
        {minLength: 1, maxLength: 6},
      ),
    )
    .map(([tree, links]) => {
      const copy = clonePlain(tree);
      const nodes = containers(copy);
      if (nodes.length === 0) return copy;
      for (const [from, to, key] of links) {
        const parent = nodes[from % nodes.length] as Record<string | number, unknown>;
        parent[Array.isArray(parent) ? Number(key) || 0 : key] = nodes[to % nodes.length];
      }
      return copy;
    });
}

/** Duplicates array elements of a feed in place: the same incident, component or update twice (by value or by reference). */
function duplicateSomething(feed: unknown, pick: number, byReference: boolean): void {
  const arrays = containers(feed).filter((c): c is unknown[] => Array.isArray(c) && c.length > 0);
  if (arrays.length === 0) return;
  const array = arrays[pick % arrays.length]!;
  const item = array[pick % array.length];
  array.push(byReference || item === null || typeof item !== 'object' ? item : structuredClone(item));
}

const DATE_VALUE = /^\d{4}-\d{2}-\d{2}/;

/**
 * A valid feed of an entry's format (built with ordinary text) with one to
 * four fields replaced by hostile values, its dates by anything date-like,
 * and items duplicated: mostly valid, so the adapter gets past its first
 * check and the model gets snapshots to derive from.
 */
export function mutatedFeed(entry: FormatEntry): fc.Arbitrary<unknown> {
  return fc
    .record({
      text: fc.oneof(
        fc.constant('Ordinary text'),
        fc.string({minLength: 1}).filter((s) => s.trim() !== ''),
      ),
      replacements: fc.array(fc.tuple(fc.nat(), hostileValue), {maxLength: 4}),
      dates: fc.array(fc.tuple(fc.nat(), dateLike), {maxLength: 3}),
      duplicates: fc.array(fc.tuple(fc.nat(), fc.boolean()), {maxLength: 3}),
    })
    .map(({text, replacements, dates, duplicates}) => {
      const feed = entry.build(text);
      if (typeof feed !== 'object' || feed === null) return feed;
      for (const [pick, byReference] of duplicates) duplicateSomething(feed, pick, byReference);
      const datePaths = paths(feed).filter((p) => typeof getAt(feed, p) === 'string' && DATE_VALUE.test(getAt(feed, p) as string));
      for (const [pick, value] of dates) if (datePaths.length > 0) setAt(feed, datePaths[pick % datePaths.length]!, value);
      for (const [pick, value] of replacements) {
        const all = paths(feed);
        if (all.length > 0) setAt(feed, all[pick % all.length]!, value);
      }
      return feed;
    });
}
