/**
 * Against the real release ledger: starts service/dist/server.js (built by scripts/setup) on an
 * ephemeral port with its embedded database, runs the bundled `srp gate --report-to` on real
 * reports, and reads the release back. Proves the engine and the service agree on the contract.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../src/paths.test-support.js';
import { LEDGER_TOKEN, type LedgerService, startLedgerService } from '../support/ledger-service.js';

const SHA = 'decaf'.padEnd(40, '4');

let ledger: LedgerService;
let base: string;
let dataDir: string;
const srp = (args: string[], env: Record<string, string>) => ledger.srp(args, env);

beforeAll(async () => {
  ledger = await startLedgerService('srp-ledger-e2e-');
  ({ base, dataDir } = ledger);
});

afterAll(async () => {
  await ledger?.stop();
});

const jenkins = {
  SRP_API_TOKEN: LEDGER_TOKEN,
  GIT_URL: 'git@github.com:acme/shop.git',
  GIT_COMMIT: SHA,
  BRANCH_NAME: 'main',
  BUILD_NUMBER: '88',
  BUILD_URL: 'https://ci.example.com/job/shop/88/',
  SRP_IMAGE: 'registry.example.com/acme/shop',
};

describe('srp gate --report-to the real ledger service', () => {
  it('records a blocked release with its SARIF log; a second evaluation of the same build is refused (409); a wrong token is one line', async () => {
    const sarif = join(dataDir, 'results.sarif');
    const reports = [fixture('trivy/alpine-3.9-image-vulns.json'), fixture('gitleaks/json-report-v8.30.json')];
    // Not --quiet: the success line carries the release id.
    const first = await srp(['gate', '--report-to', base, '--sarif', sarif, ...reports], jenkins);
    expect(first.code).toBe(1);
    const id = /^ledger: recorded as release (\d+) at /m.exec(first.stderr)?.[1];
    expect(id, first.stderr).toBeDefined();

    const release = (await (await fetch(`${base}/api/v1/releases/${id}`)).json()) as Record<string, unknown>;
    expect(release).toMatchObject({
      repository: 'acme/shop',
      commit: SHA,
      branch: 'main',
      buildNumber: '88',
      buildUrl: 'https://ci.example.com/job/shop/88/',
      image: 'registry.example.com/acme/shop',
      tag: '88',
      verdict: 'failed',
      passed: false,
      blocking: 3,
      counts: { critical: 2, high: 1, medium: 4, low: 0, unknown: 0 },
    });
    expect((release.sarif as { stored: boolean }).stored).toBe(true);
    const stored = (await (await fetch(`${base}/api/v1/releases/${id}/sarif`)).json()) as { version: string; runs: unknown[] };
    expect(stored.version).toBe('2.1.0');
    expect(stored.runs.length).toBeGreaterThan(0);

    // Gating again in the same build is a new evaluation (new evaluatedAt): the ledger keeps the first
    // record and answers 409, which srp reports as one line (retries inside one run resend the same
    // body and are answered 200, see post.test.ts).
    const again = await srp(['gate', '--quiet', '--report-to', base, '--sarif', sarif, ...reports], jenkins);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(/^ledger already holds a different record for this repository, commit and build number \(409: release \d+ already records/);

    const refused = await srp(['gate', '--quiet', '--report-to', base, ...reports], { ...jenkins, SRP_API_TOKEN: 'x'.repeat(40), BUILD_NUMBER: '89' });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(/^ledger refused the token in SRP_API_TOKEN \(401/);
    expect(refused.stderr).not.toContain(LEDGER_TOKEN);
  });

  it('a passing release is recorded and exits 0; with the ledger down it exits 3', async () => {
    const reports = [fixture('trivy/alpine-3.10-image-vulns.json'), fixture('gitleaks/json-report-empty.json')];
    const ok = await srp(['gate', '--quiet', '--report-to', base, ...reports], { ...jenkins, BUILD_NUMBER: '90' });
    expect(ok.code).toBe(0);
    const page = (await (await fetch(`${base}/api/v1/releases?repository=acme/shop&verdict=passed`)).json()) as { items: { buildNumber: string }[] };
    expect(page.items.map((r) => r.buildNumber)).toContain('90');

    const down = await srp(['gate', '--quiet', '--report-to', 'http://127.0.0.1:1', '--notify-retries', '0', ...reports], { ...jenkins, BUILD_NUMBER: '91' });
    expect(down.code).toBe(3);
    expect(down.stderr.trim()).toMatch(/^ledger request to http:\/\/127\.0\.0\.1:1\/api\/v1\/releases failed after 0 retries \(ECONNREFUSED\)/);
  });
});
