// Builds every file DESIGN.md §2 ships:
//   dist/index.js (+ .d.ts)  classes, types, headless API; registers nothing
//   dist/define.js           registers the three elements
//   dist/{react,vue,svelte}.js (+ dist/frameworks/*.d.ts)  typings for each framework's templates
//                            Both as one module per source file (dist/ mirrors src/), with
//                            source maps and declaration maps; Lit and i18next left external.
//   dist/cdn/status-banner.js       the CDN's minified ES module (Lit, i18next, en+fr inlined), and
//   dist/cdn/chunks/*.js            what it loads lazily beside it: the history element, at once;
//                                   a feed adapter, when a feed needs one
//   dist/cdn/status-banner.iife.js  everything in one classic script
//   dist/cli.js              the feed CLI (`bin` status-banner), for Node 20+: feeds/ and model/ only
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {readFileSync, rmSync} from 'node:fs';

/** Ships the native feed's JSON Schema beside the code (package export `./status-feed.schema.json`). */
const schemaAsset = () => ({
  name: 'status-feed-schema',
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'status-feed.schema.json', source: readFileSync('src/feeds/status-feed.schema.json', 'utf8')});
  },
});

/**
 * Empties dist/ once, at the start of the first build (Rollup builds the
 * configs below in order): chunk names carry a hash, so the last build's
 * chunks would otherwise stay beside the new ones, and be counted.
 */
const cleanDist = () => ({
  name: 'clean-dist',
  buildStart() {
    rmSync('dist', {recursive: true, force: true});
  },
});

/**
 * Every dynamic import of the CDN build goes through one small function per
 * chunk, `loadChunk(url, deps)`, which does two things:
 *
 * - It requests the chunk's own static imports (`deps`) together with it.
 *   Left to the engine, a chunk's imports are requested only once the chunk
 *   has arrived and been parsed: one round trip more for each level (the
 *   native reader, then the reading code it shares with the others). On a
 *   phone network a round trip is over half a second.
 * - It names the chunk it failed to load. Chromium's error names the file,
 *   but WebKit says only "Importing a module script failed.", and a chunk
 *   that throws as it runs names nothing: a site that copied
 *   status-banner.js without its chunks/ folder could not tell what is
 *   missing. The rethrown Error names the chunk's resolved URL, whatever the
 *   engine says, with the engine's error as its `cause`.
 */
const chunkLoader = () => ({
  name: 'chunk-loader',
  renderDynamicImport({chunk, targetChunk, getTargetChunkImports}) {
    // Only imports Rollup resolved to a chunk of ours: their path is relative to the importing module.
    if (!targetChunk) return null;
    // What the importing chunk (or the entry, already running) has is not requested again.
    const deps = (getTargetChunkImports() ?? [])
      .filter((dep) => dep.type === 'internal' && dep.fileName !== chunk.fileName && !dep.chunk.isEntry)
      .map((dep) => `new URL(${dep.resolvedImportPath}, import.meta.url).href`); // already a string literal
    return {left: 'loadChunk(new URL(', right: `, import.meta.url).href, [${deps.join(', ')}])`};
  },
  intro(chunk) {
    if (!chunk.dynamicImports.length) return '';
    return `const loadChunk = (url, deps) => {
  // Started now, they are in the module map when the chunk asks for them.
  for (const dep of deps) import(dep).catch(() => {});
  return import(url).catch((cause) => {
    throw new Error(\`Could not load \${url}: \${cause?.message ?? cause}\`, {cause});
  });
};`;
  },
});

// The npm build leaves lit and i18next to the user's bundler, so an app that
// already has them pays for them once.
const external = (id) => /^(lit|@lit\/|i18next)(\/|$)/.test(id);

const terserOptions = {
  ecma: 2022,
  module: true,
  compress: {passes: 3, unsafe_arrows: true, pure_getters: true},
  format: {comments: false},
};

const cdnPlugins = () => [
  nodeResolve({browser: true, exportConditions: ['production']}),
  typescript({tsconfig: './tsconfig.json', declaration: false, noEmitOnError: true, outDir: undefined}),
  // After TypeScript, which compiles from the files on disk: Lit's own
  // minifier collapses the markup and CSS inside html`` and css`` templates.
  minifyHTML({
    failOnError: true,
    // The browsers that have light-dark() and the other CSS the elements use;
    // older ones are not a target, so nothing is transpiled for them.
    // keepClosingSlash: in svg`` templates `<path/>` must stay self-closed, or
    // the HTML parser nests the next shape inside it and it is not drawn.
    options: {minifyOptions: {keepClosingSlash: true, minifyCSS: {targets: {chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8)}}}},
  }),
];

export default [
  {
    // react, vue, svelte: the typings for each framework's templates (their
    // .d.ts is what counts; their JavaScript is empty, so that a plain
    // `import 'status-banner/react'` resolves too).
    input: {index: 'src/index.ts', define: 'src/define.ts', react: 'src/frameworks/react.ts', vue: 'src/frameworks/vue.ts', svelte: 'src/frameworks/svelte.ts'},
    external,
    plugins: [
      cleanDist(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationMap: true,
        declarationDir: 'dist',
        outDir: 'dist',
        sourceMap: true,
        inlineSources: true,
        noEmitOnError: true,
      }),
      schemaAsset(),
    ],
    // The framework typings' entries are empty on purpose (see above).
    onwarn(warning, warn) {
      if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
    },
    // One module per file, dist/ mirroring src/ (dist/elements/…, dist/feeds/…):
    // a user's bundler keeps only the modules its imports reach, and
    // `sideEffects` (package.json) tells it which may be left out.
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/cdn.ts',
    plugins: [...cdnPlugins(), chunkLoader(), terser(terserOptions)],
    // The entry exports registerLocale; its chunks may import from it too
    // (one first script, not a facade over a shared chunk).
    preserveEntrySignatures: 'allow-extension',
    // The history element and the adapters of the formats other than native
    // are chunks beside the module (dist/cdn/chunks/), fetched relative to it,
    // so the module a page loads first stays within its size budget.
    output: {dir: 'dist/cdn', format: 'es', entryFileNames: 'status-banner.js', chunkFileNames: 'chunks/[name]-[hash].js'},
  },
  {
    // The CLI: one readable file (not minified, so that a stack trace points
    // somewhere), every adapter inlined, Node's own modules left to Node.
    input: 'src/cli/main.ts',
    external: (id) => id.startsWith('node:'),
    plugins: [typescript({tsconfig: './tsconfig.json', declaration: false, noEmitOnError: true, outDir: undefined})],
    output: {file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true},
  },
  {
    input: 'src/cdn.ts',
    plugins: [...cdnPlugins(), terser({...terserOptions, module: false})],
    output: {file: 'dist/cdn/status-banner.iife.js', format: 'iife', name: 'StatusBannerKit', inlineDynamicImports: true},
  },
];
