/**
 * The front matter that opens a Markdown file (Hugo, Jekyll, Microsoft Docs,
 * cState's content files): the lines between two `---` lines, read as the
 * small part of YAML such files use — `key: value`, quoted or not, `# comments`,
 * and lists of `- item` lines under a key. Anything else is left out.
 */
export interface FrontMatter {
  /** Lowercased keys; a list for `key:` followed by `- item` lines. */
  readonly fields: Readonly<Record<string, string | readonly string[]>>;
  /** The index of the first line after the front matter (0 when there is none). */
  readonly end: number;
}

export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const fields: Record<string, string | string[]> = {};
  if (lines[0]?.trim() !== '---') return {fields, end: 0};
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) return {fields, end: 0};
  let list: string[] | undefined;
  for (const line of lines.slice(1, close)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const item = /^\s+-\s+(.*?)\s*$/.exec(line) ?? /^-\s+(.*?)\s*$/.exec(line);
    if (item && list) {
      list.push(unquote(item[1]!));
      continue;
    }
    const m = /^([\w.-]+):\s*(.*?)\s*$/.exec(line);
    list = undefined;
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    if (m[2] === '') fields[key] = list = [];
    else fields[key] = unquote(m[2]!.replace(/\s+#.*$/, ''));
  }
  return {fields, end: close + 1};
}

/** A front matter field as one string (the first item of a list), if it has one. */
export function fieldText(matter: FrontMatter, key: string): string | undefined {
  const value = matter.fields[key];
  return typeof value === 'string' ? value : value?.[0];
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * Whether a front matter is a cState issue's (cstate.ts): a `date` and
 * cState's own keys. Here, beside the front matter, so that sniffing a text
 * (formats.ts) does not load cState's reader.
 */
export function isContentFile(matter: FrontMatter): boolean {
  return 'date' in matter.fields && ('severity' in matter.fields || 'affected' in matter.fields || 'resolved' in matter.fields);
}
