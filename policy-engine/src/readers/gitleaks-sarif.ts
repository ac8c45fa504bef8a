/**
 * Gitleaks' own SARIF (`gitleaks --report-format sarif`). It carries the raw secret in
 * `region.snippet.text` and has no `level`; results may name rules missing from `rules`. The
 * snippet is read only to compute the redacted form; the result is rebuilt from facts.
 */
import { RunBuilder } from '../sarif/build.js';
import type { NormalizedRun } from '../sarif/model.js';
import { redactSecret } from '../sarif/redact.js';
import { GITLEAKS_DRIVER, addSecretFinding, nativeFingerprint } from './gitleaks-json.js';
import { viewCatalog, viewResult } from './sarif-view.js';
import { type Rec, type Shape, isRec } from './shape.js';

/**
 * Gitleaks under any name its wrappers give it ("Gitleaks Action", "gitleaks-action"): read as
 * anything else, its secrets would gate at SARIF's default level and escape secretsAlwaysBlock.
 */
export function isGitleaksRun(driverName: string): boolean {
  return driverName.toLowerCase().includes('gitleaks');
}

function snippetOf(result: unknown): string | undefined {
  if (!isRec(result) || !Array.isArray(result.locations)) return undefined;
  const loc = result.locations[0];
  const region = isRec(loc) && isRec(loc.physicalLocation) ? loc.physicalLocation.region : undefined;
  const snippet = isRec(region) ? region.snippet : undefined;
  return isRec(snippet) && typeof snippet.text === 'string' && snippet.text !== '' ? snippet.text : undefined;
}

export function convertGitleaksSarifRun(shape: Shape, run: Rec, driver: Rec, at: string): NormalizedRun {
  const catalog = viewCatalog(shape, run, driver, at);
  // semanticVersion is hard-coded "v8.0.0" by gitleaks' writer: not worth repeating as a version.
  const version = shape.optString(driver, 'version', `${at}.tool.driver`);
  const builder = new RunBuilder({ ...GITLEAKS_DRIVER, ...(version ? { version } : {}) }, shape.reportUri());
  const results = shape.array(run, 'results', at);
  for (let i = 0; i < results.length; i++) {
    // Gitleaks writes the raw file path as the uri, unencoded: `%63onfig/app.env` is a file of that name.
    const v = viewResult(shape, catalog, results[i], `${at}.results[${i}]`, true);
    const snippet = snippetOf(results[i]);
    const commit = v.partialFingerprints.commitSha;
    addSecretFinding(builder, {
      ruleId: v.ruleId,
      description: v.rule?.shortDescription,
      path: v.path,
      startLine: v.region?.startLine,
      endLine: v.region?.endLine,
      startColumn: v.region?.startColumn,
      endColumn: v.region?.endColumn !== undefined ? v.region.endColumn : undefined,
      commit,
      redacted: snippet !== undefined ? redactSecret(snippet) : undefined,
      fingerprint: nativeFingerprint(commit, v.path, v.ruleId, v.region?.startLine),
    });
  }
  return builder.build();
}
