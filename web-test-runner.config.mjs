// @web/test-runner: runs test/**/*.test.ts in Chromium, Firefox and WebKit,
// and the files that handle dates again under other time zones.
//   npx wtr                               every engine, every zone
//   ENGINES=firefox npx wtr               one engine (or a comma-separated list)
//   TIME_ZONES=UTC npx wtr                UTC only (or a comma-separated list)
//   npx wtr --files test/x.test.ts        one file (every engine, in UTC)
//   npx wtr --group tz-asia-kolkata       one zone's group
//   npx wtr --watch                       re-run on change
// Browsers: $CHROME_PATH, $FIREFOX_PATH, $WEBKIT_DRIVER, else on PATH, else
// installed from Debian as root (see test/tools/browsers.mjs).
import {writeSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {launcher, selectedEngines} from './test/tools/browsers.mjs';

/**
 * Every test runs in UTC. The files that turn instants into days, times and
 * durations run again where that goes wrong: a zone behind UTC (a UTC
 * midnight is the day before), a half-hour offset, and +14 (the day after).
 */
// `--files` alone runs those files in UTC: the zones' groups only with TIME_ZONES set.
const defaultZones = process.argv.includes('--files') ? 'UTC' : 'UTC,America/Los_Angeles,Asia/Kolkata,Pacific/Kiritimati';
const TIME_ZONES = (process.env.TIME_ZONES ?? defaultZones)
  .split(',')
  .map((zone) => zone.trim())
  .filter(Boolean);
const DATE_FILES = [
  'test/model/*.test.ts',
  'test/i18n/*.test.ts',
  'test/feeds/dates.test.ts',
  'test/feeds/native.test.ts',
  'test/elements/status-banner.test.ts',
  'test/elements/status-history.test.ts',
  // UTC days, whatever the reader's zone: Kiritimati's today is often UTC's tomorrow.
  'test/elements/status-uptime.test.ts',
];
const engines = selectedEngines();

/**
 * Written straight to the standard error: in CI, Web Test Runner holds what
 * goes through `console` until a test file's report, and a run that ends
 * abruptly never prints it (a CI run once ended so: exit code 1, every count
 * at 0 failed, and not a word why).
 */
const say = (text) => writeSync(2, `${text}\n`);

/**
 * A promise rejected and never handled in this Node process comes from a
 * browser driver, not from a test: WebdriverIO's navigation to a test page
 * (@web/test-runner-webdriver starts it without awaiting it), or a
 * DevTools/BiDi message for a page already closed. By default Node turns it
 * into an uncaught exception, on which Web Test Runner stops the whole run,
 * without its summary. Logged instead: the session it belonged to, if any,
 * fails by its own timeout and is reported as a failed test file.
 */
process.on('unhandledRejection', (reason) => {
  say(`[test runner] a browser driver left a promise rejected; the run goes on: ${reason?.stack ?? reason}`);
});
// What does stop the run: said before Web Test Runner stops it.
process.prependListener('uncaughtException', (error) => {
  say(`[test runner] uncaught exception, the run stops: ${error?.stack ?? error}`);
});

/**
 * The property-based tests (test/security/fuzz-*.test.ts) run a tenth of
 * their sample in `npm test`, in every engine; `FUZZ=full` (`npm run
 * test:fuzz`) runs the whole of it (see test/security/fuzz.ts).
 */
const FUZZ_SHARE = process.env.FUZZ === 'full' ? 1 : 0.1;
import {feedServer} from './test/tools/feed-server.mjs';
import {timingReporter} from './test/tools/timing-reporter.mjs';
import {defaultReporter} from '@web/test-runner';
import {securityServer} from './test/tools/security-server.mjs';

/**
 * Serves the UI strings, locales/*.json, as ES modules (`export default {...}`)
 * for the tests that import them (test/i18n/locales.test.ts); no test
 * fetches them. Every other JSON file (the fixtures) is served as it is.
 */
function localeModules() {
  const isLocale = (context) => /^\/locales\/[\w-]+\.json$/.test(context.path);
  return {
    name: 'locale-modules',
    resolveMimeType(context) {
      if (isLocale(context)) return 'js';
    },
    transform(context) {
      // A broken JSON file fails here, with the file's error, not as a JS syntax error.
      if (isLocale(context)) return {body: `export default ${JSON.stringify(JSON.parse(String(context.body)))};\n`};
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
  // Engines are separate processes and windows, so they run side by side.
  concurrentBrowsers: 3,
  staticLogging: Boolean(process.env.CI),
  reporters: [defaultReporter(), timingReporter()],
  // Generous per-test and per-file limits: three engines share two cores in CI.
  testFramework: {config: {timeout: 20000}},
  // Opening a test page took over 30 s (the default) in Firefox on a 2-core
  // machine under load 40: a hang guard, not a speed limit.
  browserStartTimeout: 120000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  browsers: engines.map((engine) => launcher(engine, 'UTC')),
  // Each other zone runs in one engine, in turn: Los Angeles in WebKit,
  // Kolkata in Firefox, Kiritimati in Chromium. The date code is the same in
  // every engine, and every engine's Intl runs these files in UTC. Every zone
  // in every engine would add half again to the suite's time in CI.
  groups: [
    ...TIME_ZONES.filter((zone) => zone !== 'UTC').map((zone, i) => ({
      name: `tz-${zone.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      files: DATE_FILES,
      browsers: [launcher([...engines].reverse()[i % engines.length], zone)],
    })),
  ],
  // Lit's "dev mode" banner would otherwise show under every test file.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']); globalThis.statusBannerFuzzShare = ${FUZZ_SHARE};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  middleware: [feedServer(), securityServer()],
  plugins: [
    localeModules(),
    forcedColors(),
    // Reads useDefineForClassFields from tsconfig.json, as the Rollup build does.
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}),
  ],
};
