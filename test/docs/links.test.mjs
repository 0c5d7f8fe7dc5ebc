// Every relative link and image in the README and docs/ leads somewhere: the
// file exists, and a `#fragment` names a heading of that file, as GitHub
// makes heading anchors. Links in code blocks and inline code are not links.
// Run by test/tools/node-tests.mjs (`node --test`), with no build needed.
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PAGES = [
  'README.md',
  'SECURITY.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The text outside fenced code blocks and inline code. */
function prose(markdown) {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2… */
export function anchors(markdown) {
  const seen = new Map();
  const found = new Set();
  for (const [, text] of markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = text
      .toLowerCase()
      .replace(/<[^>]*>/g, (tag) => tag.slice(1, -1)) // `<status-banner>` in backticks reads as its name
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    found.add(n ? `${slug}-${n}` : slug);
  }
  return found;
}

/** Each link or image target of a page: Markdown `[…](target)`, `![…](target)`, HTML `href`/`src`. */
function targets(markdown) {
  const text = prose(markdown);
  const out = [];
  for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(target);
  for (const [, target] of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) out.push(target);
  return out;
}

const external = (target) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe('documentation links', () => {
  it('finds the pages', () => {
    assert.ok(PAGES.length >= 3, `pages: ${PAGES.join(', ')}`);
  });

  for (const page of PAGES) {
    it(`${page}: every relative link and image exists`, () => {
      const markdown = readFileSync(join(ROOT, page), 'utf8');
      const broken = [];
      for (const target of targets(markdown)) {
        if (external(target)) continue;
        const [path, fragment] = target.split('#');
        const file = path ? resolve(ROOT, dirname(page), decodeURIComponent(path)) : join(ROOT, page);
        if (!file.startsWith(ROOT)) {
          broken.push(`${target}: outside the repository`);
          continue;
        }
        if (!existsSync(file)) {
          broken.push(`${target}: no file ${relative(ROOT, file)}`);
          continue;
        }
        if (fragment && file.endsWith('.md') && statSync(file).isFile() && !anchors(readFileSync(file, 'utf8')).has(fragment)) {
          broken.push(`${target}: no heading #${fragment} in ${relative(ROOT, file)}`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }
});
