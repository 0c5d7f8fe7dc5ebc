// A web-test-runner reporter that times each test file in each browser, from
// the moment its page starts loading to its last result, and writes the list
// to .tmp/test-file-times.json (slowest first). It is how CI's 15 minutes are
// shared out: `node test/tools/timing-reporter.mjs` prints the slowest files.
import {mkdirSync, readFileSync, writeFileSync, writeSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const OUT = '.tmp/test-file-times.json';

export function timingReporter() {
  /** The sessions started and not finished, and when each started: what was running, should the run end before its summary. */
  const running = new Map();
  const times = [];
  let stopped = false;
  // A run that ends abruptly (an uncaught exception in the runner, a killed
  // browser driver) prints no summary: say which files were running then.
  process.on('exit', (code) => {
    if (stopped && running.size === 0) return;
    const now = Date.now();
    const files = [...running.values()].map((s) => `${s.browser} ${s.file.replace(process.cwd() + '/', '')} (${Math.round((now - s.since) / 1000)} s)`);
    // Straight to the standard error: what goes through `console` is held by the runner, and lost here.
    writeSync(2, `[test runner] exit code ${code}${stopped ? '' : ', before the end of the run'}; files running: ${files.join('; ') || 'none'}\n`);
  });
  return {
    start({sessions}) {
      sessions.on('session-status-updated', (session) => {
        if (session.status !== 'SCHEDULED' && !running.has(session.id)) {
          running.set(session.id, {browser: session.browser.name, file: session.testFile, since: Date.now()});
        }
        if (session.status === 'FINISHED' && running.has(session.id)) {
          times.push({file: session.testFile, browser: session.browser.name, group: session.group.name, ms: Date.now() - running.get(session.id).since});
          running.delete(session.id);
        }
      });
    },
    stop() {
      stopped = true;
      mkdirSync('.tmp', {recursive: true});
      writeFileSync(
        OUT,
        JSON.stringify(
          times.sort((a, b) => b.ms - a.ms),
          null,
          1,
        ),
      );
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const times = JSON.parse(readFileSync(OUT, 'utf8'));
  const byBrowser = {};
  for (const t of times) byBrowser[t.browser] = (byBrowser[t.browser] ?? 0) + t.ms;
  console.log('total per browser (s):', Object.fromEntries(Object.entries(byBrowser).map(([k, v]) => [k, Math.round(v / 1000)])));
  for (const t of times.slice(0, Number(process.argv[2] ?? 25)))
    console.log(`${(t.ms / 1000).toFixed(1).padStart(7)} s  ${t.browser.padEnd(28)} ${t.file.replace(process.cwd() + '/', '')}`);
}
