/**
 * `srp gate`: read every input (and refuse any bad one before writing anything), evaluate the
 * policy, write the outputs atomically, print the summary, then notify. Returns the exit code.
 */
import { resolve } from 'node:path';
import { EXIT, SrpError, UsageError, printableLine } from '../errors.js';
import { ERROR_MESSAGE_MAX_CHARS } from '../limits.js';
import type { Evaluation } from '../policy/verdict.js';
import { writeHtmlReport } from '../outputs/html.js';
import { writeJUnit } from '../outputs/junit.js';
import { renderMarkdownSummary } from '../outputs/markdown.js';
import { writeSarifLog } from '../outputs/sarif.js';
import { renderTerminalSummary } from '../outputs/terminal.js';
import { writeVerdictJson } from '../outputs/verdict-json.js';
import { evaluate } from '../policy/evaluate.js';
import { parseCommandArgs, helpLines } from './args.js';
import type { NotifyContext } from './notify.js';
import { NOTIFY_HELP, NOTIFY_OPTIONS, notifying } from './notify-options.js';
import { COMMON_INPUT_OPTIONS, OTHER_OPTIONS_HELP, READ_OPTIONS_HELP, readGateInputs, type GateInputs } from './inputs.js';
import { checkOutputTargets, writeOutputsAtomic, type NamedPath, type PlannedOutput } from './output-file.js';
import type { CommandContext } from './context.js';

/**
 * Every output of the gate: its flag and what writes it. A new format is one writer module and one
 * line here. The SARIF log (~50 MB at 100k findings), JUnit (~17 MB) and the verdict (~10 MB) are
 * written in pieces, never as one string.
 */
type OutputFlag = 'sarif' | 'junit' | 'summary' | 'json' | 'html';
interface GateOutput {
  flag: OutputFlag;
  /** The --help line (after `--flag FILE`). */
  help: string;
  produce: (inputs: GateInputs, evaluation: Evaluation) => PlannedOutput['produce'];
}
const GATE_OUTPUTS: readonly GateOutput[] = [
  {
    flag: 'sarif',
    help: 'normalized SARIF 2.1.0 log with suppressions and baseline state',
    produce: (inputs, evaluation) => (write) => writeSarifLog(inputs.runs, evaluation, write),
  },
  {
    flag: 'junit',
    help: "JUnit XML for Jenkins' junit step",
    produce: (inputs, evaluation) => (write) => writeJUnit(inputs.runs, evaluation, write),
  },
  {
    flag: 'summary',
    help: 'Markdown summary for reviewers',
    produce: (_inputs, evaluation) => (write) => write(renderMarkdownSummary(evaluation.verdict)),
  },
  {
    flag: 'json',
    help: 'JSON verdict (passed, blocking, counts, byScanner, suppressions, ...)',
    produce: (_inputs, evaluation) => (write) => writeVerdictJson(evaluation.verdict, write),
  },
  {
    flag: 'html',
    help: 'self-contained HTML report (no script, no external request; phone and print)',
    produce: (_inputs, evaluation) => (write) => writeHtmlReport(evaluation.verdict, write),
  },
];

/** One `--flag FILE` option per output. */
const OUTPUT_OPTIONS = Object.fromEntries(GATE_OUTPUTS.map(({ flag }) => [flag, { type: 'string' }])) as Record<OutputFlag, { type: 'string' }>;



export const GATE_HELP = `Usage: srp gate [options] REPORT...

Reads Gitleaks/Trivy/SARIF reports, applies the release policy and decides whether the release may ship.
Exit codes: 0 passed, 1 blocked, 2 usage or input error (nothing written), 3 gate passed but a
notification (GitHub status, ledger) failed, 4 internal error.

Inputs
  --policy FILE          policy file (YAML or JSON, version: 1); default: CRITICAL/HIGH and secrets block
  --baseline FILE        previous SARIF log from srp: findings become new/unchanged/absent
  --trivyignore FILE     honour a .trivyignore (ids, exp:YYYY-MM-DD); repeatable
  --gitleaksignore FILE  honour a .gitleaksignore (fingerprints); repeatable
${helpLines(READ_OPTIONS_HELP)}Outputs (written only after every input was read and checked)
${helpLines(GATE_OUTPUTS.map(({ flag, help }) => ({ flag, arg: 'FILE', text: help })))}                         Outputs are written all or none, each to its own file: two outputs on one
                         path, or an output on an input, is refused (exit 2)
  --quiet                print nothing on success but errors
Other
${helpLines(OTHER_OPTIONS_HELP)}
${NOTIFY_HELP}`;

