// @web/test-runner: runs test/**/*.test.ts in headless Chrome/Chromium.
//   npx wtr                          all tests
//   npx wtr --files test/x.test.ts   one file
//   npx wtr --watch                  re-run on change
// Browser: $CHROME_PATH, else chromium/chrome on PATH (see test/tools/find-chrome.mjs).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {launcher, selectedEngines} from './test/tools/browsers.mjs';
import {feedServer} from './test/tools/feed-server.mjs';
import {securityServer} from './test/tools/security-server.mjs';

/**
 * Serves `import x from './file.json'` as an ES module (`export default {...}`)
 * while a `fetch('./file.json')` of the same URL still gets the raw JSON.
 * The two are told apart by the Fetch Metadata header the browser sends:
 * `sec-fetch-dest: script` for module imports, `empty` for fetch(). (Chrome
 * sends it on localhost, a secure context.) `Vary: Sec-Fetch-Dest` keeps the
 * browser's HTTP cache — which the test runner tells to keep files a year —
 * from answering a fetch() with the module version, or the reverse.
 * Never give esbuildPlugin `json: true`: that would turn every .json request
 * into JavaScript, fetches included.
 */
const RESERVED = new Set('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval json'.split(' '));

function jsonModules() {
  const isJson = (context) => context.path.endsWith('.json');
  const isScript = (context) => context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (isJson(context) && isScript(context)) return 'js';
    },
    transform(context) {
      if (!isJson(context)) return;
      const headers = {vary: 'Sec-Fetch-Dest'};
      if (!isScript(context)) return {headers, transformCache: false};
      const json = typeof context.body === 'string' ? context.body : String(context.body);
      const value = JSON.parse(json); // a broken JSON file fails here, with the file's error, not as a JS syntax error
      // Its top-level keys as named exports too, as Rollup's JSON plugin
      // makes them (src/i18n imports the locales group by group).
      const names = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && !RESERVED.has(k)) : [];
      const named = names.length ? `export const {${names.join(', ')}} = json;\n` : '';
      return {body: `const json = ${json};\nexport default json;\n${named}`, headers, transformCache: false};
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', 'active' | 'none')` from a
 * test: Windows high contrast mode, through the DevTools protocol (the
 * built-in emulateMedia command has no forced-colors for Chrome). One
 * DevTools session per test page, so that 'none' undoes 'active'.
 */
function forcedColors() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (!sessions.has(session.id)) sessions.set(session.id, await session.browser.getPage(session.id).createCDPSession());
      await sessions.get(session.id).send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload}]});
      return true;
    },
  };
}


export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  // `development` makes Lit use its dev build (extra warnings on misuse).
  nodeResolve: {exportConditions: ['browser', 'development']},
  // One test page at a time: a page Chromium keeps in the background gets no
  // animation frames, and fixture() waits for one (modernweb-dev/web#2588).
  concurrency: 1,
  concurrentBrowsers: 1,
  staticLogging: Boolean(process.env.CI),
  testFramework: {config: {timeout: 10000}},
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  browsers: selectedEngines().map((engine) => launcher(engine)),
  // Lit's "dev mode" banner would otherwise show under every test file.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  middleware: [feedServer(), securityServer()],
  plugins: [
    jsonModules(),
    forcedColors(),
    // Reads useDefineForClassFields from tsconfig.json, as the Rollup build does.
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}),
  ],
};
