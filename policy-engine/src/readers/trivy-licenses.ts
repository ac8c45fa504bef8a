/**
 * Trivy license findings (`trivy fs --scanners license`): one rule per license name, located in
 * the file Trivy names or else the result's target. Kept apart from trivy-findings.ts, which reads
 * the other kinds of a Trivy result and hands each Licenses[] entry here.
 */
import type { Suppression } from 'sarif';
import type { RunBuilder } from '../sarif/build.js';
import type { FindingFacts } from '../sarif/model.js';
import { KeySpelling, type Rec, type Shape } from './shape.js';

const LICENSE_KEYS = new KeySpelling(['Name', 'PkgName', 'Category', 'FilePath', 'Link', 'Severity'], ['Text', 'Confidence']);

/** What a license finding needs of its Trivy result: the target and where findings without a file go. */
export interface LicenseTarget {
  target: string | undefined;
  path: string;
}

/** One entry of a Trivy result's Licenses[] as a finding (`t`: the result's target and location). */
export function addTrivyLicense(builder: RunBuilder, shape: Shape, l: Rec, at: string, t: LicenseTarget, suppression?: Suppression): void {
  LICENSE_KEYS.check(shape, l, at);
  const name = shape.string(l, 'Name', at);
  const pkg = shape.optString(l, 'PkgName', at);
  const category = shape.optString(l, 'Category', at);
  const filePath = shape.optString(l, 'FilePath', at);
  const link = shape.optString(l, 'Link', at);
  const facts: FindingFacts = {
    scanner: 'trivy',
    kind: 'license',
    severity: shape.severity(l, 'Severity', at),
    id: name,
    path: (filePath !== undefined ? shape.relPath(filePath) : undefined) ?? t.path,
    title: `License ${name}${category ? ` (${category})` : ''}`,
  };
  if (t.target !== undefined) facts.target = t.target;
  if (pkg !== undefined) facts.package = pkg;
  if (!builder.hasRule(name)) {
    builder.rule({
      id: name,
      name: 'License',
      shortDescription: facts.title as string,
      helpText: `License ${name}${category ? `\nClassification: ${category}` : ''}\nCheck that this license is acceptable for the release.`,
      ...(link ? { helpUri: link } : {}),
      tags: ['license', ...(category ? [category] : [])],
    });
  }
  builder.add({
    facts,
    message: `License ${name}${category ? ` (${category})` : ''} in ${pkg ?? facts.path} (${facts.severity})`,
    ...(suppression ? { suppressions: [suppression] } : {}),
  });
}
