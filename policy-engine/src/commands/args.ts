/**
 * Command-line parsing every command shares: node:util parseArgs in strict mode, its complaint
 * turned into one UsageError line that names the command and its --help; and help lines built from
 * the same tables that declare the flags, so a flag and its help cannot drift apart.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

export type OptionTable = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<const O extends OptionTable>(command: string, argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'invalid arguments';
    throw new UsageError(`${command}: ${message}; run 'srp ${command} --help'`);
  }
}

/** One flag as --help lists it: `--flag ARG` and what it does (later lines of `text` are indented). */
export interface FlagHelp {
  flag: string;
  short?: string;
  arg?: string;
  text: string;
}

/** Help lines in two columns; `column` is where the description starts (--help sections align). */
export function helpLines(flags: readonly FlagHelp[], column = 25): string {
  return flags
    .map(({ flag, short, arg, text }) => {
      const name = `  ${short ? `-${short}, ` : ''}--${flag}${arg ? ` ${arg}` : ''}`;
      const lines = text.split('\n').map((line) => `${' '.repeat(column)}${line}`);
      // A name too long for its column gets a line of its own, the description below it.
      if (name.length > column - 2) return [name, ...lines].join('\n');
      return [`${name.padEnd(column - 1)} ${text.split('\n')[0]}`, ...lines.slice(1)].join('\n');
    })
    .map((line) => `${line}\n`)
    .join('');
}
