import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startConnectProxy } from '../../test/github-standin/connect-proxy.js';
import { startGitHubStandin, type GitHubStandin } from '../../test/github-standin/standin.js';
import { blockedByBothVerdict, blockedByTrivyVerdict, passingVerdict } from '../github/verdicts.test-support.js';
import { startLedgerStandin, type LedgerStandin } from '../ledger/ledger-standin.test-support.js';
import { fixture } from '../paths.test-support.js';
import { notifyAfterGate, readGitFacts, type NotifyContext } from './notify.js';

const GH_TOKEN = 'ghp_NOTIFYdistinctive7Qx9ZkLmN3pR5sT8vW1yB4';
const LEDGER_TOKEN = 'srp_LEDGERdistinctive2Hj6Kq9Vb3Nm7Xc1Zs5';
const SHA = 'feedface'.padEnd(40, '1');
const FAST = { retries: 1, retryBaseMs: 5, rateLimitBaseMs: 10, writeSpacingMs: 0 as const, timeoutMs: 300 };

let gh: GitHubStandin;
let ledger: LedgerStandin;
let logs: string[];

/** Jenkins as it runs a branch build, with both credentials bound by withCredentials. */
function jenkinsEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    GITHUB_TOKEN: GH_TOKEN,
    SRP_API_TOKEN: LEDGER_TOKEN,
    GITHUB_API_URL: gh.url,
    GIT_URL: 'git@github.com:acme/shop.git',
    GIT_COMMIT: SHA,
    BRANCH_NAME: 'main',
    BUILD_NUMBER: '41',
    BUILD_URL: 'https://ci.example.com/job/shop/41/',
    SRP_IMAGE: 'registry.example.com/acme/shop',
    ...extra,
  };
}

function ctx(values: Record<string, unknown>, overrides: Partial<NotifyContext> = {}): NotifyContext {
  return { values, env: jenkinsEnv(), cwd: tmpdir(), log: (l) => logs.push(l), tuning: FAST, ...overrides };
}
// Newest first from the stand-in: reverse so the newest status per context wins.
const states = () => Object.fromEntries(gh.statuses('acme/shop', SHA).reverse().map((s) => [s.context, s.state]));

beforeEach(async () => {
  gh = await startGitHubStandin({ token: GH_TOKEN, repos: { 'acme/shop': [SHA] } });
  ledger = await startLedgerStandin(LEDGER_TOKEN);
  logs = [];
});
afterEach(async () => {
  await gh.close();
  await ledger.close();
  expect(gh.mismatches).toEqual([]);
});

