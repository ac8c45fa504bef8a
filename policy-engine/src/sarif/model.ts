/**
 * The normalized model every stage shares: SARIF 2.1.0 runs whose results carry the facts the
 * gate needs in `properties.srp`. Readers produce it, policy reads it, writers emit it; because
 * the facts live inside SARIF, a log we write can be read back and gated identically.
 */
import type { ReportingDescriptor, Result, Run } from 'sarif';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_KINDS = ['vulnerability', 'misconfiguration', 'secret', 'license', 'code'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Facts about one finding, already redacted: no secret material ever lands here. */
export interface FindingFacts {
  /** Lower-case scanner name: 'trivy', 'gitleaks', or the SARIF driver name for other tools. */
  scanner: string;
  kind: FindingKind;
  severity: Severity;
  /** CVE/GHSA/AVD/rule id a human would search for (also what suppressions match on). */
  id: string;
  /** Relative path (forward slashes) of the file or artifact the finding is in, when there is one. */
  path?: string;
  /** Trivy target (image name, lockfile, ...). Never part of the fingerprint when it carries a tag. */
  target?: string;
  package?: string;
  installedVersion?: string;
  fixedVersion?: string;
  /** Trivy vulnerability status (fixed, affected, will_not_fix, ...); drives `ignoreUnfixed`. */
  status?: string;
  /** Human-readable resolution for misconfigurations/secrets. */
  resolution?: string;
  title?: string;
  /** The scanner's own fingerprint (Gitleaks `Fingerprint`), so `.gitleaksignore` entries match. */
  nativeFingerprint?: string;
  /** 1-based start line of the finding in `path`, when known. */
  line?: number;
  /** Other ids of the same check (Trivy's old-style AVDID, e.g. AVD-DS-0002 for DS-0002), for ignore files. */
  aliases?: string[];
}

export const FINGERPRINT_KEY = 'srp/v1';

export interface NormalizedResult extends Result {
  ruleId: string;
  level: 'error' | 'warning' | 'note' | 'none';
  message: { text: string };
  partialFingerprints: { [FINGERPRINT_KEY]: string } & Record<string, string>;
  properties: { 'security-severity'?: string; srp: FindingFacts; tags?: string[] } & Record<string, unknown>;
}

export interface NormalizedRun extends Run {
  results: NormalizedResult[];
  tool: Run['tool'] & { driver: Run['tool']['driver'] & { rules: ReportingDescriptor[] } };
}

/** What one reader returns for one input file. */
export interface ReadResult {
  /** Format id that was detected or forced (e.g. 'trivy-json'). */
  format: string;
  runs: NormalizedRun[];
}
