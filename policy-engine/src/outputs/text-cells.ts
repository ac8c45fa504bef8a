/**
 * Shared wording for human-readable writers (Markdown, HTML, terminal, JUnit): a finding is
 * described one way everywhere, so a reader who meets it in Jenkins and in the summary sees the same words.
 */
import { GITHUB_MAX_RESULTS_PER_RUN, VERDICT_MAX_BLOCKING_FINDINGS } from '../limits.js';
import type { SuppressionRef } from '../policy/verdict.js';
import type { FindingFacts } from '../sarif/model.js';

// One phrasing of "Where", shared with the path globs of suppressions (sarif/location.ts).
export { findingWhere } from '../sarif/location.js';

/** The facts a fix is phrased from (FindingFacts and FindingSummary both fit). */
export type FixableFinding = Pick<FindingFacts, 'kind' | 'fixedVersion' | 'resolution'>;

/** The "Fix or resolution" cell: what to do about a finding, or '' when nothing useful can be said. */
export function findingFix(f: FixableFinding): string {
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

/** Where blocking findings past a summary's cap can be read, and how far each file goes. */
export const MORE_BLOCKING_LISTED = `the verdict JSON lists the first ${VERDICT_MAX_BLOCKING_FINDINGS}, the SARIF log up to ${GITHUB_MAX_RESULTS_PER_RUN} per tool`;
