// Builds the framework apps in test/frameworks/ from the packed package, as a
// user's app gets it from the registry:
//   1. `npm pack` of the repo (run `npm run build` first: the pack ships dist/),
//   2. the tarball extracted to test/frameworks/node_modules/status-banner, so
//      that `import 'status-banner/define'` in an app resolves through the
//      package's own `exports` (lit, i18next, react… resolve from the repo's
//      node_modules, above it),
//   3. each app type-checked against the shipped typings (tsc for React,
//      vue-tsc for Vue, svelte-check for Svelte): a broken typing fails here,
//   4. each app built with Vite into test/frameworks/dist/<app>/, which
//      frameworks.test.ts opens in the browser.
//   node test/frameworks/build.mjs            all apps
//   node test/frameworks/build.mjs react vue  some
// Exits 1 on any failure. Offline: nothing is fetched.
import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {build} from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import {svelte} from '@sveltejs/vite-plugin-svelte';

const run = promisify(execFile);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../..');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

/** Each app: its Vite plugins and the command that type-checks it. */
const APPS = {
  react: {
    plugins: () => [react()],
    typecheck: [bin('tsc'), ['-p', join(HERE, 'react/tsconfig.json')]],
  },
  vue: {
    // Vue must know these tags are custom elements, not Vue components.
    plugins: () => [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('status-')}}})],
    typecheck: [bin('vue-tsc'), ['-p', join(HERE, 'vue/tsconfig.json')]],
  },
  svelte: {
    plugins: () => [svelte({configFile: false})],
    typecheck: [
      bin('svelte-check'),
      ['--workspace', join(HERE, 'svelte'), '--tsconfig', join(HERE, 'svelte/tsconfig.json'), '--fail-on-warnings', '--output', 'human'],
    ],
  },
};

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(APPS);
for (const name of names) if (!APPS[name]) fail(`no app named "${name}" (apps: ${Object.keys(APPS).join(', ')})`);
if (!existsSync(join(ROOT, 'dist/define.js'))) fail('dist/ is missing: run `npm run build` first (the packed package ships dist/).');

await installPackedPackage();
// The type checkers run side by side (each its own process) while Vite
// builds the apps one after another in this one.
const checks = Promise.allSettled(names.map((name) => typecheck(name)));
for (const name of names) await buildApp(name);
const failures = (await checks).filter((result) => result.status === 'rejected');
for (const failure of failures) console.error(failure.reason.message);
if (failures.length) fail(`${failures.length} app(s) failed their type check`);
console.log(`frameworks: ${names.join(', ')} built from the packed package in ${seconds()}`);

async function installPackedPackage() {
  const packDir = mkdtempSync(join(tmpdir(), 'status-banner-pack-'));
  try {
    const {stdout} = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {cwd: ROOT});
    const [{filename}] = JSON.parse(stdout);
    const target = join(HERE, 'node_modules/status-banner');
    rmSync(target, {recursive: true, force: true});
    mkdirSync(target, {recursive: true});
    // A package tarball holds everything under package/.
    await run('tar', ['-xzf', join(packDir, filename), '-C', target, '--strip-components=1']);
    console.log(`frameworks: ${filename} extracted to test/frameworks/node_modules/status-banner (${seconds()})`);
  } finally {
    rmSync(packDir, {recursive: true, force: true});
  }
}

async function typecheck(name) {
  const [command, args] = APPS[name].typecheck;
  try {
    await run(command, args, {cwd: join(HERE, name), maxBuffer: 16 * 1024 * 1024});
    console.log(`frameworks: ${name} type-checked (${seconds()})`);
  } catch (error) {
    throw new Error(`frameworks: ${name} type check failed:\n${error.stdout || ''}${error.stderr || error.message}`, {cause: error});
  }
}

async function buildApp(name) {
  try {
    await build({
      root: join(HERE, name),
      base: './',
      configFile: false,
      logLevel: 'warn',
      plugins: APPS[name].plugins(),
      build: {
        outDir: join(HERE, 'dist', name),
        emptyOutDir: true,
        reportCompressedSize: false,
        // Rolldown's "plugins were slow" notice measures the machine's load
        // (the type checkers run beside it), not a fault of the app.
        rolldownOptions: {checks: {bundlerTimings: false}},
      },
    });
  } catch (error) {
    fail(`${name} app failed to build: ${error.message}`);
  }
  console.log(`frameworks: ${name} built (${seconds()})`);
}

function fail(message) {
  console.error(`frameworks: ${message}`);
  process.exit(1);
}
