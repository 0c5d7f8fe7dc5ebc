// Run after `npm run build`: what the headless API costs in a user's bundle.
//   node test/tools/check-headless-size.mjs
// Packs the package (`npm pack`, what npm would publish), unpacks it into a
// temporary app's node_modules (lit and i18next linked from this repo's), and
// bundles the app's one line
//   import {loadStatus, deriveStatus} from 'status-banner';
// with Rollup, node-resolve and terser, the way a user's bundler would: the
// package's `exports` and `sideEffects` decide what is left out. Prints the
// gzip size of what a page loads first and the modules in it; exit 1 over the
// budget, or when Lit, i18next or an element is in the bundle at all (even lazily).
// Also bundles `import 'status-banner/define'` and checks it still registers
// the elements (`sideEffects` keeps dist/define.js).
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** gzip -9 bytes of the minified bundle (issue 16: the headless API alone, at most 8 KB). */
const HEADLESS_GZIP_BUDGET = 8 * 1024;

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'status-banner-headless-'));
const problems = [];
try {
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}),
  );
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'status-banner'), {recursive: true});
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', join(modules, 'status-banner'), '--strip-components=1']);
  // The package's dependencies, as an install would put them; their own
  // dependencies resolve from the repo's node_modules, where the links lead.
  for (const name of ['lit', 'i18next']) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
  const entry = join(dir, 'app.js');
  writeFileSync(entry, "import {loadStatus, deriveStatus} from 'status-banner';\nexport {loadStatus, deriveStatus};\n");

  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({browser: true}), terser({format: {comments: false}})],
    onwarn(warning) {
      problems.push(`rollup: ${warning.message}`);
    },
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const gz = (code) => gzipSync(code, {level: 9}).length;
  // What a page runs as soon as it imports the API: the entry chunk and its
  // static imports. Chunks behind a dynamic import (a format's reader, loaded
  // when a feed needs it) are reported apart.
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (c) => {
    if (first.has(c)) return;
    first.add(c);
    for (const name of c.imports) visit(byName.get(name));
  };
  visit(chunks.find((c) => c.isEntry));
  const firstGzip = [...first].reduce((sum, c) => sum + gz(c.code), 0);
  const lazy = chunks.filter((c) => !first.has(c));
  const lazyGzip = lazy.reduce((sum, c) => sum + gz(c.code), 0);

  // What made it in, largest first, by the path a user would see in node_modules.
  const name = (id) => {
    const path = id.replace(/^\0/, '');
    for (const base of [modules, join(ROOT, 'node_modules')]) if (path.startsWith(base)) return relative(base, path);
    return path;
  };
  const list = (cs) =>
    cs
      .flatMap((c) => Object.entries(c.modules))
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id, m]) => ({id: name(id), bytes: m.renderedLength}))
      .sort((a, b) => b.bytes - a.bytes);
  const included = list([...first]);
  console.log(`headless import {loadStatus, deriveStatus} from the packed ${filename}, bundled by Rollup + node-resolve + terser:`);
  for (const {id, bytes} of included) console.log(`  ${String(bytes).padStart(7)} B  ${id}`);
  console.log(`  first load: ${first.size} chunk(s), ${firstGzip} B gzip (budget ${HEADLESS_GZIP_BUDGET} B)`);
  console.log(`  loaded on demand (format readers): ${lazy.length} chunk(s), ${lazyGzip} B gzip in all`);

  if (firstGzip > HEADLESS_GZIP_BUDGET) problems.push(`the headless import is ${firstGzip} B gzip, over its ${HEADLESS_GZIP_BUDGET} B budget`);
  for (const {id} of list(chunks)) {
    if (/^(lit|lit-html|lit-element|@lit\/[^/]+|i18next)\//.test(id) || id.startsWith('status-banner/dist/elements/')) {
      problems.push(`the headless import pulls in ${id}`);
    }
  }

  // The other side of `sideEffects`: `import 'status-banner/define'`, kept
  // for its effect alone, still registers every element, with Lit inside.
  writeFileSync(join(dir, 'define-app.js'), "import 'status-banner/define';\n");
  const defineBundle = await rollup({input: join(dir, 'define-app.js'), plugins: [nodeResolve({browser: true})], onwarn: () => {}});
  const defineCode = (await defineBundle.generate({format: 'es', inlineDynamicImports: true})).output[0].code;
  await defineBundle.close();
  for (const tag of ['status-banner', 'status-history', 'status-indicator']) {
    if (!defineCode.includes(`'${tag}'`)) problems.push(`import 'status-banner/define' bundles without registering <${tag}>`);
  }
  if (!/customElements\.define\(/.test(defineCode)) problems.push("import 'status-banner/define' bundles without customElements.define");
  if (!problems.some((p) => p.includes('status-banner/define')))
    console.log(`import 'status-banner/define': registers the elements (${gz(defineCode)} B gzip unminified)`);
} finally {
  rmSync(dir, {recursive: true, force: true});
}

if (problems.length) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
console.log('headless size OK');
