// Bytes for the benchmark: what a page downloads for status-banner and for
// Atlassian's @statuspage/status-widget, minified, gzip -9 and brotli -11.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

/** Minified, gzip (level 9) and brotli (quality 11) bytes of some code. */
export function sizes(code) {
  const buffer = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, {level: 9}).length,
    brotli: brotliCompressSync(buffer, {
      params: {[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length},
    }).length,
  };
}

/** Each file compressed on its own (as a server sends them), summed. */
function sum(list) {
  return list.reduce((a, s) => ({min: a.min + s.min, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli}), {min: 0, gzip: 0, brotli: 0});
}

/**
 * dist/cdn/status-banner.js (the first script a page loads) plus any lazily
 * loaded dist/cdn/chunks/*.js, and the classic-script build.
 */
export function cdnSizes(root) {
  const first = sizes(readFileSync(resolve(root, 'dist/cdn/status-banner.js')));
  const chunkDir = resolve(root, 'dist/cdn/chunks');
  const chunkFiles = existsSync(chunkDir)
    ? readdirSync(chunkDir)
        .filter((f) => f.endsWith('.js'))
        .sort()
    : [];
  const chunks = chunkFiles.map((f) => ({file: `dist/cdn/chunks/${f}`, ...sizes(readFileSync(resolve(chunkDir, f)))}));
  return {
    esm: {first, chunks, total: sum([first, ...chunks])},
    iife: sizes(readFileSync(resolve(root, 'dist/cdn/status-banner.iife.js'))),
  };
}

/**
 * Our own code apart from Lit and i18next: the CDN ES build's own entry
 * bundled again with `lit`, `@lit/*` and `i18next` external, through the
 * same plugins (TypeScript, JSON, Lit's template minifier, terser) taken from
 * rollup.config.mjs. It keeps the en/fr strings, which are ours. Every chunk
 * of the output counts (the CDN build may split into lazy chunks).
 */
export async function ownCodeSizes(root) {
  const {rollup} = await import('rollup');
  const configs = (await import(pathToFileURL(resolve(root, 'rollup.config.mjs')).href)).default;
  const list = Array.isArray(configs) ? configs : [configs];
  const isCdnEs = (o) => ['es', 'esm', 'module', undefined].includes(o?.format) && /dist\/cdn(\/|$)/.test(o?.file ?? o?.dir ?? '');
  const config = list.find((c) => [c.output].flat().some(isCdnEs));
  if (!config) throw new Error('rollup.config.mjs has no ES module build into dist/cdn/');
  const output = [config.output].flat().find(isCdnEs);
  const external = (id) => /^(lit|@lit\/|i18next)(\/|$)/.test(id);
  const bundle = await rollup({...config, external, onwarn: () => {}});
  try {
    const {file, dir, ...rest} = output;
    const {output: chunks} = await bundle.generate({...rest, ...(dir ? {dir} : {file})});
    const code = chunks.filter((c) => c.type === 'chunk');
    const entry = code.find((c) => c.isEntry) ?? code[0];
    return {first: sizes(entry.code), total: sum(code.map((c) => sizes(c.code))), chunks: code.length};
  } finally {
    await bundle.close();
  }
}

/**
 * @statuspage/status-widget: its package.json `main` (dist/cjs/index.js) is
 * not in the published package; the file a page loads, as its README's
 * script tag does (unpkg's dist/index.js), is the one self-contained script
 * dist/index.js. It is already minified (babel --minified) and bundles its
 * polyfills; the web components polyfill its README also loads is not counted.
 */
export function statuspageSizes(root) {
  const dir = resolve(root, 'node_modules/@statuspage/status-widget');
  const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
  const main = pkg.main && existsSync(resolve(dir, pkg.main)) ? pkg.main : 'dist/index.js';
  return {version: pkg.version, file: `node_modules/@statuspage/status-widget/${main}`, declaredMain: pkg.main, ...sizes(readFileSync(resolve(dir, main)))};
}

/** The relative modules a built file imports statically (what loading it brings along). */
function staticImports(path) {
  const code = readFileSync(path, 'utf8');
  return [...code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => resolve(dirname(path), m[1]));
}

/**
 * What a page downloads for a task, each file compressed on its own: the
 * first script, and the chunks the task makes it load (by name: `native`,
 * `formats`, `history-view`, …) with the chunks those import. The pages the
 * README's Size table lists; Atlassian's widget does the banner's job on a
 * Statuspage page.
 */
export const PAGES = [
  {label: 'banner or indicator, native feed', chunks: ['native']},
  {label: 'banner, indicator and history, native feed', chunks: ['native', 'history-view']},
  {label: 'banner or indicator, Statuspage page URL', chunks: ['formats']},
  {label: 'banner, indicator and history, Statuspage page URL', chunks: ['formats', 'combine', 'history-view']},
  {label: 'banner and history, Atom or RSS feed', chunks: ['formats', 'syndication', 'history-view']},
];

export function pageSizes(root) {
  const dir = resolve(root, 'dist/cdn/chunks');
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const entry = resolve(root, 'dist/cdn/status-banner.js');
  return PAGES.map(({label, chunks}) => {
    const loaded = new Set([entry]);
    for (const name of chunks) {
      const file = files.find((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f));
      if (!file) throw new Error(`no chunk named ${name} in dist/cdn/chunks/`);
      loaded.add(resolve(dir, file));
    }
    for (const path of loaded) for (const target of staticImports(path)) if (existsSync(target)) loaded.add(target);
    return {label, files: loaded.size, ...sum([...loaded].map((p) => sizes(readFileSync(p))))};
  });
}
