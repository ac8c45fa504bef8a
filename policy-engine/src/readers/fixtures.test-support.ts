/** Test helpers: read a shared fixture through parseReport, count results, wrap runs as a SARIF log. */
import { readFileSync } from 'node:fs';
import { fixture } from '../paths.test-support.js';
import { SARIF_SCHEMA_URI } from '../sarif/build.js';
import type { NormalizedResult, NormalizedRun, ReadResult, Severity } from '../sarif/model.js';
import { parseReport } from './index.js';

export const SCHEMA_PATH = fixture('sarif/sarif-schema-2.1.0.json');

export function readFixture(relativePath: string, format?: string): ReadResult {
  return parseReport(readFileSync(fixture(relativePath), 'utf8'), { file: relativePath }, format);
}

export function results(read: ReadResult | NormalizedRun[]): NormalizedResult[] {
  const runs = Array.isArray(read) ? read : read.runs;
  return runs.flatMap((r) => r.results);
}

/** Non-zero counts by severity, e.g. { CRITICAL: 2, MEDIUM: 4 }. */
export function severityCounts(read: ReadResult | NormalizedRun[]): Partial<Record<Severity, number>> {
  const counts: Partial<Record<Severity, number>> = {};
  for (const r of results(read)) counts[r.properties.srp.severity] = (counts[r.properties.srp.severity] ?? 0) + 1;
  return counts;
}

export function sarifLog(runs: NormalizedRun[]): { $schema: string; version: '2.1.0'; runs: NormalizedRun[] } {
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
}
