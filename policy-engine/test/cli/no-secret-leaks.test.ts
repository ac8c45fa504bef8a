/**
 * Canary secrets planted in every place a scanner puts secret material must not reach any byte
 * that srp writes: output files, stdout, stderr. Checked on synthetic canaries in every input
 * format and on the secrets planted in the real scans (scripts/scan-sample).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_SCANS_DIR, fixture } from '../../src/paths.test-support.js';
import { runSrp } from '../support/run-srp.js';

const canary = (n: number) => ['ghp_', `Cn${n}ryZq9xWv7Lk3Jh5Gf2Dd8Ss4Aa6Pp0Oo1Ii`].join('');

/**
 * Every 8-character window of the secret past its first character must be absent. Windows of
 * lower-case letters and URL punctuation only are skipped: they are the public structure of a
 * secret (`hooks.slack.com/services/`), never its random part.
 */
function leakedPieces(haystack: string, secret: string): string[] {
  const pieces: string[] = [];
  for (let i = 1; i + 8 <= secret.length; i += 1) {
    const piece = secret.slice(i, i + 8);
    if (/^[a-z./:_-]+$/.test(piece)) continue;
    if (haystack.includes(piece)) pieces.push(piece);
  }
  return pieces;
}

function gateEverything(reports: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'srp-canary-out-'));
  const run = runSrp([
    'gate',
    '--sarif', join(out, 'r.sarif'),
    '--junit', join(out, 'junit.xml'),
    '--summary', join(out, 'summary.md'),
    '--json', join(out, 'verdict.json'),
    '--html', join(out, 'report.html'),
    ...reports,
  ]);
  expect([0, 1], run.stderr).toContain(run.status);
  const files = readdirSync(out);
  expect(files.sort()).toEqual(['junit.xml', 'r.sarif', 'report.html', 'summary.md', 'verdict.json']);
  return [run.stdout, run.stderr, ...files.map((f) => readFileSync(join(out, f), 'utf8'))].join('\n');
}

function plantedInputs(dir: string): { files: string[]; secrets: string[] } {
  const secrets = Array.from({ length: 8 }, (_, i) => canary(i));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value, null, 2));
    return path;
  };
  const v8 = JSON.parse(readFileSync(fixture('gitleaks/json-report-v8.30.json'), 'utf8'));
  v8[0].Secret = secrets[0];
  v8[0].Match = `token = "${secrets[0]}"`;
  v8[0].Line = `    token = "${secrets[0]}"  # planted`;
  const v80 = [{ ...v8[0], Match: undefined, Secret: secrets[1], Context: `api_key: ${secrets[1]}` }];
  const v7 = JSON.parse(readFileSync(fixture('gitleaks/legacy-v7.6.1-json-report.json'), 'utf8'));
  v7[0].offender = secrets[2];
  v7[0].line = `aws_secret = '${secrets[2]}'`;
  const sarif = JSON.parse(readFileSync(fixture('gitleaks/sarif-report-v8.30.sarif'), 'utf8'));
  sarif.runs[0].results[0].locations[0].physicalLocation.region.snippet.text = secrets[3];
  const trivy = JSON.parse(readFileSync(fixture('trivy/repo-secrets.json'), 'utf8'));
  const secret = trivy.Results[0].Secrets[0];
  secret.Match = `export AWS_ACCESS_KEY_ID=${secrets[4]}`;
  for (const line of secret.Code.Lines) {
    line.Content = `${line.Content} ${secrets[5]}`;
    line.Highlighted = `${line.Highlighted ?? ''} ${secrets[5]}`;
  }
  return {
    secrets,
    files: [
      write('gitleaks-v8.json', v8),
      write('gitleaks-v8.0.json', v80),
      write('gitleaks-v7.json', v7),
      write('gitleaks.sarif', sarif),
      write('trivy-secrets.json', trivy),
    ],
  };
}

describe('no secret reaches any output', () => {
  it('redacts canaries planted in every scanner format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srp-canary-'));
    const { files, secrets } = plantedInputs(dir);
    const everything = gateEverything(files);
    expect(everything.length).toBeGreaterThan(1000);
    for (const secret of secrets.slice(0, 6)) expect(leakedPieces(everything, secret), secret.slice(0, 4)).toEqual([]);
  });

  it('redacts the secrets planted in the real gitleaks and trivy scans', () => {
    const list = join(REAL_SCANS_DIR, 'planted-secrets.txt');
    expect(existsSync(list), `missing ${list}: run scripts/scan-sample .srp-out/real-scans`).toBe(true);
    const secrets = readFileSync(list, 'utf8').split('\n').filter((line) => line.trim().length >= 12);
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    const reports = readdirSync(REAL_SCANS_DIR)
      .filter((f) => /\.(json|sarif)$/.test(f) && f !== 'manifest.json')
      .map((f) => join(REAL_SCANS_DIR, f));
    const everything = gateEverything(reports);
    for (const secret of secrets) {
      const pieces = leakedPieces(everything, secret);
      expect(pieces, `a planted secret starting ${secret.slice(0, 4)} leaked`).toEqual([]);
    }
  });
});
