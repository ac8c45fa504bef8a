/**
 * Flags + env + git facts → what each notifier needs, typed, or the one-line reason it cannot run.
 * Pure: no network, no files, no process.env; git facts come in as a function that is only called
 * when neither flags nor env say enough. Each value is parsed once here; the posting code
 * (notify.ts, status.ts) only reads these settings.
 */
import { SrpError, UsageError } from '../errors.js';
import { DEFAULT_GITHUB_API_URL, DEFAULT_RETRY, type RetryTuning } from '../github/defaults.js';
import { DEFAULT_CONTEXT_PREFIX, DEFAULT_EXPECTED_SCANNERS } from '../github/statuses.js';
import { resolveBranch, resolveCommitTarget, type CommitTarget, type GitFacts } from '../github/target.js';
import type { ReleaseMetadata } from '../ledger/record.js';
import type { NotifyValues } from './notify-options.js';

export type Env = Record<string, string | undefined>;

/** Tests shorten backoffs and timeouts; real runs use the defaults and flags. */
export type NetworkTuning = Partial<RetryTuning> & { timeoutMs?: number };

const DEFAULT_TIMEOUT_SECONDS = 10;

/** Timeout and retries, shared by every notifier. */
export interface NetworkSettings {
  timeoutMs: number;
  /** --notify-retries as given (the ledger's retries; tests tune GitHub's through `tuning`). */
  retries: number;
  tuning: RetryTuning;
  verbose: boolean;
}

export interface GitHubSettings extends NetworkSettings {
  token: string;
  tokenEnv: string;
  baseUrl: string;
  /** Base URL without credentials, for log lines. */
  displayBaseUrl: string;
  target: CommitTarget;
  targetUrl?: string;
  prefix: string;
  expectedScanners: string[];
}

export interface LedgerSettings {
  url: string;
  token: string;
  tokenEnv: string;
  meta: ReleaseMetadata;
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
}

/** A notifier's settings, or why it is off (a message the user can act on). */
export type Resolved<T> = { settings: T } | { off: string };

export function parseWholeNumber(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${flag} '${value}' must be a whole number from ${min} to ${max}`);
  return n;
}

function httpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} is not a URL; expected http(s)://...`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${what} must be an http(s) URL`);
  return url;
}

/** --notify-retries, --notify-timeout and --verbose; tuning (tests) wins over the flags. */
export function resolveNetwork(values: NotifyValues, tuning: NetworkTuning = {}): NetworkSettings {
  const retries = parseWholeNumber(values['notify-retries'], '--notify-retries', DEFAULT_RETRY.retries, 0, 10);
  const { timeoutMs: tunedTimeout, ...retryTuning } = tuning;
  const timeoutMs = tunedTimeout ?? parseWholeNumber(values['notify-timeout'], '--notify-timeout', DEFAULT_TIMEOUT_SECONDS, 1, 600) * 1000;
  return { timeoutMs, retries, tuning: { ...DEFAULT_RETRY, retries, ...retryTuning }, verbose: values.verbose === true };
}

function commitTarget(values: NotifyValues, env: Env, git: () => GitFacts): CommitTarget {
  return resolveCommitTarget({ repoFlag: values.repo, shaFlag: values.sha, env, git });
}

/** Everything --github-status / srp status needs, or a UsageError saying what is missing. */
export function resolveGitHubSettings(values: NotifyValues, env: Env, git: () => GitFacts, tuning: NetworkTuning = {}): GitHubSettings {
  const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw new UsageError(`--token-env '${tokenEnv}' is not an environment variable name`);
  const token = env[tokenEnv]?.trim();
  if (!token) {
    throw new UsageError(`no GitHub token: set ${tokenEnv} (in Jenkins: withCredentials([string(credentialsId: ..., variable: '${tokenEnv}')]))`);
  }
  const base = httpUrl(values['github-api-url'] ?? env.GITHUB_API_URL ?? DEFAULT_GITHUB_API_URL, '--github-api-url/GITHUB_API_URL');
  const prefix = values['status-context-prefix'] ?? DEFAULT_CONTEXT_PREFIX;
  if (!/^[\w.@:/-]{1,80}$/.test(prefix)) throw new UsageError(`--status-context-prefix '${prefix}' must be 1-80 letters, digits or . _ - / : @`);
  const scannersFlag = values['status-scanners'];
  const expectedScanners =
    scannersFlag === undefined
      ? [...DEFAULT_EXPECTED_SCANNERS]
      : scannersFlag
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
  const targetUrlRaw = values['target-url'] ?? env.BUILD_URL;
  const targetUrl = targetUrlRaw ? httpUrl(targetUrlRaw, '--target-url/BUILD_URL').href : undefined;
  const network = resolveNetwork(values, tuning);
  const target = commitTarget(values, env, git);
  const display = new URL(base.href);
  display.username = '';
  display.password = '';
  return {
    token,
    tokenEnv,
    baseUrl: base.href.replace(/\/+$/, ''),
    displayBaseUrl: `${display.protocol}//${display.host}${display.pathname.replace(/\/+$/, '')}`,
    target,
    targetUrl,
    prefix,
    expectedScanners,
    ...network,
  };
}

