import { describe, expect, it } from 'vitest';
import { parseReport } from './index.js';
import { readFixture, results } from './fixtures.test-support.js';

function read(log: unknown, format?: string) {
  return parseReport(JSON.stringify(log), { file: 'in.sarif' }, format);
}

describe("Gitleaks' SARIF", () => {
  it('drops the raw secret from the snippet, adds the missing rule and a level', () => {
    const out = readFixture('gitleaks/sarif-report-v8.30.sarif');
    const run = out.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['test-rule']);
    const [r] = run.results;
    expect(r!.level).toBe('error');
    expect(r!.properties.srp).toMatchObject({ kind: 'secret', id: 'test-rule', path: 'auth.py', line: 1, nativeFingerprint: '0000000000000000:auth.py:test-rule:1' });
    expect(r!.locations?.[0]?.physicalLocation?.region?.snippet).toBeUndefined();
    const text = JSON.stringify(out);
    expect(text).not.toContain('a secret');
    expect(text).not.toContain('johndoe@gmail.com');
  });

  it('redacts even when the log is forced through the generic reader', () => {
    const out = readFixture('gitleaks/sarif-report-v8.30.sarif', 'sarif');
    expect(out.format).toBe('sarif');
    expect(JSON.stringify(out)).not.toContain('a secret');
  });
});

describe("Gitleaks' SARIF under another driver name", () => {
  it.each([['Gitleaks Action'], ['gitleaks-action'], ['GITLEAKS']])('%s is read as Gitleaks (a redacted secret)', (name) => {
    const raw = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name, rules: [] } }, results: [{ ruleId: 'aws-key', message: { text: 'aws-key has detected secret for file cfg.env.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'cfg.env' }, region: { startLine: 2, snippet: { text: 'AKIAREALSECRETVALUE1' } } } }] }] }],
    };
    const read1 = read(raw);
    expect(read1.format).toBe('gitleaks-sarif');
    expect(read1.runs[0]!.results[0]!.properties.srp).toMatchObject({ kind: 'secret', scanner: 'gitleaks', path: 'cfg.env' });
    expect(JSON.stringify(read1)).not.toContain('AKIAREALSECRETVALUE1');
  });
});

describe("Gitleaks' SARIF paths", () => {
  it('reads artifactLocation.uri as the raw path Gitleaks writes, never percent-decoded', () => {
    const log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'gitleaks', rules: [] } }, results: [{ ruleId: 'r', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: '%63onfig/app.env' }, region: { startLine: 2 } } }] }] }],
    };
    const srp = read(log).runs[0]!.results[0]!.properties.srp;
    expect(srp.path).toBe('%63onfig/app.env');
    expect(srp.nativeFingerprint).toBe('%63onfig/app.env:r:2');
  });
});
