/**
 * When two reports (or two scans of one tool) carry the same finding, the gate counts it once. Two
 * findings are the same only if everything that can change a decision or what a reviewer reads is
 * the same: identity, severity, location (path, target, line), versions and fix status, the
 * scanner's own fingerprint, the texts, and any suppression the report itself carries. Identical
 * inputs get identical decisions (evaluate is pure), so which copy is kept cannot change the
 * verdict, and copies that differ in anything are gated and shown separately.
 *
 * This is not the baseline identity: `srp/v1` deliberately leaves out versions, image tags and
 * (except for secrets) lines, so that a finding keeps its identity across builds (sarif/fingerprint.ts).
 */
import type { Suppression } from 'sarif';
import { FINGERPRINT_KEY, type FindingFacts, type NormalizedResult } from '../sarif/model.js';

const FACT_KEYS = [
  'scanner', 'kind', 'severity', 'id', 'package', 'installedVersion', 'fixedVersion', 'status',
  'path', 'target', 'line', 'nativeFingerprint', 'title', 'resolution',
] as const satisfies readonly (keyof FindingFacts)[];

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((value, i) => value === b[i]);
}

function sameSuppressions(a: readonly Suppression[] | undefined, b: readonly Suppression[] | undefined): boolean {
  if ((a?.length ?? 0) === 0 && (b?.length ?? 0) === 0) return true;
  // Report suppressions (VEX, SARIF) are rare: their JSON is cheap enough to compare.
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** True when `b` is a copy of `a` in everything that can change a decision or what a reviewer reads. */
export function sameFinding(a: NormalizedResult, b: NormalizedResult): boolean {
  if (a.partialFingerprints[FINGERPRINT_KEY] !== b.partialFingerprints[FINGERPRINT_KEY]) return false;
  if (a.ruleId !== b.ruleId || a.message.text !== b.message.text) return false;
  const fa = a.properties.srp;
  const fb = b.properties.srp;
  for (const key of FACT_KEYS) if (fa[key] !== fb[key]) return false;
  return sameList(fa.aliases, fb.aliases) && sameSuppressions(a.suppressions, b.suppressions);
}
