#!/usr/bin/env node
// Runs the tests that run under Node (`node --test`: test/cli/, the CLI from the packed
// package; test/docs/, the documentation's links), shows their TAP output, and ends with the line .ci/run adds up:
//   node tests: N passed, N failed
// Exits with node --test's status.
import {spawn} from 'node:child_process';

const child = spawn(process.execPath, ['--test', '--test-reporter=tap', 'test/cli/', 'test/docs/'], {stdio: ['ignore', 'pipe', 'inherit']});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (status) => {
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  // A run that reports nothing (a crash before any test) counts as one failure.
  const failed = count('fail') + (/^# pass \d+$/m.test(output) ? 0 : 1);
  console.log(`node tests: ${count('pass')} passed, ${failed} failed`);
  process.exit(status ?? 1);
});
