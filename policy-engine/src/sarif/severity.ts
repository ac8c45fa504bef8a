/**
 * Severity ↔ SARIF level ↔ `security-severity`, in one place so every reader maps the same way.
 *
 * Choices (documented in docs/engine.md "Severity"):
 * - level: CRITICAL/HIGH → error, MEDIUM → warning, LOW/UNKNOWN → note; secrets are always error.
 * - security-severity: the fixed band score Trivy itself uses ("9.5", "8.0", "5.5", "2.0"), or the
 *   scanner's CVSS v3 score when it exists AND falls in the same GitHub band as the scanner's
 *   severity. A CVSS score from another band is ignored, so GitHub never shows a different
 *   severity than the one the gate decided on. UNKNOWN gets no security-severity at all (GitHub then
 *   treats the alert by its level), because any number would claim a severity nobody assigned.
 * - reading foreign SARIF: security-severity (result, else rule) with GitHub's bands
 *   (≥ 9 critical, ≥ 7 high, ≥ 4 medium, > 0 low); else level (error → HIGH, warning → MEDIUM,
 *   note → LOW, none → UNKNOWN).
 * - fail closed: a severity word, level or score that is present but not one of these is an input
 *   error, never UNKNOWN or LOW (docs/engine.md "Severity").
 */
import { SEVERITIES, type Severity } from './model.js';

export type Level = 'error' | 'warning' | 'note' | 'none';

const BAND_SCORE: Record<Severity, string | undefined> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: undefined,
};

// Null prototype: a report's word ("constructor", "__proto__") must never find an inherited member.
const SEVERITY_LOOKUP: Readonly<Record<string, Severity>> = Object.assign(Object.create(null) as Record<string, Severity>, {
  CRITICAL: 'CRITICAL',
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  MODERATE: 'MEDIUM',
  LOW: 'LOW',
  UNKNOWN: 'UNKNOWN',
});

/** The severity words scanners write, for "must be one of" messages. */
export const SEVERITY_WORDS = 'CRITICAL, HIGH, MEDIUM (or MODERATE), LOW or UNKNOWN';

/**
 * A scanner's severity word: the real names in any case, surrounding whitespace ignored. Anything
 * else (SEVERE, CRIT, a number, null, absent) is undefined, and readers refuse it: a value the gate
 * does not understand must never pass as UNKNOWN.
 */
export function severityWord(value: unknown): Severity | undefined {
  if (typeof value !== 'string') return undefined;
  // Exact match first: scanners write upper case, and trim/toUpperCase allocate on every call.
  return SEVERITY_LOOKUP[value] ?? SEVERITY_LOOKUP[value.trim().toUpperCase()];
}

export function isSeverityWord(value: string): boolean {
  return severityWord(value) !== undefined;
}

export function severityToLevel(severity: Severity, isSecret = false): Level {
  if (isSecret) return 'error';
  switch (severity) {
    case 'CRITICAL':
    case 'HIGH':
      return 'error';
    case 'MEDIUM':
      return 'warning';
    default:
      return 'note';
  }
}

/** GitHub's security-severity bands. */
export function scoreToSeverity(score: number): Severity {
  if (!(score > 0)) return 'UNKNOWN';
  if (score >= 9) return 'CRITICAL';
  if (score >= 7) return 'HIGH';
  if (score >= 4) return 'MEDIUM';
  return 'LOW';
}

/** SARIF levels; undefined for a value that is not one (the reader then refuses the log). */
export function levelToSeverity(level: unknown): Severity | undefined {
  switch (level) {
    case 'error':
      return 'HIGH';
    case 'warning':
      return 'MEDIUM';
    case 'note':
      return 'LOW';
    case 'none':
      return 'UNKNOWN';
    default:
      return undefined;
  }
}

/**
 * The security-severity string for a finding: the CVSS score when it agrees with the severity's band,
 * else the band's fixed score. Undefined for UNKNOWN.
 */
export function securitySeverity(severity: Severity, cvssScore?: number): string | undefined {
  if (severity === 'UNKNOWN') return undefined;
  if (cvssScore !== undefined && Number.isFinite(cvssScore) && scoreToSeverity(cvssScore) === severity) {
    return scoreText(cvssScore);
  }
  return BAND_SCORE[severity];
}

// CVSS scores have one decimal: 101 possible strings, made once instead of once per finding.
const SCORE_TEXT: string[] = Array.from({ length: 101 }, (_, i) => (i / 10).toFixed(1));
function scoreText(score: number): string {
  const tenths = Math.round(score * 10);
  return tenths >= 0 && tenths <= 100 && Math.abs(score * 10 - tenths) < 1e-9 ? (SCORE_TEXT[tenths] as string) : score.toFixed(1);
}

/**
 * Parses a security-severity property (string or number, 0.0–10.0 as GitHub reads it). Absent is
 * NaN; a value that is present but not such a score is undefined, and readers refuse it rather than
 * falling back to a milder level.
 */
export function parseScore(value: unknown): number | undefined {
  if (value === undefined || value === null) return Number.NaN;
  const score = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(score) && score >= 0 && score <= 10 ? score : undefined;
}

/*
 * The one severity order (SEVERITIES in model.ts, worst first). Every sort, count list and
 * comparison derives from it, so no module keeps a table of its own that could drift.
 */

/** How bad a severity is: CRITICAL 4, HIGH 3, MEDIUM 2, LOW 1, UNKNOWN 0 (higher is worse). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}

/** Sort comparator: most severe first (stable within a severity). */
export function worstFirst(a: Severity, b: Severity): number {
  return severityRank(b) - severityRank(a);
}

/** The keys of a severity count, worst first: the order every summary lists them in. */
export type SeverityKey = Lowercase<Severity>;
export const SEVERITY_KEYS: readonly SeverityKey[] = SEVERITIES.map((s) => s.toLowerCase() as SeverityKey);

// Made once: a string built per call and then used as a property key (evaluate counts every finding
// by it) has to be looked up in V8's string table on every use.
const KEY_OF: ReadonlyMap<Severity, SeverityKey> = new Map(SEVERITIES.map((s, i) => [s, SEVERITY_KEYS[i] as SeverityKey]));

/** The count key of a severity ('CRITICAL' → 'critical'). */
export function severityKey(severity: Severity): SeverityKey {
  return KEY_OF.get(severity) ?? (severity.toLowerCase() as SeverityKey);
}

/** A zero count for every severity. */
export function zeroSeverityCounts(): Record<SeverityKey, number> {
  return Object.fromEntries(SEVERITY_KEYS.map((key) => [key, 0])) as Record<SeverityKey, number>;
}
