// The CLI as a user gets it: `npm pack` of this package (built first: `npm run build`),
// unpacked in a temporary folder, its `bin` run with Node.
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures');

/** Packs and unpacks the package once; returns the path of its bin and a cleanup. */
export function unpack() {
  const dir = mkdtempSync(join(tmpdir(), 'status-banner-cli-'));
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}),
  );
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir]);
  const manifest = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8'));
  return {bin: join(dir, 'package', manifest.bin['status-banner']), dir, cleanup: () => rmSync(dir, {recursive: true, force: true})};
}

/** Runs the bin with `args`: its exit status, stdout and stderr lines. */
export function run(bin, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd: options.cwd ?? ROOT});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({status, stdout, stderr: stderr.split('\n').filter(Boolean)}));
  });
}
