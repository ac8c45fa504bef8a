/** The policy stage's public surface: what cli/commands import. */
export { evaluate, summarizeFinding, type EvaluateInput } from './evaluate.js';
export { Gate, isUnfixed, shouldBlock, type BlockContext } from './gate.js';
export { parsePolicy } from './policy-file.js';
export { DEFAULT_POLICY, type Policy, type PolicySuppression, type GateSettings } from './policy.js';
export { parseTrivyIgnore } from './trivyignore.js';
export { parseGitleaksIgnore } from './gitleaksignore.js';
export type { IgnoreFile, IgnoreEntry, NativeIgnore } from './ignore-files.js';
export type { AbsentFinding } from './baseline.js';
export type * from './verdict.js';
