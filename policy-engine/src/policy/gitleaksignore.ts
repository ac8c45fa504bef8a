/**
 * Gitleaks' native `.gitleaksignore`: one fingerprint per line, `commit:file:rule:line` (git scans)
 * or `file:rule:line` (directory scans, and matches that finding in every commit), `#` comment lines.
 * Read exactly as gitleaks 8.30.1 reads it (checked against the binary): whole lines, no trailing comments.
 * A line that is not a fingerprint is an error, and the message never echoes the line: people
 * paste the wrong thing into this file, sometimes the secret itself.
 */
import { InputError } from '../errors.js';
import type { IgnoreEntry, IgnoreFile } from './ignore-types.js';
import { ignoreLines } from './ignore-lines.js';

/** `[commit:]file:rule:line`: the file part may itself contain colons, the rule and line never do. */
const FINGERPRINT = /^.+:[^:\s]+:\d+$/;

export function parseGitleaksIgnore(text: string, file: string): IgnoreFile {
  const entries: IgnoreEntry[] = [];
  for (const { text: line, number, comment } of ignoreLines(text)) {
    if (/\s#/.test(line)) {
      // Gitleaks (checked with 8.30.1) takes the whole line as the fingerprint, so such an entry
      // never matches there; silently matching here would make the gate laxer than the scanner.
      throw new InputError(
        file,
        `line ${number} has a trailing comment, which Gitleaks does not support (the entry would never match); put the comment on the line above`,
      );
    }
    if (!FINGERPRINT.test(line)) {
      throw new InputError(
        file,
        `line ${number} is not a Gitleaks fingerprint (expected commit:file:rule:line or file:rule:line, as in the report's Fingerprint field)`,
      );
    }
    entries.push({ fingerprint: line, reason: comment || `listed in ${file}`, line: number });
  }
  return { source: 'gitleaksignore', scanner: 'gitleaks', file, entries };
}

/**
 * The forms of a Gitleaks fingerprint an ignore line can match: the full one, and the
 * commit-less `file:rule:line` that Gitleaks also accepts for a finding in any commit.
 * A leading hex word is a commit only when what follows it is this finding's own
 * `file:rule:line`: in a directory scan a file may be named `deadbee:config/app.env`, and
 * stripping that as a commit would let the entry for `config/app.env` cover it.
 */
export function gitleaksFingerprintForms(nativeFingerprint: string, finding: { path?: string | undefined; id: string; line?: number | undefined }): string[] {
  const commitPrefix = /^[0-9a-f]{7,64}:/i.exec(nativeFingerprint);
  if (!commitPrefix || finding.path === undefined) return [nativeFingerprint];
  const rest = nativeFingerprint.slice(commitPrefix[0].length);
  return rest === `${finding.path}:${finding.id}:${finding.line ?? 0}` ? [nativeFingerprint, rest] : [nativeFingerprint];
}
