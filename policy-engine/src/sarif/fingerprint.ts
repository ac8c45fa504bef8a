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

// crypto.hash (every Node the engine supports, >= 20.18.1) is a one-shot digest without a Hash
// object: about twice as fast per call as createHash. Read once: in the bundle, `crypto.hash` is a
// getter call on the module wrapper.
const { hash } = crypto;

export function fingerprintOf(key: string, occurrence = 1): string {
  const input = occurrence > 1 ? `${key}\u0000#${occurrence}` : key;
  return hash('sha256', input, 'hex').slice(0, 32);
}

/**
 * The findings of one id, kept by the caller (RunBuilder keeps one beside each rule, which it looks
 * up anyway): the key of the first of them, which the counter does not put in its Map.
 */
export interface FingerprintGroup {
  firstFingerprintKey: string | undefined;
}

/**
 * True when the key's only NULs are its four separators: it then splits back into its fields, so
 * two such keys are equal only when scanner, kind, id, package and path all are, and every other
 * key (a secret's has a fifth field, a field with a NUL adds one) has more NULs and never equals it.
 */
function isPlainKey(facts: FindingFacts): boolean {
  return (
    facts.kind !== 'secret' &&
    !facts.scanner.includes('\u0000') &&
    !facts.id.includes('\u0000') &&
    (facts.package === undefined || !facts.package.includes('\u0000')) &&
    (facts.path === undefined || !facts.path.includes('\u0000'))
  );
}

/** Numbers repeated keys within one run so every finding keeps its own fingerprint. */
export class FingerprintCounter {
  // Occurrences so far per key (the key, not its digest: a repeated key then costs one digest, not
  // two; 7,269 of the 10k findings of the bench's realistic report repeat a key, one CVE in two
  // versions of a package). The counter is dropped with its RunBuilder.
  private readonly seen = new Map<string, number>();
  // Set by the first key counted without a group (its id had none yet, see RunBuilder.add): from then
  // on no first key stays out of the Map, or a group made later could count that key from 1 again.
  private countedWithoutGroup = false;

  /**
   * `group`: the findings with this one's id, whenever the caller has one for it. The first plain key of an id (see isPlainKey) stays
   * out of the Map, in the group: a later equal key is plain with the same id, so it finds it there.
   * Most findings are the first of their id (all 10k of the bench's light report), and hashing and
   * inserting 10k fresh keys into one Map took ~10% of normalizing's main-thread time.
   */
  next(facts: FindingFacts, group?: FingerprintGroup): string {
    const key = fingerprintKey(facts);
    if (group === undefined) this.countedWithoutGroup = true;
    const firstKey = group?.firstFingerprintKey;
    if (group !== undefined && firstKey === undefined && !this.countedWithoutGroup && isPlainKey(facts)) {
      group.firstFingerprintKey = key;
      return fingerprintOf(key);
    }
    // A key that is not plain never equals the group's first key, so it needs no test of its own.
    const occurrence = (this.seen.get(key) ?? (key === firstKey ? 1 : 0)) + 1;
    this.seen.set(key, occurrence);
    return fingerprintOf(key, occurrence);
  }
}