function releaseMetadata(values: NotifyValues, env: Env, git: () => GitFacts, target: CommitTarget): ReleaseMetadata {
  const buildNumber = values['build-number'] ?? env.BUILD_NUMBER;
  const buildUrl = values['build-url'] ?? env.BUILD_URL;
  const image = values.image ?? env.SRP_IMAGE;
  const tag = values['image-tag'] ?? env.SRP_IMAGE_TAG ?? buildNumber;
  const branch = resolveBranch(values.branch, env, git);
  const missing = [
    [buildNumber, '--build-number (or BUILD_NUMBER)'],
    [buildUrl, '--build-url (or BUILD_URL)'],
    [image, '--image (or SRP_IMAGE)'],
    [tag, '--image-tag (or SRP_IMAGE_TAG, BUILD_NUMBER)'],
    [branch, '--branch (or BRANCH_NAME, GIT_BRANCH, a checked-out branch)'],
  ]
    .filter(([v]) => !v)
    .map(([, name]) => name);
  if (missing.length > 0) throw new UsageError(`missing release metadata: ${missing.join(', ')}`);
  httpUrl(buildUrl!, '--build-url/BUILD_URL');
  return {
    repository: `${target.owner}/${target.repo}`,
    commit: target.sha,
    branch: branch!,
    buildNumber: buildNumber!,
    buildUrl: buildUrl!,
    image: image!,
    tag: tag!,
  };
}

/** Everything --report-to needs, or a UsageError saying what is missing. */
export function resolveLedgerSettings(values: NotifyValues, env: Env, git: () => GitFacts, tuning: NetworkTuning = {}): LedgerSettings {
  const url = httpUrl(values['report-to'] ?? '', '--report-to').href;
  const tokenEnv = values['report-token-env'] ?? 'SRP_API_TOKEN';
  const token = env[tokenEnv]?.trim() ?? '';
  if (!token) throw new UsageError(`no ledger token: set ${tokenEnv} (the service's SRP_API_TOKEN)`);
  const { timeoutMs, retries } = resolveNetwork(values, tuning);
  const meta = releaseMetadata(values, env, git, commitTarget(values, env, git));
  return { url, token, tokenEnv, meta, timeoutMs, retries, retryBaseMs: tuning.retryBaseMs ?? DEFAULT_RETRY.retryBaseMs };
}

/** Runs a resolver; a problem the user can fix becomes the reason the notifier is off. */
export function settingsOrReason<T>(resolve: () => T): Resolved<T> {
  try {
    return { settings: resolve() };
  } catch (error) {
    if (!(error instanceof SrpError)) throw error;
    return { off: error.message };
  }
}
