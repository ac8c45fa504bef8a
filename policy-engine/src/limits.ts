/** Named limits, each with where the number comes from. */

/** GitHub code scanning: max results per run it ingests (docs: "SARIF results per run", 25,000). */
export const GITHUB_MAX_RESULTS_PER_RUN = 25_000;
/** GitHub code scanning: max runs per SARIF file (docs: 20). */
export const GITHUB_MAX_RUNS_PER_FILE = 20;
/** GitHub commit status: description is cut at 140 characters by the API. */
export const GITHUB_STATUS_DESCRIPTION_MAX = 140;
/** GitHub keeps at most 1000 statuses per commit and context. */
export const GITHUB_MAX_STATUSES_PER_CONTEXT = 1000;
/**
 * GitHub commit status: longest context it accepts. @octokit/openapi (23.x) declares `context` as a
 * plain string with no maxLength; the API answers 422 "context is too long (maximum is 255
 * characters)" beyond it (seen in runatlantis/atlantis#2506).
 */
export const GITHUB_STATUS_CONTEXT_MAX = 255;

/**
 * Free text from a report (titles, messages, descriptions, help) is cut here with a marker. The
 * longest real advisory descriptions are a few KiB; a 150 MB title once crashed every writer.
 */
export const REPORT_TEXT_MAX_CHARS = 64 * 1024;
/**
 * Identity fields from a report (ids, packages, paths, versions, targets) longer than this keep a
 * prefix plus a hash of the whole value. Linux's PATH_MAX is 4096.
 */
export const REPORT_FIELD_MAX_CHARS = 4096;
/** How much of a secret stays visible in redacted form (prefix only, never more than this). */
export const REDACTION_VISIBLE_PREFIX = 4;

/** A one-line error message is cut here (before the docs link): a key or file name from input may be megabytes. */
export const ERROR_MESSAGE_MAX_CHARS = 1000;

/**
 * JUnit: failing and skipped test cases written per suite. Jenkins' junit step keeps every case in
 * the build record (1M findings made 512 MB of XML); past this the suite gets one case saying how
 * many were left out. The verdict JSON and SARIF log list more, up to their own caps.
 */
export const JUNIT_MAX_FAILURES_PER_SUITE = 1000;
export const JUNIT_MAX_SKIPPED_PER_SUITE = 1000;
/** JUnit attribute values (names, messages) and failure bodies are cut here, with a visible "…". */
export const JUNIT_MAX_ATTRIBUTE_CHARS = 500;
export const JUNIT_MAX_TEXT_CHARS = 4000;

/**
 * Markdown summary and HTML report. GitHub caps a step summary at 1 MiB: 1000 blocking rows of six
 * cells of at most 160 characters stay under it with the rest of the summary.
 * Rows beyond the caps are counted, not shown: the verdict JSON and the SARIF log list more, up to their caps.
 */
export const SUMMARY_MAX_BLOCKING_ROWS = 1000;
export const SUMMARY_MAX_SUPPRESSION_ROWS = 200;
export const SUMMARY_MAX_NOTES = 50;
export const SUMMARY_MAX_CELL_CHARS = 160;
/** Suppression matchers (a .trivyignore line's id, a fingerprint) shown in summaries are cut here. */
export const SUMMARY_MAX_ID_CHARS = 120;
/** The Markdown blocking table stops adding rows past this many characters (escaping can make a cell 5× its cap). */
export const SUMMARY_MAX_BLOCKING_TABLE_CHARS = 700_000;

/**
 * Verdict JSON (`srp gate --json`). The Jenkins library parses the whole file on the controller
 * (JsonSlurperClassic) and returns it from securityGate, so it is serialized into the build's CPS
 * state at every checkpoint; at 600k findings the list was 150k entries (70 MB). A blocking finding
 * is ~400 characters of pretty JSON, so 10,000 of them are ~4 MB: ten times what the Markdown summary
 * shows, far more than anyone triages from one build, and small enough for any reader. Findings are
 * listed most severe first, so the cut drops the least severe; `blockingFindingsOmitted` says how
 * many, and `blocking`, `counts` and `byScanner` stay exact.
 */
export const VERDICT_MAX_BLOCKING_FINDINGS = 10_000;
/**
 * The listed blocking findings stop at this many characters of JSON too: a finding's title may be
 * 64 KiB (REPORT_TEXT_MAX_CHARS), and 10,000 of those would be 640 MB. Typical findings reach the
 * count cap first (10,000 × ~400 = 4 MB).
 */
export const VERDICT_MAX_BLOCKING_FINDINGS_CHARS = 16 * 1024 * 1024;
/**
 * Each suppression list of the verdict (applied, expiringSoon, expired, unused). A policy has tens
 * of suppressions, but a generated .trivyignore can have thousands of lines (all `unused` in a
 * small scan), and a SARIF input adds one `applied` entry per distinct justification. Five times
 * what the summaries show (SUMMARY_MAX_SUPPRESSION_ROWS); `suppressions.<list>Omitted` counts the rest.
 */
export const VERDICT_MAX_SUPPRESSIONS_PER_LIST = 1000;
/** …and each list stops at this many characters of JSON (a justification may be 64 KiB). */
export const VERDICT_MAX_SUPPRESSION_LIST_CHARS = 2 * 1024 * 1024;
