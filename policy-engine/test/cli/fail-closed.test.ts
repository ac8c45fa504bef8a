/**
 * Issue 8's reproduced fail-open cases, each run through the built bundle as a pipeline runs it.
 * Every case here passed (exit 0) or crashed (exit 4) before the fix; each now blocks (1) or is
 * refused as bad input (2) with one line naming the file and the JSON path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/paths.test-support.js';
import { expectInputError, gateCli } from '../support/gate-cli.js';
import { runSrp } from '../support/run-srp.js';

const { dir, write, gate } = gateCli('srp-fail-closed-');

/** One real alpine vulnerability (CVE, package, version from Trivy's golden file) in an image of our choosing. */
function trivyReport(image: string, severity: unknown, change: (vuln: Record<string, unknown>) => void = () => {}): unknown {
  const real = JSON.parse(readFileSync(fixture('trivy/alpine-3.9-image-vulns.json'), 'utf8'));
  const vuln = { ...real.Results[0].Vulnerabilities[0], Severity: severity };
  change(vuln);
  return {
    SchemaVersion: 2,
    ArtifactName: image,
    ArtifactType: 'container_image',
    Results: [{ Target: `${image} (alpine 3.9.4)`, Class: 'os-pkgs', Type: 'alpine', Vulnerabilities: [vuln] }],
  };
}

describe('item 1: a duplicate never hides a blocker', () => {
  it('the same CVE and package, LOW in one image and CRITICAL in another, blocks in either order', () => {
    const low = write('low.json', trivyReport('registry.test/a:1', 'LOW'));
    const crit = write('crit.json', trivyReport('registry.test/b:1', 'CRITICAL'));
    for (const order of [[low, crit], [crit, low]]) {
      const run = gate(...order, '--json', join(dir, 'verdict.json'));
      expect(run.status, order.join(' ')).toBe(1);
      const verdict = JSON.parse(readFileSync(join(dir, 'verdict.json'), 'utf8'));
      expect(verdict.counts).toMatchObject({ critical: 1, low: 1 });
      expect(verdict.duplicates).toBeUndefined();
    }
  });

  it('the same report twice is counted once', () => {
    const crit = write('crit-again.json', trivyReport('registry.test/b:1', 'CRITICAL'));
    const run = gate(crit, crit.replace(dir, '.'), '--json', join(dir, 'twice.json'));
    expect(run.status).toBe(1);
    const verdict = JSON.parse(readFileSync(join(dir, 'twice.json'), 'utf8'));
    expect(verdict.total).toBe(1);
    expect(verdict.duplicates).toBe(1);
  });
});

describe('item 3: a severity the reader does not know is refused', () => {
  it.each([
    ['critical ', 1],
    [' CRITICAL', 1],
    ['Critical', 1],
  ])('%j is read as CRITICAL and blocks', (severity, status) => {
    expect(gate(write('sev-ok.json', trivyReport('img:1', severity))).status).toBe(status);
  });

  it.each([['SEVERE'], ['CRIT'], [9], [null], [''], ['constructor']])('%j is exit 2 naming the JSON path', (severity) => {
    const file = write('sev-bad.json', trivyReport('img:1', severity));
    expectInputError(gate(file), 'sev-bad.json', '$.Results[0].Vulnerabilities[0].Severity');
  });

  it('an absent severity is exit 2 too', () => {
    const file = write('sev-absent.json', trivyReport('img:1', 'HIGH', (v) => delete v.Severity));
    expectInputError(gate(file), '$.Results[0].Vulnerabilities[0].Severity', 'found nothing');
  });

  it('a SARIF level or security-severity that is not one is exit 2, not a mild finding', () => {
    const log = (result: Record<string, unknown>) => ({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'semgrep', rules: [{ id: 'r1' }] } }, results: [{ ruleId: 'r1', message: { text: 'm' }, ...result }] }],
    });
    expectInputError(gate(write('level.sarif', log({ level: 'fatal' }))), '$.runs[0].results[0].level');
    expectInputError(gate(write('score.sarif', log({ level: 'note', properties: { 'security-severity': 'critical' } }))), 'security-severity');
    expectInputError(gate(write('status.sarif', log({ level: 'error', suppressions: [{ kind: 'external', status: 'REJECTED' }] }))), 'suppressions[0].status');
  });
});

