import { describe, expect, it } from 'vitest';
import { validateSarifLog } from '../sarif/validate.test-support.js';
import { parseReport } from './index.js';
import { SCHEMA_PATH, results, sarifLog } from './fixtures.test-support.js';

function read(log: unknown, format?: string) {
  return parseReport(JSON.stringify(log), { file: 'in.sarif' }, format);
}

describe('generic SARIF', () => {
  const log = {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Semgrep OSS',
            version: '1.50.0',
            rules: [
              { id: 'sqli', shortDescription: { text: 'SQL injection' }, properties: { 'security-severity': '9.1', tags: ['security'] } },
              { id: 'weak-hash', shortDescription: { text: 'Weak hash' }, defaultConfiguration: { level: 'note' } },
              { id: 'templated', messageStrings: { default: { text: 'Use {0} instead of {1}' } } },
            ],
          },
        },
        results: [
          { ruleId: 'sqli', ruleIndex: 0, level: 'warning', message: { text: 'Tainted query' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///src/db.py' }, region: { startLine: 12, snippet: { text: 'SELECT * FROM x' } } } }] },
          { ruleId: 'sqli', properties: { 'security-severity': '5.0' }, message: { text: 'Less bad' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.py' }, region: { startLine: 40 } } }] },
          { ruleId: 'weak-hash', message: { text: 'md5' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/h.py' } } }] },
          { ruleId: 'templated', ruleIndex: 2, message: { id: 'default', arguments: ['sha256', 'md5'] }, level: 'error', partialFingerprints: { primaryLocationLineHash: 'abc:1' } },
          { ruleId: 'other', message: { text: 'no level' } },
          { ruleId: 'other', kind: 'pass', level: 'none', message: { text: 'passed check' } },
          { ruleId: 'other', level: 'none', message: { text: 'none level' } },
        ],
      },
    ],
  };

  it('gates by security-severity (result, then rule), then by level; skips non-failures', () => {
    const out = read(log);
    expect(out.format).toBe('sarif');
    const run = out.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'Semgrep OSS', version: '1.50.0' });
    expect(run.results.map((r) => [r.ruleId, r.properties.srp.severity, r.level])).toEqual([
      ['sqli', 'CRITICAL', 'error'],
      ['sqli', 'MEDIUM', 'warning'],
      ['weak-hash', 'LOW', 'note'],
      ['templated', 'HIGH', 'error'],
      ['other', 'MEDIUM', 'warning'],
      ['other', 'UNKNOWN', 'note'],
    ]);
    expect(run.results[0]!.properties.srp).toMatchObject({ scanner: 'semgrep oss', kind: 'code', path: 'src/db.py', line: 12, title: 'SQL injection' });
    expect(run.results[0]!.properties['security-severity']).toBe('9.1');
    expect(run.results[1]!.properties['security-severity']).toBe('5.0');
    expect(run.results[3]!.message.text).toBe('Use sha256 instead of md5');
    expect(run.results[3]!.partialFingerprints.primaryLocationLineHash).toBe('abc:1');
    expect(JSON.stringify(out)).not.toContain('SELECT');
    // GitHub refuses results without a location: those point at the report itself.
    expect(run.results[4]!.properties.srp.path).toBeUndefined();
    expect(run.results[4]!.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('in.sarif');
    expect(validateSarifLog(sarifLog(out.runs), SCHEMA_PATH)).toEqual([]);
  });
});

describe('generic SARIF: rules in tool extensions (CodeQL)', () => {
  const log = (result: Record<string, unknown>) => ({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'CodeQL', rules: [] },
          extensions: [{ name: 'codeql/javascript-queries', guid: 'AB-1', rules: [{ id: 'js/sql-injection', shortDescription: { text: 'SQLi' }, defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.8' } }] }],
        },
        results: [{ message: { text: 'SQLi' }, ...result }],
      },
    ],
  });

  it.each([
    ['index', { ruleId: 'js/sql-injection', rule: { id: 'js/sql-injection', index: 0, toolComponent: { index: 0 } } }],
    ['guid', { rule: { id: 'js/sql-injection', toolComponent: { guid: 'ab-1' } } }],
    ['ruleId only', { ruleId: 'js/sql-injection' }],
  ])('resolves the extension rule by %s, and keeps its descriptor', (_, result) => {
    const run = read(log(result)).runs[0];
    expect(run?.results[0]?.properties?.srp).toMatchObject({ severity: 'CRITICAL', id: 'js/sql-injection' });
    expect(run?.tool.driver.rules?.map((r) => r.id)).toEqual(['js/sql-injection']);
  });

  it('refuses a reference to a missing component or rule', () => {
    expect(() => read(log({ rule: { id: 'js/sql-injection', toolComponent: { index: 1 } } }))).toThrow('$.runs[0].results[0].rule.toolComponent.index');
    expect(() => read(log({ rule: { index: 0 } }))).toThrow('$.runs[0].results[0].rule.index');
    expect(() => read(log({ rule: { id: 'nope', toolComponent: { index: 0 } } }))).toThrow('$.runs[0].results[0].rule.id');
  });
});

describe('generic SARIF: rules tagged secret', () => {
  it('makes their results secrets with fixed texts, never the rule texts or the message', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'detect-secrets',
              rules: [{ id: 'aws', shortDescription: { text: 'AWS key' }, fullDescription: { text: 'found AKIASECRETINRULE1' }, help: { text: 'AKIASECRETINHELP', markdown: 'AKIASECRETINMD' }, defaultConfiguration: { level: 'note' }, properties: { tags: ['Secret'] } }],
            },
          },
          results: [{ ruleId: 'aws', message: { text: 'key AKIASECRETINMESSAGE' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'cfg.env' }, region: { startLine: 3, snippet: { text: 'AKIASNIPPET' } } } }] }],
        },
      ],
    };
    const out = read(log);
    expect(out.runs[0]!.results[0]!.properties.srp).toMatchObject({ kind: 'secret', id: 'aws', path: 'cfg.env', line: 3 });
    expect(JSON.stringify(out)).not.toMatch(/AKIASECRET|AKIASNIPPET/);
  });
});
