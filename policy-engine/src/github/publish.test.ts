import { createServer, type AddressInfo } from 'node:net';
import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startConnectProxy } from '../../test/github-standin/connect-proxy.js';
import { startGitHubStandin, type GitHubStandin } from '../../test/github-standin/standin.js';
import { createGitHubClient, type RetryTuning } from './client.js';
import { publishStatuses } from './publish.js';
import { statusesForInputError, statusesForVerdict } from './statuses.js';
import { blockedByBothVerdict, blockedByTrivyVerdict, passingVerdict, verdictWithTools } from './verdicts.test-support.js';

const TOKEN = 'ghp_publishTest0123456789abcdefghijklmnopq';
const SHA = 'c0ffee'.padEnd(40, '0');
const target = { owner: 'acme', repo: 'shop', sha: SHA };
const options = { prefix: 'security', expectedScanners: ['gitleaks', 'trivy'], targetUrl: 'https://ci.example.com/job/shop/12/' };
const FAST: RetryTuning = { retries: 2, retryBaseMs: 5, rateLimitBaseMs: 10, maxRateLimitWaitSeconds: 60, writeSpacingMs: 0 };

let gh: GitHubStandin;
let dispatcher: Dispatcher;
let logs: string[];

function client(overrides: { token?: string; tuning?: Partial<RetryTuning>; dispatcher?: Dispatcher; baseUrl?: string } = {}) {
  return createGitHubClient({
    token: overrides.token ?? TOKEN,
    baseUrl: overrides.baseUrl ?? gh.url,
    dispatcher: overrides.dispatcher ?? dispatcher,
    userAgent: 'srp-test',
    tuning: { ...FAST, ...overrides.tuning },
    log: (l) => logs.push(l),
  });
}
const failureCtx = () => ({ baseUrl: gh.url, tokenEnv: 'GITHUB_TOKEN' });
const shown = () =>
  Object.fromEntries(
    ['security/gitleaks', 'security/trivy', 'security/gate'].map((c) => {
      const s = gh.statuses('acme/shop', SHA).find((x) => x.context === c);
      return [c, s && `${s.state}: ${s.description}`];
    }),
  );

beforeEach(async () => {
  gh = await startGitHubStandin({ token: TOKEN, repos: { 'acme/shop': [SHA] } });
  dispatcher = new Agent({ headersTimeout: 300, bodyTimeout: 300 });
  logs = [];
});
afterEach(async () => {
  await dispatcher.destroy();
  await gh.close();
  expect(gh.mismatches).toEqual([]);
});

