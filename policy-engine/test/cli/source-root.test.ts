/**
 * `gitleaks dir .` writes absolute paths. The gate makes them relative to the directory the scan
 * ran in (the working directory, or --source-root), so locations and fingerprints do not change
 * from one Jenkins workspace to the next.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/paths.test-support.js';
import { runSrp } from '../support/run-srp.js';

function reportScannedIn(workspace: string): string {
  const findings = JSON.parse(readFileSync(fixture('gitleaks/json-report-v8.30.json'), 'utf8'));
  findings[0].File = join(workspace, 'config', 'auth.py');
  const report = join(workspace, 'gitleaks.json');
  writeFileSync(report, JSON.stringify(findings));
  return report;
}

function gate(args: string[], cwd: string) {
  const out = mkdtempSync(join(tmpdir(), 'srp-root-out-'));
  const run = runSrp(['gate', '--quiet', '--sarif', join(out, 'r.sarif'), ...args], { cwd });
  expect(run.status, run.stderr).toBe(1);
  const result = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')).runs[0].results[0];
  return { uri: result.locations[0].physicalLocation.artifactLocation.uri, fingerprint: result.partialFingerprints['srp/v1'] };
}

describe('absolute paths in reports', () => {
  it('become relative to the working directory, with the same fingerprint in every workspace', () => {
    const first = mkdtempSync(join(tmpdir(), 'workspace-a-'));
    const second = mkdtempSync(join(tmpdir(), 'workspace-b@2-'));
    const a = gate([reportScannedIn(first)], first);
    const b = gate([reportScannedIn(second)], second);
    expect(a.uri).toBe('config/auth.py');
    expect(b).toEqual(a);
  });

  it('become relative to --source-root when the gate runs elsewhere', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'workspace-c-'));
    const elsewhere = join(workspace, 'reports');
    mkdirSync(elsewhere);
    const result = gate(['--source-root', workspace, reportScannedIn(workspace)], elsewhere);
    expect(result.uri).toBe('config/auth.py');
  });

  it('outside the source root stay apart from the same path inside it: a suppression for one never covers the other', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'workspace-d-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    const findings = JSON.parse(readFileSync(fixture('gitleaks/json-report-v8.30.json'), 'utf8'));
    const inside = { ...findings[0], File: join(workspace, 'config', 'auth.py') };
    // The same relative path, but under another directory: `gitleaks dir` run on something else.
    const outside = { ...findings[0], File: join(elsewhere, 'config', 'auth.py') };
    const report = join(workspace, 'gitleaks.json');
    writeFileSync(report, JSON.stringify([inside, outside]));
    const policy = join(workspace, 'policy.yml');
    writeFileSync(policy, 'version: 1\nsuppressions:\n  - path: config/auth.py\n    reason: a test key in the checkout\n');
    const out = mkdtempSync(join(tmpdir(), 'srp-root-out-'));
    const run = runSrp(['gate', '--quiet', '--policy', policy, '--sarif', join(out, 'r.sarif'), '--json', join(out, 'v.json'), report], { cwd: workspace });
    expect(run.status, run.stderr).toBe(1);
    const results = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')).runs[0].results;
    const uris = results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['config/auth.py', `%2F${join(elsewhere, 'config', 'auth.py').slice(1)}`]);
    expect(results[0].partialFingerprints['srp/v1']).not.toBe(results[1].partialFingerprints['srp/v1']);
    const verdict = JSON.parse(readFileSync(join(out, 'v.json'), 'utf8'));
    expect(verdict.blocking).toBe(1);
    expect(verdict.blockingFindings[0].path).toBe(join(elsewhere, 'config', 'auth.py'));
  });
});
