/** `srp convert`: normalize reports into one SARIF log without gating. */
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { GITHUB_MAX_RESULTS_PER_RUN, GITHUB_MAX_RUNS_PER_FILE } from '../limits.js';
import { buildSarifLog, writeBuiltSarifLog } from '../outputs/sarif.js';
import type { CommandContext } from './context.js';
import { helpLines, parseCommandArgs } from './args.js';
import { COMMON_INPUT_OPTIONS, OTHER_OPTIONS_HELP, READ_OPTIONS_HELP, readReports } from './inputs.js';
import { checkOutputTargets, writePiecesAtomic } from './output-file.js';

const CONVERT_OPTIONS = {
  ...COMMON_INPUT_OPTIONS,
  sarif: { type: 'string' },
} as const;

export const CONVERT_HELP = `Usage: srp convert --sarif FILE [--format FMT] REPORT...

Normalizes Gitleaks/Trivy/SARIF reports into one SARIF 2.1.0 log (one run per tool), redacting secrets.
Exit codes: 0 written, 2 usage or input error (nothing written).

${helpLines([
  { flag: 'sarif', arg: 'FILE', text: 'the SARIF 2.1.0 log to write (required)' },
  ...READ_OPTIONS_HELP,
  ...OTHER_OPTIONS_HELP,
])}`;

export async function runConvertCommand(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('convert', argv, CONVERT_OPTIONS);
  if (values.help) {
    ctx.stdout(CONVERT_HELP);
    return EXIT.passed;
  }
  if (!values.sarif) throw new UsageError("convert: --sarif FILE is required; run 'srp convert --help'");
  if (positionals.length === 0) throw new UsageError("convert: no report given; usage: srp convert --sarif FILE REPORT...");
  checkOutputTargets([{ role: '--sarif', file: values.sarif }], positionals.map((file) => ({ role: 'report', file })), ctx.cwd);
  const runs = readReports(positionals, values.format, resolve(ctx.cwd, values['source-root'] ?? '.'));
  const log = buildSarifLog(runs);
  writePiecesAtomic(values.sarif, (write) => writeBuiltSarifLog(log, write), { cwd: ctx.cwd });
  const read = runs.reduce((sum, run) => sum + run.results.length, 0);
  const written = log.runs.reduce((sum, run) => sum + (run.results?.length ?? 0), 0);
  ctx.stderr(`srp: wrote ${values.sarif} (${log.runs.length} run(s), ${written} result(s))`);
  if (written < read) {
    // Never silent: the log is what GitHub accepts, but the reports held more.
    ctx.stderr(
      `srp: note: ${read - written} of ${read} results (${runs.length - log.runs.length} of ${runs.length} runs) are not in the log: GitHub code scanning accepts at most ${GITHUB_MAX_RUNS_PER_FILE} runs per file and ${GITHUB_MAX_RESULTS_PER_RUN} results per run (the log's notifications say what was cut); srp gate evaluates them all`,
    );
  }
  return EXIT.passed;
}
