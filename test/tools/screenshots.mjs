// Screenshots of the demo for the README: `npm run screenshots`.
// Starts the demo server, drives Debian's Chromium (or $CHROME_PATH) with
// playwright-core, and writes PNGs to demo/screenshots/.
import {spawn} from 'node:child_process';
import {mkdir} from 'node:fs/promises';
import {chromium} from 'playwright-core';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const PORT = Number(process.env.PORT) || 8124;
const ORIGIN = `http://localhost:${PORT}`;
const OUT = new URL('../../demo/screenshots/', import.meta.url);

const server = spawn(process.execPath, ['demo/serve.mjs'], {env: {...process.env, PORT: String(PORT)}, stdio: ['ignore', 'pipe', 'inherit']});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('http://') && resolve());
  server.on('exit', (code) => reject(new Error(`demo server exited (${code})`)));
});

const post = (action, extra = {}) =>
  fetch(`${ORIGIN}/demo/incident`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({action, ...extra})});

const browser = await chromium.launch({executablePath: findChrome(), args: chromeArgs.filter((a) => !a.startsWith('--headless'))});
try {
  await mkdir(OUT, {recursive: true});
  await post('reset');
  await post('start', {severity: 'major'});
  for (const [scheme, lang] of [['light', 'en'], ['dark', 'fr']]) {
    const page = await browser.newPage({viewport: {width: 1000, height: 1400}, colorScheme: scheme, deviceScaleFactor: 1});
    await page.goto(`${ORIGIN}/demo/`);
    if (lang === 'fr') await page.click('button[data-lang="fr"]');
    await page.waitForSelector('status-banner >> [part~="banner"]');
    await page.waitForSelector('status-history >> [part~="incident"]');
    await page.screenshot({path: new URL(`demo-${scheme}-${lang}.png`, OUT).pathname, fullPage: false});
    await page.close();
  }
  console.log(`screenshots written to ${OUT.pathname}`);
} finally {
  await browser.close();
  await post('reset').catch(() => {});
  server.kill();
}
