/// <reference types="node" />
/**
 * `npx status-banner validate|convert|schema` (DESIGN.md §6), for teams who
 * write or host their own feed. Uses feeds/ and model/ only. On any error:
 * one line per problem on stderr, exit status 1, nothing on stdout.
 */
import {readFileSync} from 'node:fs';
import {mergeTranslations} from '../feeds/merge-translations.js';
import {parseNativeFeed} from '../feeds/native.js';
import {writeNativeFeed} from '../feeds/native-writer.js';
import {parseArgs, USAGE, type Invocation} from './args.js';
import {readInput} from './read-input.js';

interface Outcome {
  readonly stdout: string;
  /** Problems (exit 1, stdout dropped) and, on success, warnings. */
  readonly stderr: readonly string[];
  readonly failed: boolean;
}

async function run(argv: readonly string[]): Promise<Outcome> {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return {stdout: `${USAGE}\n`, stderr: [], failed: false};
  const invocation = parseArgs(argv);
  if ('problems' in invocation) return {stdout: '', stderr: [...invocation.problems, USAGE.split('\n')[0]!], failed: true};
  switch (invocation.command) {
    case 'schema':
      return {stdout: readFileSync(new URL('./status-feed.schema.json', import.meta.url), 'utf8'), stderr: [], failed: false};
    case 'validate':
      return validate(invocation);
    default:
      return convert(invocation);
  }
}

async function validate({inputs, format, langs}: Invocation): Promise<Outcome> {
  const readings = await Promise.all(inputs.map((input, i) => readInput(input, format, langs[i])));
  const problems = readings.flatMap((r) => r.problems);
  if (problems.length) return {stdout: '', stderr: problems, failed: true};
  const lines = readings.map((r, i) => {
    const {snapshot} = r as Extract<typeof r, {ok: true}>;
    return `${inputs[i]}: valid ${snapshot.format} feed, ${snapshot.incidents.length} incidents, ${snapshot.maintenances.length} maintenances, ${snapshot.components.length} components`;
  });
  return {stdout: `${lines.join('\n')}\n`, stderr: [], failed: false};
}

async function convert({inputs, format, langs}: Invocation): Promise<Outcome> {
  const readings = await Promise.all(inputs.map((input, i) => readInput(input, format, langs[i])));
  const failures = readings.flatMap((r) => (r.ok ? [] : r.problems));
  if (failures.length) return {stdout: '', stderr: failures, failed: true};
  const read = readings.map((r) => r as Extract<typeof r, {ok: true}>);
  // Entries a page could not read are said, and the rest converted.
  const warnings = read.flatMap((r) => r.problems.map((p) => `warning: ${p} (left out)`));

  let feed;
  if (read.length === 1) {
    const [{snapshot, calendarDates}] = read as [(typeof read)[0]];
    feed = writeNativeFeed(langs[0] ? {...snapshot, page: {...snapshot.page, lang: langs[0]}} : snapshot, {calendarDates});
  } else {
    const unknown = read.flatMap((r, i) => ((langs[i] ?? r.snapshot.page.lang) ? [] : [`${inputs[i]}: its language is not known: give one --lang per input`]));
    if (unknown.length) return {stdout: '', stderr: unknown, failed: true};
    const merged = mergeTranslations(read.map((r, i) => ({lang: (langs[i] ?? r.snapshot.page.lang)!, snapshot: r.snapshot})));
    warnings.push(...merged.unpaired.map((p) => `warning: ${p}`));
    feed = writeNativeFeed(merged.snapshot, {calendarDates: read[0]!.calendarDates});
  }
  // What is written must read back: a feed this command writes is never one the elements refuse.
  try {
    parseNativeFeed(feed);
  } catch (error) {
    return {stdout: '', stderr: [`the converted feed does not read back (a bug: please report it): ${(error as Error).message}`], failed: true};
  }
  return {stdout: `${JSON.stringify(feed, null, 2)}\n`, stderr: warnings, failed: false};
}

// Not a top-level await: in the one-file build the adapters' modules are
// defined after this one, and must be by the time a feed is read.
void run(process.argv.slice(2))
  .catch((error: unknown): Outcome => ({stdout: '', stderr: [`status-banner: ${(error as Error)?.message ?? String(error)}`], failed: true}))
  .then((outcome) => {
    if (!outcome.failed) process.stdout.write(outcome.stdout);
    for (const line of outcome.stderr) process.stderr.write(`${line}\n`);
    process.exitCode = outcome.failed ? 1 : 0;
  });
