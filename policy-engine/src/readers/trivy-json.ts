/**
 * Trivy JSON (`trivy image|fs|repo|config|rootfs|sbom --format json`): SchemaVersion 2 reports, the
 * pre-0.20 bare array of Results, and `trivy convert` output (no Trivy key). A report without
 * Results is valid and empty: it still yields the one trivy run, with zero results.
 */
import { RunBuilder } from '../sarif/build.js';
import type { NormalizedRun } from '../sarif/model.js';
import { TRIVY_DRIVER, addTrivyResult } from './trivy-findings.js';
import { KeySpelling, type Rec, Shape, isRec } from './shape.js';
import type { ReportReader, ReportSource } from './types.js';

const TRIVY_KEYS = ['SchemaVersion', 'ArtifactName', 'ArtifactType', 'Results'];
const REPORT_KEYS = new KeySpelling(['SchemaVersion', 'Trivy', 'ArtifactName', 'Results'], ['ReportID', 'CreatedAt', 'ArtifactID', 'ArtifactType', 'Metadata']);

function isLegacyResult(value: unknown): boolean {
  return isRec(value) && typeof value.Target === 'string' && ('Vulnerabilities' in value || 'Type' in value || 'Class' in value || 'Misconfigurations' in value);
}

export const trivyJsonReader: ReportReader = {
  format: 'trivy-json',
  description: 'Trivy JSON (SchemaVersion 2, legacy bare array, trivy convert)',
  detect(document) {
    if (Array.isArray(document)) return document.length > 0 && isLegacyResult(document[0]);
    return isRec(document) && TRIVY_KEYS.some((k) => k in document) && !('ClusterName' in document);
  },
  read(document, source: ReportSource): NormalizedRun[] {
    const shape = new Shape(source.file, 'Trivy JSON report', source.root);
    let results: unknown[];
    let version: string | undefined;
    let artifactName: string | undefined;
    if (Array.isArray(document)) {
      results = document;
    } else {
      const report = shape.object(document, '$');
      REPORT_KEYS.check(shape, report, '$');
      const schemaVersion = report.SchemaVersion;
      if (schemaVersion !== undefined && schemaVersion !== 2) {
        shape.fail('$.SchemaVersion', '2 (the only Trivy JSON schema in use)', schemaVersion);
      }
      const trivy = shape.optObject(report, 'Trivy', '$');
      version = trivy ? shape.optString(trivy, 'Version', '$.Trivy') : undefined;
      artifactName = shape.optString(report, 'ArtifactName', '$');
      results = shape.array(report, 'Results', '$');
    }
    const builder = new RunBuilder({ ...TRIVY_DRIVER, ...(version ? { version } : {}) }, shape.reportUri());
    for (let i = 0; i < results.length; i++) {
      const at = Array.isArray(document) ? `$[${i}]` : `$.Results[${i}]`;
      const result: Rec = shape.object(results[i], at);
      addTrivyResult(builder, shape, result, at, artifactName !== undefined ? { artifactName } : {});
    }
    return [builder.build()];
  },
};
