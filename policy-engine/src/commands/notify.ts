/**
 * After the gate: post GitHub commit statuses (--github-status) and record the verdict in the
 * release ledger (--report-to). This is where env, git and the network meet the pure github/ and
 * ledger/ modules. Nothing here throws for a network problem: each failure is one log line and
 * `ok: false`, and the gate keeps its own exit code (cli turns a passed gate into 3).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dispatcher } from 'undici';
import { SrpError, UsageError } from '../errors.js';
import { DEFAULT_GITHUB_API_URL, DEFAULT_RETRY, type RetryTuning } from '../github/defaults.js';
import {
  DEFAULT_CONTEXT_PREFIX,
  DEFAULT_EXPECTED_SCANNERS,
  statusesForInputError,
  statusesForVerdict,
  type StatusIntent,
} from '../github/statuses.js';
import { resolveBranch, resolveCommitTarget, type CommitTarget, type GitFacts } from '../github/target.js';
import { buildLedgerBody } from '../ledger/record.js';
import type { Verdict } from '../policy/verdict.js';

export const NOTIFY_OPTIONS = {
  'github-status': { type: 'boolean', default: false },
  'status-context-prefix': { type: 'string' },
  'status-scanners': { type: 'string' },
  'target-url': { type: 'string' },
  'github-api-url': { type: 'string' },
  repo: { type: 'string' },
  sha: { type: 'string' },
  'token-env': { type: 'string' },
  'report-to': { type: 'string' },
  'report-token-env': { type: 'string' },
  branch: { type: 'string' },
  'build-number': { type: 'string' },
  'build-url': { type: 'string' },
  image: { type: 'string' },
  'image-tag': { type: 'string' },
  'notify-timeout': { type: 'string' },
  'notify-retries': { type: 'string' },
  verbose: { type: 'boolean', default: false },
} as const;

/** Help lines for the options above (gate and status include them in their --help). */
export const NOTIFY_HELP = `GitHub commit statuses (docs/github-statuses.md)
  --github-status              post one status per scanner and one for the gate
  --status-context-prefix P    contexts P/<scanner> and P/gate (default: security)
  --status-scanners LIST       scanners whose status is always posted (default: gitleaks,trivy;
                               one with no report gets 'error'); '' for only those in the reports
  --target-url URL             link on the statuses (default: BUILD_URL)
  --github-api-url URL         GitHub Enterprise Server: https://HOST/api/v3 (default: GITHUB_API_URL
                               or https://api.github.com)
  --repo OWNER/NAME            default: GIT_URL, then the checkout's origin remote
  --sha SHA                    default: ghprbActualCommit, GIT_COMMIT (PR head for PR merge builds), HEAD
  --token-env NAME             variable holding the token (default: GITHUB_TOKEN); never printed
Release ledger
  --report-to URL              post the verdict to the ledger service (POST /api/v1/releases)
  --report-token-env NAME      variable holding its bearer token (default: SRP_API_TOKEN)
  --branch B, --build-number N, --build-url URL, --image NAME, --image-tag T
                               release metadata (defaults: CHANGE_BRANCH/BRANCH_NAME/GIT_BRANCH or
                               git; BUILD_NUMBER; BUILD_URL; SRP_IMAGE; SRP_IMAGE_TAG or BUILD_NUMBER)
Network
  --notify-timeout SECONDS     per-request timeout (default: 10)
  --notify-retries N           retries for 5xx, timeouts and rate limits (default: 3)
  --verbose                    log each request's method, path and status (never headers or tokens)
`;

export interface NotifyContext {
  verdict?: Verdict;
  inputError?: string;
  values: Record<string, unknown>;
  env: Record<string, string | undefined>;
  cwd: string;
  log: (line: string) => void;
  /** Tests shorten backoffs and timeouts; real runs use the defaults and flags. */
  tuning?: NetworkTuning;
}

export type NetworkTuning = Partial<RetryTuning> & { timeoutMs?: number };

