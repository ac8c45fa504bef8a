/**
 * Every input format, in detection order. Adding a format is one reader file and one line here.
 * Order matters only where shapes overlap: k8s before plain Trivy JSON (both are objects with
 * Trivy keys), specific SARIF producers before generic SARIF.
 */
import { gitleaksJsonReader } from './gitleaks-json.js';
import { gitleaksSarifReader, sarifReader, trivySarifReader } from './sarif-log.js';
import { trivyJsonReader } from './trivy-json.js';
import { trivyK8sReader } from './trivy-k8s.js';
import type { ReportReader } from './types.js';

export const READERS: readonly ReportReader[] = [
  trivyK8sReader,
  trivyJsonReader,
  gitleaksJsonReader,
  trivySarifReader,
  gitleaksSarifReader,
  sarifReader,
];

export function findReader(format: string): ReportReader | undefined {
  return READERS.find((r) => r.format === format);
}

export function detectReader(document: unknown): ReportReader | undefined {
  return READERS.find((r) => r.detect(document));
}
