/**
 * Gitleaks' native `.gitleaksignore`: one fingerprint per line, `commit:file:rule:line` (git scans)
 * or `file:rule:line` (directory scans, and matches that finding in every commit), `#` comments.
 * A line that is not a fingerprint is an error, and the message never echoes the line: people
 * paste the wrong thing into this file, sometimes the secret itself.
 */
import { InputError } from '../errors.js';
import type { IgnoreEntry, IgnoreFile } from './ignore-types.js';

/** `[commit:]file:rule:line`: the file part may itself contain colons, the rule and line never do. */
const FINGERPRINT = /^.+:[^:\s]+:\d+$/;

export function parseGitleaksIgnore(text: string, file: string): IgnoreFile {
  const entries: IgnoreEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    let line = (lines[index] ?? '').trim();
    if (line === '' || line.startsWith('#')) continue;
    let reason = `listed in ${file}`;
    const comment = line.search(/\s#/);
    if (comment >= 0) {
      reason = line.slice(comment).replace(/^\s*#+\s*/, '') || reason;
      line = line.slice(0, comment).trim();
    }
    if (!FINGERPRINT.test(line)) {
      throw new InputError(
        file,
        `line ${index + 1} is not a Gitleaks fingerprint (expected commit:file:rule:line or file:rule:line, as in the report's Fingerprint field)`,
      );
    }
    entries.push({ fingerprint: line, reason, line: index + 1 });
  }
  return { source: 'gitleaksignore', scanner: 'gitleaks', file, entries };
}

/**
 * The forms of a Gitleaks fingerprint an ignore line can match: the full one, and the
 * commit-less `file:rule:line` that Gitleaks also accepts for a finding in any commit.
 */
export function gitleaksFingerprintForms(nativeFingerprint: string): string[] {
  const commitPrefix = /^[0-9a-f]{7,64}:/i.exec(nativeFingerprint);
  if (!commitPrefix) return [nativeFingerprint];
  return [nativeFingerprint, nativeFingerprint.slice(commitPrefix[0].length)];
}
