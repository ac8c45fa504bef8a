/**
 * The stable identity of a finding, `partialFingerprints['srp/v1']`: baselines, suppressions by
 * fingerprint and GitHub alert tracking all rely on it not moving between builds.
 *
 * What goes in (and nothing else): sha256 over `scanner`, `kind`, `id`, `package`, `path` (the
 * normalized relative path, already free of image tags, digests and Trivy's " (alpine 3.10.2)"
 * target decoration), joined with NUL, plus `#n` for the n-th (n ≥ 2) finding in the same run with
 * exactly the same five values (e.g. two AWS keys in one file). Line numbers, versions, scan time,
 * image names and digests are deliberately left out: editing an unrelated line or bumping a base
 * image tag must not make an old finding look new. The hex digest is cut to 32 characters (128 bits).
 */
import { createHash } from 'node:crypto';
import type { FindingFacts } from './model.js';

export function fingerprintKey(facts: FindingFacts): string {
  return [facts.scanner, facts.kind, facts.id, facts.package ?? '', facts.path ?? ''].join('\u0000');
}

export function fingerprintOf(key: string, occurrence = 1): string {
  const input = occurrence > 1 ? `${key}\u0000#${occurrence}` : key;
  return createHash('sha256').update(input).digest('hex').slice(0, 32);
}

/** Numbers repeated keys within one run so every finding keeps its own fingerprint. */
export class FingerprintCounter {
  private readonly seen = new Map<string, number>();

  next(facts: FindingFacts): string {
    const key = fingerprintKey(facts);
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    return fingerprintOf(key, occurrence);
  }
}
