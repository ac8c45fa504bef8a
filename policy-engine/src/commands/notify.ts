/**
 * After the gate: post GitHub commit statuses (--github-status) and record the verdict in the
 * release ledger (--report-to). Flags are turned into typed settings once (notify-settings.ts, git
 * facts read at most once); this module only posts. Nothing here throws for a network problem: each
 * failure is one log line and `ok: false`, and the gate keeps its own exit code (cli turns a passed
 * gate into 3).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dispatcher } from 'undici';
import { statusesForInputError, statusesForVerdict, type StatusIntent } from '../github/statuses.js';
import { buildLedgerBody } from '../ledger/record.js';
import type { Verdict } from '../policy/verdict.js';
import { gitFactsOnce } from './git-facts.js';
import { maskToken, maskingToken } from './mask-token.js';
import type { NotifyValues } from './notify-options.js';
import {
  resolveGitHubSettings,
  resolveLedgerSettings,
  settingsOrReason,
  type Env,
  type GitHubSettings,
  type LedgerSettings,
  type NetworkTuning,
} from './notify-settings.js';

export { NOTIFY_HELP, NOTIFY_OPTIONS } from './notify-options.js';
export { readGitFacts } from './git-facts.js';
export type { GitHubSettings, NetworkTuning } from './notify-settings.js';

export interface NotifyContext {
  verdict?: Verdict;
  inputError?: string;
  /** The gate's parsed flags: the notification ones, --quiet and --sarif (read back for the ledger). */
  values: NotifyValues & { quiet?: boolean; sarif?: string };
  env: Env;
  cwd: string;
  log: (line: string) => void;
  /** Tests shorten backoffs and timeouts; real runs use the defaults and flags. */
  tuning?: NetworkTuning;
}

export const USER_AGENT = 'srp-policy-engine';

/**
 * HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the env we were given (not process.env), with timeouts.
 * undici, Octokit and the ledger client are loaded on first use: a gate without notifications
 * should not pay their start-up cost (the gate is benchmarked against a bare JSON.parse).
 */
export async function createDispatcher(env: Env, timeoutMs: number): Promise<Dispatcher> {
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

/**
 * Posts the statuses; returns failure lines (empty when everything was posted or unchanged).
 * `log` gets retry and --verbose lines, `info` one line per status (silenced by --quiet).
 */
export async function postStatuses(
  settings: GitHubSettings,
  intents: StatusIntent[],
  env: Env,
  log: (line: string) => void,
  info: (line: string) => void = log,
): Promise<string[]> {
  // Retry lines and failures may quote the server (mask-token.ts).
  const logLine = maskingToken(log, settings.token);
  const infoLine = maskingToken(info, settings.token);
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
      log: logLine,
    });
    if (settings.verbose) {
      logLine(`github: ${target.owner}/${target.repo}@${target.sha} (repository from ${target.from.repo}, commit from ${target.from.sha}) via ${settings.displayBaseUrl}`);
      // Only method, path template and status: request options also hold the auth header.
      client.hook.after('request', (response, options) => logLine(`github: ${options.method} ${options.url} → ${response.status}`));
      client.hook.error('request', (error, options) => {
        logLine(`github: ${options.method} ${options.url} → ${String((error as { status?: unknown }).status ?? 'network error')}`);
        throw error;
      });
    }
    const outcome = await publishStatuses(client, target, intents, { baseUrl: settings.displayBaseUrl, tokenEnv: settings.tokenEnv });
    for (const i of outcome.posted) infoLine(`github: ${i.context} → ${i.state}: ${i.description}`);
    for (const i of outcome.unchanged) infoLine(`github: ${i.context} already ${i.state} with the same description; not posted again`);
    return outcome.failures.map((f) => `github: ${maskToken(f, settings.token)}`);
  } finally {
    await dispatcher.destroy().catch(() => {});
  }
}

