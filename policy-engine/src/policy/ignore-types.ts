/** What a native ignore file (.trivyignore, .trivyignore.yaml, .gitleaksignore) says, format-neutral. */
import type { FindingKind } from '../sarif/model.js';

export interface IgnoreEntry {
  /** Finding/rule id (Trivy ignore files). */
  id?: string;
  /** Gitleaks fingerprint, `commit:file:rule:line` or `file:rule:line`. */
  fingerprint?: string;
  /** Globs on the finding path (.trivyignore.yaml `paths`). */
  paths?: string[];
  /** Packages from .trivyignore.yaml `purls`. */
  packages?: IgnorePackage[];
  /** Only findings of this kind (.trivyignore.yaml sections). */
  kind?: FindingKind;
  /** YYYY-MM-DD: stops applying on that day (Trivy `exp:` / `expired_at`). */
  expires?: string;
  /** The comment or statement that explains the entry, or a note that it came from this file. */
  reason: string;
  /** 1-based line in the ignore file, for messages. */
  line?: number;
}

/** One purl, reduced to what a finding can be compared with. */
export interface IgnorePackage {
  /** The package name as Trivy reports it for the purl's type (`@babel/core`, `group:artifact`, `musl`). */
  name: string;
  /** Only this installed version, when the purl has one. */
  version?: string;
  /** rpm `epoch` qualifier: Trivy reports such a version as `epoch:version`. */
  epoch?: string;
  /** apk/deb/rpm purls name OS packages; every other type names a language package. */
  osPackage: boolean;
  /** OS purls: the distribution family (`alpine`, `debian`, `ubuntu`), compared with the target's "(family version)". */
  osFamily?: string;
  /** `distro` qualifier as Trivy writes it (apk `3.19.2`, deb/rpm `debian-12.5`): compared with the target's "(family version)". */
  distro?: string;
  /**
   * The purl has a qualifier srp's findings cannot be compared with (`arch`, ...). Trivy requires
   * every qualifier to match, so such an entry never matches here: narrower, never wider.
   */
  uncheckable?: true;
}

export interface IgnoreFile {
  source: 'trivyignore' | 'gitleaksignore';
  /** The scanner whose findings this file applies to. */
  scanner: 'trivy' | 'gitleaks';
  file: string;
  entries: IgnoreEntry[];
}