describe('notifyAfterGate: GitHub statuses', () => {
  it('posts the verdict from the Jenkins environment, linking the build', async () => {
    const out = await notifyAfterGate({ ...ctx({ 'github-status': true }), verdict: blockedByTrivyVerdict() });
    expect(out).toEqual({ ok: true });
    expect(states()).toEqual({ 'security/gitleaks': 'success', 'security/trivy': 'failure', 'security/gate': 'failure' });
    expect(gh.statuses('acme/shop', SHA).every((s) => s.target_url === 'https://ci.example.com/job/shop/41/')).toBe(true);
    expect(logs).toContain('github: security/gate → failure: blocked: 2 critical');
  });

  it('input error: error statuses, and nothing recorded in the ledger', async () => {
    const out = await notifyAfterGate({ ...ctx({ 'github-status': true, 'report-to': ledger.url }), inputError: 'x.json: not JSON' });
    expect(out.ok).toBe(true);
    expect(states()).toEqual({ 'security/gitleaks': 'error', 'security/trivy': 'error', 'security/gate': 'error' });
    expect(ledger.requests).toHaveLength(0);
    expect(logs).toContain('ledger: nothing recorded: the gate could not read its inputs');
  });

  it('--quiet silences success lines but not failures', async () => {
    await notifyAfterGate({ ...ctx({ 'github-status': true, 'report-to': ledger.url, quiet: true }), verdict: passingVerdict() });
    expect(logs).toEqual([]);
    expect(ledger.requests.map((r) => r.answered)).toEqual([201]);
    gh.failNext({ kind: 'status', status: 401 });
    const out = await notifyAfterGate({ ...ctx({ 'github-status': true, quiet: true }), verdict: blockedByTrivyVerdict() });
    expect(out.ok).toBe(false);
    expect(logs).toEqual([expect.stringMatching(/^github: GitHub rejected the token/)]);
  });

  it('honours a context prefix, a scanner list and a target URL from flags', async () => {
    await notifyAfterGate({
      ...ctx({ 'github-status': true, 'status-context-prefix': 'acme', 'status-scanners': 'trivy', 'target-url': 'https://ci.example.com/x' }),
      verdict: passingVerdict(),
    });
    expect(Object.keys(states()).sort()).toEqual(['acme/gate', 'acme/gitleaks', 'acme/trivy']);
    expect(gh.statuses('acme/shop', SHA)[0]?.target_url).toBe('https://ci.example.com/x');
  });

  it('falls back to the local checkout for repository and commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-notify-git-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
      git('init', '-q');
      git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'first');
      git('remote', 'add', 'origin', 'https://github.com/acme/local.git');
      const head = git('rev-parse', 'HEAD');
      expect(readGitFacts(dir)).toMatchObject({ remoteUrl: 'https://github.com/acme/local.git', head, headParents: [], headSubject: 'first' });
      const local = await startGitHubStandin({ token: GH_TOKEN, repos: { 'acme/local': [head] } });
      try {
        const env = { GITHUB_TOKEN: GH_TOKEN, GITHUB_API_URL: local.url };
        const out = await notifyAfterGate({ ...ctx({ 'github-status': true }, { env, cwd: dir }), verdict: passingVerdict() });
        expect(out.ok).toBe(true);
        expect(local.statuses('acme/local', head)).toHaveLength(3);
      } finally {
        await local.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses HTTP_PROXY from the given env (not process.env), and NO_PROXY bypasses it', async () => {
    const proxy = await startConnectProxy();
    try {
      await notifyAfterGate({ ...ctx({ 'github-status': true }, { env: jenkinsEnv({ HTTP_PROXY: proxy.url }) }), verdict: passingVerdict() });
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      const before = proxy.tunnels.length;
      await notifyAfterGate({
        ...ctx({ 'github-status': true }, { env: jenkinsEnv({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }) }),
        verdict: blockedByTrivyVerdict(),
      });
      expect(proxy.tunnels.length).toBe(before);
      expect(states()['security/gate']).toBe('failure');
    } finally {
      await proxy.close();
    }
  });

  it.each([
    ['no token', () => jenkinsEnv({ GITHUB_TOKEN: undefined }), /^github: statuses not posted: no GitHub token: set GITHUB_TOKEN/],
    ['no repository', () => ({ GITHUB_TOKEN: GH_TOKEN, GIT_COMMIT: SHA }), /^github: statuses not posted: cannot tell which GitHub repository/],
    ['bad API URL', () => jenkinsEnv({ GITHUB_API_URL: 'ftp://x' }), /must be an http\(s\) URL/],
  ])('%s: one line, ok false, nothing thrown', async (_name, env, line) => {
    const out = await notifyAfterGate({ ...ctx({ 'github-status': true }, { env: env() }), verdict: passingVerdict() });
    expect(out.ok).toBe(false);
    expect(logs).toEqual([expect.stringMatching(line)]);
  });

  it('a GitHub failure is ok false with one line; the caller keeps the gate result', async () => {
    gh.failNext({ kind: 'status', status: 502 }, 5);
    const out = await notifyAfterGate({ ...ctx({ 'github-status': true }), verdict: blockedByTrivyVerdict() });
    expect(out.ok).toBe(false);
    expect(logs).toEqual([expect.stringMatching(/^github: GitHub answered 502/)]);
  });
});

