/**
 * Holes a red-team found after issue 8's fixes, each through the built bundle: inputs that passed
 * (exit 0) or crashed (exit 4) and now block (1) or are refused with one line (2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/paths.test-support.js';
import { expectInputError, gateCli } from '../support/gate-cli.js';

const { dir, write, gate } = gateCli('srp-red-team-');

const gitleaksFinding = (line: number, secret: string) => ({
  RuleID: 'github-pat',
  Description: 'GitHub Personal Access Token',
  StartLine: line,
  EndLine: line,
  StartColumn: 7,
  EndColumn: 46,
  Match: `token=${secret}`,
  Secret: secret,
  File: 'config/app.env',
  Commit: '',
  Fingerprint: `config/app.env:github-pat:${line}`,
});

describe('a secret is its place, not its file', () => {
  const fake = ['ghp_', '1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU'].join('');
  const real = ['ghp_', 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'].join('');

  it('a baseline with the accepted fake token at line 3 does not make a new token at line 90 "unchanged"', () => {
    const base = join(dir, 'base.sarif');
    expect(gate(write('old.json', [gitleaksFinding(3, fake)]), '--sarif', base).status).toBe(1);
    const policy = write('new-only.yml', 'version: 1\nnewFindingsOnly: true\n');
    const run = gate(write('new.json', [gitleaksFinding(3, fake), gitleaksFinding(90, real)]), '--baseline', base, '--policy', policy, '--json', join(dir, 'v.json'));
    expect(run.status).toBe(1);
    const verdict = JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8'));
    expect(verdict.baseline).toMatchObject({ new: 1, unchanged: 1 });
    expect(verdict.blockingFindings.map((f: { line: number }) => f.line)).toEqual([90]);
  });

  it("a suppression by the fake token's fingerprint does not cover another token in the file", () => {
    gate(write('fp-old.json', [gitleaksFinding(3, fake)]), '--json', join(dir, 'fp-old-verdict.json'));
    const fingerprint = JSON.parse(readFileSync(join(dir, 'fp-old-verdict.json'), 'utf8')).blockingFindings[0].fingerprint;
    const policy = write('fp.yml', `version: 1\nsuppressions:\n  - fingerprint: ${fingerprint}\n    reason: revoked test token\n`);
    expect(gate(write('fp-new.json', [gitleaksFinding(90, real)]), '--policy', policy).status).toBe(1);
    expect(gate(write('fp-same.json', [gitleaksFinding(3, fake)]), '--policy', policy).status).toBe(0);
  });
});

describe('reports that are not what they claim', () => {
  it('--format never makes a reader accept another format: findings are not lost', () => {
    const trivy = fixture('trivy/alpine-3.9-image-vulns.json');
    expectInputError(gate('--format', 'trivy-k8s', trivy), '--format trivy-k8s does not fit this file');
    expectInputError(gate('--format', 'trivy-json', fixture('trivy/dd-k8s-cluster-legacy-format.json')), '--format trivy-json does not fit');
    expectInputError(gate('--format', 'trivy-json', fixture('trivy/alpine-3.10-image-vulns.sarif')), '--format trivy-json does not fit');
    expectInputError(gate('--format', 'trivy-json', write('empty-object.json', {})), '--format trivy-json does not fit');
  });

  it('a SARIF log without runs, or a run without results, is not a clean scan', () => {
    expectInputError(gate(write('no-runs.sarif', { version: '2.1.0', runs: [] })), 'has no runs');
    expectInputError(gate(write('no-results.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } } }] })), 'no results array');
    expectInputError(gate(write('null-results.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results: null }] })), 'no results array');
    const configError = { executionSuccessful: true, toolConfigurationNotifications: [{ level: 'error', message: { text: 'query failed' } }] };
    expectInputError(gate(write('config-error.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'codeql' } }, invocations: [configError], results: [] }] })), 'run failed');
  });

  it('a Trivy k8s resource that could not be scanned is not clean; summary reports are read', () => {
    const failed = { ClusterName: 'prod', Resources: [{ Namespace: 'default', Kind: 'Deployment', Name: 'web', Error: 'unable to scan image: failed to pull' }] };
    expectInputError(gate(write('k8s-error.json', failed)), 'the scanner reported that its run failed', '$.Resources[0].Error');
    expect(gate(write('k8s-clean-summary.json', { SchemaVersion: 2, ClusterName: 'prod' })).status).toBe(0);
    const vuln = { VulnerabilityID: 'CVE-2019-14697', PkgName: 'musl', InstalledVersion: '1.1.20-r4', FixedVersion: '1.1.20-r5', Severity: 'CRITICAL' };
    const summary = { SchemaVersion: 2, ClusterName: 'prod', Findings: [{ Namespace: 'default', Kind: 'Deployment', Name: 'web', Results: [{ Target: 'web:1 (alpine 3.9.4)', Class: 'os-pkgs', Type: 'alpine', Vulnerabilities: [vuln] }] }] };
    expect(gate(write('k8s-summary.json', summary)).status).toBe(1);
  });

  it('a SARIF result whose exemption a reviewer rejected is not suppressed', () => {
    const log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'semgrep', rules: [{ id: 'r1' }] } }, results: [{ ruleId: 'r1', level: 'error', message: { text: 'bad' }, suppressions: [{ kind: 'inSource' }, { kind: 'external', status: 'rejected', justification: 'security rejected the nosemgrep' }] }] }],
    };
    expect(gate(write('rejected.sarif', log)).status).toBe(1);
  });
});

describe('hostile strings are input, not crashes', () => {
  it('a lone UTF-16 surrogate in a path is read', () => {
    const run = gate(write('surrogate.json', '[{"RuleID":"r","File":"config/\\ud800.env","StartLine":1,"Secret":"x"}]'));
    expect(run.status, run.stderr).toBe(1);
  });

  it('message.arguments cannot expand a small report past memory', () => {
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r', level: 'error', message: { text: '{0}'.repeat(200_000), arguments: ['A'.repeat(5000)] } }] }] };
    const run = gate(write('args.sarif', log), '--sarif', join(dir, 'args-out.sarif'));
    expect(run.status, run.stderr).toBe(1);
    expect(readFileSync(join(dir, 'args-out.sarif')).length).toBeLessThan(1024 * 1024);
  });

  it('a purl with broken percent-encoding in .trivyignore.yaml is exit 2 naming the entry', () => {
    const ignore = write('bad-purl.trivyignore.yaml', 'vulnerabilities:\n  - id: CVE-2019-14697\n    purls: ["pkg:apk/alpine/musl@%E0%A4%A"]\n');
    expectInputError(gate(fixture('trivy/alpine-3.9-image-vulns.json'), '--trivyignore', ignore), 'bad-purl.trivyignore.yaml', 'vulnerabilities[0].purls');
  });
});

describe("Trivy SARIF's URIs keep a file name's own %XX", () => {
  // What trivy 0.74 writes for `trivy fs` of a checkout with a directory named `%74est`: Go's
  // url.Parse(path).String() keeps the name's `%74` as it is, and the location message has the path.
  const trivySarif = (file: string, uri = file) => ({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            rules: [
              { id: 'github-pat', name: 'Secret', shortDescription: { text: 'GitHub Personal Access Token' }, properties: { 'security-severity': '9.5', tags: ['secret', 'security', 'CRITICAL'] } },
              { id: 'CVE-2021-23337', name: 'LanguageSpecificPackageVulnerability', shortDescription: { text: 'lodash: command injection' }, properties: { 'security-severity': '7.2', tags: ['vulnerability', 'security', 'HIGH'] } },
            ],
          },
        },
        results: [
          {
            ruleId: 'github-pat',
            ruleIndex: 0,
            level: 'error',
            message: { text: `Artifact: ${file}/app.env\nType: \nSecret GitHub Personal Access Token\nSeverity: CRITICAL\nMatch: token=****` },
            locations: [{ physicalLocation: { artifactLocation: { uri: `${uri}/app.env`, uriBaseId: 'ROOTPATH' }, region: { startLine: 1 } }, message: { text: `${file}/app.env` } }],
          },
          {
            ruleId: 'CVE-2021-23337',
            ruleIndex: 1,
            level: 'error',
            message: { text: 'Package: lodash\nInstalled Version: 4.17.20\nVulnerability CVE-2021-23337\nSeverity: HIGH\nFixed Version: 4.17.21' },
            locations: [{ physicalLocation: { artifactLocation: { uri: `${uri}/package-lock.json`, uriBaseId: 'ROOTPATH' }, region: { startLine: 1 } }, message: { text: `${file}/package-lock.json: lodash@4.17.20` } }],
          },
        ],
      },
    ],
  });
  const policy = () => write('test-fixtures.yml', 'version: 1\nsuppressions:\n  - path: "test/**"\n    reason: test fixtures hold fake tokens and pinned old packages\n');

  it('a secret and a vulnerability under a directory named %74est are not covered by a glob for test/**', () => {
    const out = join(dir, 'pct-verdict.json');
    const run = gate(write('pct.sarif', trivySarif('%74est')), '--policy', policy(), '--json', out);
    expect(run.status, run.stderr).toBe(1);
    const verdict = JSON.parse(readFileSync(out, 'utf8'));
    expect(verdict.blockingFindings.map((f: { path: string }) => f.path).sort()).toEqual(['%74est/app.env', '%74est/package-lock.json']);
  });

  it('the real test/ directory is still covered, and a space Trivy escapes as %20 still reads as a space', () => {
    expect(gate(write('pct-test.sarif', trivySarif('test')), '--policy', policy()).status).toBe(0);
    const out = join(dir, 'space-verdict.json');
    gate(write('space.sarif', trivySarif('my dir', 'my%20dir')), '--json', out);
    expect(JSON.parse(readFileSync(out, 'utf8')).blockingFindings[0].path).toBe('my dir/app.env');
  });
});

describe('a SARIF run that says it failed, or a result that says it passed, in the less usual words', () => {
  const run = (invocation: Record<string, unknown>, driver: Record<string, unknown> = {}) => ({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'codeql', ...driver } }, invocations: [{ executionSuccessful: true, ...invocation }], results: [] }],
  });

  it('a notification without a level is an error when its descriptor says so (SARIF §3.58.6)', () => {
    const notifications = [{ id: 'extraction-failed', defaultConfiguration: { level: 'error' } }];
    const byId = run({ toolExecutionNotifications: [{ descriptor: { id: 'extraction-failed' }, message: { text: 'x' } }] }, { notifications });
    expectInputError(gate(write('notif-id.sarif', byId)), 'the scanner reported that its run failed', 'toolExecutionNotifications[0]');
    const byIndex = run({ toolConfigurationNotifications: [{ descriptor: { index: 0 }, message: { text: 'x' } }] }, { notifications });
    expectInputError(gate(write('notif-index.sarif', byIndex)), 'the scanner reported that its run failed', 'toolConfigurationNotifications[0]');
    const overridden = run({
      toolExecutionNotifications: [{ descriptor: { id: 'db' }, message: { text: 'x' } }],
      notificationConfigurationOverrides: [{ descriptor: { id: 'db' }, configuration: { level: 'error' } }],
    }, { notifications: [{ id: 'db', defaultConfiguration: { level: 'note' } }] });
    expectInputError(gate(write('notif-override.sarif', overridden)), 'the scanner reported that its run failed');
    const note = run({ toolExecutionNotifications: [{ descriptor: { id: 'db' }, message: { text: 'x' } }] }, { notifications: [{ id: 'db', defaultConfiguration: { level: 'note' } }] });
    expect(gate(write('notif-note.sarif', note)).status).toBe(0);
  });

  it("a notification whose descriptor is an extension's, named by guid or name, is read at that descriptor's level", () => {
    // CodeQL's query packs are tool.extensions; a toolComponent reference may name one by index, guid or name (SARIF §3.54).
    const pack = { name: 'codeql/java-queries', guid: '6f1e2d3c-0000-4000-8000-00000000abcd', notifications: [{ id: 'java/extraction-failed', defaultConfiguration: { level: 'error' } }] };
    const log = (toolComponent: Record<string, unknown>) => ({
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'codeql', notifications: [{ id: 'java/summary', defaultConfiguration: { level: 'note' } }] }, extensions: [pack] },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ descriptor: { index: 0, toolComponent }, message: { text: 'x' } }] }],
        results: [],
      }],
    });
    for (const ref of [{ index: 0 }, { guid: pack.guid }, { guid: pack.guid.toUpperCase() }, { name: pack.name }]) {
      expectInputError(gate(write('notif-ext.sarif', log(ref))), 'the scanner reported that its run failed', 'toolExecutionNotifications[0]');
    }
    // A reference to a component the run does not have cannot be read at any level: refused, never a warning.
    for (const ref of [{ index: 3 }, { guid: 'ffffffff-0000-4000-8000-000000000000' }, { name: 'codeql/cpp-queries' }]) {
      expectInputError(gate(write('notif-ext-missing.sarif', log(ref))), 'toolExecutionNotifications[0].descriptor.toolComponent');
    }
  });

  it('a notification level that is not a SARIF level is exit 2, not a warning', () => {
    for (const level of ['Error', 'error ', 'fatal']) {
      const log = run({ toolExecutionNotifications: [{ level, message: { text: 'x' } }] });
      expectInputError(gate(write('notif-level.sarif', log)), '$.runs[0].invocations[0].toolExecutionNotifications[0].level');
    }
    // The same for the default level of the descriptor a notification without its own level takes.
    const byDescriptor = run(
      { toolExecutionNotifications: [{ descriptor: { id: 'db' }, message: { text: 'x' } }] },
      { notifications: [{ id: 'db', defaultConfiguration: { level: 'ERROR' } }] },
    );
    expectInputError(gate(write('notif-descriptor-level.sarif', byDescriptor)), '$.runs[0].tool.driver.notifications[0].defaultConfiguration.level');
  });

  it('a result of kind "pass" with level "error" contradicts itself (SARIF §3.27.10) and is exit 2', () => {
    const log = (result: Record<string, unknown>) => ({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'semgrep', rules: [{ id: 'r1', defaultConfiguration: { level: 'error' } }] } }, results: [{ ruleId: 'r1', message: { text: 'm' }, ...result }] }],
    });
    expectInputError(gate(write('kind-pass.sarif', log({ kind: 'pass', level: 'error' }))), '$.runs[0].results[0].level');
    expectInputError(gate(write('kind-info.sarif', log({ kind: 'informational', level: 'warning' }))), '$.runs[0].results[0].level');
    expect(gate(write('kind-pass-none.sarif', log({ kind: 'pass', level: 'none' }))).status).toBe(0);
    expect(gate(write('kind-pass-bare.sarif', log({ kind: 'notApplicable' }))).status).toBe(0);
  });
});

describe('a file name is the whole name, whitespace included', () => {
  // What gitleaks 8.30.1 writes for `gitleaks dir .` of a checkout with a directory named " config"
  // and a file named "app.env\n" beside the real config/app.env.
  const leak = (file: string, secret: string) => ({ ...gitleaksFinding(1, secret), File: file, Fingerprint: `${file}:github-pat:1` });
  const fake = ['ghp_', '1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU'].join('');
  const real = ['ghp_', 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'].join('');

  it('an ignore entry or glob for config/app.env covers neither " config/app.env" nor "config/app.env\\n"', () => {
    const ignore = write('ws.gitleaksignore', '# the fake token of the example config\nconfig/app.env:github-pat:1\n');
    const policy = write('ws.yml', 'version: 1\nsuppressions:\n  - path: config/app.env\n    reason: example configuration\n');
    for (const file of [' config/app.env', 'config/app.env\n', 'config/app.env ', '\tconfig/app.env']) {
      const report = write('ws.json', [leak('config/app.env', fake), leak(file, real)]);
      const out = join(dir, 'ws-verdict.json');
      const run = gate(report, '--gitleaksignore', ignore, '--json', out);
      expect(run.status, JSON.stringify(file)).toBe(1);
      expect(JSON.parse(readFileSync(out, 'utf8')).blockingFindings.map((f: { path: string }) => f.path)).toEqual([file]);
      expect(gate(report, '--policy', policy).status, JSON.stringify(file)).toBe(1);
    }
  });
});
