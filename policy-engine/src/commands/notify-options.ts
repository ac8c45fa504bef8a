/**
 * The notification flags of `srp gate` and `srp status`: one option table and one help text per
 * group, so both commands accept and describe a flag the same way.
 */

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

export const GITHUB_TARGET_HELP = `  --github-api-url URL         GitHub Enterprise Server: https://HOST/api/v3 (default: GITHUB_API_URL
                               or https://api.github.com)
  --repo OWNER/NAME            default: GIT_URL, then the checkout's origin remote
  --sha SHA                    default: ghprbActualCommit, GIT_COMMIT (PR head for PR merge builds), HEAD
  --token-env NAME             variable holding the token (default: GITHUB_TOKEN); never printed
`;

export const NETWORK_HELP = `  --notify-timeout SECONDS     per-request timeout (default: 10)
  --notify-retries N           retries for 5xx, timeouts and rate limits (default: 3)
  --verbose                    log each request's method, path and status (never headers or tokens)
`;

/** Help lines for NOTIFY_OPTIONS (gate includes them in its --help). */
export const NOTIFY_HELP = `GitHub commit statuses (docs/github-statuses.md)
  --github-status              post one status per scanner and one for the gate
  --status-context-prefix P    contexts P/<scanner> and P/gate (default: security)
  --status-scanners LIST       scanners whose status is always posted (default: gitleaks,trivy;
                               one with no report gets 'error'); '' for only those in the reports
  --target-url URL             link on the statuses (default: BUILD_URL)
${GITHUB_TARGET_HELP}Release ledger
  --report-to URL              post the verdict to the ledger service (POST /api/v1/releases)
  --report-token-env NAME      variable holding its bearer token (default: SRP_API_TOKEN)
  --branch B, --build-number N, --build-url URL, --image NAME, --image-tag T
                               release metadata (defaults: CHANGE_BRANCH/BRANCH_NAME/GIT_BRANCH or
                               git; BUILD_NUMBER; BUILD_URL; SRP_IMAGE; SRP_IMAGE_TAG or BUILD_NUMBER)
Network
${NETWORK_HELP}`;
