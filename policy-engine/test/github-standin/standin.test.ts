import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startConnectProxy } from './connect-proxy.js';
import { startGitHubStandin, type GitHubStandin } from './standin.js';
import { request as httpRequest } from 'node:http';

const TOKEN = 'ghp_standinTestToken0000000000000000000000';
const SHA = 'a'.repeat(40);
const headers = {
  authorization: `token ${TOKEN}`,
  'user-agent': 'standin-test',
  accept: 'application/vnd.github+json',
  'content-type': 'application/json',
};

let gh: GitHubStandin;
beforeEach(async () => {
  gh = await startGitHubStandin({ token: TOKEN, repos: { 'acme/shop': [SHA] } });
});
afterEach(async () => {
  await gh.close();
});

const post = (path: string, body: unknown, extra: Record<string, string> = {}) =>
  fetch(`${gh.url}${path}`, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(body) });

describe('GitHub stand-in: request validation against the published description', () => {
  it('accepts a valid create-status request and stores it', async () => {
    const res = await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success', context: 'security/gate', description: 'ok' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { state: string; context: string };
    expect(body).toMatchObject({ state: 'success', context: 'security/gate' });
    expect(gh.statuses('acme/shop', SHA)).toHaveLength(1);
    expect(gh.mismatches).toEqual([]);
  });

  it('records a body that breaks the schema (state not in the enum) as a mismatch', async () => {
    const res = await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'passed' });
    expect(res.status).toBe(400);
    expect(gh.mismatches.join('\n')).toMatch(/POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\}: body .*allowed values/);
  });

  it('records a missing required body, an unknown path, an unknown query parameter and a missing User-Agent', async () => {
    await fetch(`${gh.url}/repos/acme/shop/statuses/${SHA}`, { method: 'POST', headers });
    await fetch(`${gh.url}/repos/acme/shop/no-such-thing`, { headers });
    await fetch(`${gh.url}/repos/acme/shop/commits/${SHA}/status?bogus=1`, { headers });
    await new Promise<void>((resolve, reject) => {
      // fetch always sends a User-Agent; node:http sends none unless told to.
      const url = new URL(`${gh.url}/repos/acme/shop/commits/${SHA}/status`);
      httpRequest(url, { headers: { authorization: headers.authorization } }, (res) => {
        res.resume();
        res.on('end', resolve);
      })
        .on('error', reject)
        .end();
    });
    const all = gh.mismatches.join('\n');
    expect(all).toMatch(/request body is required/);
    expect(all).toMatch(/no such path/);
    expect(all).toMatch(/query parameter bogus is not in the description/);
    expect(all).toMatch(/missing User-Agent/);
  });

  it('rejects a wrong token with 401 like GitHub, and an unknown repository or commit with 404/422', async () => {
    expect((await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success' }, { authorization: 'token nope' })).status).toBe(401);
    expect((await post(`/repos/acme/other/statuses/${SHA}`, { state: 'success' })).status).toBe(404);
    expect((await post(`/repos/acme/shop/statuses/${'b'.repeat(40)}`, { state: 'success' })).status).toBe(422);
    const res = await fetch(`${gh.url}/repos/acme/shop/commits/${'b'.repeat(40)}/status`, { headers });
    expect(res.status).toBe(404);
    expect(gh.mismatches).toEqual([]);
  });
});

describe('GitHub stand-in: commit status state', () => {
  it('combined status holds the latest status per context (case-insensitive) and the overall state', async () => {
    await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'pending', context: 'security/gate' });
    await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success', context: 'Security/Gate', description: 'passed' });
    await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'failure', context: 'security/trivy', description: 'blocked' });
    const res = await fetch(`${gh.url}/repos/acme/shop/commits/${SHA}/status?per_page=100`, { headers });
    const combined = (await res.json()) as { state: string; total_count: number; statuses: { context: string; state: string }[] };
    expect(combined.state).toBe('failure');
    expect(combined.total_count).toBe(2);
    expect(combined.statuses.map((s) => [s.context, s.state])).toEqual([
      ['Security/Gate', 'success'],
      ['security/trivy', 'failure'],
    ]);
    expect(gh.statuses('acme/shop', SHA)).toHaveLength(3);
    expect(gh.mismatches).toEqual([]);
  });

  it('refuses the 1001st status for one context with 422, as GitHub documents', async () => {
    for (let i = 0; i < 1000; i++) gh.seed('acme/shop', SHA, { state: 'pending', description: null, target_url: null, context: 'ci' });
    const res = await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success', context: 'ci' });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toMatch(/maximum number of statuses/);
  });
});

describe('GitHub stand-in: injected failures', () => {
  it('answers the injected status codes once each, then normally', async () => {
    for (const status of [401, 403, 404, 422, 502] as const) gh.failNext({ kind: 'status', status });
    const got: number[] = [];
    for (let i = 0; i < 6; i++) got.push((await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success' })).status);
    expect(got).toEqual([401, 403, 404, 422, 502, 201]);
    expect(gh.mismatches).toEqual([]);
  });

  it('answers a secondary rate limit with retry-after and a message Octokit recognises', async () => {
    gh.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 7 });
    const res = await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success' });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(((await res.json()) as { message: string }).message).toMatch(/\bsecondary rate\b/i);
  });

  it('answers a primary rate limit with remaining 0 and a reset time', async () => {
    gh.failNext({ kind: 'rate-limit', resetInSeconds: 30 });
    const res = await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success' });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('can hang: the request gets no answer until the client gives up', async () => {
    gh.failNext({ kind: 'hang' });
    const outcome = await fetch(`${gh.url}/repos/acme/shop/commits/${SHA}/status`, { headers, signal: AbortSignal.timeout(300) }).then(
      () => 'answered',
      (e: Error) => e.name,
    );
    expect(outcome).toBe('TimeoutError');
    expect(gh.requests.at(-1)?.answered).toBe('hang');
  });

  it('records requests without the Authorization credential', async () => {
    await post(`/repos/acme/shop/statuses/${SHA}`, { state: 'success' });
    expect(JSON.stringify(gh.requests)).not.toContain(TOKEN);
    expect(gh.requests[0]?.authScheme).toBe('token');
  });
});

describe('GitHub stand-in: GitHub Enterprise Server', () => {
  it('serves under /api/v3 and validates against the GHES description', async () => {
    const ghes = await startGitHubStandin({ token: TOKEN, repos: { 'acme/shop': [SHA] }, plan: 'ghes-3.19' });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const res = await fetch(`${ghes.url}/repos/acme/shop/statuses/${SHA}`, { method: 'POST', headers, body: JSON.stringify({ state: 'error' }) });
      expect(res.status).toBe(201);
      const outside = await fetch(`${ghes.url.replace('/api/v3', '')}/repos/acme/shop/statuses/${SHA}`, { method: 'POST', headers, body: '{}' });
      expect(outside.status).toBe(400);
      expect(ghes.mismatches).toEqual([expect.stringMatching(/outside the API prefix/)]);
    } finally {
      await ghes.close();
    }
  });
});

describe('CONNECT test proxy', () => {
  it('tunnels a request to the stand-in and records the target', async () => {
    const proxy = await startConnectProxy();
    try {
      const { ProxyAgent, fetch: undiciFetch } = await import('undici');
      const dispatcher = new ProxyAgent(proxy.url);
      const res = await undiciFetch(`${gh.url}/repos/acme/shop/commits/${SHA}/status`, { headers, dispatcher });
      expect(res.status).toBe(200);
      await dispatcher.close();
      expect(proxy.tunnels).toEqual([new URL(gh.url).host]);
    } finally {
      await proxy.close();
    }
  });
});
