// Run after `npm run build`: prints the CDN bundles' sizes and checks the
// package ships every file DESIGN.md §2 "Files shipped" promises.
//   node test/tools/check-size.mjs
// Exit 1 when the ES module bundle is over budget or a shipped file is missing.
import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

/**
 * Budget for dist/cdn/status-banner.js, gzip -9 bytes. The bundle is what a
 * site pays for on first load: Lit (~6 KB gz), i18next (~13 KB gz), en+fr
 * strings and our own code. Raise it only on purpose, in the same change
 * that explains what the bytes buy.
 */
const ES_GZIP_BUDGET = 34_000;

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const BUNDLES = ['dist/cdn/status-banner.js', 'dist/cdn/status-banner.iife.js'];

// DESIGN.md §2 "Files shipped".
const SHIPPED = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/define.js',
  'dist/cdn/status-banner.js',
  'dist/cdn/status-banner.iife.js',
  'custom-elements.json',
  'locales/en.json',
  'locales/fr.json',
];

const problems = [];

const missing = SHIPPED.filter((f) => !existsSync(resolve(ROOT, f)));

if (!missing.includes('custom-elements.json')) {
  try {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'custom-elements.json'), 'utf8'));
    const tags = (manifest.modules ?? [])
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => d.tagName);
    if (tags.length === 0) {
      problems.push('custom-elements.json declares no custom element with a tagName');
    } else {
      console.log(`custom-elements.json: ${tags.join(', ')}`);
    }
  } catch (e) {
    problems.push(`custom-elements.json is not valid JSON: ${e.message}`);
  }
}

const pad = (s, n) => String(s).padStart(n);
for (const file of BUNDLES) {
  const path = resolve(ROOT, file);
  if (!existsSync(path)) continue; // reported in `missing`
  const code = readFileSync(path);
  const gz = gzipSync(code, {level: 9}).length;
  const br = brotliCompressSync(code, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
    },
  }).length;
  console.log(`${file.padEnd(32)} min ${pad(code.length, 8)} B   gzip ${pad(gz, 7)} B   brotli ${pad(br, 7)} B`);
  if (file === 'dist/cdn/status-banner.js' && gz > ES_GZIP_BUDGET) {
    problems.push(`${file} is ${gz} bytes gzipped, over the ${ES_GZIP_BUDGET}-byte budget by ${gz - ES_GZIP_BUDGET}`);
  }
}

if (missing.length) {
  problems.push(`missing shipped files (run \`npm run build\` first?):\n  ${missing.join('\n  ')}`);
}

if (problems.length) {
  for (const p of problems) console.error(`check-size: FAIL: ${p}`);
  process.exit(1);
}
console.log(`check-size: OK (ES module within ${ES_GZIP_BUDGET} B gzip budget, all shipped files present)`);
