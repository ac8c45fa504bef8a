import { describe, expect, it } from 'vitest';
import { parseReport } from './index.js';
import { results } from './fixtures.test-support.js';

function read(log: unknown, format?: string) {
  return parseReport(JSON.stringify(log), { file: 'in.sarif' }, format);
}

describe('SARIF logs', () => {
  it('refuses other SARIF versions and malformed runs with the JSON path', () => {
    expect(() => read({ version: '2.0.0', runs: [] })).toThrow('in.sarif: SARIF version "2.0.0" is not supported: only SARIF 2.1.0 is read');
    expect(() => read({ version: '2.1.0', runs: [{ tool: {} }] })).toThrow('in.sarif: not a valid SARIF 2.1.0 log: $.runs[0].tool.driver must be an object, found nothing (the key is missing)');
    expect(() => read({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 5 }] }] })).toThrow('$.runs[0].results[0].ruleId must be a string, found a number');
  });

  it('refuses a log with no runs, and runs without a results array: neither is a clean scan', () => {
    expect(() => read({ version: '2.1.0', runs: [] })).toThrow('this SARIF log has no runs');
    expect(() => read({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } } }] })).toThrow('no results array for $.runs[0] (absent)');
    expect(() => read({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results: null }] })).toThrow('(null)');
    const configError = { executionSuccessful: true, toolConfigurationNotifications: [{ level: 'error', message: { text: 'query failed' } }] };
    expect(() => read({ version: '2.1.0', runs: [{ tool: { driver: { name: 'codeql' } }, invocations: [configError], results: [] }] })).toThrow(
      'the scanner reported that its run failed ($.runs[0].invocations[0].toolConfigurationNotifications[0] is an error)',
    );
  });
});