interface Run {
  ctx: NotifyContext;
  git: ReturnType<typeof gitFactsOnce>;
  /** Success lines: `srp gate --quiet` prints nothing on success but errors. */
  info: (line: string) => void;
}

async function notifyGitHub({ ctx, git, info }: Run): Promise<boolean> {
  const resolved = settingsOrReason(() => resolveGitHubSettings(ctx.values, ctx.env, git, ctx.tuning));
  if ('off' in resolved) {
    ctx.log(`github: statuses not posted: ${resolved.off}`);
    return false;
  }
  const { settings } = resolved;
  const options = { prefix: settings.prefix, expectedScanners: settings.expectedScanners, targetUrl: settings.targetUrl };
  const intents = ctx.verdict ? statusesForVerdict(ctx.verdict, options) : statusesForInputError(options);
  const failures = await postStatuses(settings, intents, ctx.env, ctx.log, info);
  for (const line of failures) ctx.log(line);
  return failures.length === 0;
}

/** The SARIF log this run wrote, recorded with the verdict when it can be read back. */
function readSarifBack(ctx: NotifyContext): string | undefined {
  const sarifFile = ctx.values.sarif;
  if (!sarifFile) return undefined;
  try {
    return readFileSync(resolve(ctx.cwd, sarifFile), 'utf8');
  } catch {
    ctx.log(`ledger: SARIF log ${sarifFile} could not be read; recording the verdict without it`);
    return undefined;
  }
}

async function postLedger(ctx: NotifyContext, settings: LedgerSettings, body: string, info: (line: string) => void): Promise<boolean> {
  const dispatcher = await createDispatcher(ctx.env, settings.timeoutMs);
  try {
    const { postToLedger } = await import('../ledger/post.js');
    const outcome = await postToLedger({
      url: settings.url,
      token: settings.token,
      tokenEnv: settings.tokenEnv,
      body,
      dispatcher,
      retries: settings.retries,
      retryBaseMs: settings.retryBaseMs,
      userAgent: USER_AGENT,
    });
    maskingToken(outcome.ok ? info : ctx.log, settings.token)(outcome.line);
    return outcome.ok;
  } finally {
    await dispatcher.destroy().catch(() => {});
  }
}

async function notifyLedger({ ctx, git, info }: Run): Promise<boolean> {
  if (!ctx.verdict) {
    // Nothing was decided, so there is nothing to record; the gate's exit 2 already fails the build.
    info('ledger: nothing recorded: the gate could not read its inputs');
    return true;
  }
  const resolved = settingsOrReason(() => resolveLedgerSettings(ctx.values, ctx.env, git, ctx.tuning));
  if ('off' in resolved) {
    ctx.log(`ledger: verdict not recorded: ${resolved.off}`);
    return false;
  }
  const built = buildLedgerBody(ctx.verdict, resolved.settings.meta, readSarifBack(ctx));
  for (const note of built.notes) ctx.log(`ledger: ${note}`);
  return postLedger(ctx, resolved.settings, built.json, info);
}

export async function notifyAfterGate(ctx: NotifyContext): Promise<{ ok: boolean }> {
  const run: Run = { ctx, git: gitFactsOnce(ctx.cwd), info: ctx.values.quiet === true ? () => {} : ctx.log };
  let ok = true;
  const steps: [string, boolean, (run: Run) => Promise<boolean>][] = [
    ['github', ctx.values['github-status'] === true, notifyGitHub],
    ['ledger', typeof ctx.values['report-to'] === 'string', notifyLedger],
  ];
  for (const [name, wanted, notify] of steps) {
    if (!wanted) continue;
    try {
      ok = (await notify(run)) && ok;
    } catch (error) {
      // Not a network problem we know: still one line, never a stack (messages may quote input).
      ctx.log(`${name}: notification failed unexpectedly (${error instanceof Error ? error.constructor.name : typeof error}); this is a bug, please report it`);
      ok = false;
    }
  }
  return { ok };
}