describe('publishStatuses: every verdict shape, checked against the stand-in', () => {
  it('pass: three success statuses with the build link', async () => {
    const out = await publishStatuses(client(), target, statusesForVerdict(passingVerdict(), options), failureCtx());
    expect(out.failures).toEqual([]);
    expect(shown()).toEqual({
      'security/gitleaks': 'success: passed: no findings',
      'security/trivy': 'success: passed: 4 medium below the threshold',
      'security/gate': 'success: passed: 4 medium below the threshold',
    });
    expect(new Set(gh.statuses('acme/shop', SHA).map((s) => s.target_url))).toEqual(new Set([options.targetUrl]));
    const posts = gh.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => JSON.parse(r.body).context)).toEqual(['security/gitleaks', 'security/trivy', 'security/gate']);
    expect(posts[0]?.headers['x-github-api-version']).toBe('2022-11-28');
    expect(posts[0]?.authScheme).toBe('token');
  });

  it('blocked by one scanner', async () => {
    await publishStatuses(client(), target, statusesForVerdict(blockedByTrivyVerdict(), options), failureCtx());
    expect(shown()).toEqual({
      'security/gitleaks': 'success: passed: no findings',
      'security/trivy': 'failure: blocked: 2 critical',
      'security/gate': 'failure: blocked: 2 critical',
    });
  });

  it('blocked by several scanners', async () => {
    await publishStatuses(client(), target, statusesForVerdict(blockedByBothVerdict(), options), failureCtx());
    expect(shown()).toEqual({
      'security/gitleaks': 'failure: blocked: 1 high · 1 suppressed',
      'security/trivy': 'failure: blocked: 2 critical · 2 suppressed',
      'security/gate': 'failure: blocked: 2 critical, 1 high · 3 suppressed (1 expiring)',
    });
  });

  it('input error: every context error', async () => {
    await publishStatuses(client(), target, statusesForInputError(options), failureCtx());
    const states = gh.statuses('acme/shop', SHA).map((s) => s.state);
    expect(states).toEqual(['error', 'error', 'error']);
  });

  it('does not repost what the commit already shows; posts what changed (contexts compared case-insensitively)', async () => {
    gh.seed('acme/shop', SHA, { state: 'success', description: 'passed: no findings', target_url: null, context: 'Security/Gitleaks' });
    gh.seed('acme/shop', SHA, { state: 'pending', description: 'pending: security checks are running', target_url: null, context: 'security/gate' });
    const intents = statusesForVerdict(passingVerdict(), options);
    const first = await publishStatuses(client(), target, intents, failureCtx());
    expect(first.unchanged.map((i) => i.context)).toEqual(['security/gitleaks']);
    expect(first.posted.map((i) => i.context)).toEqual(['security/trivy', 'security/gate']);
    const before = gh.statuses('acme/shop', SHA).length;
    const again = await publishStatuses(client(), target, intents, failureCtx());
    expect(again.posted).toEqual([]);
    expect(gh.statuses('acme/shop', SHA).length).toBe(before);
  });

  it('reads every page of the combined status before deciding', async () => {
    for (let i = 0; i < 150; i++) gh.seed('acme/shop', SHA, { state: 'success', description: 'other', target_url: null, context: `other/${i}` });
    gh.seed('acme/shop', SHA, { state: 'success', description: 'passed: no findings', target_url: null, context: 'security/gitleaks' });
    const out = await publishStatuses(client(), target, statusesForVerdict(passingVerdict(), options), failureCtx());
    expect(out.unchanged.map((i) => i.context)).toEqual(['security/gitleaks']);
    expect(gh.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).toEqual(['1', '2']);
  });
});

describe('publishStatuses: "unchanged" is decided against the state after each post', () => {
  /** What the commit shows for a context, compared case-insensitively as GitHub does. */
  const latestFor = (context: string) => {
    const s = gh.statuses('acme/shop', SHA).find((x) => x.context.toLowerCase() === context.toLowerCase());
    return s && `${s.state}: ${s.description}`;
  };
  const gateShowsFailure = { context: 'security/gate', state: 'failure', description: 'blocked: 2 critical' } as const;
  // Two intents for one context, as a tool whose status landed on the gate's context once made.
  const colliding = [{ context: 'Security/Gate', state: 'success', description: 'passed: no findings' } as const, gateShowsFailure];

  it('a later intent for a context posted earlier in the run is compared with that post, not with the start', async () => {
    gh.seed('acme/shop', SHA, { ...gateShowsFailure, target_url: null });
    const out = await publishStatuses(client(), target, [...colliding], failureCtx());
    expect(out.failures).toEqual([]);
    expect(out.posted.map((i) => i.state)).toEqual(['success', 'failure']);
    expect(latestFor('security/gate')).toBe('failure: blocked: 2 critical');
  });

  it('a rerun over the same commit still ends on the last intent for every context', async () => {
    for (let run = 1; run <= 3; run++) {
      await publishStatuses(client(), target, [...colliding], failureCtx());
      expect(latestFor('security/gate'), `run ${run}`).toBe('failure: blocked: 2 critical');
    }
  });

  it('after a post that failed, the context is not "unchanged": the next intent for it is posted', async () => {
    gh.seed('acme/shop', SHA, { ...gateShowsFailure, target_url: null });
    gh.failNext({ kind: 'status', status: 422 }, 1, 'POST');
    const out = await publishStatuses(client(), target, [...colliding], failureCtx());
    expect(out.failures).toHaveLength(1);
    expect(out.unchanged).toEqual([]);
    expect(out.posted).toEqual([gateShowsFailure]);
    expect(latestFor('security/gate')).toBe('failure: blocked: 2 critical');
  });

  it('with the real statuses of a blocked run whose SARIF tool is named gate, the gate stays failure on every rerun', async () => {
    const blocked = statusesForVerdict(verdictWithTools([['gate', true], ['trivy', false]]), options);
    // A passing run left the gate green.
    gh.seed('acme/shop', SHA, { state: 'success', description: 'passed: no findings', target_url: null, context: 'security/gate' });
    for (let run = 1; run <= 2; run++) {
      const out = await publishStatuses(client(), target, blocked, failureCtx());
      expect(out.failures).toEqual([]);
      expect(latestFor('security/gate'), `run ${run}`).toBe('failure: blocked: 1 high');
    }
  });
});