const GATE_OPTIONS = {
  ...COMMON_INPUT_OPTIONS,
  policy: { type: 'string' },
  baseline: { type: 'string' },
  trivyignore: { type: 'string', multiple: true },
  gitleaksignore: { type: 'string', multiple: true },
  ...OUTPUT_OPTIONS,
  quiet: { type: 'boolean', default: false },
  ...NOTIFY_OPTIONS,
} as const;

type GateValues = ReturnType<typeof parseGateArgs>['values'];

function parseGateArgs(argv: string[]) {
  return parseCommandArgs('gate', argv, GATE_OPTIONS);
}

/** The files this run reads, named for the message that refuses an output on one of them. */
function gateInputPaths(values: GateValues, reports: string[]): NamedPath[] {
  const inputs: NamedPath[] = reports.map((file) => ({ role: 'report', file }));
  if (values.policy) inputs.push({ role: 'policy', file: values.policy });
  if (values.baseline) inputs.push({ role: 'baseline', file: values.baseline });
  for (const file of values.trivyignore ?? []) inputs.push({ role: 'ignore file', file });
  for (const file of values.gitleaksignore ?? []) inputs.push({ role: 'ignore file', file });
  return inputs;
}

export async function runGateCommand(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseGateArgs(argv);
  if (values.help) {
    ctx.stdout(GATE_HELP);
    return EXIT.passed;
  }
  let evaluation: Evaluation;
  try {
    if (positionals.length === 0) throw new UsageError("gate: no report given; usage: srp gate [options] REPORT...");
    const requested = GATE_OUTPUTS.flatMap((o) => {
      const file = values[o.flag];
      return file ? [{ ...o, role: `--${o.flag}`, file }] : [];
    });
    // Before anything is read: an output on an input would destroy the evidence of this run.
    checkOutputTargets(requested, gateInputPaths(values, positionals), ctx.cwd);
    const inputs = await readGateInputs(values, positionals, resolve(ctx.cwd, values['source-root'] ?? '.'));
    evaluation = evaluate({ ...inputs, now: ctx.now() });
    const evaluated = evaluation;
    writeOutputsAtomic(
      requested.map((o) => ({ file: o.file, produce: o.produce(inputs, evaluated) })),
      { cwd: ctx.cwd },
    );
  } catch (error) {
    if (error instanceof SrpError && notifying(values)) {
      await notifyAfterGate({ inputError: printableLine(error.message, ERROR_MESSAGE_MAX_CHARS), values, env: ctx.env, cwd: ctx.cwd, log: ctx.stderr });
    }
    throw error;
  }
  if (!values.quiet) ctx.stdout(renderTerminalSummary(evaluation.verdict, { color: ctx.color }));
  const gateExit = evaluation.verdict.passed ? EXIT.passed : EXIT.blocked;
  const notified = notifying(values)
    ? await notifyAfterGate({ verdict: evaluation.verdict, values, env: ctx.env, cwd: ctx.cwd, log: ctx.stderr })
    : { ok: true };
  // A notification failure never hides the gate's result: blocked stays 1; a pass becomes 3.
  return gateExit === EXIT.passed && !notified.ok ? EXIT.networkError : gateExit;
}

/**
 * The notifier is loaded only by a run that notifies: with it come child_process (for git), the
 * GitHub and ledger clients' modules; a gate that only writes files starts ~2 ms sooner.
 */
async function notifyAfterGate(ctx: NotifyContext): Promise<{ ok: boolean }> {
  return (await import('./notify.js')).notifyAfterGate(ctx);
}

