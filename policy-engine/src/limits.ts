/** Named limits, each with where the number comes from. */

/** GitHub code scanning: max results per run it ingests (docs: "SARIF results per run", 25,000). */
export const GITHUB_MAX_RESULTS_PER_RUN = 25_000;
/** GitHub code scanning: max runs per SARIF file (docs: 20). */
export const GITHUB_MAX_RUNS_PER_FILE = 20;
/** GitHub code scanning: max rules per run (docs: 25,000). */
export const GITHUB_MAX_RULES_PER_RUN = 25_000;
/** GitHub commit status: description is cut at 140 characters by the API. */
export const GITHUB_STATUS_DESCRIPTION_MAX = 140;
/** GitHub keeps at most 1000 statuses per commit and context. */
export const GITHUB_MAX_STATUSES_PER_CONTEXT = 1000;

/** Reports larger than this are refused (exit 2): V8 strings stop at ~512 MiB, so a bigger file cannot be parsed in one piece. */
export const MAX_REPORT_BYTES = 500 * 1024 * 1024;
/** How much of a secret stays visible in redacted form (prefix only, never more than this). */
export const REDACTION_VISIBLE_PREFIX = 4;
