/**
 * Request bodies shaped like what `srp gate --report-to` posts: the engine's verdict (schemaVersion 1)
 * plus release metadata. The SARIF log is a real Trivy output from ../shared/fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVICE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = path.resolve(SERVICE_DIR, '..', '..', 'shared', 'fixtures');

export function fixtureText(relative: string): string {
  const p = path.join(FIXTURES_DIR, relative);
  if (!existsSync(p)) throw new Error(`missing fixture ${p}: ../shared/fixtures must sit beside the repository`);
  return readFileSync(p, 'utf8');
}

export const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';

let seq = 0;
/** A distinct 40-hex commit per call, so tests do not collide on the idempotency key. */
export function nextCommit(): string {
  seq++;
  return seq.toString(16).padStart(40, 'c');
}

/**
 * alpine 3.9 image (shared/fixtures/trivy/alpine-3.9-image-vulns.json): CRITICAL 2, MEDIUM 4; the two
 * criticals block, one medium is suppressed by policy with a reason and an expiry.
 */
export function failedVerdict(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    passed: false,
    blocking: 2,
    counts: { critical: 2, high: 0, medium: 3, low: 0, unknown: 0 },
    suppressed: 1,
    total: 6,
    byScanner: {
      trivy: { passed: false, blocking: 2, counts: { critical: 2, high: 0, medium: 3, low: 0, unknown: 0 }, suppressed: 1 },
      gitleaks: { passed: true, blocking: 0, counts: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 }, suppressed: 0 },
    },
    suppressions: {
      applied: [
        { id: 'CVE-2019-1549', reason: 'not reachable: no TLS in this image', expires: '2027-01-31', source: 'policy', file: '.srp/policy.yml', matched: 1 },
      ],
      expired: [],
      unused: [],
      expiringSoon: [],
    },
    blockingFindings: [
      { scanner: 'trivy', kind: 'vulnerability', severity: 'critical', id: 'CVE-2019-14697', ruleId: 'CVE-2019-14697', package: 'musl', fingerprint: 'f1' },
      { scanner: 'trivy', kind: 'vulnerability', severity: 'critical', id: 'CVE-2019-14697', ruleId: 'CVE-2019-14697', package: 'musl-utils', fingerprint: 'f2' },
    ],
    evaluatedAt: '2026-11-24T02:00:00.000Z',
    repository: 'acme/payments-api',
    commit: nextCommit(),
    branch: 'main',
    buildNumber: 128,
    buildUrl: 'https://jenkins.example.test/job/payments-api/128/',
    image: 'registry.example.test/acme/payments-api',
    tag: '128',
    ...over,
  };
}

export function passedVerdict(over: Record<string, unknown> = {}): Record<string, unknown> {
  return failedVerdict({
    passed: true,
    blocking: 0,
    counts: { critical: 0, high: 0, medium: 1, low: 0, unknown: 0 },
    byScanner: { trivy: { passed: true, blocking: 0, counts: { critical: 0, high: 0, medium: 1, low: 0, unknown: 0 }, suppressed: 0 } },
    suppressions: { applied: [], expired: [], unused: [], expiringSoon: [] },
    blockingFindings: [],
    ...over,
  });
}

export function trivySarif(): Record<string, unknown> {
  return JSON.parse(fixtureText('trivy/alpine-3.10-image-vulns.sarif')) as Record<string, unknown>;
}
