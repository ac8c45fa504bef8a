import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubStandin, type GitHubStandin } from '../../test/github-standin/standin.js';
import { EXIT, UsageError } from '../errors.js';
import { runStatusCommand, STATUS_HELP } from './status.js';

const TOKEN = 'ghp_STATUScmdDistinctive4Tq8Wm2Kz6Lp0Rx3';
const SHA = 'beef'.padEnd(40, '2');
const FAST = { retries: 1, retryBaseMs: 5, rateLimitBaseMs: 10, writeSpacingMs: 0 as const, timeoutMs: 300 };

let gh: GitHubStandin;
let logs: string[];
let out: string;
beforeEach(async () => {
  gh = await startGitHubStandin({ token: TOKEN, repos: { 'acme/shop': [SHA] } });
  logs = [];
  out = '';
});
afterEach(async () => {
  await gh.close();
  expect(gh.mismatches).toEqual([]);
});

const env = (extra: Record<string, string | undefined> = {}) => ({
  GITHUB_TOKEN: TOKEN,
  GITHUB_API_URL: gh.url,
  GIT_URL: 'https://github.com/acme/shop.git',
  GIT_COMMIT: SHA,
  BUILD_URL: 'https://ci.example.com/job/shop/7/',
  ...extra,
});
const run = (argv: string[], e: Record<string, string | undefined> = env()) =>
  runStatusCommand(argv, { env: e, cwd: tmpdir(), log: (l) => logs.push(l), stdout: (t) => (out += t), tuning: FAST });

describe('srp status', () => {
  it('--state pending posts security/gate with the default text and the build link', async () => {
    expect(await run(['--state', 'pending'])).toBe(EXIT.passed);
    expect(gh.statuses('acme/shop', SHA)).toMatchObject([
      { context: 'security/gate', state: 'pending', description: 'pending: security checks are running', target_url: 'https://ci.example.com/job/shop/7/' },
    ]);
    expect(logs).toEqual(['github: security/gate → pending: pending: security checks are running']);
  });

  it('posts several contexts, and does not post them again when nothing changed', async () => {
    const argv = ['--state', 'error', '--context', 'security/trivy', '--context', 'security/gate', '--description', 'trivy stage crashed'];
    expect(await run(argv)).toBe(EXIT.passed);
    expect(await run(argv)).toBe(EXIT.passed);
    expect(gh.statuses('acme/shop', SHA).map((s) => [s.context, s.state, s.description])).toEqual([
      ['security/gate', 'error', 'trivy stage crashed'],
      ['security/trivy', 'error', 'trivy stage crashed'],
    ]);
    expect(logs.slice(2)).toEqual([
      'github: security/trivy already error with the same description; not posted again',
      'github: security/gate already error with the same description; not posted again',
    ]);
  });

  it('flags override the Jenkins environment (--repo, --sha, --target-url, --token-env, --github-api-url)', async () => {
    const code = await run(
      ['--state', 'success', '--repo', 'acme/shop', '--sha', SHA, '--target-url', 'https://x.example/1', '--token-env', 'MY_TOKEN', '--github-api-url', gh.url],
      { MY_TOKEN: TOKEN },
    );
    expect(code).toBe(EXIT.passed);
    expect(gh.statuses('acme/shop', SHA)[0]).toMatchObject({ state: 'success', target_url: 'https://x.example/1' });
  });

  it('exit 3 with one line when GitHub refuses (401) or is down (502 after retries)', async () => {
    expect(await run(['--state', 'pending'], env({ GITHUB_TOKEN: 'ghp_wrong' }))).toBe(EXIT.networkError);
    expect(logs).toEqual([expect.stringMatching(/^github: GitHub rejected the token in GITHUB_TOKEN \(401/)]);
    logs = [];
    gh.failNext({ kind: 'status', status: 502 }, 4);
    expect(await run(['--state', 'pending'])).toBe(EXIT.networkError);
    expect(logs).toEqual([expect.stringMatching(/^github: GitHub answered 502/)]);
  });

  it.each([
    [403, /^github: security\/gate: GitHub refused the status on acme\/shop@beef22222222 \(403 .*Commit statuses: Read and write/],
    [404, /^github: GitHub has no repository or commit acme\/shop@beef22222222 \(404/],
    [422, /^github: security\/gate: GitHub refused the status on acme\/shop@beef22222222 as invalid \(422/],
  ] as const)('GitHub answers %i: exit 3 and one line', async (status, line) => {
    // 404 is what GitHub answers a read of an unknown repository; 403/422 come on the write.
    gh.failNext({ kind: 'status', status }, 1, status === 404 ? 'GET' : 'POST');
    expect(await run(['--state', 'failure'])).toBe(EXIT.networkError);
    expect(logs).toEqual([expect.stringMatching(line)]);
  });

  it.each([
    [[], /--state is required/],
    [['--state', 'done'], /--state 'done' must be one of pending, success, failure, error/],
    [['--state', 'success', '--description', 'x'.repeat(141)], /--description is 141 characters; GitHub allows 140/],
    [['--state', 'success', '--bogus'], /status: Unknown option '--bogus'/],
    [['--state', 'success', '--sha', 'abc'], /--sha 'abc' is not a full 40-character commit SHA/],
    [['--state', 'success', '--notify-retries', 'many'], /--notify-retries 'many' must be a whole number from 0 to 10/],
  ])('usage error for %j', async (argv, message) => {
    await expect(run(argv)).rejects.toThrow(UsageError);
    await expect(run(argv)).rejects.toThrow(message);
    expect(gh.requests).toHaveLength(0);
  });

  it('no token is a usage error that names the variable', async () => {
    await expect(run(['--state', 'pending'], env({ GITHUB_TOKEN: undefined }))).rejects.toThrow(/no GitHub token: set GITHUB_TOKEN/);
  });

  it('--help prints the usage and posts nothing', async () => {
    expect(await run(['--help'])).toBe(EXIT.passed);
    expect(out).toBe(STATUS_HELP);
    expect(out).toMatch(/--state S/);
    expect(gh.requests).toHaveLength(0);
  });
});
