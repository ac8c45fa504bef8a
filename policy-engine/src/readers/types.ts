import type { NormalizedRun } from '../sarif/model.js';

/** Where a report came from, for messages and relative paths. */
export interface ReportSource {
  /** The path as the user gave it: every error message names the file this way. */
  file: string;
  /**
   * Absolute directory the scan ran in (the checkout; the CLI passes its working directory).
   * Absolute paths under it become relative — `gitleaks dir .` writes absolute paths, and without
   * this every workspace path would give different locations and fingerprints.
   */
  root?: string;
}

/**
 * One input format. `detect` is a cheap look at the already-parsed document; `read` validates the
 * untrusted shape (zod) and returns normalized, redacted runs, or throws InputError naming the file.
 * Raw scanner JSON never leaves a reader.
 */
export interface ReportReader {
  /** Stable id accepted by `--format` (e.g. 'trivy-json', 'gitleaks-json', 'sarif'). */
  readonly format: string;
  readonly description: string;
  detect(document: unknown): boolean;
  read(document: unknown, source: ReportSource): NormalizedRun[];
}
