/**
 * Re-reading a SARIF log srp wrote (baselines, `srp convert` output gated later): results carry
 * `properties.srp` facts and `partialFingerprints['srp/v1']`, which are taken back as they are, so a
 * finding keeps its identity across the round trip. Policy outcomes of the earlier run (suppressions
 * srp added, baselineState) are not carried over, and results marked `absent` are skipped: the policy is applied afresh. Suppressions that came
 * from the scanner itself (marked `srpOrigin: scanner`, e.g. Trivy VEX) are kept.
 */
import type { Suppression } from 'sarif';
import { RunBuilder } from '../sarif/build.js';
import { FINDING_KINDS, FINGERPRINT_KEY, type FindingFacts, type FindingKind, SEVERITIES, type NormalizedRun, type Severity } from '../sarif/model.js';
import { type RuleView, viewCatalog, viewResult } from './sarif-view.js';
import { type Rec, type Shape, isRec, positive } from './shape.js';

const OPTIONAL_STRINGS = ['path', 'target', 'package', 'installedVersion', 'fixedVersion', 'status', 'resolution', 'title', 'nativeFingerprint'] as const;

/** True when the run's results carry srp facts (checked on the first result; every result is then validated). */
export function isSrpRun(run: Rec): boolean {
  const results = run.results;
  if (!Array.isArray(results) || results.length === 0) return false;
  const first = results[0];
  return isRec(first) && isRec(first.properties) && isRec(first.properties.srp);
}

function readFacts(shape: Shape, value: unknown, at: string): FindingFacts {
  const o = shape.object(value, at);
  const kind = shape.string(o, 'kind', at);
  if (!(FINDING_KINDS as readonly string[]).includes(kind)) shape.fail(`${at}.kind`, `one of ${FINDING_KINDS.join(', ')}`, kind);
  const severity = shape.string(o, 'severity', at);
  if (!(SEVERITIES as readonly string[]).includes(severity)) shape.fail(`${at}.severity`, `one of ${SEVERITIES.join(', ')}`, severity);
  const facts: FindingFacts = {
    scanner: shape.string(o, 'scanner', at),
    kind: kind as FindingKind,
    severity: severity as Severity,
    id: shape.string(o, 'id', at),
  };
  for (const key of OPTIONAL_STRINGS) {
    const v = shape.optString(o, key, at);
    if (v !== undefined) facts[key] = v;
  }
  const line = positive(shape.optNumber(o, 'line', at));
  if (line !== undefined) facts.line = line;
  const aliases = shape.array(o, 'aliases', at).filter((a): a is string => typeof a === 'string');
  if (aliases.length > 0) facts.aliases = aliases;
  return facts;
}

function ruleInput(rule: RuleView) {
  return {
    id: rule.id,
    ...(rule.name ? { name: rule.name } : {}),
    shortDescription: rule.shortDescription ?? rule.id,
    ...(rule.fullDescription ? { fullDescription: rule.fullDescription } : {}),
    helpText: rule.helpText ?? rule.shortDescription ?? rule.id,
    ...(rule.helpMarkdown ? { helpMarkdown: rule.helpMarkdown } : {}),
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    tags: rule.tags.filter((t) => t !== 'security'),
  };
}

export function convertSrpRun(shape: Shape, run: Rec, driver: Rec, at: string): NormalizedRun {
  const dat = `${at}.tool.driver`;
  const catalog = viewCatalog(shape, run, driver, at);
  const rules = catalog.driver.rules;
  const version = shape.optString(driver, 'version', dat);
  const fullName = shape.optString(driver, 'fullName', dat);
  const informationUri = shape.optString(driver, 'informationUri', dat);
  const driverInfo = {
    name: shape.string(driver, 'name', dat),
    ...(fullName ? { fullName } : {}),
    ...(version ? { version } : {}),
    ...(informationUri ? { informationUri } : {}),
  };
  const builder = new RunBuilder(driverInfo, shape.reportUri());
  for (const rule of rules) builder.rule(ruleInput(rule));
  const results = shape.array(run, 'results', at);
  for (let i = 0; i < results.length; i++) {
    const rat = `${at}.results[${i}]`;
    // A log written with --baseline keeps the previous build's vanished findings as `absent`: they
    // are not findings of this log, and as a baseline they must not vouch for a finding that returns.
    const raw = results[i];
    if (isRec(raw) && raw.baselineState === 'absent') continue;
    const v = viewResult(shape, catalog, raw, rat);
    const facts = readFacts(shape, v.properties.srp, `${rat}.properties.srp`);
    const fingerprint = v.partialFingerprints[FINGERPRINT_KEY];
    const { [FINGERPRINT_KEY]: _own, ...others } = v.partialFingerprints;
    const kept: Suppression[] = v.suppressions.filter((s) => isRec(s.properties) && s.properties.srpOrigin === 'scanner');
    const score = v.properties['security-severity'];
    builder.add({
      facts,
      ruleId: v.ruleId,
      message: v.message,
      ...(v.uri !== undefined ? { uri: v.uri } : {}),
      ...(v.region ? { region: v.region } : {}),
      ...(typeof score === 'string' ? { securitySeverity: score } : {}),
      ...(fingerprint !== undefined ? { fingerprint } : {}),
      ...(Object.keys(others).length > 0 ? { otherFingerprints: others } : {}),
      ...(kept.length > 0 ? { suppressions: kept } : {}),
    });
  }
  return builder.build();
}
