/**
 * End to end: the bundled CLI (dist/srp.cjs, built by scripts/checks/35-engine.sh before vitest)
 * gating real scanner reports from ../shared/fixtures, posting to the GitHub stand-in and the
 * ledger stand-in. Exit codes and the statuses reviewers would see are asserted together.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectProxy } from '../github-standin/connect-proxy.js';
import { startGitHubStandin, type GitHubStandin } from '../github-standin/standin.js';
import { startLedgerStandin, type LedgerStandin } from '../../src/ledger/ledger-standin.test-support.js';
import { ENGINE_DIR, fixture } from '../../src/paths.test-support.js';

const SRP = join(ENGINE_DIR, 'dist', 'srp.cjs');
const GH_TOKEN = 'ghp_CLIe2eDistinctive5Yh1Jw8Nc4Vd7Qs2Fa0';
const LEDGER_TOKEN = 'srp_CLIe2eLedger9Pk3Tm6Rz1Xb4Wn8';
const SHA = 'abad1dea'.padEnd(40, '3');
const REPORTS = {
  trivyCritical: fixture('trivy/alpine-3.9-image-vulns.json'), // CRITICAL 2, MEDIUM 4
  trivyMedium: fixture('trivy/alpine-3.10-image-vulns.json'), // MEDIUM 4
  gitleaksSecret: fixture('gitleaks/json-report-v8.30.json'), // 1 secret
  gitleaksEmpty: fixture('gitleaks/json-report-empty.json'),
};

let work: string;

beforeAll(() => {
  if (!existsSync(SRP)) throw new Error(`${SRP} is missing: run 'npm run build -w policy-engine' first`);
  work = mkdtempSync(join(tmpdir(), 'srp-cli-notify-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface World {
  gh: GitHubStandin;
  ledger: LedgerStandin;
  /** Runs the bundled CLI as Jenkins would, against this world's stand-ins. */
  srp(args: string[], env?: Record<string, string | undefined>): Promise<Run>;
  /** The same, with stdout a pipe whose reader has gone (`srp gate … | head -1`); stdout is ''. */
  srpReaderGone(args: string[]): Promise<Run>;
  /** Latest status per context, as reviewers see them. */
  latest(): Record<string, string>;
}

/**
 * Each test gets its own stand-ins, so tests run concurrently: most of a run's time is Octokit's
 * one-second spacing between writes, which overlaps well.
 */
async function world(test: (w: World) => Promise<void>, plan?: 'ghes-3.19'): Promise<void> {
  const gh = await startGitHubStandin({ token: GH_TOKEN, repos: { 'acme/shop': [SHA] }, ...(plan ? { plan } : {}) });
  const ledger = await startLedgerStandin(LEDGER_TOKEN);
  const jenkinsEnv = (env: Record<string, string | undefined>): NodeJS.ProcessEnv => {
    const jenkins = {
      PATH: process.env.PATH,
      HOME: work,
      GITHUB_TOKEN: GH_TOKEN,
      SRP_API_TOKEN: LEDGER_TOKEN,
      GITHUB_API_URL: gh.url,
      GIT_URL: 'https://github.com/acme/shop.git',
      GIT_COMMIT: SHA,
      BRANCH_NAME: 'main',
      BUILD_NUMBER: '57',
      BUILD_URL: 'https://ci.example.com/job/shop/57/',
      SRP_IMAGE: 'registry.example.com/acme/shop',
    };
    return Object.fromEntries(Object.entries({ ...jenkins, ...env }).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
  };
  const srp = (args: string[], env: Record<string, string | undefined> = {}): Promise<Run> => {
    // Asynchronous on purpose: the stand-ins answer from this process's event loop.
    return new Promise((resolve) => {
      execFile(process.execPath, [SRP, ...args], { cwd: work, env: jenkinsEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      });
    });
  };
  const srpReaderGone = (args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [SRP, ...args], { cwd: work, env: jenkinsEnv({}), timeout: 60_000 });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
    });
  const latest = () => {
    const seen = new Map<string, string>();
    for (const s of gh.statuses('acme/shop', SHA)) if (!seen.has(s.context)) seen.set(s.context, `${s.state}: ${s.description}`);
    return Object.fromEntries([...seen].sort());
  };
  try {
    await test({ gh, ledger, srp, srpReaderGone, latest });
    expect(gh.mismatches).toEqual([]);
  } finally {
    await gh.close();
    await ledger.close();
  }
}