describe('item 4: a failed or misshapen scan is not a clean one', () => {
  const sarif = (invocation: unknown) => ({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'semgrep' } }, invocations: [invocation], results: [] }],
  });

  it('executionSuccessful: false is exit 2 saying the scanner reported a failure', () => {
    expectInputError(gate(write('failed.sarif', sarif({ executionSuccessful: false }))), 'failed.sarif', 'the scanner reported that its run failed');
  });

  it('an error-level tool execution notification is exit 2', () => {
    const file = write('notified.sarif', sarif({ executionSuccessful: true, toolExecutionNotifications: [{ level: 'error', message: { text: 'x' } }] }));
    expectInputError(gate(file), 'the scanner reported that its run failed', 'toolExecutionNotifications[0]');
  });

  it('a successful invocation with warnings reads as usual', () => {
    const file = write('warned.sarif', sarif({ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: 'x' } }] }));
    expect(gate(file).status).toBe(0);
  });

  it('Trivy keys in the wrong case are refused, at any level', () => {
    const top = trivyReport('img:1', 'CRITICAL') as Record<string, unknown>;
    expectInputError(gate(write('lc-results.json', { SchemaVersion: 2, results: top.Results })), '$.Results is spelled in another case');
    const result = (top.Results as Record<string, unknown>[])[0] as Record<string, unknown>;
    const inner: Record<string, unknown> = { ...result, vulnerabilities: result.Vulnerabilities };
    delete inner.Vulnerabilities;
    expectInputError(gate(write('lc-vulns.json', { SchemaVersion: 2, Results: [inner] })), '$.Results[0].Vulnerabilities is spelled');
    const fixed = trivyReport('img:1', 'CRITICAL', (v) => {
      v.fixedVersion = v.FixedVersion;
      delete v.FixedVersion;
    });
    expectInputError(gate(write('lc-fixed.json', fixed)), '$.Results[0].Vulnerabilities[0].FixedVersion is spelled');
  });

  it('a misconfiguration with Status "fail" is a finding; an unknown status is exit 2', () => {
    const real = JSON.parse(readFileSync(fixture('trivy/dockerfile-misconfig.json'), 'utf8'));
    for (const m of real.Results[0].Misconfigurations) m.Status = 'fail';
    expect(gate(write('misconf-fail.json', real)).status).toBe(1);
    real.Results[0].Misconfigurations[0].Status = 'ERRORED';
    expectInputError(gate(write('misconf-odd.json', real)), '$.Results[0].Misconfigurations[0].Status', '"ERRORED"');
  });
});

describe('item 5: real Trivy output with an empty Target is read', () => {
  it('a custom-class Result with an empty Target passes; a finding in one is located at the artifact', () => {
    const custom = { SchemaVersion: 2, ArtifactName: 'app', ArtifactType: 'repository', Results: [{ Target: '', Class: 'custom', CustomResources: [{ Type: 'x', FilePath: '', Layer: {}, Data: 1 }] }] };
    expect(gate(write('custom.json', custom)).status).toBe(0);
    const real = JSON.parse(readFileSync(fixture('trivy/dockerfile-misconfig.json'), 'utf8'));
    real.ArtifactName = 'deploy/Dockerfile';
    real.Results[0].Target = '';
    const run = gate(write('empty-target.json', real), '--json', join(dir, 'empty-target-verdict.json'));
    expect(run.status).toBe(1);
    const verdict = JSON.parse(readFileSync(join(dir, 'empty-target-verdict.json'), 'utf8'));
    expect(verdict.blockingFindings[0].path).toBe('deploy/Dockerfile');
  });
});

