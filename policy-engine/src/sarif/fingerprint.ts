/**
 * The stable identity of a finding, `partialFingerprints['srp/v1']`: baselines, suppressions by
 * fingerprint and GitHub alert tracking all rely on it not moving between builds.
 *
 * What goes in (and nothing else): sha256 over `scanner`, `kind`, `id`, `package`, `path` (the
 * normalized relative path, already free of image tags, digests and Trivy's " (alpine 3.10.2)"
 * target decoration), joined with NUL, plus `#n` for the n-th (n ≥ 2) finding in the same run with
 * exactly the same five values (e.g. two AWS keys in one file). Line numbers, versions, scan time,
 * image names and digests are deliberately left out: editing an unrelated line or bumping a base
 * image tag must not make an old finding look new. Secrets are the exception: their line is part of
 * the identity (kind 'secret' only), so a baseline entry or a fingerprint suppression for one
 * accepted test token never covers another secret added elsewhere in the same file. The hex digest is cut to 32 characters (128 bits).
 */
import * as crypto from 'node:crypto';
import type { FindingFacts } from './model.js';

export function fingerprintKey(facts: FindingFacts): string {
  const key = `${facts.scanner}\u0000${facts.kind}\u0000${facts.id}\u0000${facts.package ?? ''}\u0000${facts.path ?? ''}`;
  // A secret is its value at a place, not a rule in a file: without the line, one accepted (or
  // baselined) fake token in a file would accept any real one added to that file later.
  return facts.kind === 'secret' ? `${key}\u0000L${facts.line ?? ''}` : key;
}

// crypto.hash (Node >= 20.12) is a one-shot digest without a Hash object: about twice as fast per call.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex = oneShot
  ? (input: string): string => oneShot('sha256', input, 'hex')
  : (input: string): string => crypto.createHash('sha256').update(input).digest('hex');

export function fingerprintOf(key: string, occurrence = 1): string {
  const input = occurrence > 1 ? `${key}\u0000#${occurrence}` : key;
  return sha256Hex(input).slice(0, 32);
}

/** Numbers repeated keys within one run so every finding keeps its own fingerprint. */
export class FingerprintCounter {
  // Keyed by the digest (a short flat string), not the long key: cheaper to hash for the Map.
  private readonly seen = new Map<string, number>();

  next(facts: FindingFacts): string {
    const key = fingerprintKey(facts);
    const first = fingerprintOf(key);
    const count = this.seen.get(first);
    if (count === undefined) {
      this.seen.set(first, 1);
      return first;
    }
    this.seen.set(first, count + 1);
    return fingerprintOf(key, count + 1);
  }
}
