// The three engines the tests run in, found the same way each: an environment
// variable, then a name on $PATH, then (as root on Debian) apt-get install.
//
//   engine    variable         Debian package(s)                    driven by
//   chromium  CHROME_PATH      chromium                             puppeteer-core (CDP)
//   firefox   FIREFOX_PATH     firefox-esr                          puppeteer (WebDriver BiDi)
//   webkit    WEBKIT_DRIVER    webkit2gtk-driver, xvfb, xauth       WebKitWebDriver + MiniBrowser
//
// Playwright's and Puppeteer's own browser downloads are not used: they fail
// on a closed network, and Debian's builds are what the CI machine has.
import {accessSync, constants, statSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {spawn, spawnSync} from 'node:child_process';
import {createServer} from 'node:net';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {WebdriverLauncher} from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

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

function aptInstall(packages) {
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return false;
  console.log(`Installing Debian's ${packages.join(', ')} (apt-get install -y)...`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...packages],
  ]) {
    const r = spawnSync('apt-get', args, {stdio: 'inherit', env});
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
  }
  return true;
}

/**
 * `$variable` if set (it must then be an executable), else the first of
 * `names` on $PATH, else Debian's `packages` installed as root, else a clear
 * error naming the variable to set.
 */
function findExecutable({what, variable, names, packages}) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`${variable} is set to "${fromEnv}", which is not an executable file.`);
    return fromEnv;
  }
  const found = () => names.map(onPath).find(Boolean);
  const first = found();
  if (first) return first;
  if (aptInstall(packages)) {
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(`No ${what} found: set ${variable}, or install it (Debian: apt-get install ${packages.join(' ')}).`);
}

export const findChrome = () =>
  findExecutable({
    what: 'Chrome or Chromium',
    variable: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
    packages: ['chromium'],
  });

export const findFirefox = () => findExecutable({what: 'Firefox', variable: 'FIREFOX_PATH', names: ['firefox-esr', 'firefox'], packages: ['firefox-esr']});

/** WebKitWebDriver, and the MiniBrowser that Debian installs beside WebKitGTK (`$MINIBROWSER_PATH` overrides). */
export function findWebKit() {
  const driver = findExecutable({
    what: 'WebKitWebDriver',
    variable: 'WEBKIT_DRIVER',
    names: ['WebKitWebDriver'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  });
  let miniBrowser = process.env.MINIBROWSER_PATH;
  if (!miniBrowser) {
    const listed = spawnSync('dpkg', ['-S', 'MiniBrowser'], {encoding: 'utf8'}).stdout ?? '';
    miniBrowser = listed
      .split('\n')
      .map((line) => line.split(': ')[1])
      .find((file) => file && file.endsWith('/MiniBrowser') && isExecutable(file));
  }
  if (!miniBrowser)
    throw new Error('No MiniBrowser found beside WebKitWebDriver: set MINIBROWSER_PATH (Debian: dpkg -L libwebkit2gtk-4.1-0 | grep MiniBrowser).');
  if (!process.env.DISPLAY && !onPath('Xvfb')) aptInstall(['xvfb', 'xauth']);
  return {driver, miniBrowser};
}

/**
 * Which engines to run: `$ENGINES` (comma-separated, e.g. `ENGINES=firefox
 * npm test`), else all three.
 */
export function selectedEngines(value = process.env.ENGINES) {
  if (!value) return ENGINES;
  const wanted = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')}; use any of ${ENGINES.join(', ')}.`);
  return wanted;
}

/** The environment a browser runs with: the given time zone, and an English UTF-8 locale. */
function browserEnv(timeZone) {
  return {...process.env, TZ: timeZone, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8'};
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on `port`, or rejects after `ms`. */
async function waitForPort(port, ms, child) {
  const {connect} = await import('node:net');
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited with ${child.exitCode} before listening on ${port}.`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`${child.spawnfile} did not listen on port ${port} within ${ms} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An X display for MiniBrowser: `$DISPLAY` if there is one, else a private Xvfb started here. */
async function startDisplay() {
  if (process.env.DISPLAY) return {display: process.env.DISPLAY, stop() {}};
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: ['ignore', 'pipe', 'ignore']});
  const number = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.on('error', reject);
  });
  return {display: `:${number}`, stop: () => xvfb.kill()};
}

/**
 * WebKit through WebKitWebDriver and MiniBrowser: starts a display (Xvfb) and
 * the driver on a free port when the runner starts, and stops both with it.
 * In automation mode MiniBrowser keeps no HTTP cache (no 304s).
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor({timeZone, label}) {
    const {driver, miniBrowser} = findWebKit();
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation']},
      },
    });
    this.driverPath = driver;
    this.timeZone = timeZone;
    this.label = label;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = this.label;
    this.display = await startDisplay();
    this.options.port = await freePort();
    this.process = spawn(this.driverPath, [`--port=${this.options.port}`, '--host=127.0.0.1'], {
      env: {...browserEnv(this.timeZone), DISPLAY: this.display.display},
      stdio: 'ignore',
    });
    await waitForPort(this.options.port, 20000, this.process);
  }

  async stop() {
    await super.stop();
    this.process?.kill();
    this.display?.stop();
  }
}

/** Display names, as WTR prints them in its summary: the engine, and the zone when it is not UTC. */
function label(engine, timeZone) {
  const name = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'}[engine];
  return timeZone === 'UTC' ? name : `${name} ${timeZone}`;
}

/** A Web Test Runner launcher for `engine`, its browser running in `timeZone`. */
export function launcher(engine, timeZone = 'UTC') {
  let browser;
  if (engine === 'chromium') {
    browser = chromeLauncher({launchOptions: {executablePath: findChrome(), args: chromeArgs, env: browserEnv(timeZone)}});
  } else if (engine === 'firefox') {
    browser = puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        env: browserEnv(timeZone),
        // No updates, telemetry or remote settings: the machine's network is closed.
        extraPrefsFirefox: {'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'network.connectivity-service.enabled': false},
      },
    });
  } else if (engine === 'webkit') {
    return new WebKitLauncher({timeZone, label: label(engine, timeZone)});
  } else {
    throw new Error(`unknown engine ${engine}`);
  }
  browser.name = label(engine, timeZone);
  return browser;
}
