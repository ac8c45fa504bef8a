/**
 * End to end: the bundled CLI (dist/srp.cjs; `npm run build -w policy-engine`) gating real reports
 * beside a SARIF report whose tool calls itself "gate", posting to the GitHub stand-in (which checks
 * every request against @octokit/openapi). The gate's own status must show the verdict on every run,
 * whatever a report names its tool.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandin, type GitHubStandin } from '../github-standin/standin.js';
import { ENGINE_DIR, fixture } from '../../src/paths.test-support.js';

const SRP = join(ENGINE_DIR, 'dist', 'srp.cjs');
const GH_TOKEN = 'ghp_GateContextE2e7Qm2Xv9Lp4Rt1Wb6Nz3Ka';
const SHA = 'deadbeef'.padEnd(40, '7');
const FAST = ['--notify-retries', '1', '--notify-timeout', '2'];

let work: string;
beforeAll(() => {
  if (!existsSync(SRP)) throw new Error(`${SRP} is missing: run 'npm run build -w policy-engine' first`);
  work = mkdtempSync(join(tmpdir(), 'srp-gate-context-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A clean SARIF report (no results) from tools with these driver names. */
function sarifFromTools(file: string, ...names: string[]): string {
  const path = join(work, file);
  const runs = names.map((name) => ({ tool: { driver: { name, version: '1.0.0', rules: [] } }, results: [] }));
  writeFileSync(path, JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs }));
  return path;
}

async function withStandin(test: (gh: GitHubStandin, srp: (args: string[]) => Promise<number>) => Promise<void>): Promise<void> {
  const gh = await startGitHubStandin({ token: GH_TOKEN, repos: { 'acme/shop': [SHA] } });
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    GITHUB_TOKEN: GH_TOKEN,
    GITHUB_API_URL: gh.url,
    GIT_URL: 'https://github.com/acme/shop.git',
    GIT_COMMIT: SHA,
    BUILD_URL: 'https://ci.example.com/job/shop/58/',
  } as NodeJS.ProcessEnv;
  const srp = (args: string[]) =>
    new Promise<number>((resolve) => {
      // Asynchronous on purpose: the stand-in answers from this process's event loop.
      execFile(process.execPath, [SRP, 'gate', '--quiet', '--github-status', ...FAST, ...args], { cwd: work, env, timeout: 60_000 }, (error) =>
        resolve(error ? (typeof error.code === 'number' ? error.code : -1) : 0),
      );
    });
  try {
    await test(gh, srp);
    expect(gh.mismatches).toEqual([]);
  } finally {
    await gh.close();
  }
}

/** Latest status per context as GitHub shows it (contexts are case-insensitive there). */
function latest(gh: GitHubStandin): Map<string, { context: string; shown: string }> {
  const seen = new Map<string, { context: string; shown: string }>();
  for (const s of gh.statuses('acme/shop', SHA)) {
    const key = s.context.toLowerCase();
    if (!seen.has(key)) seen.set(key, { context: s.context, shown: `${s.state}: ${s.description}` });
  }
  return seen;
}

describe.concurrent('srp gate --github-status: a report cannot take over the gate\'s context', () => {
  it('a SARIF tool named gate: security/gate is failure on a blocked run and its reruns, after a passing run left it green', () =>
    withStandin(async (gh, srp) => {
      const gateTool = sarifFromTools('gate-tool.sarif', 'gate');
      const clean = fixture('gitleaks/json-report-empty.json');
      expect(await srp([fixture('trivy/alpine-3.10-image-vulns.json'), clean, gateTool])).toBe(0);
      expect(latest(gh).get('security/gate')?.shown).toBe('success: passed: 4 medium below the threshold');
      for (let run = 1; run <= 2; run++) {
        expect(await srp([fixture('trivy/alpine-3.9-image-vulns.json'), clean, gateTool]), `blocked run ${run}`).toBe(1);
        const shown = latest(gh);
        expect(shown.get('security/gate'), `blocked run ${run}`).toEqual({ context: 'security/gate', shown: 'failure: blocked: 2 critical' });
        expect(shown.get('security/trivy')?.shown).toBe('failure: blocked: 2 critical');
      }
      // The tool's own clean result is still visible, on a context of its own.
      const tool = [...latest(gh).values()].filter((s) => s.context.startsWith('security/gate#'));
      expect(tool).toEqual([{ context: expect.stringMatching(/^security\/gate#[0-9a-f]{12}$/), shown: 'success: passed: no findings' }]);
    }));

  it('tools spelled GATE, " Gate" and gate in one report each get their own context; the gate stays failure', () =>
    withStandin(async (gh, srp) => {
      const tools = sarifFromTools('gate-tools.sarif', 'GATE', ' Gate', 'gate ');
      for (let run = 1; run <= 2; run++) {
        expect(await srp([fixture('trivy/alpine-3.9-image-vulns.json'), fixture('gitleaks/json-report-empty.json'), tools])).toBe(1);
        expect(latest(gh).get('security/gate')?.shown, `run ${run}`).toBe('failure: blocked: 2 critical');
      }
      const toolContexts = [...latest(gh).values()].filter((s) => s.context !== 'security/gate' && /gate/i.test(s.context));
      expect(toolContexts.map((s) => s.shown)).toEqual(Array(3).fill('success: passed: no findings'));
    }));
});
