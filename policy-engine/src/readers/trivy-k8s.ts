/**
 * `trivy k8s --format json`: a cluster report. Two layouts exist: the 2022 one
 * (`{ClusterName, Vulnerabilities:[{Namespace,Kind,Name,Results}], Misconfigurations:[...]}`) and the
 * later one (`{ClusterName, Resources:[{Namespace,Kind,Name,Results}]}`). Each resource becomes the
 * location "namespace/Kind/name", which is stable across image tags and rescans.
 */
import { RunBuilder } from '../sarif/build.js';
import type { NormalizedRun } from '../sarif/model.js';
import { TRIVY_DRIVER, addTrivyResult } from './trivy-findings.js';
import { InputError } from '../errors.js';
import { KeySpelling, Shape, isRec } from './shape.js';
import type { ReportReader, ReportSource } from './types.js';

const CLUSTER_KEYS = new KeySpelling(['ClusterName', 'Resources', 'Findings', 'Vulnerabilities', 'Misconfigurations'], ['SchemaVersion']);
const RESOURCE_KEYS = new KeySpelling(['Namespace', 'Kind', 'Name', 'Results', 'Error'], ['Metadata']);
/** `Resources` (full report), `Findings` (--report summary), and the 2022 layout's two groups. */
const GROUPS = ['Resources', 'Findings', 'Vulnerabilities', 'Misconfigurations'];

export const trivyK8sReader: ReportReader = {
  format: 'trivy-k8s',
  description: 'Trivy Kubernetes cluster report (trivy k8s --format json)',
  detect(document) {
    // A clean cluster's summary report is just {SchemaVersion, ClusterName}.
    return isRec(document) && typeof document.ClusterName === 'string';
  },
  read(document, source: ReportSource): NormalizedRun[] {
    const shape = new Shape(source.file, 'Trivy k8s report', source.root);
    const report = shape.object(document, '$');
    CLUSTER_KEYS.check(shape, report, '$');
    const builder = new RunBuilder({ ...TRIVY_DRIVER }, shape.reportUri());
    for (const group of GROUPS) {
      const resources = shape.array(report, group, '$');
      for (let i = 0; i < resources.length; i++) {
        const at = `$.${group}[${i}]`;
        const resource = shape.object(resources[i], at);
        RESOURCE_KEYS.check(shape, resource, at);
        // Trivy records a resource it could not scan (an image it could not pull) in Error: its
        // empty Results are not a clean scan.
        const error = resource.Error;
        if (error !== undefined && error !== null && error !== '') {
          throw new InputError(shape.file, `the scanner reported that its run failed (${at}.Error: Trivy could not scan this resource); fix the scan and run it again`);
        }
        const namespace = shape.optString(resource, 'Namespace', at) ?? '_cluster';
        const kind = shape.optString(resource, 'Kind', at) ?? 'Resource';
        const name = shape.optString(resource, 'Name', at) ?? 'unnamed';
        const results = shape.array(resource, 'Results', at);
        for (let j = 0; j < results.length; j++) {
          addTrivyResult(builder, shape, shape.object(results[j], `${at}.Results[${j}]`), `${at}.Results[${j}]`, {
            resourcePath: `${namespace}/${kind}/${name}`,
          });
        }
      }
    }
    return [builder.build()];
  },
};