describe('notifyAfterGate: release ledger', () => {
  it('records the verdict with Jenkins metadata and the SARIF log', async () => {
    const sarif = fixture('trivy/alpine-3.10-image-vulns.sarif');
    const out = await notifyAfterGate({ ...ctx({ 'report-to': ledger.url, sarif }), verdict: blockedByBothVerdict() });
    expect(out.ok).toBe(true);
    expect(ledger.invalid).toEqual([]);
    const body = JSON.parse(ledger.requests[0]!.body);
    expect(body).toMatchObject({
      repository: 'acme/shop',
      commit: SHA,
      branch: 'main',
      buildNumber: '41',
      buildUrl: 'https://ci.example.com/job/shop/41/',
      image: 'registry.example.com/acme/shop',
      tag: '41',
      passed: false,
      blocking: 3,
    });
    expect(body.sarif.version).toBe('2.1.0');
    expect(logs).toEqual([expect.stringMatching(/^ledger: recorded as release 1 at http/)]);
  });

  it('missing metadata or token: one line naming what to set, nothing sent', async () => {
    const out = await notifyAfterGate({
      ...ctx({ 'report-to': ledger.url }, { env: jenkinsEnv({ SRP_IMAGE: undefined, BUILD_URL: undefined }) }),
      verdict: passingVerdict(),
    });
    expect(out.ok).toBe(false);
    expect(logs).toEqual(['ledger: verdict not recorded: missing release metadata: --build-url (or BUILD_URL), --image (or SRP_IMAGE)']);
    logs = [];
    const noToken = await notifyAfterGate({ ...ctx({ 'report-to': ledger.url, 'report-token-env': 'LEDGER_TOKEN' }), verdict: passingVerdict() });
    expect(noToken.ok).toBe(false);
    expect(logs).toEqual(["ledger: verdict not recorded: no ledger token: set LEDGER_TOKEN (the service's SRP_API_TOKEN)"]);
    expect(ledger.requests).toHaveLength(0);
  });

  it('GitHub failing does not stop the ledger, and the other way round', async () => {
    gh.failNext({ kind: 'status', status: 401 });
    const out = await notifyAfterGate({ ...ctx({ 'github-status': true, 'report-to': ledger.url }), verdict: passingVerdict() });
    expect(out.ok).toBe(false);
    expect(ledger.requests.map((r) => r.answered)).toEqual([201]);
    expect(logs[0]).toMatch(/^github: GitHub rejected the token in GITHUB_TOKEN \(401/);
  });
});

describe('tokens never leak', () => {
  it('masks the token when a server (a proxy, a broken service) echoes the Authorization header in its error', async () => {
    // Answers every request with its own Authorization header as the error message.
    const echo = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      const auth = req.headers.authorization ?? '';
      const body = req.url?.startsWith('/api/v1/') ? { error: { message: `bad ${auth}`, field: auth } } : { message: `bad ${auth}` };
      res.writeHead(req.url?.startsWith('/api/v1/') ? 401 : 400, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((done) => echo.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    try {
      const out = await notifyAfterGate({
        ...ctx({ 'github-status': true, 'report-to': url, verbose: true }, { env: jenkinsEnv({ GITHUB_API_URL: url }) }),
        verdict: blockedByBothVerdict(),
      });
      expect(out.ok).toBe(false);
      // The harness worked: both failure lines quote the server, with the token masked.
      expect(logs.some((l) => l.startsWith('github: ') && l.includes('("bad token ****")'))).toBe(true);
      expect(logs.some((l) => l.startsWith('ledger refused the token') && l.includes('bad Bearer ****'))).toBe(true);
      expect(logs.join('\n')).not.toContain(GH_TOKEN);
      expect(logs.join('\n')).not.toContain(LEDGER_TOKEN);
    } finally {
      await new Promise((done) => echo.close(done));
    }
  });

  it('no log line, recorded request (apart from Authorization) or ledger body contains either token, whatever fails, with --verbose', async () => {
    const scenarios: [string, () => void][] = [
      ['success', () => {}],
      ['401', () => gh.failNext({ kind: 'status', status: 401 })],
      ['403', () => gh.failNext({ kind: 'status', status: 403 }, 1, 'POST')],
      ['404', () => gh.failNext({ kind: 'status', status: 404 })],
      ['422', () => gh.failNext({ kind: 'status', status: 422 }, 1, 'POST')],
      ['502', () => gh.failNext({ kind: 'status', status: 502 }, 5)],
      ['secondary rate limit', () => gh.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, 5)],
      ['hang', () => gh.failNext({ kind: 'hang' }, 5)],
      ['ledger 401', () => ledger.failNext({ kind: 'status', status: 401 })],
      ['ledger 503', () => ledger.failNext({ kind: 'status', status: 503 }, 5)],
      ['ledger hang', () => ledger.failNext({ kind: 'hang' }, 5)],
    ];
    for (const [, arrange] of scenarios) {
      arrange();
      await notifyAfterGate({
        ...ctx({ 'github-status': true, 'report-to': ledger.url, verbose: true, 'build-number': String(Math.random()).slice(2, 8) }),
        verdict: blockedByBothVerdict(),
      });
      await notifyAfterGate({ ...ctx({ 'github-status': true, verbose: true }), inputError: 'bad input' });
    }
    // The harness worked: verbose lines and failure lines were produced, requests were recorded.
    expect(logs.some((l) => /→ 201$/.test(l))).toBe(true);
    expect(logs.some((l) => /rejected the token/.test(l))).toBe(true);
    expect(logs.some((l) => /ledger refused the token/.test(l))).toBe(true);
    expect(gh.requests.length).toBeGreaterThan(20);
    const everything = JSON.stringify({ logs, gh: gh.requests, ledger: ledger.requests });
    for (const token of [GH_TOKEN, LEDGER_TOKEN]) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.slice(4, 20));
      expect(everything).not.toContain(Buffer.from(token).toString('base64'));
    }
  });
});
