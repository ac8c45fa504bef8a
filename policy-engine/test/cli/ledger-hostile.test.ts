/**
 * Hostile report content against the real release ledger (issue 11): what the engine posts must fit the
 * ledger's contract, so a gate that ran ends with its verdict recorded.
 *
 * Against the real release ledger: starts service/dist/server.js (built by scripts/setup) on an
 * ephemeral port with its embedded database, runs the bundled `srp gate --report-to` on real
 * reports, and reads the release back. Proves the engine and the service agree on the contract.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_TOKEN, type LedgerService, startLedgerService } from '../support/ledger-service.js';

const SHA = 'bad0'.padEnd(40, '7');

let ledger: LedgerService;
let base: string;
let dataDir: string;
const srp = (args: string[], env: Record<string, string>) => ledger.srp(args, env);
const serviceLog = (): string => ledger.log();

beforeAll(async () => {
  ledger = await startLedgerService('srp-ledger-hostile-');
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
  BUILD_NUMBER: '501',
  // Credentials in the build URL: the ledger refuses them, the engine drops them before posting.
  BUILD_URL: 'https://bot:hunter2@ci.example.com/job/shop/501/',
  SRP_IMAGE: 'registry.example.com/acme/shop',
};

/** A SARIF log from a tool with an 80-character name whose result text holds a NUL and a lone surrogate. */
function hostileSarif(): string {
  const name = 'Vendor Static Analysis Suite Enterprise Edition With A Very Long Product Name 2026';
  // JSON escapes, as a tool would write them: "\u0000" and a high surrogate without its pair.
  return `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"${name}","rules":[{"id":"R1","shortDescription":{"text":"bad \\u0000 rule \\ud800"}}]}},` +
    `"results":[{"ruleId":"R1","level":"error","message":{"text":"title with NUL \\u0000 and lone \\ud800 surrogate"},` +
    `"locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/a.ts"},"region":{"startLine":3}}}]}]}]}`;
}

describe('srp gate --report-to with hostile report content', () => {
  it('records the verdict: NUL, lone surrogates, an over-long tool name and a build URL with credentials are fitted', async () => {
    const report = join(dataDir, 'hostile.sarif');
    writeFileSync(report, hostileSarif());
    const sarifOut = join(dataDir, 'out.sarif');
    const run = await srp(['gate', '--report-to', base, '--sarif', sarifOut, report], jenkins);
    const id = /^ledger: recorded as release (\d+) at /m.exec(run.stderr)?.[1];
    expect(id, `${run.stderr}\n${serviceLog().slice(-1000)}`).toBeDefined();
    expect(run.code).not.toBe(3);
    const release = (await (await fetch(`${base}/api/v1/releases/${id}`)).json()) as { buildUrl: string; byScanner: Record<string, unknown> };
    expect(release.buildUrl).toBe('https://ci.example.com/job/shop/501/');
    expect(Object.keys(release.byScanner).every((k) => k.length <= 64)).toBe(true);
    expect(JSON.stringify(release)).not.toContain('hunter2');
  });
});
