/**
 * The `srp` command line: the only module that touches process (argv, env, clock, exit code).
 * Known failures print one line and their exit code; anything else is a bug and still never
 * exits 0 (stack only with --debug, since messages of unknown errors may quote input).
 * Every line on stderr passes through printableLine here, and only here: messages quote file
 * names and keys from input, and a crafted one must not start a second line ("gate PASSED").
 */
import { EXIT, SrpError, DOCS_URL, printableLine } from './errors.js';
import { ERROR_MESSAGE_MAX_CHARS } from './limits.js';
import type { CommandContext } from './commands/context.js';

declare const SRP_VERSION: string;
const VERSION = typeof SRP_VERSION === 'string' ? SRP_VERSION : '0.0.0-dev';

async function mainHelp(): Promise<string> {
  const { REPORT_FORMATS } = await import('./readers/index.js');
  const formats = REPORT_FORMATS.map((f) => `  ${f.format.padEnd(16)} ${f.description}`).join('\n');
  return `srp ${VERSION} — the Secure Release Platform policy engine

Usage:
  srp gate [options] REPORT...      normalize, apply the release policy, write outputs, exit 0/1
  srp convert --sarif F REPORT...   normalize reports to one SARIF 2.1.0 log
  srp status --state S [options]    post one GitHub commit status
  srp --version | --help            (srp COMMAND --help for each command's options)

Input formats (detected from content; --format forces one):
${formats}

Exit codes: 0 passed, 1 blocked, 2 usage or input error, 3 notification failed, 4 internal error.
Docs: ${DOCS_URL}
`;
}

// Commands are imported when chosen, so a run loads only what it uses (start-up time is a target).
export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'gate':
      return (await import('./commands/gate.js')).runGateCommand(rest, ctx);
    case 'convert':
      return (await import('./commands/convert.js')).runConvertCommand(rest, ctx);
    case 'status': {
      const { runStatusCommand } = await import('./commands/status.js');
      return runStatusCommand(rest, { env: ctx.env, cwd: ctx.cwd, log: ctx.stderr, stdout: ctx.stdout });
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      ctx.stdout(await mainHelp());
      return command === undefined ? EXIT.inputError : EXIT.passed;
    case '-v':
    case '--version':
    case 'version':
      ctx.stdout(`${VERSION}\n`);
      return EXIT.passed;
    default:
      ctx.stderr(`srp: unknown command '${printableLine(command, 80)}'; expected gate, convert or status (srp --help)`);
      return EXIT.inputError;
  }
}

function describeFailure(error: unknown, debug: boolean): { line: string; code: number } {
  if (error instanceof SrpError) {
    const message = printableLine(error.message, ERROR_MESSAGE_MAX_CHARS);
    return { line: `srp: error: ${message} (${DOCS_URL}#${error.docsAnchor})`, code: error.exitCode };
  }
  const kind = error instanceof Error ? error.constructor.name : typeof error;
  const detail = debug && error instanceof Error ? `\n${error.stack ?? ''}` : ' (rerun with --debug for the stack)';
  return { line: `srp: internal error (${kind}); this is a bug, please report it${detail}`, code: EXIT.internalError };
}

/**
 * process.stdout and process.stderr are made on first use: making one costs 3–6 ms of start-up (Node loads its
 * stream modules, and net for a pipe), and a `--quiet` gate prints nothing. Node's own warnings go through its
 * global console, which ignores stream errors, so srp's writes are the only ones that need the handler below.
 *
 * A reader that has gone (`srp gate … | head -1`) makes a later write fail with EPIPE. Unhandled,
 * that error killed the process with a stack and exit 1 while notifications were still pending
 * (passed gates reported as blocked, no status or ledger record). The files and the exit code
 * carry the gate's result; text the console can no longer take is dropped.
 */
const streamsInUse: NodeJS.WriteStream[] = [];
function consoleStream(name: 'stdout' | 'stderr'): NodeJS.WriteStream {
  const stream = process[name];
  if (!streamsInUse.includes(stream)) {
    stream.on('error', () => {});
    streamsInUse.push(stream);
  }
  return stream;
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const ctx: CommandContext = {
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    get color() {
      return Boolean(consoleStream('stdout').isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
    },
    stdout: (text) => consoleStream('stdout').write(text),
    stderr: (line) => consoleStream('stderr').write(`${printableLine(line, ERROR_MESSAGE_MAX_CHARS)}\n`),
  };
  try {
    process.exitCode = await main(argv, ctx);
  } catch (error) {
    const { line, code } = describeFailure(error, argv.includes('--debug'));
    consoleStream('stderr').write(`${line}\n`);
    process.exitCode = code;
  }
  exitWhenFlushed();
}

/**
 * Ends the process as soon as stdout and stderr have flushed. Waiting for the event loop to empty
 * instead costs 15–30 ms of wall time after a large gate (V8 finishes a pending incremental GC cycle,
 * then Node frees the heap) and nothing is gained: `main` has awaited every file write, status and
 * ledger post. Output to a pipe may still be queued on POSIX, so that is awaited first.
 */
function exitWhenFlushed(): void {
  const pending = streamsInUse.filter((stream) => stream.writableLength > 0);
  let waiting = pending.length;
  if (waiting === 0) process.exit();
  for (const stream of pending) {
    stream.once('drain', () => {
      waiting -= 1;
      if (waiting === 0) process.exit();
    });
  }
}

void run();
