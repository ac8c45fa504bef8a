/**
 * Reads and checks every input of a command before anything is evaluated or written: the gate
 * fails closed, so one unreadable report stops the whole run with exit 2.
 */
import { readTextInput } from '../io.js';
import { readReportFile } from '../report-input.js';
import type { FlagHelp } from './args.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import type { NativeIgnore } from '../policy/ignore-files.js';
import type { Policy } from '../policy/policy-types.js';
import { mergeRunsByTool } from '../sarif/merge.js';
import type { NormalizedRun } from '../sarif/model.js';

export const COMMON_INPUT_OPTIONS = {
  format: { type: 'string' },
  /** Scanners that print absolute paths (gitleaks dir .) are made relative to this; default: cwd. */
  'source-root': { type: 'string' },
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** --help lines for how COMMON_INPUT_OPTIONS reads reports. */
export const READ_OPTIONS_HELP: readonly FlagHelp[] = [
  { flag: 'format', arg: 'FMT', text: 'force the input format instead of detecting it (see srp --help for the list)' },
  {
    flag: 'source-root',
    arg: 'DIR',
    text: 'directory the scanners ran in; absolute paths in reports become relative to it\n(default: the current directory)',
  },
];

/** --help lines for the rest of COMMON_INPUT_OPTIONS. */
export const OTHER_OPTIONS_HELP: readonly FlagHelp[] = [
  { flag: 'debug', text: 'show stack traces of internal errors' },
  { flag: 'help', short: 'h', text: 'this help' },
];

/** Policy and ignore files are small; a bigger one is a mistake (a report passed as --policy). */
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export function readReports(files: string[], format?: string, root?: string): NormalizedRun[] {
  const runs: NormalizedRun[] = [];
  for (const file of files) runs.push(...readReportFile(root === undefined ? { file } : { file, root }, format).runs);
  return mergeRunsByTool(runs);
}

export interface GateInputs {
  runs: NormalizedRun[];
  policy: Policy;
  ignores: NativeIgnore[];
  baseline?: NormalizedRun[];
}

export async function readGateInputs(
  values: { policy?: string; baseline?: string; trivyignore?: string[]; gitleaksignore?: string[]; format?: string },
  reportFiles: string[],
  root?: string,
): Promise<GateInputs> {
  // Configuration first: a typo in the policy is reported before a long report is parsed.
  // The parsers (zod, yaml) are imported only when a file is given: a plain gate starts faster.
  let policy = DEFAULT_POLICY;
  if (values.policy) {
    const { parsePolicy } = await import('../policy/policy-file.js');
    policy = parsePolicy(readTextInput(values.policy, 'policy', MAX_CONFIG_BYTES), values.policy);
  }
  const ignores: NativeIgnore[] = [];
  if (values.trivyignore?.length || values.gitleaksignore?.length) {
    const { parseGitleaksIgnore, parseTrivyIgnore } = await import('../policy/ignore-files.js');
    for (const file of values.trivyignore ?? []) {
      ignores.push(parseTrivyIgnore(readTextInput(file, 'ignore', MAX_CONFIG_BYTES), file));
    }
    for (const file of values.gitleaksignore ?? []) {
      ignores.push(parseGitleaksIgnore(readTextInput(file, 'ignore', MAX_CONFIG_BYTES), file));
    }
  }
  const baseline = values.baseline ? readReports([values.baseline], undefined, root) : undefined;
  const runs = readReports(reportFiles, values.format, root);
  return baseline ? { runs, policy, ignores, baseline } : { runs, policy, ignores };
}
