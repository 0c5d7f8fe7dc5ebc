/**
 * A small, forgiving XML tokenizer and tree builder for Atom and RSS feeds,
 * also used on the HTML inside them. No DOM (it runs under Node), no
 * recursion (a deeply nested document cannot overflow the stack), no custom
 * entity expansion (a DOCTYPE cannot make it blow up), and no exception:
 * junk is read as text, unclosed elements are closed at the end, stray
 * closing tags are dropped. Names are lower-cased, so `pubDate` is `pubdate`.
 */

import {readInSlices} from './read-in-slices.js';

export type XmlToken =
  | {readonly type: 'open'; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly selfClosing: boolean}
  | {readonly type: 'close'; readonly name: string}
  | {readonly type: 'text'; readonly text: string};

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

/** Named entities: XML's five and the HTML ones status pages write. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  deg: '°',
  times: '×',
  minus: '−',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euml: 'ë',
  Eacute: 'É',
  Agrave: 'À',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
};

/** Decodes character references; an unknown or invalid one stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z][a-z\d]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') {
      const key = Object.hasOwn(NAMED, ref) ? ref : ref.toLowerCase();
      return Object.hasOwn(NAMED, key) ? NAMED[key]! : whole;
    }
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // NUL, surrogates and values past Unicode are not characters.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

const NAME = /[a-z_][\w:.-]*/iy;
const ATTR = /\s*([^\s=/>"'<]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=<]+)))?/y;

/** The index of `char` in `source` from `from` up to (not including) `before`, or -1. */
function indexBefore(source: string, char: string, from: number, before: number): number {
  for (let k = from; k < before; k++) if (source[k] === char) return k;
  return -1;
}

/** The tokens of a document, in order. Never throws. */
export function* tokenize(source: string): Generator<XmlToken> {
  let i = 0;
  let text = '';
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, lt);
    i = lt;
    if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      // CDATA is text as written: no entity is decoded in it.
      const raw = source.slice(i + 9, end < 0 ? n : end);
      if (text) yield {type: 'text', text: decodeEntities(text)};
      text = '';
      if (raw) yield {type: 'text', text: raw};
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (source[i + 1] === '?' || source[i + 1] === '!') {
      // A processing instruction or a declaration (DOCTYPE, with any internal
      // subset): skipped, and its entities never expanded.
      // The `[` of an internal subset is looked for only before the first `>`:
      // searching the whole rest of the document for it, declaration after
      // declaration, would make `<!x><!x>…` quadratic.
      const close = source.indexOf('>', i);
      const bracket = close < 0 ? -1 : indexBefore(source, '[', i, close);
      const end = bracket >= 0 ? source.indexOf(']>', bracket) : close;
      i = end < 0 ? n : source.indexOf('>', end) + 1;
      continue;
    }
    const closing = source[i + 1] === '/';
    NAME.lastIndex = i + (closing ? 2 : 1);
    const name = NAME.exec(source)?.[0];
    if (!name) {
      // A lone `<` (as in `a < b`) is text.
      text += '<';
      i++;
      continue;
    }
    let j = NAME.lastIndex;
    // Without a prototype: `constructor` or `__proto__` are plain names here.
    const attrs: Record<string, string> = Object.create(null);
    if (!closing) {
      for (;;) {
        ATTR.lastIndex = j;
        const m = ATTR.exec(source);
        if (!m) break;
        const key = m[1]!.toLowerCase();
        if (!(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
        j = ATTR.lastIndex;
      }
    }
    const end = source.indexOf('>', j);
    if (end < 0) {
      // A tag cut off by a truncated body: the rest is dropped.
      break;
    }
    if (text) yield {type: 'text', text: decodeEntities(text)};
    text = '';
    const lower = name.toLowerCase();
    yield closing ? {type: 'close', name: lower} : {type: 'open', name: lower, attrs, selfClosing: source[end - 1] === '/'};
    i = end + 1;
  }
  if (text) yield {type: 'text', text: decodeEntities(text)};
}

/** Deeper elements are read as part of their ancestor at this depth. */
const MAX_DEPTH = 64;

/**
 * Tokens read between two pauses of a sliced reading: a few milliseconds of
 * work, so a feed of megabytes is never one long task, while a usual feed
 * (a few thousand tokens) is read in one go.
 */
export const TOKEN_SLICE = 4000;

/** The document as a tree under a nameless root. Never throws. */
export function parseXml(source: string): XmlElement {
  return readInSlices(parseXmlSteps(source)) as XmlElement;
}

/**
 * parseXml() as steps (see readInSlices): it yields after every TOKEN_SLICE
 * tokens, and returns the tree.
 */
export function* parseXmlSteps(source: string): Generator<void, XmlElement, void> {
  const root: XmlElement = {name: '', attrs: {}, children: []};
  const stack: XmlElement[] = [root];
  let work = 0;
  for (const token of tokenize(source)) {
    if (++work >= TOKEN_SLICE) {
      work = 0;
      yield;
    }
    const top = stack[stack.length - 1]!;
    if (token.type === 'text') {
      const last = top.children.length - 1;
      if (typeof top.children[last] === 'string') top.children[last] += token.text;
      else top.children.push(token.text);
    } else if (token.type === 'open') {
      if (stack.length > MAX_DEPTH) continue;
      const element: XmlElement = {name: token.name, attrs: token.attrs, children: []};
      top.children.push(element);
      if (!token.selfClosing) stack.push(element);
    } else {
      // Closes the nearest open element of that name, and any left open in it.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k]!.name === token.name) {
          stack.length = k;
          break;
        }
      }
    }
  }
  return root;
}

/** A name without its namespace prefix: `dc:date` → `date`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The child elements named `name` (by local name, or by full name when it has a prefix). */
export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  const byFullName = name.includes(':');
  return parent.children.filter((c): c is XmlElement => typeof c !== 'string' && (byFullName ? c.name === name : localName(c.name) === name));
}

export function childNamed(parent: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = childrenNamed(parent, name)[0];
    if (found) return found;
  }
  return undefined;
}

/** All the text inside an element, markup dropped. */
export function textContent(element: XmlElement | undefined): string {
  if (!element) return '';
  let out = '';
  const pending: (XmlElement | string)[] = [element];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') out += node;
    else for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k]!);
  }
  return out;
}

/** Writes a subtree back as markup, for Atom's `type="xhtml"` content. */
export function serialize(element: XmlElement): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let out = '';
  const pending: (XmlElement | string | {close: string})[] = [...element.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') out += escape(node);
    else if ('close' in node) out += `</${node.close}>`;
    else {
      const attrs = Object.entries(node.attrs)
        .map(([k, v]) => ` ${k}="${escape(v).replace(/"/g, '&quot;')}"`)
        .join('');
      out += `<${node.name}${attrs}>`;
      pending.push({close: node.name});
      for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k]!);
    }
  }
  return out;
}
