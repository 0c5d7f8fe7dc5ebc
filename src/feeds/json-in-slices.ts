/**
 * JSON.parse() as steps (see readInSlices): a big body (a feed of megabytes)
 * is parsed a slice at a time, so that it is never one long task for the
 * page. Loaded only for such bodies (body.ts): in the CDN build, a chunk of
 * its own, which a page with a usual feed never downloads.
 *
 * It gives what JSON.parse() gives, for the same text: objects with their
 * own `__proto__` key as a plain property (never a prototype), the last of
 * duplicate keys, numbers as Number() reads them, strings with their escapes
 * read by JSON.parse() itself. It is iterative (a stack of its own, not the
 * call stack), so that `[[[[…` five megabytes deep does not overflow. It
 * throws a SyntaxError at the first thing that is not JSON; the caller then
 * asks JSON.parse() for its own message (body.ts), so that a broken feed is
 * named as the engine names it, whichever way it was read.
 */

import {readInSlices} from './read-in-slices.js';
import type {Pause} from './types.js';

/** Characters read between two pauses: a few milliseconds of work on a laptop. */
export const JSON_SLICE = 50_000;

type Container = {value: Record<string, unknown>; key?: string} | {value: unknown[]; key?: undefined};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A raw control character in a string: what JSON.parse refuses there.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

export function* parseJsonSteps(text: string, slice = JSON_SLICE): Generator<void, unknown, void> {
  const n = text.length;
  let i = 0;
  let next = slice;
  /** Where the next backslash is, from the last look (n when none): each string does not look again. */
  let backslash = -1;
  const stack: Container[] = [];
  const fail = (): never => {
    throw new SyntaxError(`Unexpected token at position ${i}`);
  };
  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  const string = (): string => {
    const start = i;
    let escaped = false;
    let j = i + 1;
    for (;;) {
      const quote = text.indexOf('"', j);
      if (quote < 0) fail();
      if (backslash < j) backslash = text.indexOf('\\', j) >>> 0;
      if (backslash > quote) {
        i = quote + 1;
        break;
      }
      escaped = true;
      j = backslash + 2;
    }
    const token = text.slice(start, i);
    if (escaped) return JSON.parse(token) as string;
    const raw = token.slice(1, -1);
    if (CONTROL.test(raw)) fail();
    return raw;
  };
  /** A value that is not a container, or undefined when one opens (pushed on the stack). */
  const value = (): unknown => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      i++;
      stack.push(c === '{' ? {value: {}} : {value: []});
      return undefined;
    }
    for (const [word, literal] of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return literal;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (!number) fail();
    i += number![0].length;
    return Number(number![0]);
  };
  /** Puts a value in the container on top, under its pending key. */
  const put = (top: Container, item: unknown) => {
    if (Array.isArray(top.value)) top.value.push(item);
    else if (top.key === '__proto__') Object.defineProperty(top.value, top.key, {value: item, writable: true, enumerable: true, configurable: true});
    else top.value[top.key!] = item;
  };

  space();
  let result = value();
  let opened = result === undefined && stack.length === 1;
  while (stack.length > 0) {
    if (i >= next) {
      next = i + slice;
      yield;
    }
    const top = stack.at(-1)!;
    space();
    const isArray = Array.isArray(top.value);
    const c = text[i];
    if (c === (isArray ? ']' : '}')) {
      i++;
      stack.pop();
      opened = false;
      const done = top.value;
      if (stack.length === 0) result = done;
      else put(stack.at(-1)!, done);
      continue;
    }
    if (!opened) {
      // After the first item: a comma, then the next one.
      if (c !== ',') fail();
      i++;
      space();
    }
    opened = false;
    if (!isArray) {
      if (text[i] !== '"') fail();
      top.key = string();
      space();
      if (text[i] !== ':') fail();
      i++;
      space();
    }
    const item = value();
    if (item === undefined) opened = true;
    else put(top, item);
  }
  space();
  if (i !== n) fail();
  return result;
}

/** A big body's JSON, parsed in slices; not JSON, what `notJson` (body.ts's readJson()) gives: its FeedError. */
export async function readBigJson(body: string, pause: Pause, notJson: () => unknown): Promise<unknown> {
  try {
    return await readInSlices(parseJsonSteps(body), pause);
  } catch (error) {
    // A pause that rejects ends the reading; a body that is not JSON is named as readJson() names it.
    if (!(error instanceof SyntaxError)) throw error;
    return notJson();
  }
}

/** Items of a list written between two pauses of stringifyInSlices(). */
export const ITEMS_SLICE = 500;

/**
 * JSON.stringify(value) of an object, the same text, but its long lists (a
 * big history's incidents) an item at a time, with a pause after every
 * ITEMS_SLICE items: the text of a feed of megabytes is tens of
 * milliseconds to write on a phone.
 */
export function* stringifySteps(value: object): Generator<void, string, void> {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    let text: string;
    if (Array.isArray(field) && field.length > ITEMS_SLICE) {
      const items: string[] = [];
      for (const item of field as unknown[]) {
        items.push(JSON.stringify(item) ?? 'null');
        if (items.length % ITEMS_SLICE === 0) yield;
      }
      text = `[${items.join(',')}]`;
    } else text = JSON.stringify(field);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
