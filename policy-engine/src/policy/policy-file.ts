/**
 * Reads a policy file's text (YAML or JSON; JSON is YAML) into a resolved Policy, or throws one
 * PolicyError that names the file and the key path: `policy.yml: suppressions[2].reason: is required`.
 */
import type { core } from './zod-subset.js';
import { PolicyError } from '../errors.js';
import { policyFileSchema, resolvePolicy, type Policy } from './policy.js';
import { yamlData } from './yaml-data.js';

export { DEFAULT_POLICY, type Policy } from './policy.js';

/** Formats a zod issue path the way a reader of the file would write it: a.b[2].c */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function describeIssue(issue: core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => formatKeyPath([...issue.path, key]));
    return `unknown key ${keys.join(', ')} (see docs/policy.md for the allowed keys)`;
  }
  const where = formatKeyPath(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

export function parsePolicy(text: string, file: string): Policy {
  const raw = yamlData(text, { invalid: 'not valid YAML or JSON', name: 'policy' }, (problem) => {
    throw new PolicyError(file, problem);
  });
  if (raw === null || raw === undefined) {
    throw new PolicyError(file, 'the policy file is empty; start it with "version: 1"');
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new PolicyError(file, 'a policy must be a mapping of keys (start it with "version: 1")');
  }
  const parsed = policyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PolicyError(file, issue ? describeIssue(issue) : 'invalid policy');
  }
  return resolvePolicy(parsed.data, file);
}