const FAST = ['--notify-retries', '1', '--notify-timeout', '1'];

describe.concurrent('srp gate --github-status on real reports', () => {
  it('pass → exit 0, three success statuses, one line per status', () =>
    world(async ({ srp, latest }) => {
      const r = await srp(['gate', '--github-status', ...FAST, REPORTS.trivyMedium, REPORTS.gitleaksEmpty]);
      expect(r).toMatchObject({ code: 0 });
      expect(r.stderr.trim().split('\n')).toEqual([
        'github: security/gitleaks → success: passed: no findings',
        'github: security/trivy → success: passed: 4 medium below the threshold',
        'github: security/gate → success: passed: 4 medium below the threshold',
      ]);
      expect(latest()).toEqual({
        'security/gate': 'success: passed: 4 medium below the threshold',
        'security/gitleaks': 'success: passed: no findings',
        'security/trivy': 'success: passed: 4 medium below the threshold',
      });
    }));

  it('blocked by one scanner → exit 1, trivy and gate fail', () =>
    world(async ({ srp, latest }) => {
      const r = await srp(['gate', '--quiet', '--github-status', ...FAST, REPORTS.trivyCritical, REPORTS.gitleaksEmpty]);
      expect(r.code).toBe(1);
      expect(latest()).toEqual({
        'security/gate': 'failure: blocked: 2 critical',
        'security/gitleaks': 'success: passed: no findings',
        'security/trivy': 'failure: blocked: 2 critical',
      });
    }));

  it('blocked by several → exit 1, each scanner with its own counts; ledger gets the record', () =>
    world(async ({ srp, latest, ledger }) => {
      const sarif = join(work, 'several.sarif');
      const r = await srp([
        'gate',
        '--quiet',
        '--github-status',
        '--report-to',
        ledger.url,
        '--sarif',
        sarif,
        ...FAST,
        REPORTS.trivyCritical,
        REPORTS.gitleaksSecret,
      ]);
      expect(r.code).toBe(1);
      expect(latest()).toEqual({
        'security/gate': 'failure: blocked: 2 critical, 1 high',
        'security/gitleaks': 'failure: blocked: 1 high',
        'security/trivy': 'failure: blocked: 2 critical',
      });
      expect(ledger.invalid).toEqual([]);
      const body = JSON.parse(ledger.requests[0]!.body);
      expect(body).toMatchObject({ repository: 'acme/shop', commit: SHA, buildNumber: '57', tag: '57', passed: false, blocking: 3 });
      expect(body.sarif.runs.length).toBeGreaterThan(0);
      expect(r.stderr).toBe(''); // --quiet: nothing on success but errors
    }));

  it('stdout whose reader has gone (| head -1) → the statuses and the record are still posted, exit 0, no stack', () =>
    world(async ({ srpReaderGone, latest, ledger }) => {
      // The summary is written before the notifications wait on the network: EPIPE arrives then.
      const r = await srpReaderGone(['gate', '--github-status', '--report-to', ledger.url, ...FAST, REPORTS.trivyMedium, REPORTS.gitleaksEmpty]);
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
      expect(r.code).toBe(0);
      expect(latest()['security/gate']).toBe('success: passed: 4 medium below the threshold');
      expect(ledger.requests).toHaveLength(1);
      expect(JSON.parse(ledger.requests[0]!.body)).toMatchObject({ passed: true });
    }));

  it('input error → exit 2, every context error, nothing recorded', () =>
    world(async ({ srp, latest, ledger }) => {
      const broken = join(work, 'broken.json');
      writeFileSync(broken, '{"Results": [');
      const r = await srp(['gate', '--github-status', '--report-to', ledger.url, ...FAST, broken]);
      expect(r.code).toBe(2);
      expect(Object.values(latest())).toEqual(Array(3).fill('error: error: the gate could not read its inputs (exit 2); see the build log'));
      expect(ledger.requests).toHaveLength(0);
    }));

  it('gate passed but GitHub refused the token → exit 3; blocked and refused → still exit 1', () =>
    world(async ({ srp }) => {
      const passed = await srp(['gate', '--quiet', '--github-status', ...FAST, REPORTS.trivyMedium], { GITHUB_TOKEN: 'ghp_revoked' });
      expect(passed.code).toBe(3);
      expect(passed.stderr).toMatch(/^github: GitHub rejected the token in GITHUB_TOKEN \(401/m);
      const blocked = await srp(['gate', '--quiet', '--github-status', ...FAST, REPORTS.trivyCritical], { GITHUB_TOKEN: 'ghp_revoked' });
      expect(blocked.code).toBe(1);
    }));

  it('gate passed but GitHub down (502 after retries) → exit 3 with one line, no stack', () =>
    world(async ({ srp, gh }) => {
      gh.failNext({ kind: 'status', status: 502 }, 10);
      const r = await srp(['gate', '--quiet', '--github-status', ...FAST, REPORTS.trivyMedium]);
      expect(r.code).toBe(3);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^github: GitHub answered 502 .* after retries/)]);
    }));

  it('GitHub Enterprise Server through GITHUB_API_URL (…/api/v3), checked against the GHES description', () =>
    world(async ({ srp, gh, latest }) => {
      expect(gh.url).toMatch(/\/api\/v3$/);
      const r = await srp(['gate', '--quiet', '--github-status', ...FAST, REPORTS.trivyCritical, REPORTS.gitleaksEmpty]);
      expect(r.code).toBe(1);
      expect(latest()['security/gate']).toBe('failure: blocked: 2 critical');
      expect(gh.requests.every((q) => q.url.startsWith('/api/v3/'))).toBe(true);
    }, 'ghes-3.19'));

  it('goes through HTTP_PROXY and respects NO_PROXY in the real process', () =>
    world(async ({ srp }) => {
      const proxy = await startConnectProxy();
      try {
        const viaProxy = await srp(['gate', '--quiet', '--github-status', ...FAST, REPORTS.trivyMedium], { HTTP_PROXY: proxy.url });
        expect(viaProxy.code).toBe(0);
        expect(proxy.tunnels.length).toBeGreaterThan(0);
        const before = proxy.tunnels.length;
        const bypass = await srp(['gate', '--quiet', '--github-status', ...FAST, REPORTS.trivyCritical], {
          HTTP_PROXY: proxy.url,
          NO_PROXY: '127.0.0.1',
        });
        expect(bypass.code).toBe(1);
        expect(proxy.tunnels.length).toBe(before);
      } finally {
        await proxy.close();
      }
    }));

  it('srp status: posts pending, then exit 3 on a bad token and exit 2 on a bad flag, each with one line', () =>
    world(async ({ srp, latest }) => {
      const ok = await srp(['status', '--state', 'pending']);
      expect(ok.code).toBe(0);
      expect(latest()).toEqual({ 'security/gate': 'pending: pending: security checks are running' });
      const refused = await srp(['status', '--state', 'error', ...FAST], { GITHUB_TOKEN: 'ghp_revoked' });
      expect(refused.code).toBe(3);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      const bad = await srp(['status', '--state', 'maybe']);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^srp: error: status: --state 'maybe' must be one of pending, success, failure, error\b/),
      ]);
    }));

  it('tokens never appear: stdout, stderr (with --verbose/--debug) and everything the stand-ins recorded', () =>
    world(async ({ srp, gh, ledger }) => {
      const runs: Run[] = [];
      gh.failNext({ kind: 'status', status: 403 }, 1, 'POST');
      runs.push(await srp(['gate', '--verbose', '--github-status', '--report-to', ledger.url, ...FAST, REPORTS.trivyCritical]));
      gh.failNext({ kind: 'status', status: 422 }, 1, 'POST');
      ledger.failNext({ kind: 'status', status: 401 });
      runs.push(await srp(['gate', '--verbose', '--github-status', '--report-to', ledger.url, ...FAST, REPORTS.trivyMedium]));
      gh.failNext({ kind: 'hang' }, 4);
      runs.push(await srp(['status', '--verbose', '--state', 'pending', ...FAST]));
      runs.push(await srp(['gate', '--verbose', '--github-status', ...FAST, REPORTS.gitleaksSecret], { GITHUB_TOKEN: `${GH_TOKEN}x` }));
      runs.push(await srp(['status', '--verbose', '--debug', '--state', 'success', '--github-api-url', 'http://127.0.0.1:1', ...FAST]));
      // The runs did what they should, so the search below is over real output.
      expect(runs.map((r) => r.code)).toEqual([1, 3, 3, 1, 3]);
      expect(runs[0]!.stderr).toMatch(/^github: POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\} → 403$/m);
      const everything = JSON.stringify({ runs, gh: gh.requests, ledger: ledger.requests });
      for (const token of [GH_TOKEN, LEDGER_TOKEN]) {
        expect(everything).not.toContain(token);
        expect(everything).not.toContain(token.slice(5, 21));
      }
    }));
});
