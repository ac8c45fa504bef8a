/**
 * The GitHub REST client: Octokit with the official retry and throttling plugins (no retry or
 * rate-limit logic of our own), on an undici dispatcher so HTTPS_PROXY/NO_PROXY are honoured.
 * The token goes only into Octokit's auth; nothing here logs or formats it.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { GITHUB_API_VERSION, type RetryTuning } from './defaults.js';

export { DEFAULT_GITHUB_API_URL, DEFAULT_RETRY, GITHUB_API_VERSION, type RetryTuning } from './defaults.js';

export interface GitHubClientOptions {
  token: string;
  baseUrl: string;
  dispatcher: Dispatcher;
  userAgent: string;
  tuning: RetryTuning;
  /** One line per retry decision; never given request headers. */
  log: (line: string) => void;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

/** A Bottleneck-shaped limiter that runs jobs at once (the plugin only calls key().schedule()). */
const immediateGroup = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const fn = args.find((a) => typeof a === 'function') as (...a: unknown[]) => unknown;
      return Promise.resolve(fn());
    },
  }),
};

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { tuning, log } = options;
  const shouldRetryRateLimit = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    if (retryCount >= tuning.retries || retryAfter > tuning.maxRateLimitWaitSeconds) return false;
    log(`github: ${kind} rate limit on ${request.method ?? ''} ${request.url ?? ''}; retrying after ${retryAfter}s`);
    return true;
  };
  const client = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent,
    request: {
      fetch: (url: string, init: RequestInit) =>
        undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: options.dispatcher }),
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    // 429 is a rate limit: leave it to the throttling plugin (which honours retry-after). If both
    // plugins retried it, attempts would multiply to (retries + 1)².
    retry: { retries: tuning.retries, retryAfterBaseValue: tuning.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: tuning.rateLimitBaseMs,
      onRateLimit: shouldRetryRateLimit('primary'),
      onSecondaryRateLimit: shouldRetryRateLimit('secondary'),
      ...(tuning.writeSpacingMs === 0 ? { write: immediateGroup, notifications: immediateGroup } : {}),
    },
  } as ConstructorParameters<typeof RetryingOctokit>[0]);
  // Octokit has no default-headers option; pin the API version the requests are written against.
  client.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = GITHUB_API_VERSION;
  });
  return client;
}
