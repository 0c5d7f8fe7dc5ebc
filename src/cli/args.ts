import {FORMATS, type FormatOption} from '../feeds/parse-feed.js';

/** What `status-banner <command> …` was asked to do. */
export interface Invocation {
  readonly command: string;
  readonly inputs: readonly string[];
  readonly format: FormatOption;
  /** One per input, in order, when given. */
  readonly langs: readonly string[];
}

export const USAGE = `Usage: status-banner <command> …
  validate <file or URL>…                                  check feeds of any supported format; each problem on stderr, exit 1 if any
  convert <file or URL>… [--format F] [--lang TAG]…        any supported format to the native feed (JSON on stdout);
                                                           several translations of one page, a --lang each, merged into one feed
  schema                                                   print the JSON Schema of the native feed
Formats: ${FORMATS.join(', ')}`;

/** The command line read, or the problems with it (one line each). */
export function parseArgs(argv: readonly string[]): Invocation | {problems: string[]} {
  const [command = '', ...rest] = argv;
  const inputs: string[] = [];
  const langs: string[] = [];
  const problems: string[] = [];
  let format: FormatOption = 'auto';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string?]) : [arg];
    if (flag === '--format' || flag === '--lang') {
      const value = inline ?? rest[++i];
      if (!value || value.startsWith('--')) problems.push(`${flag} needs a value`);
      else if (flag === '--lang') langs.push(value);
      else if ((FORMATS as readonly string[]).includes(value)) format = value as FormatOption;
      else problems.push(`unknown format "${value}": expected one of ${FORMATS.join(', ')}`);
    } else if (arg.startsWith('--')) problems.push(`unknown option ${arg}`);
    else inputs.push(arg);
  }
  if (!['validate', 'convert', 'schema'].includes(command))
    problems.push(command ? `unknown command "${command}": expected validate, convert or schema` : 'no command given: expected validate, convert or schema');
  else if (command !== 'schema' && inputs.length === 0) problems.push(`${command} needs at least one file or URL`);
  if (langs.length > 0 && langs.length !== inputs.length)
    problems.push(`${langs.length} --lang for ${inputs.length} inputs: give one --lang per input, in the same order`);
  return problems.length ? {problems} : {command, inputs, format, langs};
}
