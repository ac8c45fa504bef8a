/** Shared wording for human-readable writers (Markdown, terminal): one description per finding. */
import type { FindingSummary, SuppressionRef } from '../policy/verdict.js';

// One phrasing of "Where", shared with the path globs of suppressions (sarif/location.ts).
export { findingWhere } from '../sarif/location.js';

export function findingFix(f: FindingSummary): string {
  if (f.fixedVersion) return `upgrade to ${f.fixedVersion}`;
  if (f.resolution) return f.resolution;
  if (f.kind === 'vulnerability') return 'no fixed version yet';
  if (f.kind === 'secret') return 'remove it from code and history, then rotate it';
  return '';
}

export function suppressionOrigin(s: SuppressionRef): string {
  return s.file ? `${s.source} (${s.file})` : s.source;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
