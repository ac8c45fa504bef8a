/**
 * When two reports (or two scans of one tool) carry the same finding, the gate counts it once. Two
 * findings are the same only if everything that can change a decision or what a reviewer reads is
 * the same: identity, severity, location (path, target, line), versions and fix status, the
 * scanner's own fingerprint, the texts, and any suppression the report itself carries. Identical
 * inputs get identical decisions (evaluate is pure), so which copy is kept cannot change the
 * verdict, and copies that differ in anything are gated and shown separately.
 *
 * This is not the baseline identity: `srp/v1` deliberately leaves out lines, versions and image
 * tags so that a finding keeps its identity across builds (see sarif/fingerprint.ts).
 */
import { FINGERPRINT_KEY, type NormalizedResult } from '../sarif/model.js';

const SEP = '\u0000';

export function duplicateKey(result: NormalizedResult): string {
  const f = result.properties.srp;
  let key =
    f.scanner + SEP + result.partialFingerprints[FINGERPRINT_KEY] + SEP + f.kind + SEP + f.severity + SEP + f.id + SEP +
    (f.package ?? '') + SEP + (f.installedVersion ?? '') + SEP + (f.fixedVersion ?? '') + SEP + (f.status ?? '') + SEP +
    (f.path ?? '') + SEP + (f.target ?? '') + SEP + (f.line ?? '') + SEP + (f.nativeFingerprint ?? '') + SEP +
    (f.title ?? '') + SEP + (f.resolution ?? '') + SEP + result.ruleId + SEP + result.message.text;
  if (f.aliases !== undefined) key += SEP + f.aliases.join(SEP);
  // Report suppressions (VEX, SARIF) decide too; they are rare, so their JSON is cheap enough.
  if (result.suppressions !== undefined && result.suppressions.length > 0) key += SEP + JSON.stringify(result.suppressions);
  return key;
}
