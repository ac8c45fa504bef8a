/**
 * Reads and checks every input of a command before anything is evaluated or written: the gate
 * fails closed, so one unreadable report stops the whole run with exit 2.
 */
import { readTextInput } from '../io.js';
import { parseGitleaksIgnore, parseTrivyIgnore } from '../policy/ignore-files.js';
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../policy/policy-file.js';
import type { NativeIgnore } from '../policy/ignore-files.js';
import { parseReport } from '../readers/index.js';
import { mergeRunsByTool } from '../sarif/merge.js';
import type { NormalizedRun } from '../sarif/model.js';

export const COMMON_INPUT_OPTIONS = {
  format: { type: 'string' },
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Policy and ignore files are small; a bigger one is a mistake (a report passed as --policy). */
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export function readReports(files: string[], format?: string): NormalizedRun[] {
  const runs: NormalizedRun[] = [];
  for (const file of files) runs.push(...parseReport(readTextInput(file, 'report'), { file }, format).runs);
  return mergeRunsByTool(runs);
}

export interface GateInputs {
  runs: NormalizedRun[];
  policy: Policy;
  ignores: NativeIgnore[];
  baseline?: NormalizedRun[];
}

export function readGateInputs(
  values: { policy?: string; baseline?: string; trivyignore?: string[]; gitleaksignore?: string[]; format?: string },
  reportFiles: string[],
): GateInputs {
  // Configuration first: a typo in the policy is reported before a long report is parsed.
  const policy = values.policy
    ? parsePolicy(readTextInput(values.policy, 'policy', MAX_CONFIG_BYTES), values.policy)
    : DEFAULT_POLICY;
  const ignores: NativeIgnore[] = [
    ...(values.trivyignore ?? []).map((file) => parseTrivyIgnore(readTextInput(file, 'ignore', MAX_CONFIG_BYTES), file)),
    ...(values.gitleaksignore ?? []).map((file) =>
      parseGitleaksIgnore(readTextInput(file, 'ignore', MAX_CONFIG_BYTES), file),
    ),
  ];
  const baseline = values.baseline ? readReports([values.baseline]) : undefined;
  const runs = readReports(reportFiles, values.format);
  return baseline ? { runs, policy, ignores, baseline } : { runs, policy, ignores };
}
