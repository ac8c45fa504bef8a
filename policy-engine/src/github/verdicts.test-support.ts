/**
 * Verdicts shaped like what `evaluate` returns for the shared fixtures, built by hand so the
 * github/ and ledger/ tests do not depend on the readers: alpine 3.9 (CRITICAL 2, MEDIUM 4, trivy),
 * the gitleaks v8.30 report (1 secret), and an empty gitleaks report.
 */
import type { FindingSummary, ScannerVerdict, SeverityCounts, Verdict } from '../policy/verdict.js';

const counts = (c: Partial<SeverityCounts> = {}): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, unknown: 0, ...c });

function finding(scanner: string, severity: FindingSummary['severity'], id: string, n: number): FindingSummary {
  return {
    scanner,
    kind: scanner === 'gitleaks' ? 'secret' : 'vulnerability',
    severity,
    id,
    ruleId: id,
    fingerprint: `${scanner}-${id}-${n}`,
  };
}

function verdictOf(byScanner: Record<string, ScannerVerdict>, blockingFindings: FindingSummary[], extra: Partial<Verdict> = {}): Verdict {
  const total = counts();
  let suppressed = 0;
  for (const sv of Object.values(byScanner)) {
    for (const k of Object.keys(total) as (keyof SeverityCounts)[]) total[k] += sv.counts[k];
    suppressed += sv.suppressed;
  }
  return {
    schemaVersion: 1,
    passed: blockingFindings.length === 0,
    blocking: blockingFindings.length,
    counts: total,
    suppressed,
    total: Object.values(total).reduce((a, b) => a + b, 0) + suppressed,
    byScanner,
    suppressions: { applied: [], expired: [], unused: [], expiringSoon: [] },
    blockingFindings,
    evaluatedAt: '2026-11-24T03:00:00.000Z',
    ...extra,
  };
}

/** Both scanners clean: gitleaks found nothing, trivy only MEDIUM findings (below the threshold). */
export function passingVerdict(): Verdict {
  return verdictOf(
    {
      gitleaks: { passed: true, blocking: 0, counts: counts(), suppressed: 0 },
      trivy: { passed: true, blocking: 0, counts: counts({ medium: 4 }), suppressed: 0 },
    },
    [],
  );
}

/** Trivy blocks on alpine 3.9's two CRITICAL CVEs; gitleaks is clean. */
export function blockedByTrivyVerdict(): Verdict {
  return verdictOf(
    {
      gitleaks: { passed: true, blocking: 0, counts: counts(), suppressed: 0 },
      trivy: { passed: false, blocking: 2, counts: counts({ critical: 2, medium: 4 }), suppressed: 0 },
    },
    [finding('trivy', 'CRITICAL', 'CVE-2019-14697', 1), finding('trivy', 'CRITICAL', 'CVE-2019-14697', 2)],
  );
}

/** Both block: one gitleaks secret (HIGH) and trivy's CRITICALs; 3 suppressed, 1 of them expiring. */
export function blockedByBothVerdict(): Verdict {
  return verdictOf(
    {
      gitleaks: { passed: false, blocking: 1, counts: counts({ high: 1 }), suppressed: 1 },
      trivy: { passed: false, blocking: 2, counts: counts({ critical: 2, medium: 4 }), suppressed: 2 },
    },
    [
      finding('gitleaks', 'HIGH', 'test-rule', 1),
      finding('trivy', 'CRITICAL', 'CVE-2019-14697', 1),
      finding('trivy', 'CRITICAL', 'CVE-2019-14697', 2),
    ],
    {
      suppressions: {
        applied: [
          { id: 'CVE-2019-1549', reason: 'not reachable', source: 'policy', matched: 2, expires: '2026-12-01' },
          { id: 'abc:file:rule:1', reason: 'test key', source: 'gitleaksignore', matched: 1 },
        ],
        expired: [],
        unused: [],
        expiringSoon: [{ id: 'CVE-2019-1549', reason: 'not reachable', source: 'policy', expires: '2026-12-01' }],
      },
    },
  );
}

/** Only a trivy report reached the gate. */
export function trivyOnlyVerdict(): Verdict {
  return verdictOf({ trivy: { passed: true, blocking: 0, counts: counts(), suppressed: 0 } }, []);
}

/** Release metadata of one Jenkins build, as the ledger records it beside the verdict. */
export const RELEASE_META = Object.freeze({
  repository: 'acme/shop',
  commit: 'c0ffee'.padEnd(40, '0'),
  branch: 'main',
  buildNumber: '12',
  buildUrl: 'https://ci.example.com/job/shop/12/',
  image: 'registry.example.com/acme/shop',
  tag: '12',
});

/**
 * A verdict whose scanners are named by the caller (names as untrusted reports may spell them,
 * including `__proto__`): each tool passes or blocks with one HIGH finding. The map is built on a
 * null-prototype object so every name is an own key, as a report could make it.
 */
export function verdictWithTools(tools: ReadonlyArray<readonly [name: string, passed: boolean]>): Verdict {
  const byScanner = Object.create(null) as Record<string, ScannerVerdict>;
  const blocking: FindingSummary[] = [];
  tools.forEach(([name, passed], n) => {
    byScanner[name] = { passed, blocking: passed ? 0 : 1, counts: counts(passed ? {} : { high: 1 }), suppressed: 0 };
    if (!passed) blocking.push(finding(name, 'HIGH', 'rule-1', n));
  });
  return verdictOf(byScanner, blocking);
}
