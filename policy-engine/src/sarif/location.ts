/**
 * Where a finding is, phrased once: the summaries show it under "Where" and path globs in
 * suppressions match exactly this, so a glob can only ever accept what a reviewer can see.
 *
 * Trivy findings that are not in a file carry a placeholder path named after Trivy's result class
 * (`os-pkgs`, `lang-pkgs`, ...; the reader keeps it because the srp/v1 fingerprint includes it).
 * Nobody sees that placeholder, so it is never the location: the Trivy target is
 * (`alpine:3.19 (alpine 3.19.2)`, `Java`), or nothing when there is no target.
 */

/** Placeholder paths the Trivy readers give findings without a file (Trivy result classes). */
const TRIVY_PLACEHOLDER_PATHS: ReadonlySet<string> = new Set([
  'os-pkgs',
  'lang-pkgs',
  'config',
  'secret',
  'license',
  'license-file',
  'custom',
]);

/** The facts a location is made of (FindingFacts and FindingSummary both fit). */
export interface LocatableFinding {
  scanner: string;
  path?: string;
  target?: string;
  line?: number;
  package?: string;
  installedVersion?: string;
}

/** The finding's file, resource or image as the summary shows it; undefined when it has none. */
export function findingLocation(f: LocatableFinding): string | undefined {
  // A real file named like a class (`config`) is its own target, so target === path keeps it.
  if (f.scanner === 'trivy' && f.path !== undefined && TRIVY_PLACEHOLDER_PATHS.has(f.path) && f.target !== f.path) {
    return f.target === '' ? undefined : f.target;
  }
  return f.path ?? (f.target === '' ? undefined : f.target);
}

/** The "Where" cell: `package version in location` for packages, `location:line` otherwise. */
export function findingWhere(f: LocatableFinding): string {
  const location = findingLocation(f);
  if (f.package) {
    const pkg = `${f.package}${f.installedVersion ? ` ${f.installedVersion}` : ''}`;
    return location === undefined ? pkg : `${pkg} in ${location}`;
  }
  if (location === undefined) return '';
  return `${location}${f.line !== undefined ? `:${f.line}` : ''}`;
}