export const USER_AGENT = 'srp-policy-engine';
const DEFAULT_TIMEOUT_SECONDS = 10;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads what the local checkout says; every part is optional (no git, no origin, detached HEAD). */
export function readGitFacts(cwd: string): GitFacts {
  const git = (...args: string[]): string | undefined => {
    try {
      return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    remoteUrl: git('remote', 'get-url', 'origin'),
    head: git('rev-parse', 'HEAD'),
    headParents: git('log', '-1', '--format=%P', 'HEAD')?.split(' ').filter(Boolean),
    headSubject: git('log', '-1', '--format=%s', 'HEAD'),
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
  };
}

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

/**
 * HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the env we were given (not process.env), with timeouts.
 * undici, Octokit and the ledger client are loaded on first use: a gate without notifications
 * should not pay their start-up cost (the gate is benchmarked against a bare JSON.parse).
 */
export async function createDispatcher(env: Record<string, string | undefined>, timeoutMs: number): Promise<Dispatcher> {
  const { EnvHttpProxyAgent } = await import('undici');
  return new EnvHttpProxyAgent({
    // '' (not undefined) stops undici from reading process.env itself.
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connectTimeout: timeoutMs,
  });
}

export interface GitHubSettings {
  token: string;
  tokenEnv: string;
  baseUrl: string;
  /** Base URL without credentials, for log lines. */
  displayBaseUrl: string;
  target: CommitTarget;
  targetUrl?: string;
  prefix: string;
  expectedScanners: string[];
  timeoutMs: number;
  tuning: RetryTuning;
  verbose: boolean;
}

function withoutTimeout(tuning: NetworkTuning): Partial<RetryTuning> {
  const { timeoutMs: _timeout, ...rest } = tuning;
  return rest;
}

/** Everything --github-status / srp status needs, or a UsageError saying what is missing. */
export function resolveGitHubSettings(
  values: Record<string, unknown>,
  env: Record<string, string | undefined>,
  cwd: string,
  tuning: NetworkTuning = {},
): GitHubSettings {
  const tokenEnv = str(values['token-env']) ?? 'GITHUB_TOKEN';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw new UsageError(`--token-env '${tokenEnv}' is not an environment variable name`);
  const token = env[tokenEnv]?.trim();
  if (!token) {
    throw new UsageError(`no GitHub token: set ${tokenEnv} (in Jenkins: withCredentials([string(credentialsId: ..., variable: '${tokenEnv}')]))`);
  }
  const base = httpUrl(str(values['github-api-url']) ?? env.GITHUB_API_URL ?? DEFAULT_GITHUB_API_URL, '--github-api-url/GITHUB_API_URL');
  const prefix = str(values['status-context-prefix']) ?? DEFAULT_CONTEXT_PREFIX;
  if (!/^[\w.@:/-]{1,80}$/.test(prefix)) throw new UsageError(`--status-context-prefix '${prefix}' must be 1-80 letters, digits or . _ - / : @`);
  const scannersFlag = str(values['status-scanners']);
  const expectedScanners =
    scannersFlag === undefined
      ? [...DEFAULT_EXPECTED_SCANNERS]
      : scannersFlag
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
  const targetUrlRaw = str(values['target-url']) ?? env.BUILD_URL;
  const targetUrl = targetUrlRaw ? httpUrl(targetUrlRaw, '--target-url/BUILD_URL').href : undefined;
  const retries = parseWholeNumber(str(values['notify-retries']), '--notify-retries', DEFAULT_RETRY.retries, 0, 10);
  const timeoutMs = tuning.timeoutMs ?? parseWholeNumber(str(values['notify-timeout']), '--notify-timeout', DEFAULT_TIMEOUT_SECONDS, 1, 600) * 1000;
  const target = resolveCommitTarget({
    repoFlag: str(values.repo),
    shaFlag: str(values.sha),
    env,
    git: () => readGitFacts(cwd),
  });
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
    timeoutMs,
    tuning: { ...DEFAULT_RETRY, retries, ...withoutTimeout(tuning) },
    verbose: values.verbose === true,
  };
}

/**
 * Posts the statuses; returns failure lines (empty when everything was posted or unchanged).
 * `log` gets retry and --verbose lines, `info` one line per status (silenced by --quiet).
 */
export async function postStatuses(
  settings: GitHubSettings,
  intents: StatusIntent[],
  env: Record<string, string | undefined>,
  log: (line: string) => void,
  info: (line: string) => void = log,
): Promise<string[]> {
  const dispatcher = await createDispatcher(env, settings.timeoutMs);
  const { target } = settings;
  try {
    const { createGitHubClient } = await import('../github/client.js');
    const { publishStatuses } = await import('../github/publish.js');
    const client = createGitHubClient({
      token: settings.token,
      baseUrl: settings.baseUrl,
      dispatcher,
      userAgent: USER_AGENT,
      tuning: settings.tuning,
      log: (line) => log(line),
    });
    if (settings.verbose) {
      log(`github: ${target.owner}/${target.repo}@${target.sha} (repository from ${target.from.repo}, commit from ${target.from.sha}) via ${settings.displayBaseUrl}`);
      // Only method, path template and status: request options also hold the auth header.
      client.hook.after('request', (response, options) => log(`github: ${options.method} ${options.url} → ${response.status}`));
      client.hook.error('request', (error, options) => {
        log(`github: ${options.method} ${options.url} → ${String((error as { status?: unknown }).status ?? 'network error')}`);
        throw error;
      });
    }
    const outcome = await publishStatuses(client, target, intents, { baseUrl: settings.displayBaseUrl, tokenEnv: settings.tokenEnv });
    for (const i of outcome.posted) info(`github: ${i.context} → ${i.state}: ${i.description}`);
    for (const i of outcome.unchanged) info(`github: ${i.context} already ${i.state} with the same description; not posted again`);
    return outcome.failures.map((f) => `github: ${f}`);
  } finally {
    await dispatcher.destroy().catch(() => {});
  }
}

