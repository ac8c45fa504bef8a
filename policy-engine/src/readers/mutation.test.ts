/**
 * Wrong shapes anywhere: every value in every fixture report is replaced, one at a time, by values of
 * other types. Each mutant must either read or be refused with an InputError naming the file — never
 * a TypeError or other crash, which the CLI would have to report as an internal bug.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { fixture } from '../paths.test-support.js';
import { parseReport } from './index.js';

const REPORTS = [
  'trivy/alpine-3.9-image-vulns.json',
  'trivy/repo-secrets.json',
  'trivy/helm-chart-k8s-misconfig.json',
  'trivy/sbom-cyclonedx-licenses.json',
  'trivy/npm-vex-suppressed-convert.json',
  'trivy/npm-lockfile-vulns.json',
  'trivy/legacy-v0.19.0-alpine-3.9-bare-array.json',
  'trivy/dd-k8s-cluster-legacy-format.json',
  'trivy/alpine-3.10-image-vulns.sarif',
  'gitleaks/json-report-v8.30.json',
  'gitleaks/legacy-v7.6.1-json-report.json',
  'gitleaks/sarif-report-v8.30.sarif',
];
const REPLACEMENTS: unknown[] = [null, -1, 1.5, '', 'x', [], {}, [{}]];

type Path = (string | number)[];

/** Paths to every value, at most `limit`, spread evenly over the document. */
function paths(value: unknown, limit: number): Path[] {
  const all: Path[] = [];
  const walk = (v: unknown, path: Path): void => {
    all.push(path);
    if (Array.isArray(v)) v.slice(0, 3).forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  const step = Math.max(1, Math.floor(all.length / limit));
  return all.filter((_, i) => i % step === 0);
}

function mutate(document: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}

describe('mutated reports are read or refused, never crash', () => {
  for (const file of REPORTS) {
    it(file, () => {
      const document = JSON.parse(readFileSync(fixture(file), 'utf8')) as unknown;
      let refused = 0;
      let mutants = 0;
      for (const path of paths(document, 60)) {
        for (const replacement of REPLACEMENTS) {
          mutants++;
          try {
            parseReport(JSON.stringify(mutate(document, path, replacement)), { file: 'mutant.json' });
          } catch (e) {
            if (!(e instanceof InputError)) throw new Error(`${file} at ${JSON.stringify(path)} = ${JSON.stringify(replacement)}: ${String(e)}`);
            expect(e.message.startsWith('mutant.json: ')).toBe(true);
            expect(e.message).not.toContain('\n');
            refused++;
          }
        }
      }
      // The shape checks are real: a good share of the mutants must be refused.
      expect(refused).toBeGreaterThan(mutants / 10);
    });
  }
});