describe('publishStatuses: failures give one clear line and are bounded', () => {
  const run = () => publishStatuses(client(), target, statusesForVerdict(blockedByTrivyVerdict(), options), failureCtx());

  it('401: the token is rejected', async () => {
    const out = await publishStatuses(client({ token: 'ghp_wrong' }), target, statusesForVerdict(passingVerdict(), options), failureCtx());
    expect(out.failures).toEqual([expect.stringMatching(/^GitHub rejected the token in GITHUB_TOKEN \(401 \("Bad credentials"\)\)/)]);
    expect(gh.requests).toHaveLength(1); // not retried
  });

  it('403 on write: names the missing permission, stops after the first context', async () => {
    gh.failNext({ kind: 'status', status: 403 }, 1, 'POST');
    const out = await run();
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0]).toMatch(/security\/gitleaks: GitHub refused the status on acme\/shop@c0ffee000000 \(403 .*"Commit statuses: Read and write".*repo:status/);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('404: unknown repository, and unknown commit', async () => {
    const badRepo = await publishStatuses(client(), { ...target, repo: 'nope' }, statusesForVerdict(passingVerdict(), options), failureCtx());
    expect(badRepo.failures).toEqual([expect.stringMatching(/^GitHub has no repository or commit acme\/nope@c0ffee000000 \(404/)]);
    const badSha = await publishStatuses(client(), { ...target, sha: 'f'.repeat(40) }, statusesForVerdict(passingVerdict(), options), failureCtx());
    expect(badSha.failures).toEqual([expect.stringMatching(/^GitHub has no repository or commit acme\/shop@ffffffffffff \(404 \("No commit found/)]);
  });

  it('422: validation failure quotes GitHub\'s reason', async () => {
    gh.failNext({ kind: 'status', status: 422 }, 1, 'POST');
    const out = await run();
    expect(out.failures[0]).toMatch(/refused the status .* as invalid \(422 \("Validation Failed: state is not included in the list"\)\)/);
  });

  it('502 twice then success: retried with backoff, all statuses land', async () => {
    gh.failNext({ kind: 'status', status: 502 }, 2, 'POST');
    const out = await run();
    expect(out.failures).toEqual([]);
    expect(gh.requests.filter((r) => r.answered === 502)).toHaveLength(2);
    expect(gh.statuses('acme/shop', SHA)).toHaveLength(3);
  });

  it('502 beyond the retry budget: gives up with one line after retries+1 attempts', async () => {
    gh.failNext({ kind: 'status', status: 502 }, 10, 'GET');
    const out = await run();
    expect(out.failures).toEqual([expect.stringMatching(/^GitHub answered 502 \("Server Error"\) for acme\/shop@c0ffee000000 after retries/)]);
    expect(gh.requests).toHaveLength(FAST.retries + 1);
  });

  it('secondary rate limit with retry-after: waits as told (scaled in tests) and succeeds', async () => {
    gh.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 3 }, 1, 'POST');
    const out = await run();
    expect(out.failures).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/secondary rate limit on POST .*retrying after 3s/)]);
    expect(gh.statuses('acme/shop', SHA)).toHaveLength(3);
  });

  it('secondary rate limit as 429 (always): bounded attempts, then one line', async () => {
    gh.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 1, status: 429 }, 50);
    const out = await run();
    expect(out.failures).toEqual([expect.stringMatching(/rate limit for acme\/shop@c0ffee000000 did not clear within the retry budget \(429/)]);
    // Only the throttling plugin retries a rate limit; the retry plugin leaves 429 alone.
    expect(gh.requests).toHaveLength(FAST.retries + 1);
  });

  it('secondary rate limit asking for longer than we agree to wait: one line, no wait', async () => {
    gh.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 3600 }, 1, 'POST');
    const out = await run();
    expect(out.failures).toEqual([expect.stringMatching(/rate limit for acme\/shop@c0ffee000000 did not clear within the retry budget \(403/)]);
  });

  it('primary rate limit (remaining 0): waits until the reset (scaled in tests) and succeeds', async () => {
    gh.failNext({ kind: 'rate-limit', resetInSeconds: 2 }, 1, 'GET');
    const out = await run();
    expect(out.failures).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/primary rate limit on GET .*retrying after \d+s/)]);
  });

  it('primary rate limit resetting later than we agree to wait: one line', async () => {
    gh.failNext({ kind: 'rate-limit', resetInSeconds: 3600 }, 1, 'GET');
    const out = await run();
    expect(out.failures).toEqual([expect.stringMatching(/rate limit for acme\/shop@c0ffee000000 did not clear within the retry budget \(403 \("API rate limit exceeded/)]);
  });

  it('a hanging request times out, is retried, and the next attempt succeeds', async () => {
    gh.failNext({ kind: 'hang' }, 1, 'POST');
    const out = await run();
    expect(out.failures).toEqual([]);
    expect(gh.requests.filter((r) => r.answered === 'hang')).toHaveLength(1);
    expect(gh.statuses('acme/shop', SHA)).toHaveLength(3);
  });

  it('always hanging: gives up after retries+1 timeouts with a timeout line', async () => {
    gh.failNext({ kind: 'hang' }, 10);
    const out = await run();
    expect(out.failures).toEqual([expect.stringMatching(/^GitHub request for acme\/shop@c0ffee000000 timed out after retries \(UND_ERR_HEADERS_TIMEOUT\)/)]);
    expect(gh.requests).toHaveLength(FAST.retries + 1);
  });

  it('connection refused: one network line', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const out = await publishStatuses(client({ baseUrl: `http://127.0.0.1:${port}` }), target, statusesForVerdict(passingVerdict(), options), failureCtx());
    expect(out.failures).toEqual([expect.stringMatching(/failed after retries \(ECONNREFUSED\)/)]);
  });
});

describe('proxy and GitHub Enterprise Server', () => {
  it('goes through HTTP_PROXY (CONNECT tunnel), and NO_PROXY bypasses it', async () => {
    const proxy = await startConnectProxy();
    try {
      const viaProxy = new EnvHttpProxyAgent({ httpProxy: proxy.url, httpsProxy: proxy.url, noProxy: '' });
      const out = await publishStatuses(client({ dispatcher: viaProxy }), target, statusesForVerdict(passingVerdict(), options), failureCtx());
      await viaProxy.destroy();
      expect(out.failures).toEqual([]);
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(gh.url).host]));

      const tunnelsBefore = proxy.tunnels.length;
      const bypass = new EnvHttpProxyAgent({ httpProxy: proxy.url, httpsProxy: proxy.url, noProxy: 'localhost,127.0.0.1' });
      const out2 = await publishStatuses(client({ dispatcher: bypass }), target, statusesForVerdict(blockedByTrivyVerdict(), options), failureCtx());
      await bypass.destroy();
      expect(out2.failures).toEqual([]);
      expect(proxy.tunnels.length).toBe(tunnelsBefore);
      expect(gh.requests.length).toBeGreaterThan(4);
    } finally {
      await proxy.close();
    }
  });

  it('posts to a GHES base URL (/api/v3), validated against the GHES description', async () => {
    const ghes = await startGitHubStandin({ token: TOKEN, repos: { 'acme/shop': [SHA] }, plan: 'ghes-3.19' });
    try {
      const out = await publishStatuses(client({ baseUrl: ghes.url }), target, statusesForVerdict(passingVerdict(), options), failureCtx());
      expect(out.failures).toEqual([]);
      expect(ghes.statuses('acme/shop', SHA)).toHaveLength(3);
      expect(ghes.requests.every((r) => r.url.startsWith('/api/v3/repos/acme/shop/'))).toBe(true);
      expect(ghes.mismatches).toEqual([]);
    } finally {
      await ghes.close();
    }
  });
});
