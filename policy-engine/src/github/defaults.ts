/**
 * Defaults for talking to GitHub, in a module of their own so option parsing can use them without
 * loading Octokit and undici (which `srp gate` only needs when it actually notifies).
 */
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** The REST API version our requests are written against (GitHub's X-GitHub-Api-Version). */
export const GITHUB_API_VERSION = '2022-11-28';

export interface RetryTuning {
  /** Retries after the first attempt, for 5xx, timeouts and rate limits. */
  retries: number;
  /** Milliseconds per "backoff unit": the retry plugin waits (n+1)² units before retry n+1. */
  retryBaseMs: number;
  /** Milliseconds per second of `retry-after` when a rate limit asks us to wait (1000 in real use). */
  rateLimitBaseMs: number;
  /** Longest `retry-after` (seconds) we agree to wait for; beyond it the status is a failure. */
  maxRateLimitWaitSeconds: number;
  /**
   * 0 turns off the spacing between writes (tests). Absent keeps the throttling plugin's default of
   * one second, as GitHub asks for mutating requests.
   */
  writeSpacingMs?: 0;
}

export const DEFAULT_RETRY: RetryTuning = {
  retries: 3,
  retryBaseMs: 1000,
  rateLimitBaseMs: 1000,
  maxRateLimitWaitSeconds: 60,
};
