/**
 * The notification flags of `srp gate` and `srp status`: one option table and one help text per
 * group, so both commands accept and describe a flag the same way.
 */
import { helpLines } from './args.js';

/** Where descriptions start in the help of the notification flags (gate and status). */
export const NOTIFY_HELP_COLUMN = 31;

/** Where a status goes and with which token: shared by gate --github-status and srp status. */
export const GITHUB_TARGET_OPTIONS = {
  'github-api-url': { type: 'string' },
  repo: { type: 'string' },
  sha: { type: 'string' },
  'token-env': { type: 'string' },
} as const;

/** Timeouts, retries and request logging of every notifier. */
export const NETWORK_OPTIONS = {
  'notify-timeout': { type: 'string' },
  'notify-retries': { type: 'string' },
  verbose: { type: 'boolean', default: false },
} as const;

export const NOTIFY_OPTIONS = {
  'github-status': { type: 'boolean', default: false },
  'status-context-prefix': { type: 'string' },
  'status-scanners': { type: 'string' },
  'target-url': { type: 'string' },
  ...GITHUB_TARGET_OPTIONS,
  'report-to': { type: 'string' },
  'report-token-env': { type: 'string' },
  branch: { type: 'string' },
  'build-number': { type: 'string' },
  'build-url': { type: 'string' },
  image: { type: 'string' },
  'image-tag': { type: 'string' },
  ...NETWORK_OPTIONS,
} as const;

type OptionValues<T> = {
  -readonly [K in keyof T]?: T[K] extends { type: 'boolean' } ? boolean : T[K] extends { multiple: true } ? string[] : string;
};

/** The parsed notification flags as node:util parseArgs returns them for NOTIFY_OPTIONS. */
export type NotifyValues = OptionValues<typeof NOTIFY_OPTIONS>;

/** Whether a gate posts anything: --github-status or --report-to. */
export function notifying(values: NotifyValues): boolean {
  return values['github-status'] === true || typeof values['report-to'] === 'string';
}

/** Help for GITHUB_TARGET_OPTIONS, in the 31-column layout of the notification flags. */
export const GITHUB_TARGET_HELP = helpLines(
  [
    {
      flag: 'github-api-url',
      arg: 'URL',
      text: 'GitHub Enterprise Server: https://HOST/api/v3 (default: GITHUB_API_URL\nor https://api.github.com)',
    },
    { flag: 'repo', arg: 'OWNER/NAME', text: "default: GIT_URL, then the checkout's origin remote" },
    { flag: 'sha', arg: 'SHA', text: 'default: ghprbActualCommit, GIT_COMMIT (PR head for PR merge builds), HEAD' },
    { flag: 'token-env', arg: 'NAME', text: 'variable holding the token (default: GITHUB_TOKEN); never printed' },
  ],
  NOTIFY_HELP_COLUMN,
);

/** Help for NETWORK_OPTIONS. */
export const NETWORK_HELP = helpLines(
  [
    { flag: 'notify-timeout', arg: 'SECONDS', text: 'per-request timeout (default: 10)' },
    { flag: 'notify-retries', arg: 'N', text: 'retries for 5xx, timeouts and rate limits (default: 3)' },
    { flag: 'verbose', text: "log each request's method, path and status (never headers or tokens)" },
  ],
  NOTIFY_HELP_COLUMN,
);

/** Help lines for NOTIFY_OPTIONS (gate includes them in its --help). */
export const NOTIFY_HELP = `GitHub commit statuses (docs/github-statuses.md)
${helpLines(
  [
    { flag: 'github-status', text: 'post one status per scanner and one for the gate' },
    { flag: 'status-context-prefix', arg: 'P', text: 'contexts P/<scanner> and P/gate (default: security)' },
    {
      flag: 'status-scanners',
      arg: 'LIST',
      text: "scanners whose status is always posted (default: gitleaks,trivy;\none with no report gets 'error'); '' for only those in the reports",
    },
    { flag: 'target-url', arg: 'URL', text: 'link on the statuses (default: BUILD_URL)' },
  ],
  NOTIFY_HELP_COLUMN,
)}${GITHUB_TARGET_HELP}Release ledger
${helpLines(
  [
    { flag: 'report-to', arg: 'URL', text: 'post the verdict to the ledger service (POST /api/v1/releases)' },
    { flag: 'report-token-env', arg: 'NAME', text: 'variable holding its bearer token (default: SRP_API_TOKEN)' },
    {
      flag: 'branch',
      arg: 'B, --build-number N, --build-url URL, --image NAME, --image-tag T',
      text: 'release metadata (defaults: CHANGE_BRANCH/BRANCH_NAME/GIT_BRANCH or\ngit; BUILD_NUMBER; BUILD_URL; SRP_IMAGE; SRP_IMAGE_TAG or BUILD_NUMBER)',
    },
  ],
  NOTIFY_HELP_COLUMN,
)}Network
${NETWORK_HELP}`;
