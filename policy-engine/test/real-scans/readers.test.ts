/**
 * Reports written by the real, pinned gitleaks and trivy binaries on the generated sample repository
 * (scripts/scan-sample). Missing reports FAIL this suite: CI must produce them, never skip them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_SCANS_DIR } from '../../src/paths.test-support.js';
import type { NormalizedResult, ReadResult } from '../../src/sarif/model.js';
import { validateSarifLog } from '../../src/sarif/validate.test-support.js';
import { parseReport } from '../../src/readers/index.js';
import { SCHEMA_PATH, results, sarifLog } from '../../src/readers/fixtures.test-support.js';

const REPORTS: Record<string, string> = {
  'gitleaks-dir.json': 'gitleaks-json',
  'gitleaks-git.json': 'gitleaks-json',
  'gitleaks.sarif': 'gitleaks-sarif',
  'trivy-fs.json': 'trivy-json',
  'trivy-fs.sarif': 'trivy-sarif',
  'trivy-config.json': 'trivy-json',
  'trivy-config.sarif': 'trivy-sarif',
  'trivy-convert.sarif': 'trivy-sarif',
};

function realScan(name: string): string {
  const path = join(REAL_SCANS_DIR, name);
  if (!existsSync(path)) {
    throw new Error(`missing real scan ${path}: run \`scripts/scan-sample .srp-out/real-scans\` (after scripts/setup) to produce it`);
  }
  return readFileSync(path, 'utf8');
}

/**
 * `gitleaks dir .` writes absolute paths (the sample's temporary checkout). The CLI passes its working
 * directory as the root; here the root is recovered from the git scan of the same checkout, which
 * writes the same files as relative paths.
 */
function scanRoot(): string | undefined {
  const dir = JSON.parse(realScan('gitleaks-dir.json')) as { File: string }[];
  const git = JSON.parse(realScan('gitleaks-git.json')) as { File: string }[];
  for (const d of dir) {
    if (!d.File.startsWith('/')) continue;
    const rel = git.find((g) => d.File.endsWith(`/${g.File}`));
    if (rel) return d.File.slice(0, d.File.length - rel.File.length - 1);
  }
  return undefined;
}

function read(name: string): ReadResult {
  return parseReport(realScan(name), { file: name, root: scanRoot() });
}