/** Success lines: `srp gate --quiet` prints nothing on success but errors. */
function info(ctx: NotifyContext): (line: string) => void {
  return ctx.values.quiet === true ? () => {} : ctx.log;
}

async function notifyGitHub(ctx: NotifyContext): Promise<boolean> {
  let settings: GitHubSettings;
  try {
    settings = resolveGitHubSettings(ctx.values, ctx.env, ctx.cwd, ctx.tuning);
  } catch (error) {
    if (!(error instanceof SrpError)) throw error;
    ctx.log(`github: statuses not posted: ${error.message}`);
    return false;
  }
  const options = { prefix: settings.prefix, expectedScanners: settings.expectedScanners, targetUrl: settings.targetUrl };
  const intents = ctx.verdict ? statusesForVerdict(ctx.verdict, options) : statusesForInputError(options);
  const failures = await postStatuses(settings, intents, ctx.env, ctx.log, info(ctx));
  for (const line of failures) ctx.log(line);
  return failures.length === 0;
}

function releaseMetadata(ctx: NotifyContext, target: CommitTarget) {
  const { values, env } = ctx;
  const buildNumber = str(values['build-number']) ?? env.BUILD_NUMBER;
  const buildUrl = str(values['build-url']) ?? env.BUILD_URL;
  const image = str(values.image) ?? env.SRP_IMAGE;
  const tag = str(values['image-tag']) ?? env.SRP_IMAGE_TAG ?? buildNumber;
  const branch = resolveBranch(str(values.branch), env, () => readGitFacts(ctx.cwd));
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

async function notifyLedger(ctx: NotifyContext): Promise<boolean> {
  if (!ctx.verdict) {
    // Nothing was decided, so there is nothing to record; the gate's exit 2 already fails the build.
    info(ctx)('ledger: nothing recorded: the gate could not read its inputs');
    return true;
  }
  const { values, env } = ctx;
  let body: string;
  let url: string;
  let token: string;
  let tokenEnv: string;
  let retries: number;
  let timeoutMs: number;
  try {
    url = httpUrl(str(values['report-to'])!, '--report-to').href;
    tokenEnv = str(values['report-token-env']) ?? 'SRP_API_TOKEN';
    token = env[tokenEnv]?.trim() ?? '';
    if (!token) throw new UsageError(`no ledger token: set ${tokenEnv} (the service's SRP_API_TOKEN)`);
    retries = parseWholeNumber(str(values['notify-retries']), '--notify-retries', DEFAULT_RETRY.retries, 0, 10);
    timeoutMs = ctx.tuning?.timeoutMs ?? parseWholeNumber(str(values['notify-timeout']), '--notify-timeout', DEFAULT_TIMEOUT_SECONDS, 1, 600) * 1000;
    const target = resolveCommitTarget({ repoFlag: str(values.repo), shaFlag: str(values.sha), env, git: () => readGitFacts(ctx.cwd) });
    const meta = releaseMetadata(ctx, target);
    const sarifFile = str(values.sarif);
    let sarifText: string | undefined;
    if (sarifFile) {
      try {
        sarifText = readFileSync(resolve(ctx.cwd, sarifFile), 'utf8');
      } catch {
        ctx.log(`ledger: SARIF log ${sarifFile} could not be read; recording the verdict without it`);
      }
    }
    const built = buildLedgerBody(ctx.verdict, meta, sarifText);
    for (const note of built.notes) ctx.log(`ledger: ${note}`);
    body = built.json;
  } catch (error) {
    if (!(error instanceof SrpError)) throw error;
    ctx.log(`ledger: verdict not recorded: ${error.message}`);
    return false;
  }
  const dispatcher = await createDispatcher(env, timeoutMs);
  try {
    const { postToLedger } = await import('../ledger/post.js');
    const outcome = await postToLedger({
      url,
      token,
      tokenEnv,
      body,
      dispatcher,
      retries,
      retryBaseMs: ctx.tuning?.retryBaseMs ?? DEFAULT_RETRY.retryBaseMs,
      userAgent: USER_AGENT,
    });
    (outcome.ok ? info(ctx) : ctx.log)(outcome.line);
    return outcome.ok;
  } finally {
    await dispatcher.destroy().catch(() => {});
  }
}

export async function notifyAfterGate(ctx: NotifyContext): Promise<{ ok: boolean }> {
  let ok = true;
  const steps: [string, boolean, () => Promise<boolean>][] = [
    ['github', ctx.values['github-status'] === true, () => notifyGitHub(ctx)],
    ['ledger', typeof ctx.values['report-to'] === 'string', () => notifyLedger(ctx)],
  ];
  for (const [name, wanted, run] of steps) {
    if (!wanted) continue;
    try {
      ok = (await run()) && ok;
    } catch (error) {
      // Not a network problem we know: still one line, never a stack (messages may quote input).
      ctx.log(`${name}: notification failed unexpectedly (${error instanceof Error ? error.constructor.name : typeof error}); this is a bug, please report it`);
      ok = false;
    }
  }
  return { ok };
}
