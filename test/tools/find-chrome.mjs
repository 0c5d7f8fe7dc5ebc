// Finds a Chrome/Chromium executable for the test runner (and the demo/bench
// scripts): $CHROME_PATH, else a known name on $PATH, else (as root on Debian)
// installs Debian's chromium. Throws with a clear message otherwise.
import {accessSync, constants, statSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {spawnSync} from 'node:child_process';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a CI box or in a container. The
 * background-networking flags matter: on a closed network Chromium's own
 * connections (component updates, sync, QUIC probes) are refused and only
 * add noise and delay.
 */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on $PATH, or undefined. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/** Returns the path of a Chrome/Chromium executable, installing Debian's chromium as a last resort. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
    }
    return fromEnv;
  }
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log("No Chrome or Chromium found: installing Debian's chromium (apt-get install -y chromium)...");
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    for (const args of [['update'], ['install', '-y', 'chromium']]) {
      const r = spawnSync('apt-get', args, {stdio: 'inherit', env});
      if (r.status !== 0) {
        throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}); install chromium or set CHROME_PATH.`);
      }
    }
    if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is missing; set CHROME_PATH.`);
  }
  throw new Error(
    'No Chrome or Chromium found: set CHROME_PATH to a Chrome/Chromium executable, ' +
      'or install chromium (Debian: apt-get install chromium)',
  );
}
