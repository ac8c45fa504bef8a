/**
 * Any other SARIF 2.1.0 producer (Semgrep, CodeQL, Checkov, …): passed through as kind 'code' and
 * gated by severity read as GitHub reads it — `security-severity` (result, else rule) in GitHub's
 * bands (≥ 9 critical, ≥ 7 high, ≥ 4 medium, > 0 low), else the level (error → HIGH,
 * warning → MEDIUM, note → LOW, none → UNKNOWN; an absent level is SARIF's default, warning).
 * Results whose `kind` says they are not failures (pass, notApplicable, informational) are not findings.
 * Snippets and context regions are not carried over (they may quote secrets). A rule tagged `secret`
 * makes its results secrets (which always block), with fixed texts in place of the rule's and the message.
 */
import { RunBuilder } from '../sarif/build.js';
import type { FindingFacts, NormalizedRun, Severity } from '../sarif/model.js';
import { levelToSeverity, scoreToSeverity } from '../sarif/severity.js';
import { SECRET_RESOLUTION } from './gitleaks-json.js';
import { NOT_FAILURES, type RuleView, viewCatalog, viewResult } from './sarif-view.js';
import { type Rec, type Shape } from './shape.js';

/** A rule tagged as finding secrets (`properties.tags`): its findings are secrets, whatever the tool. */
function isSecretRule(rule: RuleView): boolean {
  return rule.tags.some((t) => /^secrets?$/i.test(t.trim()));
}

/** Other tools' fingerprints worth keeping: GitHub uses them to track alerts. */
const KEEP_FINGERPRINT = /^[A-Za-z0-9_./-]+$/;

export function convertGenericSarifRun(shape: Shape, run: Rec, driver: Rec, at: string): NormalizedRun {
  const dat = `${at}.tool.driver`;
  const catalog = viewCatalog(shape, run, driver, at);
  const name = shape.string(driver, 'name', dat);
  const version = shape.optString(driver, 'version', dat) ?? shape.optString(driver, 'semanticVersion', dat);
  const fullName = shape.optString(driver, 'fullName', dat);
  const informationUri = shape.optString(driver, 'informationUri', dat);
  const driverInfo = {
    name,
    ...(fullName ? { fullName } : {}),
    ...(version ? { version } : {}),
    ...(informationUri ? { informationUri } : {}),
  };
  const builder = new RunBuilder(driverInfo, shape.reportUri());
  const scanner = name.toLowerCase();
  const results = shape.array(run, 'results', at);
  for (let i = 0; i < results.length; i++) {
    const v = viewResult(shape, catalog, results[i], `${at}.results[${i}]`);
    if (v.kind !== undefined && NOT_FAILURES.has(v.kind)) continue;
    // Levels and scores were checked by viewResult: an unknown one is already an input error.
    const score = v.score;
    const severity: Severity = score > 0 ? scoreToSeverity(score) : (levelToSeverity(v.level ?? 'warning') as Severity);
    const secret = v.rule !== undefined && isSecretRule(v.rule);
    const facts: FindingFacts = { scanner, kind: secret ? 'secret' : 'code', severity, id: v.ruleId };
    if (v.path !== undefined) facts.path = v.path;
    if (v.region) facts.line = v.region.startLine;
    const title = v.rule?.shortDescription ?? v.rule?.name;
    if (title !== undefined) facts.title = title;
    if (secret) facts.resolution = SECRET_RESOLUTION;
    if (v.rule && secret && !builder.hasRule(v.rule.id)) {
      // A secret rule's descriptions, help and messages may quote the match: fixed texts only.
      builder.rule({
        id: v.rule.id,
        ...(v.rule.name ? { name: v.rule.name } : {}),
        shortDescription: v.rule.shortDescription ?? v.rule.name ?? v.rule.id,
        fullDescription: `Secret detected by ${name} rule ${v.rule.id}.`,
        helpText: `Secret ${title ?? v.rule.id}\n${SECRET_RESOLUTION}.`,
        ...(v.rule.helpUri ? { helpUri: v.rule.helpUri } : {}),
        tags: v.rule.tags.filter((t) => t !== 'security'),
      });
    } else if (v.rule && !builder.hasRule(v.rule.id)) {
      builder.rule({
        id: v.rule.id,
        ...(v.rule.name ? { name: v.rule.name } : {}),
        shortDescription: v.rule.shortDescription ?? v.rule.name ?? v.rule.id,
        ...(v.rule.fullDescription ? { fullDescription: v.rule.fullDescription } : {}),
        helpText: v.rule.helpText ?? v.rule.fullDescription ?? v.rule.shortDescription ?? v.rule.id,
        ...(v.rule.helpMarkdown ? { helpMarkdown: v.rule.helpMarkdown } : {}),
        ...(v.rule.helpUri ? { helpUri: v.rule.helpUri } : {}),
        tags: v.rule.tags.filter((t) => t !== 'security'),
      });
    }
    const others: Record<string, string> = {};
    for (const [k, value] of Object.entries(v.partialFingerprints)) if (KEEP_FINGERPRINT.test(k) && k !== 'srp/v1') others[k] = value;
    builder.add({
      facts,
      message: secret ? `Secret ${v.ruleId}${title ? ` (${title})` : ''} in ${v.path ?? 'unknown file'}${v.region ? `:${v.region.startLine}` : ''} (${severity}) — revoke and rotate it` : v.message,
      ...(v.uri !== undefined ? { uri: v.uri } : {}),
      ...(v.region ? { region: v.region } : {}),
      ...(score > 0 ? { securitySeverity: String(v.properties['security-severity'] ?? v.rule?.properties['security-severity']) } : {}),
      ...(Object.keys(others).length > 0 ? { otherFingerprints: others } : {}),
      ...(v.suppressions.length > 0 ? { suppressions: v.suppressions } : {}),
    });
  }
  return builder.build();
}