function planted(): string[] {
  return realScan('planted-secrets.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 8);
}

const kinds = (rs: NormalizedResult[]) => new Set(rs.map((r) => r.properties.srp.kind));

describe(`real scans in ${REAL_SCANS_DIR}`, () => {
  it.each(Object.entries(REPORTS))('%s is detected as %s, schema-valid, and holds no planted secret', (name, format) => {
    const out = read(name);
    expect(out.format).toBe(format);
    expect(out.runs.length).toBeGreaterThanOrEqual(1);
    expect(validateSarifLog(sarifLog(out.runs), SCHEMA_PATH)).toEqual([]);
    const text = JSON.stringify(out);
    const secrets = planted();
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text.includes(secret), `${name} leaks a planted secret`).toBe(false);
    for (const r of results(out)) {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      expect(uri).not.toMatch(/^\/|^[a-z][a-z0-9+.-]*:/i);
      expect(uri).not.toContain('srp-scan-sample');
    }
  });

  it('gitleaks finds the planted secrets, as blocking secrets with lines and native fingerprints', () => {
    for (const name of ['gitleaks-dir.json', 'gitleaks-git.json', 'gitleaks.sarif']) {
      const rs = results(read(name));
      expect(rs.length, name).toBeGreaterThanOrEqual(3);
      for (const r of rs) {
        expect(r.properties.srp).toMatchObject({ scanner: 'gitleaks', kind: 'secret' });
        expect(r.level).toBe('error');
        expect(r.properties.srp.line).toBeGreaterThan(0);
        expect(r.properties.srp.nativeFingerprint).toMatch(/:\d+$/);
      }
    }
    // The git-history scan also sees the token that was committed and later removed; every secret of the
    // directory scan is in it, with the same identity, although gitleaks wrote absolute paths for one.
    const dir = results(read('gitleaks-dir.json'));
    const git = results(read('gitleaks-git.json'));
    expect(git.length).toBeGreaterThan(dir.length);
    const gitFingerprints = new Set(git.map((r) => r.partialFingerprints['srp/v1']));
    for (const r of dir) {
      expect(r.properties.srp.path).not.toMatch(/^\//);
      expect(gitFingerprints.has(r.partialFingerprints['srp/v1']), r.properties.srp.path).toBe(true);
    }
  });

  it('trivy config reports the planted IaC mistakes as misconfigurations with regions', () => {
    const rs = results(read('trivy-config.json'));
    expect([...kinds(rs)]).toEqual(['misconfiguration']);
    const paths = new Set(rs.map((r) => r.properties.srp.path));
    expect(paths.has('infra/main.tf')).toBe(true);
    expect(paths.has('k8s/deployment.yaml')).toBe(true);
    expect(rs.some((r) => r.properties.srp.severity === 'CRITICAL' || r.properties.srp.severity === 'HIGH')).toBe(true);
    for (const r of rs) expect(r.locations?.[0]?.physicalLocation?.region?.startLine).toBeGreaterThan(0);
  });

  it("trivy fs finds secrets; JSON and SARIF of the same scan give the same identities", () => {
    const fromJson = results(read('trivy-fs.json'));
    expect(kinds(fromJson).has('secret')).toBe(true);
    const fromSarif = results(read('trivy-fs.sarif'));
    const ids = (rs: NormalizedResult[]) => rs.map((r) => r.partialFingerprints['srp/v1']).sort();
    expect(ids(fromSarif)).toEqual(ids(fromJson));
    expect(ids(results(read('trivy-convert.sarif')))).toEqual(ids(fromJson));
    expect(fromSarif.map((r) => r.properties.srp)).toEqual(
      fromJson.map((r) => ({ ...r.properties.srp, resolution: r.properties.srp.kind === 'secret' ? r.properties.srp.resolution : undefined })),
    );
    const configSarif = results(read('trivy-config.sarif'));
    expect(configSarif.map((r) => r.partialFingerprints['srp/v1']).sort()).toEqual(
      results(read('trivy-config.json')).map((r) => r.partialFingerprints['srp/v1']).sort(),
    );
  });

  it('matches what scripts/scan-sample planted and counted (manifest.json)', () => {
    interface Planted {
      name: string;
      path: string;
      inWorkingTree: boolean;
      gitleaks: { rule: string; startLine: number } | null;
      trivy: { rule: string; startLine: number; severity: string } | null;
    }
    const manifest = JSON.parse(realScan('manifest.json')) as {
      planted: { secrets: Planted[]; misconfigurations: { path: string; id: string; severity: string }[] };
      files: Record<string, { format: string; findings?: number; results?: number; byRule?: Record<string, number>; secrets?: { count: number; bySeverity: Record<string, number> }; misconfigurations?: { failures: number } }>;
    };
    const has = (rs: NormalizedResult[], id: string, path: string, line: number, severity?: string) =>
      rs.some((r) => r.properties.srp.id === id && r.properties.srp.path === path && r.properties.srp.line === line && (severity === undefined || r.properties.srp.severity === severity));
    const gitleaksGit = results(read('gitleaks-git.json'));
    const gitleaksDir = results(read('gitleaks-dir.json'));
    const gitleaksSarif = results(read('gitleaks.sarif'));
    const trivyFs = results(read('trivy-fs.json'));
    for (const s of manifest.planted.secrets) {
      if (s.gitleaks) {
        expect(has(gitleaksGit, s.gitleaks.rule, s.path, s.gitleaks.startLine), `${s.name} in gitleaks-git.json`).toBe(true);
        expect(has(gitleaksSarif, s.gitleaks.rule, s.path, s.gitleaks.startLine), `${s.name} in gitleaks.sarif`).toBe(true);
        expect(has(gitleaksDir, s.gitleaks.rule, s.path, s.gitleaks.startLine), `${s.name} in gitleaks-dir.json`).toBe(s.inWorkingTree);
      }
      if (s.trivy) expect(has(trivyFs, s.trivy.rule, s.path, s.trivy.startLine, s.trivy.severity), `${s.name} in trivy-fs.json`).toBe(true);
    }
    const config = results(read('trivy-config.json'));
    for (const m of manifest.planted.misconfigurations) {
      expect(config.some((r) => r.properties.srp.id === m.id && r.properties.srp.path === m.path && r.properties.srp.severity === m.severity), `${m.id} in ${m.path}`).toBe(true);
    }
    for (const [name, expected] of Object.entries(manifest.files)) {
      const rs = results(read(name));
      // For SARIF `results` counts results; for Trivy JSON it counts Trivy's Results (targets).
      const count = expected.findings ?? (expected.format.startsWith('sarif') ? expected.results : undefined);
      if (count !== undefined) expect(rs.length, name).toBe(count);
      if (expected.byRule) {
        const byRule: Record<string, number> = {};
        // Trivy's license rule id is "<package>:<license>"; ours is the license (package is a fact).
        for (const r of rs) {
          const f = r.properties.srp;
          const id = f.kind === 'license' && f.scanner === 'trivy' ? `${f.package}:${f.id}` : r.ruleId;
          byRule[id] = (byRule[id] ?? 0) + 1;
        }
        expect(byRule, name).toEqual(expected.byRule);
      }
      if (expected.secrets) {
        const secrets = rs.filter((r) => r.properties.srp.kind === 'secret');
        expect(secrets.length, name).toBe(expected.secrets.count);
        const bySeverity: Record<string, number> = {};
        for (const r of secrets) bySeverity[r.properties.srp.severity] = (bySeverity[r.properties.srp.severity] ?? 0) + 1;
        expect(bySeverity, name).toEqual(expected.secrets.bySeverity);
      }
      if (expected.misconfigurations) {
        expect(rs.filter((r) => r.properties.srp.kind === 'misconfiguration').length, name).toBe(expected.misconfigurations.failures);
      }
    }
  });
});
