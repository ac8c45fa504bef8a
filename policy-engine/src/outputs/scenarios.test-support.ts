/**
 * Loads the writer golden scenarios in testdata/ (`NAME.input.json`: runs, policy text, ignore
 * files, baseline, clock) and evaluates them. Each writer test compares its output with
 * `NAME.expected.<ext>`; after an intended output change, review and update them with
 * `npx vitest run src/outputs -u` (CI never writes them: a missing or different file fails).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../policy/evaluate.js';
import { parseGitleaksIgnore, parseTrivyIgnore, type IgnoreFile } from '../policy/ignore-files.js';
import { DEFAULT_POLICY, parsePolicy } from '../policy/policy-file.js';
import type { Evaluation } from '../policy/verdict.js';
import { FIXTURES_DIR } from '../paths.test-support.js';
import type { NormalizedRun } from '../sarif/model.js';
import { validateSarifLog } from '../sarif/validate.test-support.js';

export const TESTDATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'testdata');

interface ScenarioFile {
  description: string;
  now: string;
  policy: string | null;
  trivyignore?: string;
  gitleaksignore?: string;
  runs: NormalizedRun[];
  baseline?: NormalizedRun[];
}

export interface Scenario {
  name: string;
  description: string;
  runs: NormalizedRun[];
  evaluation: Evaluation;
  /** Where the golden output for an extension goes: testdata/NAME.expected.EXT */
  expected(extension: string): string;
}

export function scenarioNames(): string[] {
  return readdirSync(TESTDATA_DIR)
    .filter((f) => f.endsWith('.input.json'))
    .map((f) => f.slice(0, -'.input.json'.length))
    .sort();
}

export function loadScenario(name: string): Scenario {
  const file = JSON.parse(readFileSync(join(TESTDATA_DIR, `${name}.input.json`), 'utf8')) as ScenarioFile;
  const policy = file.policy === null ? DEFAULT_POLICY : parsePolicy(file.policy, 'policy.yml');
  const ignores: IgnoreFile[] = [];
  if (file.trivyignore !== undefined) ignores.push(parseTrivyIgnore(file.trivyignore, '.trivyignore'));
  if (file.gitleaksignore !== undefined) ignores.push(parseGitleaksIgnore(file.gitleaksignore, '.gitleaksignore'));
  const evaluation = evaluate({
    runs: file.runs,
    policy,
    now: new Date(file.now),
    ignores,
    ...(file.baseline ? { baseline: file.baseline } : {}),
  });
  return {
    name,
    description: file.description,
    runs: file.runs,
    evaluation,
    expected: (extension) => join(TESTDATA_DIR, `${name}.expected.${extension}`),
  };
}

/** Errors from the official SARIF 2.1.0 schema (../shared/fixtures/sarif), empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  return validateSarifLog(log, join(FIXTURES_DIR, 'sarif', 'sarif-schema-2.1.0.json'));
}
