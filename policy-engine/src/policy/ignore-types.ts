/** What a native ignore file (.trivyignore, .trivyignore.yaml, .gitleaksignore) says, format-neutral. */
import type { FindingKind } from '../sarif/model.js';

export interface IgnoreEntry {
  /** Finding/rule id (Trivy ignore files). */
  id?: string;
  /** Gitleaks fingerprint, `commit:file:rule:line` or `file:rule:line`. */
  fingerprint?: string;
  /** Globs on the finding path (.trivyignore.yaml `paths`). */
  paths?: string[];
  /** Packages from .trivyignore.yaml `purls`: the names the package may be reported under, optional version. */
  packages?: { names: string[]; version?: string }[];
  /** Only findings of this kind (.trivyignore.yaml sections). */
  kind?: FindingKind;
  /** YYYY-MM-DD: stops applying on that day (Trivy `exp:` / `expired_at`). */
  expires?: string;
  /** The comment or statement that explains the entry, or a note that it came from this file. */
  reason: string;
  /** 1-based line in the ignore file, for messages. */
  line?: number;
}

export interface IgnoreFile {
  source: 'trivyignore' | 'gitleaksignore';
  /** The scanner whose findings this file applies to. */
  scanner: 'trivy' | 'gitleaks';
  file: string;
  entries: IgnoreEntry[];
}