describe('item 9: a Trivy SARIF secret is a secret whatever its rule is called', () => {
  const token = ['ghp_', 'R3alLooking0Token0For0Srp0Tests0123456'].join('');
  const log = (ruleName: string, tags: string[]) => ({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            rules: [
              {
                id: 'github-pat',
                name: ruleName,
                shortDescription: { text: 'GitHub Personal Access Token' },
                fullDescription: { text: `token = ${token}` },
                help: { text: `Secret GitHub Personal Access Token\nMatch: token = ${token}`, markdown: `token = ${token}` },
                properties: { tags },
              },
            ],
          },
        },
        results: [
          {
            ruleId: 'github-pat',
            ruleIndex: 0,
            level: 'note',
            message: { text: `Artifact: app.env\nType: \nSecret GitHub Personal Access Token\nSeverity: LOW\nMatch: token = ${token}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'app.env' }, region: { startLine: 3 } } }],
          },
        ],
      },
    ],
  });

  it.each([
    ['Other', ['secret', 'security', 'LOW']],
    ['Other', ['security', 'LOW']],
    ['OsPackageVulnerability', ['secret', 'LOW']],
  ])('rule %s tagged %j blocks as a secret and no output quotes the token', (name, tags) => {
    const outputs = ['out.sarif', 'out.xml', 'out.md', 'out.json'].map((f) => join(dir, f));
    const run = gate(write('secret.sarif', log(name, tags)), '--sarif', outputs[0]!, '--junit', outputs[1]!, '--summary', outputs[2]!, '--json', outputs[3]!);
    expect(run.status).toBe(1);
    const verdict = JSON.parse(readFileSync(outputs[3]!, 'utf8'));
    expect(verdict.blockingFindings[0]).toMatchObject({ kind: 'secret', id: 'github-pat' });
    for (const file of outputs) expect(readFileSync(file, 'utf8'), file).not.toContain(token.slice(4, 20));
  });
});

describe('item 11: hostile names and sizes are input, not crashes', () => {
  it.each([['__proto__'], ['constructor'], ['hasOwnProperty'], ['toString']])('a SARIF tool and rule named %s is gated (blocks)', (name) => {
    const log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name, rules: [{ id: name, name }] } }, results: [{ ruleId: name, level: 'error', message: { text: 'x' } }] }],
    };
    const run = gate(write('proto.sarif', log), '--json', join(dir, 'proto.json'));
    expect(run.status, run.stderr).toBe(1);
    const verdict = JSON.parse(readFileSync(join(dir, 'proto.json'), 'utf8'));
    expect(Object.keys(verdict.byScanner)).toEqual([name.toLowerCase()]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a YAML alias bomb in the policy is exit 2', () => {
    const lines = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const policy = write('bomb.yml', lines.join('\n'));
    expectInputError(gate('--policy', policy, write('ok.json', trivyReport('img:1', 'LOW'))), 'bomb.yml', 'alias');
  });

  it('a 150 MB title is gated with bounded outputs', () => {
    const big = write('big-title.json', trivyReport('img:1', 'CRITICAL', (v) => (v.Title = 'A'.repeat(150 * 1024 * 1024))));
    const outputs = ['big.sarif', 'big.xml', 'big.md', 'big.json'].map((f) => join(dir, f));
    const run = runSrp(['gate', big, '--sarif', outputs[0]!, '--junit', outputs[1]!, '--summary', outputs[2]!, '--json', outputs[3]!], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    for (const file of outputs) expect(readFileSync(file).length, file).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('item A: a SARIF result finds its rule through rule.index and rule.toolComponent', () => {
  const codeql = (result: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'CodeQL', rules: [{ id: 'js/xss', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.6' } }] },
          extensions: [{ name: 'codeql/javascript-queries', rules: [{ id: 'js/sql-injection', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.8' } }] }],
        },
        invocations: [{ executionSuccessful: true, ...extra }],
        results: [{ message: { text: 'SQLi' }, ...result }],
      },
    ],
  });

  it('a CodeQL query rule in tool.extensions is read at its severity (blocks)', () => {
    const file = write('codeql.sarif', codeql({ ruleId: 'js/sql-injection', rule: { id: 'js/sql-injection', index: 0, toolComponent: { index: 0 } } }));
    expect(gate(file).status).toBe(1);
    const byName = write('codeql-name.sarif', codeql({ rule: { id: 'js/sql-injection', toolComponent: { name: 'codeql/javascript-queries' } } }));
    expect(gate(byName).status).toBe(1);
  });

  it('a result with only rule.index resolves the driver rule (blocks)', () => {
    expect(gate(write('index-only.sarif', codeql({ rule: { index: 0 } }))).status).toBe(1);
  });

  it('a reference to a rule or component that does not exist is exit 2, not a default-level finding', () => {
    expectInputError(gate(write('bad-component.sarif', codeql({ rule: { id: 'js/sql-injection', index: 0, toolComponent: { index: 3 } } }))), '$.runs[0].results[0].rule.toolComponent.index');
    expectInputError(gate(write('bad-index.sarif', codeql({ rule: { id: 'js/sql-injection', index: 5, toolComponent: { index: 0 } } }))), '$.runs[0].results[0].rule.index');
    expectInputError(gate(write('bad-ruleindex.sarif', codeql({ ruleId: 'js/xss', ruleIndex: 7 }))), '$.runs[0].results[0].ruleIndex');
    expectInputError(gate(write('bad-name.sarif', codeql({ rule: { id: 'js/sql-injection', toolComponent: { name: 'nope' } } }))), 'toolComponent.name');
  });

  it('a ruleConfigurationOverrides level applies to the rule it names', () => {
    const log = codeql({ ruleId: 'low/rule', rule: { id: 'low/rule', toolComponent: { index: 0 } } });
    (log.runs[0]!.tool.extensions[0]!.rules as unknown[]).push({ id: 'low/rule', defaultConfiguration: { level: 'note' } });
    expect(gate(write('override-none.sarif', log)).status).toBe(0);
    log.runs[0]!.invocations[0] = { executionSuccessful: true, ruleConfigurationOverrides: [{ descriptor: { id: 'low/rule', toolComponent: { index: 0 } }, configuration: { level: 'error' } }] } as never;
    expect(gate(write('override-error.sarif', log)).status).toBe(1);
  });
});

describe('item B: a secret is a secret whatever the SARIF driver is called', () => {
  const secretLog = (name: string, tags: string[] = []) => ({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name, rules: [{ id: 'aws-access-token', shortDescription: { text: 'AWS' }, properties: { tags } }] } },
        results: [{ ruleId: 'aws-access-token', message: { text: 'aws-access-token has detected secret for file cfg.env.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'cfg.env' }, region: { startLine: 2, snippet: { text: 'AKIAIOSFODNN7REALKEY' } } } }] }],
      },
    ],
  });

  it.each([['Gitleaks Action'], ['gitleaks-action']])('a Gitleaks run named %s blocks', (name) => {
    const run = gate(write('renamed-gitleaks.sarif', secretLog(name)));
    expect(run.status, run.stderr).toBe(1);
  });

  it('another tool whose rule is tagged secret blocks, and its rule texts are not copied', () => {
    const file = write('tagged.sarif', secretLog('detect-secrets', ['secret']));
    const out = join(dir, 'tagged-out.sarif');
    const run = gate(file, '--sarif', out);
    expect(run.status, run.stderr).toBe(1);
    expect(readFileSync(out, 'utf8')).not.toContain('AKIAIOSFODNN7REALKEY');
  });
});

describe('item C: an invalid expiry date is a policy error, never a rolled-over date', () => {
  const vuln = () => write('c-vuln.json', trivyReport('app:1', 'CRITICAL'));
  const id = () => (JSON.parse(readFileSync(fixture('trivy/alpine-3.9-image-vulns.json'), 'utf8')).Results[0].Vulnerabilities[0].VulnerabilityID as string);

  it.each([
    ['!!timestamp 2026-13-45'],
    ['!!timestamp 2026-12-31T23:00:00-10:00'],
  ])('policy expires: %s is exit 2', (date) => {
    const policy = write('c-policy.yml', `version: 1\nsuppressions:\n  - id: ${id()}\n    reason: r\n    expires: ${date}\n`);
    expectInputError(gate('--policy', policy, vuln()), 'suppressions[0].expires');
  });

  it('a %YAML 1.1 policy does not bring timestamps back', () => {
    const policy = write('c-policy11.yml', `%YAML 1.1\n---\nversion: 1\nsuppressions:\n  - id: ${id()}\n    reason: r\n    expires: 2026-13-45\n`);
    expectInputError(gate('--policy', policy, vuln()), 'suppressions[0].expires');
  });

  it('.trivyignore.yaml expired_at: !!timestamp 2026-13-45 is exit 2', () => {
    const ignore = write('.trivyignore.yaml', `vulnerabilities:\n  - id: ${id()}\n    expired_at: !!timestamp 2026-13-45\n`);
    expectInputError(gate('--trivyignore', ignore, vuln()), 'expired_at');
  });
});

describe('item D: path normalisation never merges two files', () => {
  const leak = (file: string, commit = '') => ({
    RuleID: 'generic-api-key', Description: 'key', StartLine: 3, EndLine: 3, StartColumn: 1, EndColumn: 9, Match: 'k=REDACTME', Secret: 'REDACTME',
    File: file, SymlinkFile: '', Commit: commit, Entropy: 3, Author: '', Email: '', Date: '', Message: '', Tags: [],
    Fingerprint: `${commit ? `${commit}:` : ''}${file}:generic-api-key:3`,
  });
  const ignore = () => write('.gitleaksignore', 'config/app.env:generic-api-key:3\n');

  it('the commit-less entry still covers the same file in any commit (control)', () => {
    const run = gate('--gitleaksignore', ignore(), write('d-commit.json', [leak('config/app.env', '9326f3531a2b3c4d5e6f')]));
    expect(run.status, run.stderr).toBe(0);
  });

  it.each([
    ['a file named deadbee:config/app.env (hex and a colon is not a commit in a directory scan)', 'deadbee:config/app.env'],
    ['a path that climbs above the root', '../config/app.env'],
    ['a path that climbs out through a directory', 'x/../../config/app.env'],
    ['a path that climbs two levels', '../../config/app.env'],
    ['a POSIX file name with a backslash', 'config\\app.env'],
  ])('%s is not covered by the entry for config/app.env', (_, file) => {
    const run = gate('--gitleaksignore', ignore(), write('d-leak.json', [leak(file)]));
    expect(run.status, run.stderr).toBe(1);
  });

  it("Gitleaks SARIF's raw %63onfig/app.env is not config/app.env", () => {
    const log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'gitleaks', rules: [{ id: 'generic-api-key' }] } }, results: [{ ruleId: 'generic-api-key', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: '%63onfig/app.env' }, region: { startLine: 3 } } }] }] }],
    };
    const run = gate('--gitleaksignore', ignore(), write('d-leak.sarif', log));
    expect(run.status, run.stderr).toBe(1);
  });
});

describe('item E: what Trivy says about severity and VEX is read fail-closed', () => {
  it.each([['affected'], ['under_investigation'], [undefined]])('a VEX-modified finding with Status %s is exit 2, not suppressed', (status) => {
    const report = trivyReport('app:1', 'CRITICAL') as { Results: Record<string, unknown>[] };
    const result = report.Results[0]!;
    const vuln = (result.Vulnerabilities as unknown[])[0];
    delete result.Vulnerabilities;
    result.ExperimentalModifiedFindings = [{ Type: 'vulnerability', ...(status ? { Status: status } : {}), Statement: 's', Source: 'vex.json', Finding: vuln }];
    expectInputError(gate(write('e-vex.json', report)), 'ExperimentalModifiedFindings[0].Status');
  });

  it('a Trivy SARIF message with Severity: LOW before the real CRITICAL one blocks', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Trivy', rules: [{ id: 'CVE-2019-14697', name: 'OsPackageVulnerability', shortDescription: { text: 'musl' }, properties: { tags: ['vulnerability'] } }] } },
          results: [{ ruleId: 'CVE-2019-14697', ruleIndex: 0, level: 'note', message: { text: 'Package: musl\nSeverity: LOW\nSeverity: CRITICAL\nInstalled Version: 1.1.20-r4' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'alpine:3.9' }, region: { startLine: 1 } } }] }],
        },
      ],
    };
    const run = gate(write('e-trivy.sarif', log));
    expect(run.status, run.stderr).toBe(1);
  });
});
